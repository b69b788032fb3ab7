#!/usr/bin/env bash
# Benchmark of issue 2: the unit registry at 5,000 units and 50,000 staff, 50 concurrent users.
#
# Usage: start EduGmina first (./edugmina run, embedded database on port 15432), then
#        docs/bench/registry-scale.sh [concurrency] [requests]
# Needs psql (postgresql-client) and ab (apache2-utils); installs ab if missing.
# It adds synthetic units (RSPO numbers from 900000) and staff until the registry holds 5,000
# units and 50,000 staff, logs in as the referent and measures, with ApacheBench on loopback:
#   1. the registry list page (units/list.xhtml: JSF render + count + first page query),
#   2. the same list through the REST API (JSON, page of 25),
#   3. the list filtered by type and text,
#   4. the staff directory API (50,000 rows, first page),
# reporting p50/p95/p99 of the response time as ab sees it on loopback (≈ server time).
set -euo pipefail
C="${1:-50}"
N="${2:-5000}"
BASE="${EDUGMINA_URL:-http://localhost:8080}"
DB="${EDUGMINA_BENCH_DB:-postgresql://edugmina:edugmina@localhost:15432/edugmina}"

command -v ab >/dev/null || { apt-get install -y -q apache2-utils >/dev/null; }
command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)"; exit 2; }

psql "$DB" -v ON_ERROR_STOP=1 -q <<'SQL'
-- units up to 5,000: synthetic, valid for every constraint of the schema
INSERT INTO unit (id, rspo_number, name, short_name, type_id, public_unit, running_body, street, building_no,
                  postal_code, locality, teryt_voivodeship, teryt_county, teryt_commune, teryt_locality,
                  phone, email, director_name, created_at, updated_at)
SELECT nextval('unit_seq'), 900000 + g,
       (ARRAY['Przedszkole nr ','Szkoła Podstawowa nr ','Liceum Ogólnokształcące nr ','Technikum nr ','Bursa nr '])[1 + g % 5] || g || ' w Lublinie (syntetyczna)',
       'SYN ' || g, (ARRAY[1,2,14,16,27])[1 + g % 5], g % 10 <> 0, 'Gmina Lublin',
       'ulica Testowa', (g % 200 + 1)::text, '20-' || lpad((g % 1000)::text, 3, '0'), 'Lublin',
       '06', '0663', '0663011', '0950463', '+4881' || lpad((g % 10000000)::text, 7, '0'),
       'syn' || g || '@lublin.example', 'Dyrektor ' || g, now(), now()
FROM generate_series(1, greatest(0, 5000 - (SELECT count(*) FROM unit))) g;
-- staff up to 50,000, spread over all units
INSERT INTO staff_member (id, unit_id, first_name, last_name, position, email, phone, created_at)
SELECT nextval('staff_member_seq'), u.id,
       (ARRAY['Anna','Piotr','Maria','Krzysztof','Katarzyna','Tomasz','Agnieszka','Paweł'])[1 + g % 8],
       (ARRAY['Nowak','Kowalska','Wiśniewski','Wójcik','Kamińska','Lewandowski','Zielińska','Szymański'])[1 + (g / 8) % 8] || ' ' || g,
       (ARRAY['nauczyciel','sekretarz','wicedyrektor','pedagog','księgowa'])[1 + g % 5],
       's' || g || '@lublin.example', NULL, now()
FROM generate_series(1, greatest(0, 50000 - (SELECT count(*) FROM staff_member))) g
JOIN LATERAL (SELECT id FROM unit ORDER BY id OFFSET (g % (SELECT count(*) FROM unit)) LIMIT 1) u ON true;
ANALYZE unit; ANALYZE staff_member;
SQL
echo "data: $(psql "$DB" -Atc 'select count(*) from unit') units, $(psql "$DB" -Atc 'select count(*) from staff_member') staff"

# log in as the referent (form login) and keep the session cookie
jar=$(mktemp)
curl -s -c "$jar" -b "$jar" -o /tmp/eg-login.html "$BASE/login.xhtml"
vs=$(grep -o 'ViewState:0" value="[^"]*"' /tmp/eg-login.html | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode loginForm=loginForm \
  --data-urlencode "loginForm:username=referent" --data-urlencode "loginForm:password=Lublin2026demo" \
  --data-urlencode "loginForm:submit=" --data-urlencode "jakarta.faces.ViewState=$vs" "$BASE/login.xhtml"
sid=$(awk '$6=="JSESSIONID"{print $7}' "$jar" | tail -1)
[ -n "$sid" ] || { echo "login failed"; exit 1; }

run() {
  local name="$1" url="$2"
  # warm-up, then the measured run
  ab -q -n 200 -c "$C" -C "JSESSIONID=$sid" "$url" >/dev/null 2>&1 || true
  ab -q -n "$N" -c "$C" -C "JSESSIONID=$sid" "$url" > /tmp/eg-ab.txt 2>&1
  local failed p50 p95 p99 rps
  failed=$(awk '/Failed requests/{print $3}' /tmp/eg-ab.txt)
  non2xx=$(awk '/Non-2xx responses/{print $3}' /tmp/eg-ab.txt); non2xx=${non2xx:-0}
  p50=$(awk '$1=="50%"{print $2}' /tmp/eg-ab.txt); p95=$(awk '$1=="95%"{print $2}' /tmp/eg-ab.txt)
  p99=$(awk '$1=="99%"{print $2}' /tmp/eg-ab.txt); rps=$(awk '/Requests per second/{print $4}' /tmp/eg-ab.txt)
  printf '| %s | %s ms | %s ms | %s ms | %s | %s/s | %s |\n' "$name" "$p50" "$p95" "$p99" "$N" "$rps" "$((failed + non2xx))"
}

echo "| scenario (c=$C) | p50 | p95 | p99 | requests | throughput | errors |"
echo "|---|---|---|---|---|---|---|"
run "list page units/list.xhtml (JSF, first page of 25)" "$BASE/units/list.xhtml"
run "list API, first page of 25, sorted by name" "$BASE/api/units?size=25"
run "list API, type + text filter" "$BASE/api/units?size=25&typeId=2&text=nr%201"
run "list API, deep page sorted by locality" "$BASE/api/units?size=25&first=4000&sort=locality"
run "staff directory API, first page of 50" "$BASE/api/staff?size=50"
rm -f "$jar"
