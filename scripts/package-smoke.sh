#!/usr/bin/env bash
# Launches the installed Giftdesk once, inside a private headless session (run through headless-session.sh):
# it must open its window on the sandbox and stay up. Proves the package carries what the app needs.
set -euo pipefail

bin="${1:-/usr/bin/giftdesk}"
[[ -x "$bin" ]] || { echo "error: $bin is not installed" >&2; exit 1; }
data="$(mktemp -d)"
# Stopped and waited for before its folder goes: an app still writing its log there makes `rm` fail.
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

GIFTDESK_DATA_DIR="$data" GIFTDESK_DEMO_AUTO_PAY=off "$bin" >"$data/out.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Giftdesk"'; then
    sleep 2
    kill -0 "$pid" 2>/dev/null || { echo "error: Giftdesk exited after opening" >&2; cat "$data/out.log" >&2; exit 1; }
    echo "the installed $bin opened its window ($(du -h "$bin" | cut -f1) binary) and stayed up"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || { echo "error: Giftdesk exited before opening a window" >&2; cat "$data/out.log" >&2; exit 1; }
  sleep 0.5
done
echo "error: no Giftdesk window within 60 s" >&2
exit 1
