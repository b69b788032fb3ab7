#!/usr/bin/env bash
# Benchmark of issue 5: the allocation of a whole recruitment campaign from PostgreSQL and back, through the server:
# CANDIDATES candidates x PREFERENCES preferences over CLASSES classes. Target: under 10 s in all (load from the
# database, matching, save), the matching itself under 0.5 s.
#
# Usage: ./edugmina build (or, without installing anything: mvn -o -q -DskipTests package -pl ear -am), then
#        [CANDIDATES=50000] [CLASSES=1500] [PREFERENCES=7] [SEED=2026] [RUNS=3] [BULK=copy|batch] \
#        docs/bench/recruitment-allocation.sh
# 1. starts its own PostgreSQL and WildFly (ports shifted by PORT_OFFSET=400), the ePUAP intake off, the campaign
#    generator on (EDUGMINA_RECRUITMENT_GENERATOR) and rows written by COPY or batched inserts (BULK);
# 2. the administrator generates the campaign (POST /api/admin/recruitment/generated-campaigns, one transaction;
#    with SEED=2026 the seats and lists are those of AllocationBenchmark, docs/benchmarks.md §9);
# 3. RUNS dry runs one after the other (the first one on a cold JVM), then the FINAL run: each started by
#    POST /api/recruitment/campaigns/{id}/allocations and followed by GET /api/recruitment/allocations/{run}
#    every 20 ms until DONE; the split (load, match, save, total) is what the run recorded in its row; "seen"
#    is the client's time from the POST to the first answer saying DONE.
# Needs psql, curl, python3.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${STATE:-/tmp/edugmina-bench-recruitment}"
CANDIDATES="${CANDIDATES:-50000}"
CLASSES="${CLASSES:-1500}"
PREFERENCES="${PREFERENCES:-7}"
SEED="${SEED:-2026}"
RUNS="${RUNS:-3}"
BULK="${BULK:-copy}"
source "$ROOT/docs/bench/lib-server.sh"
for c in psql curl python3; do command -v "$c" >/dev/null || { echo "$c is required"; exit 2; }; done
trap stop_all EXIT
rm -rf "$STATE"; mkdir -p "$STATE"
start_db
start_wildfly -Dedugmina.epuap.polling=false -Dedugmina.recruitment.generator=true -Dedugmina.recruitment.bulk-write="$BULK"
log "server ready; load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"

t0=$(date +%s.%N)
generated=$(curl -fs -u "admin:Lublin2026demo" -H 'Content-Type: application/json' -X POST "$BASE_URL/api/admin/recruitment/generated-campaigns" \
  -d "{\"type\":\"SECONDARY\",\"schoolYear\":\"2026/2027\",\"candidates\":$CANDIDATES,\"classes\":$CLASSES,\"preferences\":$PREFERENCES,\"seed\":$SEED}")
t1=$(date +%s.%N)
campaign=$(python3 -c 'import sys,json; print(json.loads(sys.argv[1])["campaignId"])' "$generated")
log "generated campaign $campaign in $(python3 -c "print(round($t1 - $t0, 2))") s: $generated"
sql "analyze recruitment_class, recruitment_candidate, recruitment_guardian, recruitment_preference" >/dev/null
log "data: $(sql "select count(*) from recruitment_candidate where campaign_id = $campaign") candidates, \
$(sql "select count(*) from recruitment_preference where campaign_id = $campaign") preferences, \
$(sql "select count(*) from recruitment_class where campaign_id = $campaign") classes \
($(sql "select sum(seats) from recruitment_class where campaign_id = $campaign") seats); \
tables: $(sql "select string_agg(c || ' ' || pg_size_pretty(pg_total_relation_size(c::regclass)), ', ') from unnest(array['recruitment_candidate','recruitment_guardian','recruitment_preference','recruitment_class']) c")"

# run MODE LOGIN: starts a run, follows it to the end, prints one line of figures
run() {
  python3 - "$BASE_URL" "$1" "$2" "$campaign" <<'PY'
import base64, json, sys, time, urllib.request
base, mode, login, campaign = sys.argv[1:5]
auth = "Basic " + base64.b64encode(f"{login}:Lublin2026demo".encode()).decode()
def call(method, path, body=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": auth, "Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(req) as r:
        return r.status, json.loads(r.read() or b"null")
t0 = time.monotonic()
status, started = call("POST", f"/api/recruitment/campaigns/{campaign}/allocations", {"mode": mode})
accepted = time.monotonic() - t0
run_id = started["runId"]
phases = []
while True:
    _, run = call("GET", f"/api/recruitment/allocations/{run_id}")
    if not phases or phases[-1][0] != run["phase"]:
        phases.append((run["phase"], round(time.monotonic() - t0, 3), run["progress"]))
    if run["status"] != "RUNNING":
        break
    time.sleep(0.02)
seen = time.monotonic() - t0
t = run.get("timings", {})
if run["status"] != "DONE":
    print(f"RUN {run_id} {mode} {run['status']}: {run.get('error')}")
    sys.exit(1)
print(f"RUN {run_id} {mode}: load {t['loadMs']} ms, match {t['matchMs']} ms, save {t['saveMs']} ms ({t['saveMethod']}), "
      f"total {t['totalMs']} ms; seen by the client {seen * 1000:.0f} ms (202 after {accepted * 1000:.0f} ms); "
      f"{run['placed']} of {run['candidates']} placed, {run['applications']} applications, {run['classes']} classes, "
      f"{run['rounds']} rounds; phases seen {phases}")
PY
}

before=$(cpu_ticks)
for i in $(seq 1 "$RUNS"); do
  log "$(run DRY_RUN referent)"
  log "load: $(cut -d' ' -f1-3 /proc/loadavg)"
done
log "$(run FINAL dyrektor.wydzialu)"
after=$(cpu_ticks)
read -r wf0 pg0 <<<"$before"; read -r wf1 pg1 <<<"$after"
log "CPU during the $((RUNS + 1)) runs: WildFly $(( (wf1 - wf0) * 10 )) ms, PostgreSQL $(( (pg1 - pg0) * 10 )) ms"
log "stored: $(sql "select count(*) from recruitment_allocation_result r join recruitment_allocation_run a on a.id = r.run_id where a.campaign_id = $campaign") result rows, \
$(sql "select count(*) from recruitment_allocation_class s join recruitment_allocation_run a on a.id = s.run_id where a.campaign_id = $campaign") class rows"
log "publication of the FINAL (ADR 0013, inside the FINAL's save transaction, not in its total): $(sql "select 'run ' || run_id || ', ' || candidates || ' candidates, ' || qualified || ' qualified, publish_ms ' || publish_ms from recruitment_publication where campaign_id = $campaign"), \
$(sql "select count(*) from recruitment_public_result r where r.campaign_id = $campaign") public result rows"
log "RESULT $CANDIDATES candidates x $PREFERENCES preferences over $CLASSES classes, BULK=$BULK: see the RUN lines above"
log "load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
