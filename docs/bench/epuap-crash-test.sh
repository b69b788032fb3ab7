#!/usr/bin/env bash
# Crash test of the ePUAP intake (issue 3): 1,000 signed e-forms are waiting in the city's inbox of
# the simulator; WildFly is killed with kill -9 several times while it fetches, stores, confirms,
# verifies and registers them, and restarted each time. At the end every document must be confirmed
# in ePUAP and registered exactly once, with nothing lost and nothing doubled. Each kill comes once
# a random 20-150 more documents are stored, so it hits a running intake (fetch, store, confirm,
# verification and registration all in flight).
#
# Usage: ./edugmina build, then [DOCS=1000] [KILLS=4] docs/bench/epuap-crash-test.sh
# Runs its own PostgreSQL and WildFly on ports shifted by PORT_OFFSET (400); needs psql.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${STATE:-/tmp/edugmina-crash-test}"
DOCS="${DOCS:-1000}"
KILLS="${KILLS:-4}"
source "$ROOT/docs/bench/lib-server.sh"
command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)"; exit 2; }
trap stop_all EXIT

rm -rf "$STATE"; mkdir -p "$STATE"
start_db
log "1. generating $DOCS signed e-forms (2 attachments of 50 KB) in the simulator, intake off"
start_wildfly -Dedugmina.epuap.polling=false
marker="crash-$(date +%s)"
curl -fs -X POST "$BASE_URL/epuap-sim/api/inboxes/UMLUBLIN/oswiata/documents?kind=valid&count=$DOCS&attachments=2&attachmentKb=50&title=$marker" >/dev/null
log "   waiting in the inbox: $(sql "select count(*) from epuap_sim.inbox_message where confirmed_at is null")"
stop_all; PG_PID=""; start_db

for k in $(seq 1 "$KILLS"); do
  before=$(sql "select count(*) from inbound_document")
  more=$((20 + RANDOM % 130))
  log "2.$k intake on; kill -9 once $more more documents are stored (mid-stream, wherever the intake is)"
  start_wildfly -Dedugmina.epuap.poll-seconds=1
  for _ in $(seq 1 300); do
    [ "$(sql "select count(*) from inbound_document")" -ge $((before + more)) ] && break
    sleep 0.1
  done
  kill_wildfly
  log "   killed: $(sql "select count(*) from inbound_document") stored, $(sql "select count(*) from correspondence where direction='IN'") registered, $(sql "select count(*) from epuap_sim.inbox_message where confirmed_at is null") still waiting in ePUAP"
done

log "3. last start: let the intake finish"
start_wildfly -Dedugmina.epuap.poll-seconds=1
for _ in $(seq 1 600); do
  waiting=$(sql "select count(*) from epuap_sim.inbox_message where confirmed_at is null")
  pending=$(sql "select count(*) from inbound_document where status='RECEIVED'")
  [ "$waiting" = 0 ] && [ "$pending" = 0 ] && break
  sleep 1
done

log "4. checks"
fail=0
check() { if [ "$2" = "$3" ]; then log "   OK   $1: $2"; else log "   FAIL $1: $2, expected $3"; fail=1; fi; }
check "documents confirmed in ePUAP" "$(sql "select count(*) from epuap_sim.inbox_message where confirmed_at is not null")" "$DOCS"
check "documents stored (one row each)" "$(sql "select count(*) from inbound_document")" "$DOCS"
check "distinct contents stored" "$(sql "select count(distinct content_sha256) from inbound_document")" "$DOCS"
check "every sent document stored (by SHA-256)" "$(sql "select count(*) from epuap_sim.inbox_message m where exists (select 1 from inbound_document d where d.content_sha256 = encode(sha256(m.zawartosc), 'hex'))")" "$DOCS"
check "register entries" "$(sql "select count(*) from correspondence where direction='IN'")" "$DOCS"
check "register entries per document (max)" "$(sql "select coalesce(max(n),0) from (select count(*) n from correspondence group by inbound_document_id) x")" "1"
check "documents registered" "$(sql "select count(*) from inbound_document where status='REGISTERED'")" "$DOCS"
check "valid signatures" "$(sql "select count(*) from correspondence where signature_verdict='VALID'")" "$DOCS"
check "register numbers without gaps or repeats" "$(sql "select count(distinct reg_number) = max(reg_number) and min(reg_number) = 1 from correspondence where direction='IN'")" "t"
log "   repeated deliveries recognised (fetched again after a crash, confirmed again, not registered again): $(sql "select coalesce(sum(deliveries - 1),0) from inbound_document")"
[ "$fail" = 0 ] && log "PASSED: $DOCS documents, $KILLS crashes, every document registered exactly once" || { log "FAILED"; exit 1; }
