#!/usr/bin/env bash
# A project-local RabbitMQ node for `make run-rabbit` and `make test`: state in .local/rabbitmq, AMQP on
# 127.0.0.1:$WORKFLOWS_RABBITMQ_PORT (default 56720), user workflows/workflows on vhost /, no plugins.
# Erlang distribution on 127.0.0.1:$WORKFLOWS_RABBITMQ_DIST_PORT (default AMQP port + 1). Runs as root (CI,
# the node then runs as user `rabbitmq`) or as a normal user. Never uses the system-wide service on 5672.
# Usage: rabbitmq.sh start|stop|status|url
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
PORT=${WORKFLOWS_RABBITMQ_PORT:-56720}
# RabbitMQ's default distribution port is AMQP port + 20000, which is past 65535 for our default port.
DIST_PORT=${WORKFLOWS_RABBITMQ_DIST_PORT:-$((PORT + 1))}
HASH=$(printf %s "$REPO" | sha256sum | cut -c1-12)
NODE=workflows-$HASH@localhost
IS_ROOT=$([ "$(id -u)" -eq 0 ] && echo 1 || echo 0)
START_TIMEOUT=${WORKFLOWS_RABBITMQ_START_TIMEOUT:-60}

say() { echo "rabbitmq.sh: $*" >&2; }
die() { say "$*"; exit 1; }

set_paths() { STATE=$1 LOG=$1/log; }
set_paths "$(readlink -f "$REPO/.local/rabbitmq" || echo "$REPO/.local/rabbitmq")" # follows the /var/tmp link

# The Debian package's real scripts; /usr/sbin/rabbitmq-* are wrappers that cd to /var/lib/rabbitmq, take that
# HOME's cookie, send output to /var/log/rabbitmq and refuse normal users, so they are not used.
find_bin() {
  local d
  for d in /usr/lib/rabbitmq/bin "$(dirname "$(command -v rabbitmq-server 2>/dev/null || echo /nonexistent/x)")"; do
    if [ -x "$d/rabbitmq-server" ] && [ -x "$d/rabbitmqctl" ] && [ "$d" != /usr/sbin ]; then BIN=$d; return 0; fi
  done
  return 1
}

install_rabbitmq() {
  local sudo_cmd="" hint="install RabbitMQ (Debian/Ubuntu: apt-get install rabbitmq-server)" guard=""
  command -v apt-get >/dev/null 2>&1 || die "RabbitMQ not found; $hint."
  [ "$IS_ROOT" = 1 ] || sudo_cmd="sudo -n"
  $sudo_cmd true 2>/dev/null || die "RabbitMQ not found and sudo -n is not possible; $hint."
  say "installing rabbitmq-server from apt"
  # The package's postinst starts the system-wide service (port 5672, all interfaces), which we never use; a
  # policy-rc.d that says 101 keeps it from starting (and from failing the install where it cannot start).
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    guard=1
    $sudo_cmd sh -c 'printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d'
    trap "$sudo_cmd rm -f /usr/sbin/policy-rc.d" EXIT
  fi
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends rabbitmq-server >&2
  if [ -n "$guard" ]; then $sudo_cmd rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
  # Should the service have started anyway, stop and disable it: this script only runs its own node. (Only if
  # it runs: the init script's stop runs rabbitmqctl, which leaves an epmd on all interfaces behind.)
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    $sudo_cmd systemctl disable --now rabbitmq-server >/dev/null 2>&1 || true
  else
    if port_open 5672; then $sudo_cmd service rabbitmq-server stop >/dev/null 2>&1 || true; fi
    $sudo_cmd update-rc.d rabbitmq-server disable >/dev/null 2>&1 || true
  fi
}

# As root, the node and every rabbitmqctl call run as `rabbitmq` (same HOME, so the same Erlang cookie).
RUNAS=()
[ "$IS_ROOT" != 1 ] || RUNAS=(runuser -u rabbitmq --)
own() { if [ "$IS_ROOT" = 1 ]; then chown -R rabbitmq:rabbitmq "$@"; fi; }

