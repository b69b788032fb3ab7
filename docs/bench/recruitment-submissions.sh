#!/usr/bin/env bash
# Benchmark of issue 5: "submitting 200 applications/s". Parents submit applications on the portal at a constant
# rate (open loop: a submission is due at its time whatever happened to the ones before, and its latency counts from
# then), each a different child with a valid PESEL, into one kindergarten campaign open now.
#
# Usage: build without installing (mvn -o -q -DskipTests package -pl ear -am), then, as everything that starts servers here,
#        flock /tmp/edugmina-it.lock docs/bench/recruitment-submissions.sh
#   [GROUPS_PER_UNIT=5]            groups (classes) per kindergarten of the demo city (60 kindergartens: 300 classes)
#   [PREFS=3]             preferences on each application (max 7 in the campaign, as in Lublin)
#   [PARENTS=200]         parents logged in through the login form (round robin over the submissions)
#   [WARMUP="full:4:60"]   runs before the measurement (not reported as results): MODE:RATE:SECONDS ...
#   [RUNS="click:200:5 click:15:60 full:5:60 rest:2:30"]  the measured runs, MODE:RATE:SECONDS each, where
#       MODE=full   the screens: GET the form, POST it with "Złóż do wydruku" and the PREFS classes chosen in the browser
#                   (the list is built in the browser since 2026-11-27; before, one ajax request per "Dodaj")
#       MODE=click  the same, the forms opened and filled before the run: only the final POST is paced and timed
#       MODE=rest   REST with HTTP Basic on each request: POST applications (draft), POST applications/{id}/paper
#       MODE=quick  what the parents' page sends for "Złóż do wydruku" on a new application since 2026-11-27
#                   (js/recruitment-submit.js): one JSON POST api/portal/recruitment/submissions with the session
#                   cookie and the page's token (X-CSRF-Token, read once per parent before the run)
#       MODE=quickfull  the whole application as the browser does it: GET the form, then the same JSON POST
#   [PROFILE=0]           1: a JFR recording (Java execution samples) of each measured run in $STATE/*.jfr
# 1. starts its own PostgreSQL and WildFly (ports shifted by PORT_OFFSET=400), the ePUAP intake off;
# 2. writes by SQL the campaign (timetable around today, classes, two criteria) and PARENTS citizen accounts
#    (rodzic.bench1..N, the demo password);
# 3. runs the Java client docs/bench/RecruitmentSubmissions.java (JDK only) for the warm-up and each run; reports per
#    run: achieved rate, latency p50/p90/p99/max from the due time, the split per request, the CPU of WildFly and
#    PostgreSQL over the measured part (per submission) and of the client;
# 4. checks in the database that every code the client received belongs to exactly one SUBMITTED application of the
#    campaign, that codes and PESELs are distinct, and that there is no other SUBMITTED application than those.
# Needs psql, curl, java 17. MODE=full and click need the application form to render with preferences on its list: at
# commit 94fbb03 it does not (the up/down/remove buttons inside ui:repeat name update="preferenceList warnings", not
# found from inside the repeat: 500); measured with those three update attributes as ":applicationForm:preferenceList
# :applicationForm:warnings" (docs/benchmarks.md section 11).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${STATE:-/tmp/edugmina-bench-submissions}"
GROUPS_PER_UNIT="${GROUPS_PER_UNIT:-5}"
PREFS="${PREFS:-3}"
PARENTS="${PARENTS:-200}"
WARMUP="${WARMUP:-full:4:60}"
RUNS="${RUNS:-click:200:5 click:15:60 full:5:60 rest:2:30}"
PROFILE="${PROFILE:-0}"
if [ "$PROFILE" = 1 ]; then export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms1g -Xmx2g -XX:+UseG1GC} -XX:FlightRecorderOptions:stackdepth=256"; fi
source "$ROOT/docs/bench/lib-server.sh"
CLIENT="$ROOT/docs/bench/RecruitmentSubmissions.java"
bench_start psql curl java
log "server ready; load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"

