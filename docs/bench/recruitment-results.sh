#!/usr/bin/env bash
# Benchmark of issue 5: results day. The public results endpoint (POST /api/public/recruitment-results, code + PIN,
# no login) at a constant RATE of requests per second for DURATION seconds, on a published campaign of CANDIDATES
# candidates. Target: 500 requests/s for 5 minutes, p99 under 200 ms, no errors.
#
# Usage: build without installing (mvn -o -q -DskipTests package -pl ear -am), then, under the shared lock:
#        flock /tmp/edugmina-it.lock [RATE=500] [DURATION=300] [WARMUP=30] [CANDIDATES=50000] [CLASSES=1500] [SEED=2026] \
#        [CLIENT=sockets|httpclient] [CONNECTIONS=50] [METHOD=post|get (httpclient only)] docs/bench/recruitment-results.sh
# 1. starts its own PostgreSQL and WildFly (ports shifted by PORT_OFFSET=400), the ePUAP intake off, the campaign
#    generator on: the generated candidates get deterministic test PINs (CampaignGenerator.testPin: SHA-256 of
#    "edugmina-test-pin:SEED:CODE", first 8 bytes unsigned, mod 10^8, 8 digits);
# 2. the administrator generates the campaign (CANDIDATES x 7 preferences over CLASSES classes, seed SEED) and the
#    department's director runs the FINAL allocation, which publishes the public rows in its own transaction;
# 3. the load, JDK only, WARMUP seconds not counted, then DURATION seconds measured, each request for a random candidate
#    with the right PIN; prints the rate answered, p50/p90/p99/p99.9/max and the errors:
#    CLIENT=sockets (default): docs/bench/ResultsLoadSockets.java, CONNECTIONS keep-alive sockets, each on its own fixed
#      schedule (wrk2-style: latency from the scheduled moment, so a slow answer's delay to the next request counts);
#    CLIENT=httpclient: docs/bench/ResultsLoad.java, java.net.http fully open loop (a new connection whenever all are
#      busy); on this machine it spends more CPU than the server and piles up connections once the server lags.
# Needs psql, curl, python3, java 17.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${STATE:-/tmp/edugmina-bench-results}"
RATE="${RATE:-500}"
DURATION="${DURATION:-300}"
WARMUP="${WARMUP:-30}"
CANDIDATES="${CANDIDATES:-50000}"
CLASSES="${CLASSES:-1500}"
SEED="${SEED:-2026}"
METHOD="${METHOD:-post}"
CLIENT="${CLIENT:-sockets}"
CONNECTIONS="${CONNECTIONS:-50}"
source "$ROOT/docs/bench/lib-server.sh"
for c in psql curl python3 java; do command -v "$c" >/dev/null || { echo "$c is required"; exit 2; }; done
trap stop_all EXIT
rm -rf "$STATE"; mkdir -p "$STATE"
start_db
start_wildfly -Dedugmina.epuap.polling=false -Dedugmina.recruitment.generator=true
log "server ready; load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"

generated=$(curl -fs -u "admin:Lublin2026demo" -H 'Content-Type: application/json' -X POST "$BASE_URL/api/admin/recruitment/generated-campaigns" \
  -d "{\"type\":\"SECONDARY\",\"schoolYear\":\"2026/2027\",\"candidates\":$CANDIDATES,\"classes\":$CLASSES,\"preferences\":7,\"seed\":$SEED}")
campaign=$(python3 -c 'import sys,json; print(json.loads(sys.argv[1])["campaignId"])' "$generated")
log "generated campaign $campaign: $generated"
sql "analyze recruitment_class, recruitment_candidate, recruitment_preference" >/dev/null

run=$(curl -fs -u "dyrektor.wydzialu:Lublin2026demo" -H 'Content-Type: application/json' -X POST \
  "$BASE_URL/api/recruitment/campaigns/$campaign/allocations" -d '{"mode":"FINAL"}' | python3 -c 'import sys,json; print(json.load(sys.stdin)["runId"])')
until [ "$(sql "select status from recruitment_allocation_run where id = $run")" != "RUNNING" ]; do sleep 0.5; done
log "FINAL run $run: $(sql "select status || ', total ' || total_ms || ' ms (load ' || load_ms || ', match ' || match_ms || ', save ' || save_ms || ')' from recruitment_allocation_run where id = $run")"
log "published: $(sql "select candidates || ' candidates, ' || qualified || ' qualified, public rows computed in ' || publish_ms || ' ms' from recruitment_publication where campaign_id = $campaign"); \
tables: $(sql "select string_agg(c || ' ' || pg_size_pretty(pg_total_relation_size(c::regclass)), ', ') from unnest(array['recruitment_public_result','recruitment_public_class']) c")"
sql "analyze recruitment_public_result, recruitment_pin_attempt" >/dev/null

before=$(cpu_ticks)
log "load: $RATE requests/s, $WARMUP s warm-up + $DURATION s measured, $METHOD"
( while sleep 30; do log "  load average during the run: $(cut -d' ' -f1-3 /proc/loadavg)"; done ) &
SAMPLER=$!
if [ "$CLIENT" = httpclient ]; then
  result=$(java -Xmx512m -XX:+UseSerialGC "$ROOT/docs/bench/ResultsLoad.java" "$BASE_URL" "$RATE" "$DURATION" "$WARMUP" "$campaign" "$CANDIDATES" "$SEED" "$METHOD")
else
  result=$(java -Xmx256m -XX:+UseSerialGC "$ROOT/docs/bench/ResultsLoadSockets.java" "$BASE_URL" "$RATE" "$DURATION" "$WARMUP" "$campaign" "$CANDIDATES" "$SEED" "$CONNECTIONS")
fi
after=$(cpu_ticks)
kill "$SAMPLER" 2>/dev/null || true
read -r wf0 pg0 <<<"$before"; read -r wf1 pg1 <<<"$after"
log "$result"
log "CPU during the load ($((WARMUP + DURATION)) s): WildFly $(( (wf1 - wf0) * 10 )) ms, PostgreSQL $(( (pg1 - pg0) * 10 )) ms"
log "failed PIN rows written: $(sql "select count(*) from recruitment_pin_attempt where campaign_id = $campaign") (expected 0: every PIN was right)"
log "load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
