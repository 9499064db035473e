#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests (the team's shared book): a fresh data directory, TCP on
# loopback only, a password-protected role `giftdesk`. PostgreSQL refuses to run as root: when the tests run
# as root, the server runs as the distribution's `postgres` account (or `giftdesk-pg`, made on first use).
#
#   scripts/postgres.sh start DIR   starts a server in DIR (made, must not exist) and prints its URL
#   scripts/postgres.sh stop DIR    stops the server DIR holds (its postmaster, by the id it wrote) and
#                                   removes DIR
set -euo pipefail

bin_dir() {
  if command -v initdb >/dev/null; then dirname "$(readlink -f "$(command -v initdb)")"; return; fi
  local found; found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$found" ]] || { echo "postgres.sh: no PostgreSQL server installed (Debian: postgresql)" >&2; exit 1; }
  echo "$found"
}

as_owner() {
  if [[ $EUID -ne 0 ]]; then "$@"; return; fi
  local owner=postgres
  if ! id "$owner" >/dev/null 2>&1; then
    owner=giftdesk-pg
    id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
  fi
  runuser -u "$owner" -- "$@"
}

owner_of_dir() {
  if [[ $EUID -ne 0 ]]; then return; fi
  if id postgres >/dev/null 2>&1; then chown -R postgres "$1"; else chown -R giftdesk-pg "$1"; fi
}

start() {
  local dir=$1 bin; bin=$(bin_dir)
  [[ ! -e "$dir" ]] || { echo "postgres.sh: $dir exists" >&2; exit 1; }
 # Only the server's account may enter: the socket and the password file are in here.
  (umask 077 && mkdir -p "$dir")
  cd "$dir"
  if [[ $EUID -eq 0 ]]; then as_owner true; fi
  local password; password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  (umask 077 && printf '%s\n' "$password" >"$dir/pwfile")
  owner_of_dir "$dir"
  as_owner "$bin/initdb" --pgdata="$dir/data" --username=giftdesk --pwfile="$dir/pwfile" \
    --auth-host=scram-sha-256 --auth-local=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
  rm -f "$dir/pwfile"
  # Ten desks of fifty purchases each (the benchmark) hold a few connections apiece.
  local port
  for _ in $(seq 1 20); do
    port=$((20000 + RANDOM % 40000))
    if as_owner "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c unix_socket_permissions=0700 -c max_connections=300" \
      >/dev/null 2>&1; then
      echo "postgres://giftdesk:$password@127.0.0.1:$port/postgres"
      return
    fi
    # Another port only when this one was taken; any other failure is reported at once.
    grep -q "could not bind\|already in use" "$dir/server.log" 2>/dev/null || break
  done
  echo "postgres.sh: the server did not start; see $dir/server.log" >&2
  tail -n 20 "$dir/server.log" >&2 || true
  exit 1
}

stop() {
  local dir=$1 bin; bin=$(bin_dir)
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_owner "$bin/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "$2" ;;
  stop) stop "$2" ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
