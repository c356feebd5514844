# Sourced by scripts that need a throwaway PostgreSQL server (tests/store/pg.sh,
# bench/ingest.sh). pg_start DIR: initdb into DIR/data, start on a free loopback port
# (as the postgres user when run as root: PostgreSQL refuses root), and set PG_URI
# (postgresql://parley@127.0.0.1:PORT), PGBIN and pg_as (the command prefix). pg_stop DIR.
# Returns 77 when no PostgreSQL server is installed.
pg_find() {
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ]
}
pg_start() {
  local dir=$1
  pg_find || return 77
  chmod 755 "$dir"
  pg_as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir"
    pg_as=(runuser -u postgres --)
  fi
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${pg_as[@]}" "$PGBIN/initdb" -D "$dir/data" -U parley --auth=trust --locale=C.UTF-8 -E UTF8 >"$dir/initdb.log" 2>&1 ||
    { echo "initdb failed:"; cat "$dir/initdb.log"; return 1; }
  "${pg_as[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $PG_PORT -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null ||
    { echo "pg_ctl start failed:"; cat "$dir/server.log"; return 1; }
  PG_URI="postgresql://parley@127.0.0.1:$PG_PORT"
}
pg_createdb() { "${pg_as[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U parley "$1"; }
pg_query() { "${pg_as[@]}" "$PGBIN/psql" -X -A -t -h 127.0.0.1 -p "$PG_PORT" -U parley -d "$1" -c "$2"; }
pg_stop() { "${pg_as[@]}" "$PGBIN/pg_ctl" -D "$1/data" -m immediate stop >/dev/null 2>&1; }
