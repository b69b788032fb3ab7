#!/usr/bin/env bash
# Benchmark of issue 4: a message with a 1 MB attachment to every open unit (~150) and their users
# (USERS_PER_UNIT per unit are added, ~1,500 in all): how long until it is delivered in every unit's
# inbox, and until every user's e-mail notification has been handed to the SMTP server.
#
# Usage: ./edugmina build, then [USERS_PER_UNIT=10] [SIZE_MB=1] docs/bench/message-delivery.sh
# 1. starts its own PostgreSQL and WildFly (ports shifted by PORT_OFFSET=400), the ePUAP intake off,
#    mail to the simulator's SMTP sink;
# 2. adds USERS_PER_UNIT users with an e-mail address to every open unit (SQL);
# 3. the referent sends the message with a SIZE_MB PDF to every unit type; the kierownik accepts; the
#    dyrektor's acceptance is the moment of delivery: timed from the request to its answer (in-app
#    delivery to every unit and every mail queued, one transaction), then until every mail queued by
#    it is SENT (JMS → MDB → SMTP), polling mail_notification.
# Needs psql, curl, python3.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${STATE:-/tmp/edugmina-bench-delivery}"
USERS_PER_UNIT="${USERS_PER_UNIT:-10}"
SIZE_MB="${SIZE_MB:-1}"
source "$ROOT/docs/bench/lib-server.sh"
bench_start psql curl python3
open="(u.active_to is null or u.active_to >= current_date)"

sql "insert into app_user (id, login, display_name, email, password_hash, unit_id)
     select nextval('app_user_seq'), 'bench.' || u.id || '.' || g, 'Użytkownik testowy ' || g, 'bench.' || u.id || '.' || g || '@example.org',
            'disabled', u.id
     from unit u, generate_series(1, $USERS_PER_UNIT) g where $open" >/dev/null
sql "insert into app_user_role (user_id, role) select id, 'UNIT_SECRETARY' from app_user where login like 'bench.%'" >/dev/null
units=$(sql "select count(*) from unit u where $open")
users=$(sql "select count(*) from app_user a join unit u on u.id = a.unit_id where a.enabled and a.email is not null and $open")
log "$units open units, $users unit users with an e-mail address"

types=$(open_unit_types)
python3 - "$SIZE_MB" "$types" > "$STATE/message.json" <<'PY'
import base64, json, os, sys
pdf = b"%PDF-1.4\n%" + os.urandom(int(float(sys.argv[1]) * 1024 * 1024) - 20) + b"\n%%EOF\n"
print(json.dumps({"subject": "Benchmark doręczenia", "body": "Proszę zapoznać się z załącznikiem.", "replyRequired": False,
                  "unitTypeIds": [int(t) for t in sys.argv[2].split(",")],
                  "files": [{"name": "zarzadzenie.pdf", "base64": base64.b64encode(pdf).decode()}]}))
PY
id=$(api referent -X POST "$BASE_URL/api/messages" --data-binary "@$STATE/message.json" | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])')
api kierownik -X POST "$BASE_URL/api/messages/$id/approval" -d '{}'
before=$(sql "select coalesce(max(id), 0) from mail_notification")
t0=$(date +%s.%N)
api dyrektor.wydzialu -X POST "$BASE_URL/api/messages/$id/approval" -d '{}'
t1=$(date +%s.%N)
delivered=$(sql "select count(*) from message_recipient where message_id = $id")
queued=$(sql "select count(*) from mail_notification where id > $before")
log "delivered in-app to $delivered units and $queued mails queued in $(python3 -c "print(round($t1 - $t0, 2))") s"
while :; do
  read -r sent failed <<<"$(sql "select count(*) filter (where status = 'SENT'), count(*) filter (where status = 'FAILED') from mail_notification where id > $before" | tr '|' ' ')"
  [ $((sent + failed)) -ge "$queued" ] && break
  sleep 0.2
done
t2=$(date +%s.%N)
log "RESULT units=$delivered mails=$queued sent=$sent failed=$failed: in-app delivery $(python3 -c "print(round($t1 - $t0, 2))") s; all mails sent $(python3 -c "print(round($t2 - $t0, 2))") s after the acceptance ($(python3 -c "print(round($sent / ($t2 - $t1), 1))") mails/s after the commit)"
log "load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
