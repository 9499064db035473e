#!/usr/bin/env bash
# Giftdesk's one entry point for people and CI:
#   scripts/dev.sh setup   install what the tests need: system packages, tauri-driver, the UI's npm packages
#                          (idempotent; Debian's and Ubuntu's package names both handled)
#   scripts/dev.sh run     install what running needs (no test tools), build, and open the app
#   scripts/dev.sh test    set up, then lint, type-check and run every test in a private headless session
#   scripts/dev.sh lint    formatting, clippy and the UI type check only
#   scripts/dev.sh ui-test the UI's unit tests and its Playwright tests in headless Chromium
#   scripts/dev.sh fuzz [SECONDS [keep]]  every cargo-fuzz target for SECONDS each (default 300; not in CI);
#                                     keep merges new coverage into fuzz/corpus/
#   scripts/dev.sh package            release bundles (.deb on Linux), installed and launched once
#   scripts/dev.sh bench [--quick]    every benchmark, ending with one table of every figure
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# One target directory outside the checkout, so a fresh clone on the same machine reuses the build.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/giftdesk/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

# What building and running the app needs (fonts for the vouchers the core draws and for the window: Latin,
# Turkish and Vietnamese from DejaVu, Chinese from WenQuanYi; desktops have many).
RUN_PACKAGES=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev libssl-dev libxdo-dev
  libdbus-1-dev libsecret-1-dev
  fonts-dejavu-core fonts-wqy-microhei
)
# What the tests add: a private display, D-Bus, a Secret Service, a notification daemon, the WebDriver for the
# window, and a browser for the UI's Playwright tests (`chromium` on Debian; on Ubuntu that name is a snap
# stub, so its tests use the one Playwright-compatible package the distribution has, chosen below).
TEST_PACKAGES=(
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools keyutils
  webkit2gtk-driver dunst libnotify-bin x11-utils procps xdg-utils xdotool
  postgresql
)
TAURI_DRIVER_VERSION="2.1.0"
CARGO_FUZZ_VERSION="0.13.1"
FUZZ_TARGETS=(provider_answers sse_stream)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
elapsed() { local start=$1; echo "$(( $(date +%s) - start ))s"; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

require_toolchains() {
  command -v cargo >/dev/null || die "Rust is not installed: install it with rustup (https://rustup.rs), then run this again"
  command -v node >/dev/null || die "Node.js 20.19 or newer is needed: install it (e.g. from your distribution or nvm), then run this again"
  local major minor
  IFS=. read -r major minor _ <<<"$(node --version | tr -d v)"
  if (( major < 20 || (major == 20 && minor < 19) )); then
    die "Node.js $(node --version) is too old: Vite needs 20.19 or newer"
  fi
}

# The browser package by distribution: Debian ships `chromium`; Ubuntu's `chromium` .deb only installs a snap,
# which a CI container cannot run, so there the tests take Playwright's own download instead (see ui_tests).
browser_package() {
  local id; id=$(. /etc/os-release 2>/dev/null && echo "${ID:-}")
  if [[ "$id" == ubuntu ]]; then echo ""; else echo chromium; fi
}

# apt-get installs what is missing of the given packages.
install_packages() {
  command -v apt-get >/dev/null || { log "not a Debian/Ubuntu system: install the packages listed in README.md yourself"; return; }
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if (( ${#missing[@]} )); then
    log "installing ${#missing[@]} system packages: ${missing[*]}"
    # The tests start their own throw-away PostgreSQL server (scripts/postgres.sh): the package must not
    # create and start a cluster of its own, which nothing here would stop.
    as_root mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.d/giftdesk.conf >/dev/null
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

setup_tauri_driver() {
  local bin="${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver"
  if [[ ! -x "$bin" ]] || ! "$bin" --help 2>&1 | grep -q -- "--native-port"; then
    log "installing tauri-driver $TAURI_DRIVER_VERSION"
    # Its own target dir: installing must not invalidate the app's build cache.
    CARGO_TARGET_DIR="$HOME/.cache/giftdesk/tauri-driver-target" \
      cargo install tauri-driver --locked --version "$TAURI_DRIVER_VERSION" --quiet
  fi
}

setup_ui() {
  if [[ ! -d ui/node_modules ]] || [[ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]]; then
    log "installing the UI's npm packages"
    npm ci --prefix ui --no-audit --no-fund --loglevel=error
  fi
}

# What running the app needs.
setup_run() {
  local start; start=$(date +%s)
  require_toolchains
  install_packages "${RUN_PACKAGES[@]}"
  setup_ui
  log "setup for running done in $(elapsed "$start")"
}

# Everything the tests need besides.
setup() {
  local start; start=$(date +%s)
  require_toolchains
  local browser; browser=$(browser_package)
  # shellcheck disable=SC2206 # an empty browser name adds nothing
  install_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}" $browser
  setup_tauri_driver
  setup_ui
  if [[ -z "$browser" ]] && ! command -v chromium >/dev/null; then
    log "installing Playwright's Chromium (this distribution packages none that runs here)"
    (cd ui && npx playwright install --with-deps chromium >/dev/null)
  fi
  log "setup done in $(elapsed "$start")"
}

build_ui() {
  npm run --prefix ui --silent build >/dev/null
}

lint() {
  local start; start=$(date +%s)
  log "cargo fmt --check"
  cargo fmt --all --check
  build_ui
  log "UI type check (svelte-check)"
  npm run --prefix ui --silent check
  log "cargo clippy --all-targets -- -D warnings"
  cargo clippy --all-targets --quiet -- -D warnings
  log "lint done in $(elapsed "$start")"
}

# The UI on its own: unit tests (Vitest, jsdom), then error screens, empty states and long lists in
# headless Chromium with the core mocked (Playwright, on Debian's chromium; on Ubuntu the one set-up downloads).
ui_tests() {
  local start; start=$(date +%s)
  build_ui
  log "UI unit tests (vitest)"
  npm run --prefix ui --silent test:unit
  log "UI tests in headless Chromium (playwright)"
  (cd ui && CHROMIUM="${CHROMIUM:-$(command -v chromium)}" npx playwright test)
  log "UI tests done in $(elapsed "$start")"
}

run_tests() {
  local start; start=$(date +%s)
  log "building the app and its tests"
  cargo test --no-run --quiet
  log "running every test in a private session (Xvfb, D-Bus, gnome-keyring, dunst)"
  # The tests read English unless they choose a language themselves (LANGUAGE outranks LC_ALL and LANG for
  # the app, and for GTK's own dialogs): a German machine runs them as an English one does.
  LANGUAGE=en scripts/headless-session.sh cargo test --no-fail-fast --quiet -- --color never
  # Both books pass the same tests: the core's again, each test's desk in a team of its own on PostgreSQL.
  log "the core's tests again, on a team's book (PostgreSQL)"
  LANGUAGE=en GIFTDESK_TEST_BOOK=team scripts/headless-session.sh \
    cargo test --quiet -p giftdesk-core --test core -- --color never
  log "tests done in $(elapsed "$start")"
}

setup_fuzz() {
  local bin="${CARGO_HOME:-$HOME/.cargo}/bin/cargo-fuzz"
  if [[ ! -x "$bin" ]]; then
    log "installing cargo-fuzz $CARGO_FUZZ_VERSION"
    CARGO_TARGET_DIR="$HOME/.cache/giftdesk/cargo-fuzz-target" \
      cargo install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION" --quiet
  fi
}

# libFuzzer over the committed corpora; new inputs go to a scratch directory, crashes to fuzz/artifacts/.
# FUZZ_SEED fixes libFuzzer's seed: CI's short run replays the same mutations each time, so a red CI always
# means a change broke something; finding new crashes is the long, randomly seeded `make fuzz`.
# With `keep`, the new inputs that reach code the corpus did not are merged into fuzz/corpus/ to be committed.
# cargo-fuzz passes nightly-only flags (-Zsanitizer); RUSTC_BOOTSTRAP lets the one stable toolchain take them.
fuzz() {
  local seconds=${1:-300} keep=${2:-} start; start=$(date +%s)
  setup_fuzz
  local scratch; scratch=$(mktemp -d)
  for target in "${FUZZ_TARGETS[@]}"; do
    log "fuzzing $target for ${seconds}s"
    mkdir -p "$scratch/$target"
    if ! RUSTC_BOOTSTRAP=1 cargo fuzz run --target-dir "$HOME/.cache/giftdesk/fuzz-target" "$target" \
      "$scratch/$target" "fuzz/corpus/$target" -- -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
      ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
      >"$scratch/$target.log" 2>&1; then
      tail -n 60 "$scratch/$target.log" >&2
      die "fuzz target $target failed: the input is in fuzz/artifacts/$target"
    fi
    grep -E "^(stat::number_of_executed_units|stat::new_units_added|Done )" "$scratch/$target.log" >&2 || true
    if [[ "$keep" == keep ]]; then
      local before; before=$(find "fuzz/corpus/$target" -type f | wc -l)
      RUSTC_BOOTSTRAP=1 cargo fuzz run --target-dir "$HOME/.cache/giftdesk/fuzz-target" "$target" \
        "fuzz/corpus/$target" "$scratch/$target" -- -merge=1 >"$scratch/$target.merge.log" 2>&1 ||
        { tail -n 20 "$scratch/$target.merge.log" >&2; die "merging the new $target inputs failed"; }
      log "$target corpus: $before -> $(find "fuzz/corpus/$target" -type f | wc -l) inputs"
    fi
  done
  rm -rf "$scratch"
  log "fuzzing done in $(elapsed "$start")"
}

# Release bundles through the Tauri CLI (npm's prebuilt binary). The AppImage needs linuxdeploy from GitHub,
# which this build does not fetch: .deb here, the macOS and Windows settings ride in tauri.conf.json.
package() {
  local start; start=$(date +%s)
  log "building the release bundle (.deb)"
  ui/node_modules/.bin/tauri build --bundles deb --ci
  local deb; deb=$(ls -t "$CARGO_TARGET_DIR"/release/bundle/deb/*.deb | head -n 1)
  log "installing $(basename "$deb")"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "$deb" >/dev/null
  log "launching the installed app once"
  scripts/headless-session.sh scripts/package-smoke.sh /usr/bin/giftdesk
  log "package: $(du -h "$deb" | cut -f1) .deb, $(du -h /usr/bin/giftdesk | cut -f1) binary, $(du -sh ui/dist | cut -f1) UI; done in $(elapsed "$start")"
}

# The sizes a user downloads and runs: the release binary and the UI bundle (as shipped, and gzipped), as rows
# of the benchmark table.
sizes() {
  build_ui
  cargo build --release --quiet -p giftdesk
  local bin="$CARGO_TARGET_DIR/release/giftdesk" ui_bytes ui_gzip
  ui_bytes=$(find ui/dist -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
  ui_gzip=$(find ui/dist -type f \( -name '*.js' -o -name '*.css' -o -name '*.html' \) -exec gzip -9c {} \; | wc -c)
  awk -v bin="$(stat -c %s "$bin")" -v ui="$ui_bytes" -v gz="$ui_gzip" 'BEGIN {
    printf "| %-60s | %28s | %32s |\n", "release binary (x86_64, stripped)", sprintf("%.1f MiB", bin / 1048576), ""
    printf "| %-60s | %28s | %32s |\n", "UI bundle (all files)", sprintf("%.1f KiB", ui / 1024), sprintf("%.1f KiB gzipped", gz / 1024)
  }' | tee -a "${GIFTDESK_BENCH_TABLE:-/dev/null}"
}

# Every benchmark in one run, each figure beside its baseline, then all of them in one table.
bench() {
  build_ui
  export GIFTDESK_BENCH_TABLE="$CARGO_TARGET_DIR/bench-table.md"
  rm -f "$GIFTDESK_BENCH_TABLE"
  log "building the release app and the empty-window baseline"
  cargo build --release --quiet --bin giftdesk --example empty_window
  log "catalog benchmarks"
  cargo bench --quiet --bench catalog -- "$@"
  log "tracking benchmarks (headless session: the vault needs a keyring)"
  scripts/headless-session.sh cargo bench --quiet --bench tracking -- "$@"
  log "rate budget under mixed load (headless session: the vault needs a keyring)"
  scripts/headless-session.sh cargo bench --quiet --bench budget -- "$@"
  log "team benchmark (headless session: a keyring, and a throw-away PostgreSQL server)"
  scripts/headless-session.sh cargo bench --quiet --bench team -- "$@"
  log "window benchmarks (headless session: a display and a keyring)"
  scripts/headless-session.sh cargo bench --quiet --bench window -- "$@"
  sizes
  log "every figure"
  printf '| %-60s | %28s | %32s |\n' "benchmark" "Giftdesk" "baseline"
  printf '|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..62})" "$(printf -- '-%.0s' {1..30})" "$(printf -- '-%.0s' {1..34})"
  cat "$GIFTDESK_BENCH_TABLE"
}

case "${1:-}" in
  setup) setup ;;
  run)
    setup_run
    build_ui
    log "opening Giftdesk"
    cargo run --quiet -p giftdesk
    ;;
  lint)
    setup
    lint
    ;;
  fuzz)
    setup
    fuzz "${2:-300}" "${3:-}"
    ;;
  package)
    setup
    package
    ;;
  sizes) sizes ;;
  bench)
    shift
    bench "$@"
    ;;
  ui-test)
    setup
    ui_tests
    ;;
  test)
    total=$(date +%s)
    setup
    lint
    ui_tests
    run_tests
    # Live fuzzing is `make fuzz`: its sanitizer build of the whole core took 17 of a cold run's 53 minutes,
    # while every committed corpus input already replays in the core's unit tests (crates/core/src/fuzzing.rs).
    package
    log "all checks passed in $(elapsed "$total")"
    ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
