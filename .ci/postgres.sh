#!/usr/bin/env bash
# Sourced by .ci/run: a throwaway PostgreSQL cluster for the storage tests, in its own temp folder, on a free port,
# with its own socket folder, so it never meets a cluster already running on this machine (port 5432 or any other).
#   pg_start   starts it and exports PACTA_TEST_PG (returns non-zero, with a reason, when it cannot)
#   pg_stop    stops it and removes its folder (safe to call twice; .ci/run calls it from an EXIT trap)

pg_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return 0
  fi
  # Debian keeps the server binaries off PATH; take the newest major version installed.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

# initdb refuses to run as root: run the cluster as an unprivileged account (postgres, else one we create).
pg_as() {
  if [ "$(id -u)" -ne 0 ]; then "$@"; return; fi
  local account=postgres
  if ! id "$account" >/dev/null 2>&1; then
    account=pacta-ci
    id "$account" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$account" || return 1
  fi
  runuser -u "$account" -- "$@"
}

pg_port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pg_start() {
  local bin
  bin=$(pg_bindir) || { echo "PostgreSQL binaries not found: PostgreSQL tests will be skipped" >&2; return 1; }
  PG_CI_DIR=$(mktemp -d /tmp/pacta-pg.XXXXXX) || return 1
  chmod 755 "$PG_CI_DIR"
  if [ "$(id -u)" -eq 0 ]; then
    pg_as true || { echo "no unprivileged account to run PostgreSQL as" >&2; return 1; }
    chown "$(pg_as id -un)" "$PG_CI_DIR"
  fi
  pg_as "$bin/initdb" -D "$PG_CI_DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$PG_CI_DIR/initdb.log" 2>&1 \
    || pg_as "$bin/initdb" -D "$PG_CI_DIR/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$PG_CI_DIR/initdb.log" 2>&1 \
    || { cat "$PG_CI_DIR/initdb.log" >&2; return 1; }
  # A random free port; a few tries in case another process takes it between the check and the start.
  local attempt port
  for attempt in 1 2 3 4 5; do
    port=$(( 20000 + (RANDOM * 7 + attempt) % 40000 ))
    pg_port_free "$port" || continue
    # fsync off: the cluster is thrown away, and tests should not wait for the disk.
    if pg_as "$bin/pg_ctl" -D "$PG_CI_DIR/data" -l "$PG_CI_DIR/server.log" -w -t 30 start \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_CI_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null; then
      PG_CI_BIN=$bin
      export PACTA_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      echo "$("$bin/postgres" --version) on 127.0.0.1:$port (PACTA_TEST_PG set)"
      return 0
    fi
  done
  echo "PostgreSQL did not start:" >&2
  tail -n 20 "$PG_CI_DIR/server.log" >&2 2>/dev/null
  return 1
}

pg_stop() {
  if [ -n "${PG_CI_DIR:-}" ] && [ -d "$PG_CI_DIR" ]; then
    if [ -n "${PG_CI_BIN:-}" ]; then
      pg_as "$PG_CI_BIN/pg_ctl" -D "$PG_CI_DIR/data" -m immediate -w stop >/dev/null 2>&1
    fi
    rm -rf "$PG_CI_DIR"
  fi
  PG_CI_DIR=
}
