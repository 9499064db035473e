# What CI runs, for people who like make. Everything goes through scripts/dev.sh.
.PHONY: setup run test ui-test lint bindings fmt bench fuzz package

setup:
	scripts/dev.sh setup

run:
	scripts/dev.sh run

test:
	scripts/dev.sh test

lint:
	scripts/dev.sh lint

# The UI alone: Vitest unit tests, then Playwright in headless Chromium against the built UI, core mocked.
ui-test:
	scripts/dev.sh ui-test

# Rewrite ui/src/lib/bindings from the Rust types and the command list, and the core's answers the UI's browser
# tests replay (ui/tests/e2e/recorded/); the tests that write them fail when they are stale.
bindings:
	UPDATE_BINDINGS=1 cargo test -p giftdesk-core --test core -- bindings recorded
	UPDATE_BINDINGS=1 cargo test -p giftdesk --test commands

fmt:
	cargo fmt --all

# Every benchmark (release build), each figure beside its baseline, ending with one table of them all.
# `BENCH_ARGS=--quick` for a short run.
bench:
	scripts/dev.sh bench $(BENCH_ARGS)

# Every cargo-fuzz target over the committed corpora, five minutes each (`FUZZ_SECONDS=60 make fuzz`); inputs
# that reach new code are merged into fuzz/corpus/, to be committed.
fuzz:
	scripts/dev.sh fuzz $(or $(FUZZ_SECONDS),300) keep

# Release .deb, installed and launched once in a headless session.
package:
	scripts/dev.sh package