# Everything the node and rabbitmqctl read; nothing from /etc/rabbitmq or /var/lib/rabbitmq.
node_env() {
  RENV=(HOME="$STATE/home" LANG=C.UTF-8 LC_ALL=C.UTF-8
    RABBITMQ_NODENAME="$NODE" RABBITMQ_USE_LONGNAME=false
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$PORT" RABBITMQ_DIST_PORT="$DIST_PORT"
    RABBITMQ_CONF_ENV_FILE="$STATE/rabbitmq-env.conf" RABBITMQ_CONFIG_FILE="$STATE/rabbitmq.conf"
    RABBITMQ_ADVANCED_CONFIG_FILE="$STATE/advanced.config" RABBITMQ_CONFIG_FILES="$STATE/conf.d"
    RABBITMQ_ENABLED_PLUGINS_FILE="$STATE/enabled_plugins" RABBITMQ_MNESIA_BASE="$STATE/mnesia"
    RABBITMQ_LOG_BASE="$LOG" RABBITMQ_LOGS="$LOG/rabbit.log" RABBITMQ_PID_FILE="$STATE/rabbitmq.pid"
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    ERL_EPMD_ADDRESS="${ERL_EPMD_ADDRESS:-127.0.0.1}")
}
ctl() { (cd "$STATE" && timeout 60 "${RUNAS[@]}" env "${RENV[@]}" "$BIN/rabbitmqctl" -q -n "$NODE" "$@"); }

# As root the `rabbitmq` user must reach the state dir. A repo under /root (mode 700) is out of its reach, so
# the state then lives in /var/tmp (one dir per repo path) and .local/rabbitmq is a symlink to it.
place_state() {
  mkdir -p "$REPO/.local"
  if [ "$IS_ROOT" = 1 ]; then
    id rabbitmq >/dev/null 2>&1 || die "no 'rabbitmq' system user; reinstall the rabbitmq-server package."
    chmod a+x "$REPO/.local"
    if [ ! -L "$REPO/.local/rabbitmq" ] && ! runuser -u rabbitmq -- test -x "$REPO/.local"; then
      [ -e "$REPO/.local/rabbitmq" ] && die "$REPO/.local/rabbitmq is not reachable by user rabbitmq; remove it."
      say "$REPO is not reachable by user rabbitmq; keeping the node in /var/tmp/workflows-rabbitmq-$HASH"
      mkdir -p "/var/tmp/workflows-rabbitmq-$HASH"
      ln -s "/var/tmp/workflows-rabbitmq-$HASH" "$REPO/.local/rabbitmq"
      set_paths "/var/tmp/workflows-rabbitmq-$HASH"
    fi
  fi
  mkdir -p "$STATE/home" "$STATE/mnesia" "$STATE/conf.d" "$LOG"
  [ "$IS_ROOT" = 1 ] || [ -w "$STATE/mnesia" ] ||
    die "$STATE is not writable by $(id -un) (made by root?); remove it or run as root."
  local cookie=$STATE/home/.erlang.cookie
  if [ ! -s "$cookie" ]; then
    (umask 077 && head -c 30 /dev/urandom | base64 | tr -d '\n=+/' > "$cookie")
  fi
  chmod 400 "$cookie"
  own "$STATE"
  node_env
}

# Rewritten on each start so that a changed port or setting takes effect. default_user only applies when the
# node's database is new; ensure_user repairs the user otherwise.
write_conf() {
  printf '%s\n' "# Written by deploy/local/rabbitmq.sh on every start; edit that script instead." \
    "default_user = workflows" "default_pass = workflows" "default_vhost = /" \
    "default_permissions.configure = .*" "default_permissions.read = .*" "default_permissions.write = .*" \
    "default_user_tags.administrator = true" "loopback_users = none" \
    "log.console = false" "log.file.level = info" > "$STATE/rabbitmq.conf"
  echo "# Written by deploy/local/rabbitmq.sh; the settings are in its environment." > "$STATE/rabbitmq-env.conf"
  echo "[]." > "$STATE/enabled_plugins"
  echo "$PORT" > "$STATE/port"
  own "$STATE/rabbitmq.conf" "$STATE/rabbitmq-env.conf" "$STATE/enabled_plugins" "$STATE/port"
}

# The node's Erlang VM is the beam.smp process whose working directory is the state dir (we start it there); a
# PID file can be stale or recycled, this cannot.
node_pids() {
  local d p c; d=$(realpath -m "$STATE")
  for p in /proc/[0-9]*; do # `read` rather than a command per process: hosts run hundreds
    { read -r c < "$p/comm"; } 2>/dev/null && [ "$c" = beam.smp ] &&
      [ "$(readlink "$p/cwd" 2>/dev/null)" = "$d" ] && echo "${p#/proc/}"
  done; true
}
running() { [ -n "$(node_pids)" ]; }

