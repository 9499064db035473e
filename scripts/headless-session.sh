#!/usr/bin/env bash
# Runs a command inside a private desktop session, so tests never touch the developer's own display,
# keyring or notifications: Xvfb -> a D-Bus session bus -> an unlocked gnome-keyring (Secret Service)
# and dunst (notifications) -> the command.
set -euo pipefail

if [[ "${1:-}" != "--inside" ]]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$0" --inside "$@"
fi
shift

session="$(mktemp -d)"
chmod 700 "$session"
export XDG_RUNTIME_DIR="$session/runtime" XDG_DATA_HOME="$session/data" XDG_CONFIG_HOME="$session/config"
mkdir -p -m 700 "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"

pids=()
postgres_dir=""
cleanup() {
  # Only what this script started, by id: never a developer's own keyring or another session's.
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -n "$postgres_dir" ]]; then
    "$(dirname "$0")/postgres.sh" stop "$postgres_dir"
    rmdir "$(dirname "$postgres_dir")" 2>/dev/null || true
  fi
  rm -rf "$session"
}
trap cleanup EXIT

# A throwaway login keyring, created and unlocked with a throwaway password.
while IFS= read -r line; do
  [[ "$line" == *=* ]] && export "${line?}"
done < <(printf '%s' "giftdesk-session-$$" | gnome-keyring-daemon --unlock --components=secrets)

# Notifications stay until acted on, as for a user who stepped away, so a test can click one (dunstctl action).
mkdir -p "$XDG_CONFIG_HOME/dunst" "$session/downloads"
printf '[urgency_low]\n  timeout = 0\n[urgency_normal]\n  timeout = 0\n[urgency_critical]\n  timeout = 0\n' \
  >"$XDG_CONFIG_HOME/dunst/dunstrc"
# Exports land in the session's own Downloads folder, never the developer's.
printf 'XDG_DOWNLOAD_DIR="%s"\n' "$session/downloads" >"$XDG_CONFIG_HOME/user-dirs.dirs"

dunst >"$session/dunst.log" 2>&1 &
pids+=($!)

bus_has() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q "boolean true"
}
for name in org.freedesktop.secrets org.freedesktop.Notifications; do
  for _ in $(seq 1 100); do bus_has "$name" && break; sleep 0.1; done
  bus_has "$name" || { echo "headless session: $name never appeared on the bus" >&2; exit 1; }
done

# gnome-keyring-daemon daemonises itself: its id is the one that owns the Secret Service on this bus.
keyring_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
  org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '/uint32/ {print $2}')
[[ -n "$keyring_pid" ]] && pids+=("$keyring_pid")

# A throw-away PostgreSQL server for the team tests (the shop's shared book), unless one is given.
if [[ -z "${GIFTDESK_TEST_POSTGRES:-}" ]]; then
  postgres_dir="$(mktemp -d /tmp/giftdesk-postgres.XXXXXX)"
  chmod 711 "$postgres_dir" # the server's account goes through to its own folder inside
  postgres_dir="$postgres_dir/server"
  GIFTDESK_TEST_POSTGRES=$("$(dirname "$0")/postgres.sh" start "$postgres_dir")
  export GIFTDESK_TEST_POSTGRES
fi

"$@"
