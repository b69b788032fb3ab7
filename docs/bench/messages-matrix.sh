#!/usr/bin/env bash
# Benchmark of issue 4: the tracking matrix page (messages/tracking.xhtml) of a message sent to every
# open unit of the demo city (~150), requested by USERS concurrent logged-in users for DURATION.
#
# Usage: ./edugmina build, then [USERS=50] [DURATION=60s] docs/bench/messages-matrix.sh
# 1. starts its own PostgreSQL and WildFly (ports shifted by PORT_OFFSET=400), the ePUAP intake off;
# 2. the referent writes to every unit type, the kierownik and the dyrektor accept (REST), a third of
#    the units are marked as having read it and a sixth as having answered (SQL), so every state shows;
# 3. USERS sessions log in through the login form (as the referent); wrk requests the page for
#    DURATION over USERS connections, each connection with its own session. Needs psql, wrk, python3.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${STATE:-/tmp/edugmina-bench-messages}"
USERS="${USERS:-50}"
DURATION="${DURATION:-60s}"
source "$ROOT/docs/bench/lib-server.sh"
bench_start psql wrk python3

types=$(open_unit_types)
id=$(api referent -X POST "$BASE_URL/api/messages" -d "{\"subject\":\"Benchmark macierzy\",\"body\":\"Proszę o dane.\",\"replyRequired\":true,\"deadline\":\"$(date -d '+7 days' +%F)\",\"unitTypeIds\":[$types]}" \
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])')
api kierownik -X POST "$BASE_URL/api/messages/$id/approval" -d '{}'
api dyrektor.wydzialu -X POST "$BASE_URL/api/messages/$id/approval" -d '{}'
sql "update message_recipient set opened_at = now(), opened_by = 'bench' where message_id = $id and unit_id % 3 = 0" >/dev/null
sql "update message_recipient set answered_at = now(), answered_by = 'bench' where message_id = $id and unit_id % 6 = 0" >/dev/null
units=$(sql "select count(*) from message_recipient where message_id = $id")
log "message $id to $units units"

log "logging in $USERS sessions"
cookies=()
for i in $(seq 1 "$USERS"); do
  jar="$STATE/cookies-$i"
  page=$(curl -fs -c "$jar" -b "$jar" "$BASE_URL/login.xhtml")
  vs=$(printf '%s' "$page" | python3 -c 'import re,sys; m=re.search(r"<input[^>]*name=\"jakarta.faces.ViewState\"[^>]*>", sys.stdin.read()); print(re.search(r"value=\"([^\"]*)\"", m.group(0)).group(1))')
  curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=referent" \
    --data-urlencode "loginForm:password=Lublin2026demo" --data-urlencode "loginForm:next=" --data-urlencode "loginForm:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$vs" "$BASE_URL/login.xhtml"
  cookies+=("$(awk '$6 == "JSESSIONID" {print $7}' "$jar")")
  [ "$i" -gt 1 ] || curl -fs -b "$jar" "$BASE_URL/index.xhtml" | grep -q 'topForm:logout' || { log "login through the form failed"; exit 1; }
done
check=$(curl -fs -b "JSESSIONID=${cookies[0]}" "$BASE_URL/messages/tracking.xhtml?id=$id")
printf '%s' "$check" | grep -q 'id="matrixForm:matrix"' || { log "the page did not render the matrix for a logged-in session"; exit 1; }

lua="$STATE/sessions.lua"
{
  echo "local cookies = {"; for c in "${cookies[@]}"; do echo "  \"$c\","; done; echo "}"
  cat <<'LUA'
local counter = 0
setup = function(thread) thread:set("first", counter); counter = counter + 1 end
local n = 0
request = function()
  n = n + 1
  local c = cookies[((first or 0) * 7919 + n) % #cookies + 1]
  return wrk.format("GET", nil, { ["Cookie"] = "JSESSIONID=" .. c })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors(non-2xx/3xx)=%d socket-errors=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms\n",
    summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
} > "$lua"
log "warm-up 15 s"
wrk -t2 -c"$USERS" -d15s -s "$lua" "$BASE_URL/messages/tracking.xhtml?id=$id" >/dev/null
log "measuring $DURATION with $USERS concurrent sessions"
wrk -t2 -c"$USERS" -d"$DURATION" --latency -s "$lua" "$BASE_URL/messages/tracking.xhtml?id=$id" | tee "$STATE/wrk.txt"
log "page size: $(printf '%s' "$check" | wc -c) bytes; load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