# The VMs of other checkouts' nodes (this script's, by their environment) that use our AMQP port. As a normal
# user only one's own processes can be seen.
foreign_pids() {
  local p c e
  for p in /proc/[0-9]*; do
    { read -r c < "$p/comm"; } 2>/dev/null && [ "$c" = beam.smp ] || continue
    e=$'\n'$(tr '\0' '\n' 2>/dev/null < "$p/environ")$'\n' || continue
    [[ $e == *$'\nRABBITMQ_NODENAME=workflows-'*$'\n'* && $e == *$'\nRABBITMQ_NODE_PORT='"$PORT"$'\n'* &&
      $e != *$'\nRABBITMQ_NODENAME='"$NODE"$'\n'* ]] && echo "${p#/proc/}"
  done; true
}

port_open() { timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null; }

# A full AMQP 0-9-1 login as workflows/workflows that opens vhost / and closes again: true if the broker on
# port $1 answers Connection.Open-Ok and then Close-Ok. The client frames go out at once (the broker reads them
# in order); the reply is read byte by byte (a NUL reads as empty) until those frames or 5 s of silence.
amqp_login_ok() (
  local LC_ALL=C c h hex="" n=0
  exec 2>/dev/null 3<>"/dev/tcp/127.0.0.1/$1" || return 1 # (stderr: only this subshell's)
  printf 'AMQP\x00\x00\x09\x01' >&3
  printf '\x01\x00\x00\x00\x00\x00\x2c\x00\x0a\x00\x0b\x00\x00\x00\x00\x05PLAIN\x00\x00\x00\x14\x00workflows\x00workflows\x05en_US\xce' \
    >&3 # Connection.Start-Ok, PLAIN
  printf '\x01\x00\x00\x00\x00\x00\x0c\x00\x0a\x00\x1f\x00\x01\x00\x00\x10\x00\x00\x00\xce' >&3 # Tune-Ok
  printf '\x01\x00\x00\x00\x00\x00\x08\x00\x0a\x00\x28\x01/\x00\x00\xce' >&3 # Open /
  printf '\x01\x00\x00\x00\x00\x00\x0b\x00\x0a\x00\x32\x00\xc8\x00\x00\x00\x00\x00\xce' >&3 # Close
  while [ $n -lt 8192 ] && IFS= read -r -d '' -n 1 -t 5 c <&3; do
    if [ -z "$c" ]; then hex+=00; else printf -v h %02x "'$c"; hex+=$h; fi
    n=$((n + 1))
    [[ $hex == *01000000000005000a002900ce*01000000000004000a0033ce ]] && return 0
  done 2>/dev/null
  return 1
)

ensure_user() {
  say "creating user workflows on $NODE"
  ctl add_user workflows workflows >/dev/null 2>&1 || ctl change_password workflows workflows >/dev/null
  ctl set_user_tags workflows administrator >/dev/null
  ctl set_permissions -p / workflows '.*' '.*' '.*' >/dev/null
}

log_tail() {
  local f
  for f in "$LOG/startup.log" "$LOG/rabbit.log"; do
    [ -s "$f" ] || continue
    say "--- last lines of $f"; tail -n 40 "$f" >&2
  done
}

start_node() {
  local _ t0=$SECONDS listening=0
  for _ in $(seq 1 20); do running || break; sleep 0.5; done
  running && die "a previous node of $STATE is still shutting down: $(node_pids | xargs)"
  port_open "$DIST_PORT" && die "Erlang distribution port $DIST_PORT is taken; set WORKFLOWS_RABBITMQ_DIST_PORT."
  write_conf
  rm -f "$STATE/rabbitmq.pid"
  [ ! -f "$LOG/startup.log" ] || mv -f "$LOG/startup.log" "$LOG/startup.log.1"
  : > "$LOG/startup.log" && own "$LOG"
  say "starting $NODE on 127.0.0.1:$PORT (state $STATE)"
  # In its own session and without our descriptors, so that the caller's exit or Ctrl-C leaves it running.
  (cd "$STATE" && exec setsid "${RUNAS[@]}" env "${RENV[@]}" "$BIN/rabbitmq-server") \
    </dev/null >>"$LOG/startup.log" 2>&1 9>&- &
  while [ $((SECONDS - t0)) -lt "$START_TIMEOUT" ]; do
    sleep 0.5
    if amqp_login_ok "$PORT"; then return 0; fi
    # The VM shows up a moment after the launch (shell wrapper, then beam.smp).
    if [ $((SECONDS - t0)) -gt 5 ] && ! running; then log_tail; die "the node exited during startup."; fi
    if ! port_open "$PORT"; then listening=0
    elif [ $((listening += 1)) -eq 3 ]; then
      # Listening for a while but refusing our login: a database that predates default_user, or lost the user.
      ensure_user || true
    fi
  done
  log_tail; die "the node did not accept logins within ${START_TIMEOUT}s; logs in $LOG"
}

