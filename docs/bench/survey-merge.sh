#!/usr/bin/env bash
# Benchmark of issue 4: the merged workbook of an Excel survey answered by UNITS units with ROWS rows of
# COLUMNS columns each, downloaded by the department (GET /api/messages/{id}/survey.xlsx: reading every
# unit's latest answer from PostgreSQL, re-reading the template, merging, streaming the XLSX).
#
# Usage: ./edugmina build, then [UNITS=150] [ROWS=500] [COLUMNS=10] [RUNS=5] docs/bench/survey-merge.sh
# 1. starts its own PostgreSQL and WildFly (ports shifted by PORT_OFFSET=400), the ePUAP intake off;
# 2. generates the template and UNITS filled answers (docs/bench/SurveyFiles.java, with fastexcel);
# 3. the referent sends the survey to every open unit, the kierownik and the dyrektor accept (REST);
# 4. the answers are stored as the units' replies directly in SQL (the answer screen checks each file
#    against the template when it is sent; this measures the merge, not 150 uploads);
# 5. one warm-up download, then RUNS timed downloads of the merged workbook and of the ZIP of all answers.
# Needs psql, curl, python3.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${STATE:-/tmp/edugmina-bench-survey}"
UNITS="${UNITS:-150}"
ROWS="${ROWS:-500}"
COLUMNS="${COLUMNS:-10}"
RUNS="${RUNS:-5}"
source "$ROOT/docs/bench/lib-server.sh"
M2="${M2:-$HOME/.m2/repository}"
CP="$(ls "$M2"/org/dhatim/fastexcel/0.19.0/fastexcel-0.19.0.jar):$(ls "$M2"/com/github/rzymek/opczip/1.2.0/opczip-1.2.0.jar)"
bench_start psql curl python3
log "generating the template and $UNITS answers of $ROWS rows x $COLUMNS columns"
java -cp "$CP" "$ROOT/docs/bench/SurveyFiles.java" "$STATE/files" "$UNITS" "$ROWS" "$COLUMNS"

types=$(open_unit_types)
python3 - "$STATE/files/template.xlsx" "$types" "$(date -d '+7 days' +%F)" > "$STATE/message.json" <<'PY'
import base64, json, sys
print(json.dumps({"subject": "Benchmark ankiety", "body": "Proszę wypełnić arkusz.", "replyRequired": True, "deadline": sys.argv[3],
                  "unitTypeIds": [int(t) for t in sys.argv[2].split(",")],
                  "surveyTemplate": {"name": "szablon.xlsx", "base64": base64.b64encode(open(sys.argv[1], "rb").read()).decode()}}))
PY
id=$(api referent -X POST "$BASE_URL/api/messages" --data-binary "@$STATE/message.json" | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])')
api kierownik -X POST "$BASE_URL/api/messages/$id/approval" -d '{}'
api dyrektor.wydzialu -X POST "$BASE_URL/api/messages/$id/approval" -d '{}'
recipients=$(sql "select count(*) from message_recipient where message_id = $id")
[ "$recipients" -ge "$UNITS" ] || { log "only $recipients recipient units, fewer than UNITS=$UNITS"; exit 1; }

log "storing $UNITS answers"
sql "select unit_id from message_recipient where message_id = $id order by unit_id limit $UNITS" > "$STATE/units.txt"
python3 - "$id" "$STATE/files" "$STATE/units.txt" > "$STATE/answers.sql" <<'PY'
import hashlib, sys
mid, files, units = sys.argv[1], sys.argv[2], open(sys.argv[3]).read().split()
print("begin;")
for i, unit in enumerate(units):
    data = open(f"{files}/answer-{i}.xlsx", "rb").read()
    print(f"""with r as (insert into message_reply (id, message_id, unit_id, author_login, body, created_at, late)
  values (nextval('message_reply_seq'), {mid}, {unit}, 'bench', '', now(), false) returning id)
insert into message_attachment (id, message_id, reply_id, file_name, media_type, size_bytes, sha256, content, uploaded_by, uploaded_at, survey_answer)
  select nextval('message_attachment_seq'), {mid}, r.id, 'odpowiedz.xlsx',
         'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', {len(data)}, '{hashlib.sha256(data).hexdigest()}',
         decode('{data.hex()}', 'hex'), 'bench', now(), true from r;""")
print(f"update message_recipient set answered_at = now(), answered_by = 'bench' where message_id = {mid} and unit_id in ({','.join(units)});")
print("commit;")
PY
psql "$DB" -q -v ON_ERROR_STOP=1 -f "$STATE/answers.sql" >/dev/null
log "stored: $(sql "select count(*) || ' answers, ' || pg_size_pretty(sum(size_bytes)) from message_attachment where message_id = $id and survey_answer")"

download() { # download NAME PATH: prints seconds
  curl -fs -u referent:Lublin2026demo -o "$STATE/$1" -w '%{time_total}\n' "$BASE_URL$2"
}
download warmup.xlsx "/api/messages/$id/survey.xlsx" >/dev/null
times=()
for i in $(seq 1 "$RUNS"); do times+=("$(download merged.xlsx "/api/messages/$id/survey.xlsx")"); done
ztimes=()
for i in $(seq 1 "$RUNS"); do ztimes+=("$(download answers.zip "/api/messages/$id/answers.zip")"); done
rows=$(python3 - "$STATE/merged.xlsx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
sheets = sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
print(" ".join(f"{n.split('/')[-1]}:{len(re.findall(rb'<row[ >]', z.read(n)))}" for n in sheets))
PY
)
log "merged workbook: $(stat -c %s "$STATE/merged.xlsx") bytes; rows per sheet: $rows"
log "RESULT merged workbook (s): ${times[*]}"
log "RESULT ZIP of all answers (s): ${ztimes[*]} ($(stat -c %s "$STATE/answers.zip") bytes)"
log "load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
