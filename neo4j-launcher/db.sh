#!/usr/bin/env bash
# Starts, stops and reports the embedded Neo4j (Community 5.26) that peergraph uses when no
# NEO4J_URI is given. Usage: db.sh start|stop|status|import ARGS. Environment: see README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
JAR="$HERE/target/neo4j-launcher.jar"

DIR="${PEERGRAPH_DB_DIR:-$REPO/.neo4j-data}"
[[ "${1:-}" == start ]] && mkdir -p "$DIR/logs"
if [[ -d "$DIR" ]]; then DIR="$(cd "$DIR" && pwd)"; elif [[ "$DIR" != /* ]]; then DIR="$PWD/$DIR"; fi
PORT="${PEERGRAPH_DB_PORT:-7687}"
HEAP="${PEERGRAPH_DB_HEAP:-1g}"
START_TIMEOUT="${PEERGRAPH_DB_START_TIMEOUT:-120}"
STOP_TIMEOUT="${PEERGRAPH_DB_STOP_TIMEOUT:-60}"
PIDFILE="$DIR/neo4j.pid"
LOG="$DIR/logs/launcher.log"
# Put on the java command line so that a live PID can be told apart from a recycled one,
# and so that the port of a running instance can be read back.
MARKER="-Dpeergraph.db.dir=$DIR"

say() { echo "db: $*" >&2; }
die() { say "$*"; exit 1; }

if ! [[ "$PORT" =~ ^[1-9][0-9]{0,4}$ ]] || ((PORT > 65535)); then
  die "PEERGRAPH_DB_PORT must be a port number, not '$PORT'"
fi

# Neo4j 5.26 runs on Java 17 or 21 only, whatever `java` is first on PATH.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p'
}
find_java() {
  local c v
  for c in "${PEERGRAPH_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" \
           /usr/lib/jvm/java-17-openjdk*/bin/java /usr/lib/jvm/java-21-openjdk*/bin/java \
           /usr/lib/jvm/*-17*/bin/java /usr/lib/jvm/*-21*/bin/java \
           "$(command -v java 2>/dev/null || true)"; do
    [[ -n "$c" && -x "$c" ]] || continue
    v="$(java_major "$c")"
    if [[ "$v" == 17 || "$v" == 21 ]]; then echo "$c"; return 0; fi
  done
  return 1
}

# The PID from the PID file, if that process is alive and is our launcher for this data dir.
running_pid() {
  local pid
  [[ -f "$PIDFILE" ]] || return 1
  pid="$(tr -dc 0-9 < "$PIDFILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  ps -o args= -p "$pid" 2>/dev/null | grep -qF -- "$MARKER " || return 1
  echo "$pid"
}

running_port() {
  ps -o args= -p "$1" 2>/dev/null | sed -n 's/.*-Dpeergraph\.db\.port=\([0-9]*\).*/\1/p'
}

clear_stale_pidfile() {
  if [[ -f "$PIDFILE" ]] && ! running_pid >/dev/null; then
    say "removing stale PID file $PIDFILE (process $(tr -dc 0-9 < "$PIDFILE") is gone or is not this launcher)"
    rm -f "$PIDFILE"
  fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A real Bolt handshake: magic 6060B017, then four version proposals (5.8 down to 5.0, 4.4).
# A Bolt server answers with the 4-byte version it picked; anything else on the port does not.
bolt_ok() {
  local reply
  # shellcheck disable=SC2016 # $0 is expanded by the inner bash
  reply="$(timeout 5 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1
    printf "\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
    head -c 4 <&3 | od -An -tx1' "$1" 2>/dev/null | tr -d ' \n')" || return 1
  [[ "$reply" =~ ^0000[0-9a-f]{2}0[45]$ ]]
}

show_logs() {
  local f
  for f in "$LOG" "$DIR/logs/neo4j.log"; do
    [[ -s "$f" ]] || continue
    say "--- last lines of $f"
    tail -n 25 "$f" >&2
  done
}

build_if_needed() {
  if [[ -f "$JAR" && -d "$HERE/target/lib" ]] &&
     [[ -z "$(find "$HERE/pom.xml" "$HERE/src" -newer "$JAR" -print -quit)" ]]; then
    return 0
  fi
  command -v mvn >/dev/null || die "Maven (mvn) is needed to build the launcher"
  local jdk
  jdk="$(dirname "$(dirname "$JAVA")")"
  say "building the launcher (first run downloads Neo4j from Maven Central, ~170 MB)"
  # No clean: other instances may be running from target/lib, and stale jars there are harmless
  # because the jar's manifest Class-Path names exactly the jars of this build.
  # Offline first: quick and quiet when ~/.m2 already has everything.
  if [[ -x "$jdk/bin/javac" ]]; then export JAVA_HOME="$jdk"; fi
  local out
  if ! out="$(cd "$HERE" && { mvn -q -B -o package >/dev/null 2>&1 || mvn -q -B package 2>&1; })"; then
    echo "$out" >&2
    die "build failed (cd $HERE && mvn -B package)"
  fi
  # Maven may leave an unchanged jar untouched; the staleness test above goes by its time.
  touch "$JAR"
}

cmd_start() {
  local pid
  if pid="$(running_pid)"; then
    local wanted="$PORT"
    PORT="$(running_port "$pid")"
    [[ "$wanted" == "$PORT" ]] || say "note: the running instance uses port $PORT, not $wanted; stop it first to change the port"
    if bolt_ok "$PORT"; then
      say "already running for $DIR (pid $pid, bolt://127.0.0.1:$PORT); nothing to do"
      return 0
    fi
    say "an instance for $DIR is running (pid $pid) but Bolt does not answer on port $PORT yet; waiting"
    wait_ready "$pid" 0 && return 0
    exit 1
  fi
  clear_stale_pidfile
  if port_open "$PORT"; then
    local what="another process"
    bolt_ok "$PORT" && what="another Bolt server (a Neo4j for some other data folder?)"
    die "port 127.0.0.1:$PORT is already in use by $what; stop it or set PEERGRAPH_DB_PORT"
  fi

  JAVA="$(find_java)" || die "no Java 17 or 21 found (set PEERGRAPH_JAVA or JAVA_HOME to one)"
  build_if_needed

  local offset=0
  [[ -f "$LOG" ]] && offset="$(wc -c < "$LOG" | tr -d ' ')"
  local detach=()
  command -v setsid >/dev/null && detach=(setsid)
  (
    export PEERGRAPH_DB_DIR="$DIR" PEERGRAPH_DB_PORT="$PORT"
    cd "$DIR"
    # The JVM outlives this script: it must not keep the caller's other open
    # files (a pipe someone reads to its end, a held flock) for its lifetime.
    for fd in /proc/$BASHPID/fd/*; do
      fd="${fd##*/}"
      [[ "$fd" =~ ^[0-9]+$ ]] && ((fd > 2)) && eval "exec $fd>&-"
    done
    exec nohup "${detach[@]}" "$JAVA" "$MARKER" -Dpeergraph.db.port="$PORT" \
      -Xms"$HEAP" -Xmx"$HEAP" \
      -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC \
      -XX:+ExitOnOutOfMemoryError \
      -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
      -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8 \
      --add-opens=java.base/java.nio=ALL-UNNAMED \
      --add-opens=java.base/java.io=ALL-UNNAMED \
      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
      --add-opens=java.base/java.lang=ALL-UNNAMED \
      -jar "$JAR"
  ) >>"$LOG" 2>&1 </dev/null &
  say "starting Neo4j for $DIR on bolt://127.0.0.1:$PORT (pid $!, log $LOG)"
  wait_ready "$!" "$offset"
}

# Ready means this very process printed its READY line (databases up, password set) and Bolt
# answers. nohup and setsid exec in place, so $! is the JVM's own PID.
wait_ready() {
  local pid="$1" offset="$2" t0=$SECONDS
  while ((SECONDS - t0 < START_TIMEOUT)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      say "Neo4j exited during start-up"
      show_logs
      return 1
    fi
    if tail -c +"$((offset + 1))" "$LOG" 2>/dev/null | grep -qF "peergraph-neo4j ready: bolt://127.0.0.1:$PORT (pid $pid)" &&
       bolt_ok "$PORT"; then
      say "ready in $((SECONDS - t0)) s: bolt://127.0.0.1:$PORT"
      return 0
    fi
    sleep 0.5
  done
  say "Bolt did not answer on port $PORT within $START_TIMEOUT s; pid $pid left running (db.sh stop ends it)"
  show_logs
  return 1
}

cmd_stop() {
  local pid t0
  if ! pid="$(running_pid)"; then
    clear_stale_pidfile
    say "not running for $DIR"
    return 0
  fi
  kill -TERM "$pid"
  t0=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS - t0 >= STOP_TIMEOUT)); then
      say "no clean exit after $STOP_TIMEOUT s; killing pid $pid"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 0.2
  done
  rm -f "$PIDFILE"
  say "stopped (pid $pid, $DIR)"
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    PORT="$(running_port "$pid")"
    if bolt_ok "$PORT"; then
      echo "running: pid $pid, bolt://127.0.0.1:$PORT, data $DIR"
      return 0
    fi
    echo "starting or not answering: pid $pid, port $PORT, data $DIR"
    return 1
  fi
  echo "not running: data $DIR"
  return 3
}