# the campaign: kindergartens of the demo city, GROUPS groups of 25 each, applications open now
campaign=$(sql "
  with c as (insert into recruitment_campaign (id, type, school_year, name, status, max_preferences, seed, created_by, created_at)
             values (nextval('recruitment_campaign_seq'), 'KINDERGARTEN', '2027/2028', 'Nabór do przedszkoli (benchmark)', 'APPLICATIONS', 7,
                     'benchmark-2027', 'benchmark', now()) returning id)
  select id from c")
sql "insert into recruitment_stage (campaign_id, stage, starts_at, ends_at)
     select $campaign, s, now() + cast(a as interval), now() + cast(b as interval)
     from (values ('APPLICATIONS','-10 days','+10 days'), ('VERIFICATION','-10 days','+12 days'), ('QUALIFIED_LIST','+13 days','+14 days'),
                  ('CONFIRMATION','+15 days','+20 days'), ('ADMITTED_LIST','+21 days','+22 days'), ('APPEALS','+23 days','+40 days')) v(s, a, b);
     insert into recruitment_class (id, campaign_id, unit_id, name, seats)
     select nextval('recruitment_class_seq'), $campaign, u.id, 'Grupa ' || g, 25
     from unit u join unit_type t on t.id = u.type_id cross join generate_series(1, $GROUPS_PER_UNIT) g
     where t.category = 'PRESCHOOL' and (u.active_to is null or u.active_to >= current_date);
     insert into recruitment_criterion (campaign_id, code, position, grp, label, points, proof) values
       ($campaign, 'WIELODZIETNOSC', 1, 'STATUTORY', 'Wielodzietność rodziny kandydata', 1, 'Oświadczenie o wielodzietności'),
       ($campaign, 'PRACA', 2, 'MUNICIPAL', 'Oboje rodzice pracują lub studiują', 20, 'Oświadczenie rodziców');
     insert into app_user (id, login, display_name, email, password_hash)
     select nextval('app_user_seq'), 'rodzic.bench' || i, 'Rodzic ' || i, 'rodzic.bench' || i || '@example.pl',
            (select password_hash from app_user where login = 'rodzic')
     from generate_series(1, (select greatest($PARENTS, 2000))) i;
     insert into app_user_role (user_id, role) select id, 'CITIZEN' from app_user where login like 'rodzic.bench%';" >/dev/null
classes=$(sql "select string_agg(id::text, ',' order by id) from recruitment_class where campaign_id = $campaign")
log "campaign $campaign: $(sql "select count(*) from recruitment_class where campaign_id = $campaign") classes in \
$(sql "select count(distinct unit_id) from recruitment_class where campaign_id = $campaign") kindergartens, $PREFS preferences an application, \
$PARENTS parents; open campaigns: $(sql "select count(*) from recruitment_campaign where status = 'APPLICATIONS'")"

# the processes whose CPU the client reads over the measured part of each run: WildFly's and this PostgreSQL's postmaster
# (its backends are its children)
wf_pids=$(pgrep -d, -f "jboss.server.base.dir=$STATE/server")
pg_pid=$(pgrep -f -- "-D $STATE/pgdata" | head -1)

echo 0 > "$STATE/offset"
# client LABEL MODE RATE SECONDS: one run of the client; every run's children are new (OFFSET: children so far)
client() {
  local label=$1 mode=$2 rate=$3 seconds=$4 parents=$PARENTS n offset
  n=$(python3 -c "print(round($rate * $seconds))")
  offset=$(cat "$STATE/offset"); echo $((offset + n)) > "$STATE/offset"
  if [ "$mode" = click ]; then parents=$(( (n + 9) / 10 > PARENTS ? (n + 9) / 10 : PARENTS )); fi
  java -Xmx1g "$CLIENT" BASE="$BASE_URL" CAMPAIGN="$campaign" CLASSES="$classes" MODE="$mode" RATE="$rate" SECONDS="$seconds" \
    PARENTS="$parents" PREFS="$PREFS" OFFSET="$offset" LABEL="$label" CODES="$STATE/codes-$label.txt" \
    WF_PIDS="$wf_pids" PG_PID="$pg_pid" 2>&1 | tee "$STATE/client-$label.txt"
}

for w in $WARMUP; do
  IFS=: read -r mode rate seconds <<<"$w"
  log "warm-up: $mode at $rate/s for $seconds s"
  client "warmup-$mode-$rate" "$mode" "$rate" "$seconds" | grep -E '^RESULT' || true
done

for r in $RUNS; do
  IFS=: read -r mode rate seconds <<<"$r"
  label="$mode-$rate-per-s-$seconds-s"
  log "run $label; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  sleep 5
  if [ "$PROFILE" = 1 ]; then
    wfpid=$(pgrep -f "jboss.server.base.dir=$STATE/server" | while read -r p; do grep -q 'java' "/proc/$p/comm" && echo "$p"; done | tail -1)
    jcmd "$wfpid" JFR.start name="$label" settings=profile filename="$STATE/$label.jfr" >/dev/null
  fi
  client "$label" "$mode" "$rate" "$seconds" | grep -Ev '^TIMELINE' || true
  if [ "$PROFILE" = 1 ]; then jcmd "$wfpid" JFR.stop name="$label" >/dev/null || true; fi
  log "load after $label: $(cut -d' ' -f1-3 /proc/loadavg)"
done

# the database: every code received is one SUBMITTED application; nothing else was submitted
cat "$STATE"/codes-*.txt > "$STATE/codes-all.txt"
received=$(grep -c . "$STATE/codes-all.txt" || true)
psql "$DB" -v ON_ERROR_STOP=1 -q -At <<SQL > "$STATE/check.txt"
create temp table received (code text);
\copy received from '$STATE/codes-all.txt'
select 'codes received by the client: ' || count(*) || ', distinct: ' || count(distinct code) from received;
select 'SUBMITTED applications of the campaign: ' || count(*) || ', distinct codes: ' || count(distinct code) || ', distinct PESELs: '
       || count(distinct pesel) || ', candidates: ' || count(distinct candidate_id) || ', by PAPER: ' || count(*) filter (where channel = 'PAPER')
  from recruitment_application where campaign_id = $campaign and status = 'SUBMITTED';
select 'received codes without exactly one SUBMITTED application: ' || count(*) from received r
  where (select count(*) from recruitment_application a where a.campaign_id = $campaign and a.code = r.code and a.status = 'SUBMITTED') <> 1;
select 'SUBMITTED applications whose code the client never received: ' || count(*) from recruitment_application a
  where a.campaign_id = $campaign and a.status = 'SUBMITTED' and not exists (select 1 from received r where r.code = a.code);
select 'preferences: ' || count(*) || ' (' || round(count(*)::numeric / nullif(count(distinct p.application_id), 0), 2) || ' an application); drafts left: '
       || (select count(*) from recruitment_application where campaign_id = $campaign and status = 'DRAFT')
  from recruitment_application_preference p join recruitment_application a on a.id = p.application_id
  where a.campaign_id = $campaign and a.status = 'SUBMITTED';
select 'tables: ' || string_agg(c || ' ' || pg_size_pretty(pg_total_relation_size(c::regclass)), ', ')
  from unnest(array['recruitment_application','recruitment_application_preference','recruitment_application_event','recruitment_candidate','audit_event']) c;
SQL
while read -r line; do log "CHECK $line"; done < "$STATE/check.txt"
submitted=$(sql "select count(*) from recruitment_application where campaign_id = $campaign and status = 'SUBMITTED'")
distinct=$(sql "select count(distinct code) from recruitment_application where campaign_id = $campaign and status = 'SUBMITTED'")
if [ "$received" -gt 0 ] && [ "$submitted" = "$received" ] && [ "$distinct" = "$received" ] && grep -q 'without exactly one SUBMITTED application: 0' "$STATE/check.txt"; then
  log "CHECK PASSED: $received submissions received = $submitted SUBMITTED applications with $distinct distinct codes"
else
  log "CHECK FAILED: received $received, SUBMITTED $submitted, distinct codes $distinct"; exit 1
fi
log "load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