lock() {
  mkdir -p "$REPO/.local"
  exec 9>>"$REPO/.local/rabbitmq.lock"
  flock -w 120 9 || die "another rabbitmq.sh holds $REPO/.local/rabbitmq.lock"
}

start() {
  lock
  find_bin || install_rabbitmq
  find_bin || die "RabbitMQ scripts still missing under /usr/lib/rabbitmq/bin."
  place_state
  if running; then
    local on; on=$(cat "$STATE/port" 2>/dev/null || echo "?")
    [ "$on" = "$PORT" ] || die "this node is running on port $on, not $PORT; run '$0 stop' first."
    amqp_login_ok "$PORT" || die "$NODE is running but refuses logins on port $PORT; see $LOG/rabbit.log."
    say "already running on port $PORT"
  else
    # Another checkout's node may hold the port (CI runs in a fresh clone beside the developer's). Reusing it
    # would leave our stop/start (the tests' broker outages) without effect, so that node is stopped (SIGTERM
    # is a clean shutdown for RabbitMQ); a broker we cannot stop is reused if it takes our login.
    local f _; f=$(foreign_pids)
    if [ -n "$f" ]; then
      say "stopping another checkout's node on port $PORT (pid $(echo $f), state $(readlink "/proc/${f%%$'\n'*}/cwd"))"
      kill -TERM $f 2>/dev/null || true
      for _ in $(seq 1 60); do [ -z "$(foreign_pids)" ] && break; sleep 0.5; done
      f=$(foreign_pids); [ -z "$f" ] || kill -KILL $f 2>/dev/null || true
      for _ in $(seq 1 20); do port_open "$PORT" || break; sleep 0.5; done
    fi
    if port_open "$PORT"; then
      amqp_login_ok "$PORT" || die "port $PORT is taken by another server; set WORKFLOWS_RABBITMQ_PORT."
      say "reusing the broker already on port $PORT, which this script cannot stop or start"; return 0
    fi
    local t=$SECONDS
    start_node
    say "started in $((SECONDS - t))s"
  fi
  say "ready: $(url)"
}

stop() {
  find_bin || { say "not running (RabbitMQ is not installed)"; return 0; }
  lock
  node_env
  running || { say "not running"; return 0; }
  local _ t=$SECONDS
  ctl stop >/dev/null 2>&1 || say "rabbitmqctl stop failed; signalling the node"
  for _ in $(seq 1 60); do running || break; sleep 0.5; done
  if running; then kill -TERM $(node_pids) 2>/dev/null || true; fi
  for _ in $(seq 1 20); do running || break; sleep 0.5; done
  if running; then say "killing $(node_pids | xargs)"; kill -KILL $(node_pids) 2>/dev/null || true; fi
  for _ in $(seq 1 20); do running || break; sleep 0.5; done
  running && die "node processes still alive: $(node_pids | xargs)"
  say "stopped in $((SECONDS - t))s"
}

status() {
  if running && amqp_login_ok "$PORT"; then
    echo "running: node $NODE, pid $(node_pids | xargs), port $PORT, state $STATE"
  elif running; then echo "not answering: node $NODE (pid $(node_pids | xargs)) refuses logins on port $PORT"; return 1
  else echo "not running (state $STATE)"; return 1; fi
}

url() { echo "amqp://workflows:workflows@127.0.0.1:$PORT/"; }

cmd=${1:-}; shift || true
case "$cmd" in
  start|stop|status|url) "$cmd" ;;
  *) die "usage: $0 start|stop|status|url" ;;
esac