# Neo4j's bulk importer (`neo4j-admin database import full`) from the launcher's own jars
# (neo4j-import-tool and neo4j-command-line are among Neo4j's Maven artifacts; the entry point
# is org.neo4j.cli.AdminTool), into this data folder's `neo4j` database: the arguments are the
# importer's (--nodes=..., --relationships=..., --overwrite-destination, ...). The instance
# must be stopped: the importer writes the store files themselves.
cmd_import() {
  if pid="$(running_pid)"; then
    die "Neo4j for $DIR is running (pid $pid): stop it before an import"
  fi
  JAVA="$(find_java)" || die "no Java 17 or 21 found (set PEERGRAPH_JAVA or JAVA_HOME to one)"
  build_if_needed
  mkdir -p "$DIR/logs"
  # NEO4J_HOME is the data folder, as for the embedded instance: the store goes to
  # $DIR/data/databases/neo4j and $DIR/data/transactions/neo4j, where the launcher reads it.
  NEO4J_HOME="$DIR" "$JAVA" -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -Dfile.encoding=UTF-8 \
    --add-opens=java.base/java.nio=ALL-UNNAMED \
    --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    --add-opens=java.base/java.lang=ALL-UNNAMED \
    -cp "$JAR:$HERE/target/lib/*" org.neo4j.cli.AdminTool database import full neo4j "$@"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  import) shift; cmd_import "$@" ;;
  *) echo "usage: $0 start|stop|status|import IMPORTER-ARGS" >&2; exit 2 ;;
esac
