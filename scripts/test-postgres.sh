#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the storage tests (Debian's postgresql package) and prints
# the JDBC URL the tests take from SITREP_TEST_PG_URL. The role may create databases: each test class makes its own.
#   scripts/test-postgres.sh start   # prints jdbc:postgresql://127.0.0.1:54329/postgres?user=sitrep&password=sitrep
#   scripts/test-postgres.sh stop
set -euo pipefail
port="${SITREP_TEST_PG_PORT:-54329}"
data="/tmp/sitrep-test-pg-$port"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "test-postgres: no PostgreSQL server (apt-get install postgresql)" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    # two test runs starting at once (a build and CI on one machine) must not both create the cluster
    exec 9>"/tmp/sitrep-test-pg-$port.lock"
    flock 9
    if ! as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      rm -rf "$data"
      mkdir -p "$data"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
      as_postgres "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
      # 9>&-: the server must not inherit the start lock, or it would hold it for as long as it runs
      as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c fsync=off" start >/dev/null 9>&-
      as_postgres psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE ROLE sitrep LOGIN CREATEDB PASSWORD 'sitrep'" >/dev/null
    fi
    echo "jdbc:postgresql://127.0.0.1:$port/postgres?user=sitrep&password=sitrep"
    ;;
  stop)
    as_postgres "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
