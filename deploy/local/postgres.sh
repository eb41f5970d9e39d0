#!/usr/bin/env bash
# A project-local PostgreSQL cluster for `make run` and `make test`: data in .local/postgres, port
# $WORKFLOWS_PG_PORT (default 55432) on 127.0.0.1 plus a unix socket. Runs as root (CI) or as a normal user.
# Usage: postgres.sh start|stop|status|url|app-url|psql [args]|createdb NAME|dropdb NAME
# url is the owner role's connection (migrations, tools); app-url the server's role, which owns nothing.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
PORT=${WORKFLOWS_PG_PORT:-55432}
HASH=$(printf %s "$REPO" | sha256sum | cut -c1-12)
IS_ROOT=$([ "$(id -u)" -eq 0 ] && echo 1 || echo 0)
export PGPASSWORD=workflows PGCONNECT_TIMEOUT=5

say() { echo "postgres.sh: $*" >&2; }
die() { say "$*"; exit 1; }

set_paths() {
  PGROOT=$1 DATA=$1/data RUN=$1/run LOG=$1/log
  # Unix socket paths are limited to 107 bytes, so a deeply nested checkout gets its socket under /tmp.
  [ ${#RUN} -le 90 ] || RUN=/tmp/workflows-pg-$HASH
}
set_paths "$(readlink -f "$REPO/.local/postgres" || echo "$REPO/.local/postgres")" # follows the /var/tmp link

# The cluster's own major version if it exists (its files only work with that), else 15, else the highest.
find_bin() {
  local want=15 d
  [ -f "$DATA/PG_VERSION" ] && want=$(cat "$DATA/PG_VERSION")
  if [ -x "/usr/lib/postgresql/$want/bin/pg_ctl" ]; then BIN=/usr/lib/postgresql/$want/bin; return 0; fi
  d=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  [ -n "$d" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] && BIN=$d
}

install_pg() {
  local sudo_cmd="" hint="install the PostgreSQL 15 server (Debian/Ubuntu: apt-get install postgresql postgresql-contrib)"
  command -v apt-get >/dev/null 2>&1 || die "PostgreSQL server binaries not found; $hint."
  [ "$IS_ROOT" = 1 ] || sudo_cmd="sudo -n"
  $sudo_cmd true 2>/dev/null || die "PostgreSQL server binaries not found and sudo -n is not possible; $hint."
  say "installing PostgreSQL from apt"
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    postgresql postgresql-contrib >&2
}

# PostgreSQL refuses to run as root, so as root everything that runs the server runs as `postgres`.
as_pg() {
  if [ "$IS_ROOT" != 1 ]; then "$@"
  elif command -v runuser >/dev/null 2>&1; then (cd / && runuser -u postgres -- "$@")
  else (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")"); fi
}
own() { if [ "$IS_ROOT" = 1 ]; then chown -R postgres:postgres "$@"; fi; }

# As root the `postgres` user must reach the data dir. A repo under /root (mode 700) is out of its reach, so
# the cluster then lives in /var/tmp (one dir per repo path) and .local/postgres is a symlink to it.
place_cluster() {
  mkdir -p "$REPO/.local"
  if [ "$IS_ROOT" = 1 ]; then
    id postgres >/dev/null 2>&1 || die "no 'postgres' system user; reinstall the postgresql package."
    chmod a+x "$REPO/.local"
    if [ ! -L "$REPO/.local/postgres" ] && ! as_pg test -x "$REPO/.local"; then
      [ -e "$REPO/.local/postgres" ] && die "$REPO/.local/postgres is not reachable by user postgres; remove it."
      say "$REPO is not reachable by user postgres; keeping the cluster in /var/tmp/workflows-pg-$HASH"
      mkdir -p "/var/tmp/workflows-pg-$HASH"
      ln -s "/var/tmp/workflows-pg-$HASH" "$REPO/.local/postgres"
      set_paths "/var/tmp/workflows-pg-$HASH"
    fi
  fi
  mkdir -p "$PGROOT" "$RUN" "$LOG" && own "$PGROOT" "$RUN"
}

init_cluster() {
  local loc=C.UTF-8 pw=$PGROOT/pwfile
  locale -a 2>/dev/null | grep -iE '^c\.utf-?8$' >/dev/null || loc=C  # no -q: SIGPIPE + pipefail
  echo workflows > "$pw" && own "$pw"
  say "initdb in $DATA (locale $loc)"
  as_pg "$BIN/initdb" -D "$DATA" -U workflows --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$pw" -E UTF8 --locale="$loc" > "$LOG/initdb.log" || { rm -f "$pw"; die "initdb failed (see above)"; }
  rm -f "$pw"
  echo "include_if_exists = 'workflows.conf'" >> "$DATA/postgresql.conf"
}

# Rewritten on each start so that a changed WORKFLOWS_PG_PORT (or socket dir) takes effect.
write_conf() {
  printf '%s\n' "# Written by deploy/local/postgres.sh on every start; edit that script instead." \
    "listen_addresses = '127.0.0.1'" "port = $PORT" "unix_socket_directories = '$RUN'" \
    "max_connections = 200" "shared_buffers = 128MB" > "$DATA/workflows.conf"
  own "$DATA/workflows.conf"
}

# Every server process of a cluster has its data dir as working directory; this is how we tell our
# postmaster from a recycled PID (after a reboot) and spot backends orphaned by a killed postmaster.
cluster_pids() {
  local d p; d=$(realpath -m "$DATA")
  for p in /proc/[0-9]*; do [ "$(readlink "$p/cwd" 2>/dev/null)" = "$d" ] && echo "${p#/proc/}"; done; true
}
running() {
  local pid; pid=$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null) || return 1
  [ -n "$pid" ] && [[ $'\n'$(cluster_pids)$'\n' == *$'\n'$pid$'\n'* ]]
}
q() { "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U workflows "$@"; }

# Something answering the PostgreSQL protocol on our port (pg_isready: 0 accepting, 1 rejecting).
port_taken() { "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && return 0; [ $? -eq 1 ]; }

start_server() {
  local _
  for _ in $(seq 1 30); do [ -z "$(cluster_pids)" ] && break; sleep 0.5; done
  [ -z "$(cluster_pids)" ] || die "orphaned server processes of $DATA still alive: $(cluster_pids | xargs)"
  # No process of this cluster is alive, so its lock files are stale. The server would trust their PIDs, and
  # those may be recycled, or zombies where PID 1 does not reap (containers).
  rm -f "$DATA/postmaster.pid" "$RUN"/.s.PGSQL.*
  write_conf
  local seen; seen=$(stat -c %s "$LOG/postgres.log" 2>/dev/null || echo 0)
  as_pg "$BIN/pg_ctl" start -D "$DATA" -l "$LOG/postgres.log" -w -t 60 >&2 ||
    { tail -c +$((seen + 1)) "$LOG/postgres.log" >&2; die "server did not start; log: $LOG/postgres.log"; }
}

start() {
  find_bin || install_pg
  find_bin || die "PostgreSQL server binaries still missing under /usr/lib/postgresql/*/bin."
  place_cluster
  if running; then
    local on; on=$(sed -n 4p "$DATA/postmaster.pid")
    [ "$on" = "$PORT" ] || die "this cluster is running on port $on, not $PORT; run '$0 stop' first."
    say "already running on port $PORT"
  elif port_taken; then
    # Another checkout's cluster may hold the port (CI runs in a fresh clone): if it takes our login, use it.
    q -d workflows -c 'select 1' >/dev/null 2>&1 || die "port $PORT is taken by another server; set WORKFLOWS_PG_PORT."
    say "reusing the server already on port $PORT (another checkout's?)"; ensure_server_role; return 0
  else
    [ -f "$DATA/PG_VERSION" ] || init_cluster
    start_server
  fi
  # The role is initdb's bootstrap superuser (-U workflows), so only the database can be missing.
  [ "$(q -d postgres -tAc "select 1 from pg_database where datname = 'workflows'")" = 1 ] ||
    q -d postgres -c 'create database workflows owner workflows' >&2
  ensure_server_role
  say "ready: $(url)"
}

# The role the server runs as (`app-url`): it owns nothing; the server grants it what it needs after migrating as
# `workflows` (`url`), so it cannot rewrite the audit trail or switch off its trigger.
ensure_server_role() {
  q -d postgres -c "do \$\$ begin create role workflows_app login password 'workflows'; exception when duplicate_object or unique_violation then null; end \$\$" >&2
}

stop() {
  running || { say "not running"; return 0; }
  as_pg "$BIN/pg_ctl" stop -D "$DATA" -m fast -w >&2
}

status() {
  if running; then echo "running: pid $(head -n 1 "$DATA/postmaster.pid"), port $PORT, data $DATA"
  else echo "not running (data $DATA)"; return 3; fi
}

url() { echo "Host=127.0.0.1;Port=$PORT;Username=workflows;Password=workflows;Database=workflows"; }
app_url() { echo "Host=127.0.0.1;Port=$PORT;Username=workflows_app;Password=workflows;Database=workflows"; }

need_bin() { find_bin || die "PostgreSQL binaries not found; run: $0 start"; }
cmd=${1:-}; shift || true
case "$cmd" in
  start|stop|status) [ "$cmd" = start ] || need_bin; "$cmd" ;;
  url) url ;;
  app-url) app_url ;;
  psql) need_bin; exec "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U workflows -d workflows "$@" ;;
  createdb|dropdb) need_bin; [ $# -eq 1 ] || die "usage: $0 $cmd NAME"
    "$BIN/$cmd" -h 127.0.0.1 -p "$PORT" -U workflows "$1" ;;
  *) die "usage: $0 start|stop|status|url|app-url|psql [args]|createdb NAME|dropdb NAME" ;;
esac
