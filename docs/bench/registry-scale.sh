#!/usr/bin/env bash
# Benchmark of issue 2: the unit registry at 5,000 units and 50,000 staff, 50 concurrent users.
#
# Usage: start EduGmina first (./edugmina run, embedded database on port 15432), then
#        [DURATION=60] docs/bench/registry-scale.sh [users]
# Needs psql (postgresql-client), wrk and ab (apache2-utils); installs wrk and ab if missing.
# It adds synthetic units (RSPO numbers from 900000) and staff until the registry holds 5,000
# units and 50,000 staff, logs in as the referent and measures, with ApacheBench on loopback:
#   1. the registry list page (units/list.xhtml: JSF render + count + first page query),
#   2. the same list through the REST API (JSON, page of 25),
#   3. the list filtered by type and text,
#   4. the staff directory API (50,000 rows, first page),
# first as 50 users with think time (wrk, one connection per user), then at saturation (ab),
# reporting p50/p95/p99 of the response time on loopback (≈ server time).
set -euo pipefail
C="${1:-50}"
BASE="${EDUGMINA_URL:-http://localhost:8080}"
DB="${EDUGMINA_BENCH_DB:-postgresql://edugmina:edugmina@localhost:15432/edugmina}"

command -v ab >/dev/null || { apt-get install -y -q apache2-utils >/dev/null; }
command -v wrk >/dev/null || { apt-get install -y -q wrk >/dev/null; }
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

# log in as the referent once per simulated user: each user has a session of their own
login() {
  local jar html vs
  jar=$(mktemp); html=$(mktemp)
  curl -s -c "$jar" -b "$jar" -o "$html" "$BASE/login.xhtml"
  vs=$(grep -o 'ViewState:0" value="[^"]*"' "$html" | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode loginForm=loginForm \
    --data-urlencode "loginForm:username=referent" --data-urlencode "loginForm:password=Lublin2026demo" \
    --data-urlencode "loginForm:submit=" --data-urlencode "jakarta.faces.ViewState=$vs" "$BASE/login.xhtml"
  awk '$6=="JSESSIONID"{print $7}' "$jar" | tail -1
  rm -f "$jar" "$html"
}
sessions=()
for _ in $(seq 1 "$C"); do sessions+=("$(login)"); done
sid="${sessions[0]}"
[ -n "$sid" ] || { echo "login failed"; exit 1; }
sessions_lua=$(printf '"%s",' "${sessions[@]}")

lua=$(mktemp --suffix .lua)
cat > "$lua" <<'LUA'
-- one connection = one user: a request, then 0.5-1.5 s of reading before the next click;
-- every request carries the session of one of the logged-in users
local sessions = {}
for s in string.gmatch(os.getenv("EG_SESSIONS"), '"([^"]+)"') do sessions[#sessions + 1] = s end
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, nil, { ["Cookie"] = "JSESSIONID=" .. sessions[(n % #sessions) + 1] })
end
function delay() return math.random(500, 1500) end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("%.1f %.1f %.1f %d %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, e.status + e.connect + e.read + e.write + e.timeout))
end
LUA
export EG_SESSIONS="$sessions_lua"

# 1. USERS users working at once, each with think time (the figure the issue asks for)
users() {
  local name="$1" url="$2"
  wrk -t 2 -c "$C" -d 10s -s "$lua" "$url" >/dev/null 2>&1 || true      # warm-up
  read -r p50 p95 p99 n err < <(wrk -t 2 -c "$C" -d "${DURATION:-60}s" -s "$lua" "$url" 2>/dev/null | tail -1)
  printf '| %s | %s ms | %s ms | %s ms | %s | %s |\n' "$name" "$p50" "$p95" "$p99" "$n" "$err"
}
# 2. saturation: C requests in flight without pause (capacity, not user experience)
saturate() {
  local name="$1" url="$2"
  ab -q -n 2000 -c "$C" -C "JSESSIONID=$sid" "$url" > /tmp/eg-ab.txt 2>&1
  non2xx=$(awk '/Non-2xx responses/{print $3}' /tmp/eg-ab.txt)
  printf '| %s | %s ms | %s ms | %s/s | %s |\n' "$name" "$(awk '$1=="50%"{print $2}' /tmp/eg-ab.txt)" \
    "$(awk '$1=="95%"{print $2}' /tmp/eg-ab.txt)" "$(awk '/Requests per second/{print $4}' /tmp/eg-ab.txt)" "${non2xx:-0}"
}

echo
echo "$C users with 0.5-1.5 s think time, ${DURATION:-60} s per scenario (wrk):"
echo "| scenario | p50 | p95 | p99 | requests | errors |"
echo "|---|---|---|---|---|---|"
users "list page units/list.xhtml (JSF, first page of 25)" "$BASE/units/list.xhtml"
users "list API, first page of 25, sorted by name" "$BASE/api/units?size=25"
users "list API, type + text filter" "$BASE/api/units?size=25&typeId=2&text=nr%201"
users "list API, deep page sorted by locality" "$BASE/api/units?size=25&first=4000&sort=locality"
users "staff directory API, first page of 50" "$BASE/api/staff?size=50"
echo
echo "saturation: $C requests in flight, no think time (ab, 2,000 requests):"
echo "| scenario | p50 | p95 | throughput | non-2xx |"
echo "|---|---|---|---|---|"
saturate "list page units/list.xhtml" "$BASE/units/list.xhtml"
saturate "list API, first page of 25" "$BASE/api/units?size=25"
rm -f "$lua"
