# Helpers for the benchmark and crash-test scripts: a private PostgreSQL and WildFly (with the EAR
# and the ePUAP simulator) in $STATE, on shifted ports, so they never disturb a running ./edugmina.
# Source it after setting ROOT and STATE; needs the build (./edugmina build) and psql. E-mail goes to
# the simulator's SMTP sink (port 2525 + PORT_OFFSET).
PORT_OFFSET="${PORT_OFFSET:-400}"
HTTP_PORT=$((8080 + PORT_OFFSET))
MGMT_PORT=$((9990 + PORT_OFFSET))
DB_PORT="${DB_PORT:-$((15432 + PORT_OFFSET))}"
BASE_URL="http://localhost:$HTTP_PORT"
DB="postgresql://edugmina:edugmina@localhost:$DB_PORT/edugmina"
WILDFLY="$ROOT/wildfly-config/target/wildfly"
PG_PID=""
WF_PID=""

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*"; }

# cpu_ticks: CPU time (user + system, in clock ticks of 10 ms) used so far by WildFly (application and
# simulator) and by all PostgreSQL processes, printed as "wildfly postgres"
cpu_ticks() {
  local wf=0 pg=0 p
  for p in $(pgrep -f "jboss.server.base.dir=$STATE/server"); do wf=$((wf + $(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  for p in $(pgrep -x postgres); do pg=$((pg + $(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$wf $pg"
}

start_db() {
  mkdir -p "$STATE"
  java -cp "$ROOT/db/target/classes:$(cat "$ROOT/db/target/launcher.classpath")" \
    pl.edugmina.db.EmbeddedDatabase "$STATE/pgdata" "$DB_PORT" > "$STATE/postgres.log" 2>&1 &
  PG_PID=$!
  for _ in $(seq 1 120); do grep -q '^READY ' "$STATE/postgres.log" && return 0; sleep 0.5; done
  log "PostgreSQL did not start"; cat "$STATE/postgres.log"; exit 1
}

# start_wildfly [extra -D options...]: starts WildFly with the EAR and the simulator, waits for readiness
start_wildfly() {
  local base="$STATE/server"
  mkdir -p "$base/deployments" "$base/data" "$base/log"
  rm -rf "$base/configuration" && cp -r "$WILDFLY/standalone/configuration" "$base/configuration"
  [ -f "$base/deployments/edugmina.ear" ] || cp "$ROOT/ear/target/edugmina.ear" "$base/deployments/"
  [ -f "$base/deployments/edugmina-epuap-simulator.war" ] || cp "$ROOT/simulator/target/edugmina-epuap-simulator.war" "$base/deployments/"
  EDUGMINA_DB_URL="jdbc:postgresql://localhost:$DB_PORT/edugmina" EDUGMINA_DB_USER=edugmina EDUGMINA_DB_PASSWORD=edugmina \
  EDUGMINA_SMTP_HOST="${EDUGMINA_SMTP_HOST:-127.0.0.1}" EDUGMINA_SMTP_PORT="${EDUGMINA_SMTP_PORT:-$((2525 + PORT_OFFSET))}" \
  EDUGMINA_DEMO_DATA=true LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms1g -Xmx2g -XX:+UseG1GC}" \
    "$WILDFLY/bin/standalone.sh" -c standalone-edugmina.xml -Djboss.server.base.dir="$base" \
      -Djboss.socket.binding.port-offset="$PORT_OFFSET" "$@" >> "$STATE/wildfly-console.log" 2>&1 &
  WF_PID=$!
  local t0=$SECONDS
  until curl -fs "http://localhost:$MGMT_PORT/health/ready" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$WF_PID" 2>/dev/null || { tail -40 "$STATE/wildfly-console.log"; log "WildFly died"; exit 1; }
    [ $((SECONDS - t0)) -gt 300 ] && { log "WildFly not ready in 300 s"; exit 1; }
    sleep 0.5
  done
  # the simulator deploys next to the EAR: wait for its API too
  until curl -fs "$BASE_URL/epuap-sim/api/inboxes/UMLUBLIN/oswiata" >/dev/null 2>&1; do sleep 0.5; done
}

# kill_wildfly: what a crash does (kill -9 of the JVM and its launcher)
kill_wildfly() {
  pkill -9 -f "jboss.server.base.dir=$STATE/server" 2>/dev/null || true
  kill -9 "$WF_PID" 2>/dev/null || true
  wait "$WF_PID" 2>/dev/null || true
  WF_PID=""
}

stop_all() {
  if [ -n "$WF_PID" ]; then
    kill -TERM "$WF_PID" 2>/dev/null || true
    pkill -TERM -f "jboss.server.base.dir=$STATE/server" 2>/dev/null || true
    for _ in $(seq 1 60); do pgrep -f "jboss.server.base.dir=$STATE/server" >/dev/null || break; sleep 0.5; done
    pkill -9 -f "jboss.server.base.dir=$STATE/server" 2>/dev/null || true
  fi
  [ -n "$PG_PID" ] && kill -TERM "$PG_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}

sql() { psql "$DB" -v ON_ERROR_STOP=1 -Atc "$1"; }

# bench_start TOOL...: checks the tools, cleans $STATE, starts PostgreSQL and WildFly with the ePUAP intake
# off, and stops both when the script ends
bench_start() {
  local c
  for c in "$@"; do command -v "$c" >/dev/null || { echo "$c is required"; exit 2; }; done
  trap stop_all EXIT
  rm -rf "$STATE"; mkdir -p "$STATE"
  start_db
  start_wildfly -Dedugmina.epuap.polling=false
}

# api LOGIN CURL-ARGS...: a JSON request to the REST API as a demo user
api() { local who=$1; shift; curl -fs -u "$who:Lublin2026demo" -H 'Content-Type: application/json' "$@"; }

# open_unit_types: the ids of the unit types that have open units, comma-separated
open_unit_types() { sql "select string_agg(distinct type_id::text, ',') from unit where active_to is null or active_to >= current_date"; }
