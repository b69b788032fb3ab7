#!/usr/bin/env bash
# Benchmark of issue 3: sustained intake rate of signed e-forms through the whole path — WS-Pull
# fetch (signed SOAP), durable store with hash, confirm (signed SOAP), secure parse, XAdES
# verification (EU DSS, offline), registration with attachments.
#
# Usage: ./edugmina build, then [DOCS=10000] [ATTACHMENT_KB=50] [INBOXES=1] [WARMUP=0] docs/bench/epuap-intake.sh
# INBOXES>1 spreads the documents over that many inboxes (the city's and units'), polled in parallel;
# one inbox is sequential by contract (the head stays until it is confirmed).
# WARMUP=N (the steady state of a running server): the restarted server first takes in N other documents
# from the city's inbox; only then are the measured inboxes (BENCH1..) added to the polled ones, and the
# rate is counted from the first measured document fetched to the last one registered.
# 1. starts its own PostgreSQL and WildFly (ports shifted by PORT_OFFSET=400) with the intake off and
#    has the simulator generate DOCS signed e-forms with 2 attachments each into the city's inbox;
# 2. restarts WildFly with the intake on and measures from readiness until every document is
#    registered. Needs psql.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${STATE:-/tmp/edugmina-bench-intake}"
DOCS="${DOCS:-10000}"
KB="${ATTACHMENT_KB:-50}"
INBOXES="${INBOXES:-1}"
WARMUP="${WARMUP:-0}"
city="Urząd Miasta – Wydział Oświaty|UMLUBLIN|oswiata|/UMLUBLIN/oswiata"
if [ "$WARMUP" -gt 0 ]; then
  first=1; inbox_list="$city"; inbox_paths=""
else
  first=2; inbox_list="$city"; inbox_paths="UMLUBLIN/oswiata"
fi
for i in $(seq "$first" "$INBOXES"); do
  [ "$WARMUP" -gt 0 ] || inbox_list="$inbox_list;Skrytka testowa $i|BENCH$i|skrytka|/BENCH$i/skrytka"
  inbox_paths="$inbox_paths BENCH$i/skrytka"
done
source "$ROOT/docs/bench/lib-server.sh"
command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)"; exit 2; }
trap stop_all EXIT

rm -rf "$STATE"; mkdir -p "$STATE"
start_db
log "1. generating $DOCS signed e-forms with 2 attachments of $KB KB (intake off)"
start_wildfly -Dedugmina.epuap.polling=false
# generate N documents into inbox PATH, 1,000 per request
generate() {
  local path=$1 left=$2 n
  while [ "$left" -gt 0 ]; do
    n=$(( left > 1000 ? 1000 : left ))
    curl -fs --max-time 900 -X POST "$BASE_URL/epuap-sim/api/inboxes/$path/documents?kind=valid&count=$n&attachments=2&attachmentKb=$KB&title=bench" >/dev/null
    left=$((left - n))
  done
}
[ "$WARMUP" -gt 0 ] && generate UMLUBLIN/oswiata "$WARMUP"
per_inbox=$((DOCS / INBOXES))
for path in $inbox_paths; do
  generate "$path" "$per_inbox"
done
DOCS=$((per_inbox * INBOXES))
avg=$(sql "select round(avg(octet_length(zawartosc))/1024) from epuap_sim.inbox_message where confirmed_at is null")
log "   waiting in the inbox: $(sql "select count(*) from epuap_sim.inbox_message where confirmed_at is null") documents, ${avg} KB each on average"
stop_all; PG_PID=""; start_db

log "2. intake on ($INBOXES inbox(es)$([ "$WARMUP" -gt 0 ] && echo ", after $WARMUP documents of warm-up"))"
EDUGMINA_EPUAP_INBOXES="$inbox_list" start_wildfly -Dedugmina.epuap.poll-seconds=1
# registered_in FILTER: documents registered from the inboxes FILTER selects (SQL on epuap_inbox i)
registered_in() {
  sql "select count(*) from correspondence c join inbound_document d on d.id = c.inbound_document_id join epuap_inbox i on i.id = d.inbox_id where $1"
}
measured="i.adres_skrytki like '/BENCH%'"
[ "$WARMUP" -gt 0 ] || measured="true"
if [ "$WARMUP" -gt 0 ]; then
  tw=$SECONDS
  until [ "$(registered_in "i.adres_skrytki = '/UMLUBLIN/oswiata'")" -ge "$WARMUP" ]; do sleep 1; done
  log "   warm-up: $WARMUP documents registered in $((SECONDS - tw)) s; adding the measured inboxes"
  n=0
  for path in $inbox_paths; do
    n=$((n + 1)); podmiot=${path%%/*}
    sql "insert into epuap_inbox (id, name, podmiot, nazwa_skrytki, adres_skrytki, active, poll_interval_seconds, received_total, version)
         values (900000 + $n, 'Skrytka testowa $n', '$podmiot', 'skrytka', '/$path', true, 1, 0, 0)" >/dev/null
  done
fi
t0=$(date +%s.%N)
read -r cpu_wf0 cpu_pg0 < <(cpu_ticks)
wal0=$(sql "select pg_current_wal_lsn()")
last=0
while :; do
  done_n=$(registered_in "$measured")
  [ "$done_n" -ge "$DOCS" ] && break
  now=$(date +%s.%N)
  if [ "$(printf '%.0f' "$(echo "$now - $t0" | bc)")" -ge $((last + 30)) ]; then
    last=$((last + 30)); log "   ${last} s: $done_n registered"
  fi
  sleep 2
done
read -r cpu_wf1 cpu_pg1 < <(cpu_ticks)
wal_kb=$(sql "select round(pg_wal_lsn_diff(pg_current_wal_lsn(), '$wal0') / 1024 / $DOCS)")
if [ "$WARMUP" -gt 0 ]; then
  # from the first measured document fetched to the last one registered (the inboxes are picked up
  # by the service bus within 15 s of being added; that wait is not the intake's)
  secs=$(sql "select extract(epoch from max(d.processed_at) - min(d.received_at)) from inbound_document d join epuap_inbox i on i.id = d.inbox_id where $measured")
else
  # from readiness to the last document registered, by the database's clock: the end is not rounded up to this
  # script's polling, which runs every 2 s (every 0.5 s its psql took 3 % of the CPU from the intake it measures)
  secs=$(sql "select extract(epoch from max(processed_at)) - $t0 from inbound_document")
fi
rate=$(echo "scale=1; $DOCS / $secs" | bc)
log "RESULT ($INBOXES inbox(es)$([ "$WARMUP" -gt 0 ] && echo ", warm")): $DOCS documents fetched, stored, confirmed, parsed, verified and registered in ${secs%.*} s = $rate documents/s"
log "   verdicts: $(sql "select string_agg(signature_verdict || ' ' || n, ', ') from (select signature_verdict, count(*) n from correspondence group by 1) x")"
log "   attachments stored: $(sql "select count(*) from correspondence_attachment")"
log "   load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
log "   CPU per document: WildFly (application + simulator) $(( (cpu_wf1 - cpu_wf0) * 10 / DOCS )) ms, PostgreSQL $(( (cpu_pg1 - cpu_pg0) * 10 / DOCS )) ms; WAL written ${wal_kb} KB"
