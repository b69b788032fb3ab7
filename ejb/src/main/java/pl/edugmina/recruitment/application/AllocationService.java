package pl.edugmina.recruitment.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.recruitment.domain.allocation.AllocationMode;
import pl.edugmina.recruitment.domain.allocation.Draw;
import pl.edugmina.recruitment.domain.allocation.Explanation;
import pl.edugmina.recruitment.domain.allocation.PriorityKey;
import pl.edugmina.recruitment.infrastructure.StoredResults;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static pl.edugmina.platform.SqlValues.instant;

/**
 * Recruitment allocation from and to the database (issue 5): the department starts a run of a campaign, dry run or
 * final; the run goes on in the background ({@link AllocationJob}) and anyone allowed follows its status and progress;
 * its results are read per class (summary with the cut-off, the admitted in order) and per candidate (the explanation
 * of every preference above the placement).
 *
 * <p>Rules: the department's officials run dry runs and read results; a FINAL run, whose result is published, is
 * started by the head of section or the director, once per campaign; only the director replaces a published result,
 * with a reason. A dry run never changes what is published. One run of a campaign at a time. A FINAL uses the
 * campaign's published seed; a dry run may try another. Every start, end, refusal and reading of candidates' results
 * is in the audit log.
 */
@Stateless
public class AllocationService {

    public static final int MAX_SEED = 200;
    public static final int MAX_REASON = 2_000;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    @Inject
    private AllocationProgress progress;

    @Inject
    private Event<AllocationStarted> started;

    /** Start a run: {@code seed} only for a dry run (null: the campaign's); {@code supersede} with a reason replaces a published FINAL. */
    public record StartRequest(AllocationMode mode, String seed, boolean supersede, String reason) {
    }

    public record Timings(Integer loadMs, Integer matchMs, Integer saveMs, Integer totalMs, String saveMethod) {
    }

    /** A run as stored, with the live phase and progress while it runs on this server. */
    public record Run(long id, long campaignId, String campaignName, AllocationMode mode, String seed, String status, String phase,
                      int progress, String startedBy, Instant startedAt, Instant finishedAt, Integer classes, Integer seats,
                      Integer candidates, Integer applications, Integer placed, Integer unplaced, Integer rounds, Long proposals,
                      Timings timings, String error, boolean published, Long supersedesRunId, String supersedeReason,
                      Long supersededByRunId) {
    }

    public record Stage(String stage, Instant startsAt, Instant endsAt) {
    }

    public record CampaignView(long id, String type, String schoolYear, String name, String status, int maxPreferences, String seed,
                               Long publishedRunId, long classes, long candidates, List<Stage> stages) {
    }

    /** A priority key as shown: points as a decimal (152.45), the draw as its 16 hex digits. */
    public record Key(int tier, BigDecimal points, long secondTier, String draw, long candidateId) {
        static Key of(PriorityKey k) {
            return new Key(k.tier(), k.pointsDecimal(), k.secondTier(), k.drawHex(), k.candidateId());
        }
    }

    /** One class of a run: seats (with seats added on appeal), applicants, admitted, free seats, the cut-off and whose it is. */
    public record ClassRow(long classId, long unitId, String unitName, String name, String profile, int seats, int seatsAdded,
                           int applicants, int admitted, int freeSeats, Key cutOff, String cutOffCode) {
    }

    /** One admitted candidate of a class, in the class's order. */
    public record Admitted(int position, String code, long candidateId, int preference, Key key) {
    }

    public record ClassLabel(long classId, String name, String profile, long unitId, String unitName) {
    }

    public record Line(int preference, ClassLabel classLabel, String outcome, Key own, Key cutOff, String reason) {
    }

    /** A candidate's outcome in a run and why: every preference down to the placement (all of them when placed nowhere). */
    public record CandidateOutcome(long runId, String code, long candidateId, String draw, ClassLabel placedClass, int placedPreference,
                                   List<Line> lines) {
    }

    // ---------------------------------------------------------------- start

    /** Records a run and starts it in the background once this transaction commits; returns the run's id at once. */
    public long start(long campaignId, StartRequest request) {
        Actor me = actors.current();
        if (!me.canRunTrialAllocations()) {
            deny(me, campaignId, "przydział");
        }
        List<ValidationException.Violation> errors = new ArrayList<>();
        AllocationMode mode = request == null ? null : request.mode();
        if (mode == null) {
            errors.add(new ValidationException.Violation("mode", "recruitment.allocation.mode"));
            throw new ValidationException(errors);
        }
        boolean supersede = request.supersede();
        if (mode == AllocationMode.FINAL && !me.canRunFinalAllocation()) {
            deny(me, campaignId, "przydział ostateczny");
        }
        if (supersede && !me.canSupersedeFinalAllocation()) {
            deny(me, campaignId, "zastąpienie przydziału ostatecznego");
        }
        Object[] campaign = lockCampaign(campaignId);
        String campaignSeed = (String) campaign[0];
        Long published = campaign[1] == null ? null : ((Number) campaign[1]).longValue();
        String seed = request.seed() == null || request.seed().isBlank() ? campaignSeed : request.seed().strip();
        if (mode == AllocationMode.FINAL && !seed.equals(campaignSeed)) {
            errors.add(new ValidationException.Violation("seed", "recruitment.allocation.finalSeed"));
        } else if (seed.length() > MAX_SEED) {
            errors.add(new ValidationException.Violation("seed", "validation.tooLong", MAX_SEED));
        }
        String reason = request.reason() == null ? null : request.reason().strip();
        if (supersede && mode != AllocationMode.FINAL) {
            errors.add(new ValidationException.Violation("supersede", "recruitment.allocation.supersedeDryRun"));
        } else if (supersede && (reason == null || reason.isEmpty())) {
            errors.add(new ValidationException.Violation("reason", "validation.required"));
        } else if (supersede && reason.length() > MAX_REASON) {
            errors.add(new ValidationException.Violation("reason", "validation.tooLong", MAX_REASON));
        }
        ValidationException.throwIfAny(errors);

        @SuppressWarnings("unchecked")
        List<Number> running = em.createNativeQuery("select id from recruitment_allocation_run where campaign_id = ?1 and status = 'RUNNING'")
                .setParameter(1, campaignId).getResultList();
        if (!running.isEmpty()) {
            throw new ConflictException("recruitment.allocation.running", running.get(0).longValue());
        }
        if (mode == AllocationMode.FINAL && published != null && !supersede) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentCampaign", campaignId,
                    "Drugi przydział ostateczny odrzucony (opublikowany: przebieg " + published + ")");
            throw new ConflictException("recruitment.allocation.finalExists", published);
        }
        if (supersede && published == null) {
            throw new ConflictException("recruitment.allocation.nothingToSupersede");
        }
        if (supersede && campaign[2] != null) {
            // the supplementary round was allocated on this result's free seats (ADR 0016)
            throw new ConflictException("recruitment.supplementary.mainLocked", ((Number) campaign[2]).longValue());
        }
        @SuppressWarnings("unchecked")
        List<Number> inserted = em.createNativeQuery("""
                insert into recruitment_allocation_run (id, campaign_id, mode, seed, status, phase, progress, started_by, started_at,
                                                        supersedes_run_id, supersede_reason)
                values (nextval('recruitment_allocation_run_seq'), ?1, ?2, ?3, 'RUNNING', 'QUEUED', 0, ?4, clock_timestamp(),
                        cast(?5 as bigint), cast(?6 as text))
                returning id""")
                .setParameter(1, campaignId).setParameter(2, mode.name()).setParameter(3, seed).setParameter(4, me.login())
                .setParameter(5, supersede ? published : null).setParameter(6, supersede ? reason : null)
                .getResultList();
        long runId = inserted.get(0).longValue();
        audit.record(me.login(), AuditAction.CREATE, "RecruitmentAllocationRun", runId, String.format(
                "Przydział %s naboru %d rozpoczęty (ziarno losowania: „%s”)%s", mode, campaignId, seed,
                supersede ? "; zastępuje przebieg " + published + ", powód: " + reason : ""));
        started.fire(new AllocationStarted(runId));
        return runId;
    }

    private Object[] lockCampaign(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seed, published_run_id, supplementary_run_id from recruitment_campaign where id = ?1 for update")
                .setParameter(1, campaignId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("campaign", campaignId);
        }
        return rows.get(0);
    }

    private void deny(Actor me, long campaignId, String what) {
        audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentCampaign", campaignId, what);
        throw new AccessDeniedException();
    }

    private Actor reader() {
        Actor me = actors.current();
        if (!me.canRunTrialAllocations()) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentAllocationRun", null, "wyniki przydziału");
            throw new AccessDeniedException();
        }
        return me;
    }

    // ---------------------------------------------------------------- campaigns

    private static final String CAMPAIGN_COLUMNS = """
            select c.id, c.type, c.school_year, c.name, c.status, c.max_preferences, c.seed, c.published_run_id,
                   (select count(*) from recruitment_class k where k.campaign_id = c.id),
                   (select count(*) from recruitment_candidate d where d.campaign_id = c.id)
            from recruitment_campaign c""";

    public List<CampaignView> campaigns() {
        reader();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CAMPAIGN_COLUMNS + " order by c.school_year desc, c.id desc limit 200").getResultList();
        return rows.stream().map(r -> campaign(r, List.of())).toList();
    }

    public CampaignView campaign(long campaignId) {
        reader();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CAMPAIGN_COLUMNS + " where c.id = ?1").setParameter(1, campaignId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("campaign", campaignId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> stages = em.createNativeQuery(
                "select stage, starts_at, ends_at from recruitment_stage where campaign_id = ?1 order by starts_at, stage")
                .setParameter(1, campaignId).getResultList();
        return campaign(rows.get(0), stages.stream().map(s -> new Stage((String) s[0], instant(s[1]), instant(s[2]))).toList());
    }

    private static CampaignView campaign(Object[] r, List<Stage> stages) {
        return new CampaignView(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue(),
                (String) r[6], r[7] == null ? null : num(r[7]), num(r[8]), num(r[9]), stages);
    }

    // ---------------------------------------------------------------- runs

    private static final String RUN_COLUMNS = """
            select r.id, r.campaign_id, c.name, r.mode, r.seed, r.status, r.phase, r.progress, r.started_by, r.started_at, r.finished_at,
                   r.classes, r.seats, r.candidates, r.applications, r.placed, r.rounds, r.proposals, r.load_ms, r.match_ms, r.save_ms,
                   r.total_ms, r.save_method, r.error, coalesce(c.published_run_id = r.id, false), r.supersedes_run_id, r.supersede_reason,
                   (select n.id from recruitment_allocation_run n where n.supersedes_run_id = r.id and n.status = 'DONE')
            from recruitment_allocation_run r join recruitment_campaign c on c.id = r.campaign_id""";

    /** A run: status, phase and progress (live while it runs here), counts, timings, the error of a failed run. */
    public Run run(long runId) {
        reader();
        return loadRun(runId);
    }

    /** The campaign's main-round runs, newest first (the supplementary round's: {@link SupplementaryRound#runs}). */
    public List<Run> runs(long campaignId) {
        reader();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(RUN_COLUMNS + " where r.campaign_id = ?1 and r.round = 'MAIN'"
                        + " order by r.started_at desc, r.id desc limit 100")
                .setParameter(1, campaignId).getResultList();
        return rows.stream().map(this::run).toList();
    }

    private Run loadRun(long runId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(RUN_COLUMNS + " where r.id = ?1").setParameter(1, runId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("run", runId);
        }
        return run(rows.get(0));
    }

    private Run run(Object[] r) {
        long id = num(r[0]);
        String status = (String) r[5];
        String phase = (String) r[6];
        int pct = ((Number) r[7]).intValue();
        if ("RUNNING".equals(status)) {
            Optional<AllocationProgress.Snapshot> live = progress.of(id);
            if (live.isPresent()) {
                phase = live.get().phase().name();
                pct = Math.max(pct, live.get().percent());
            }
        }
        Integer candidates = integer(r[13]);
        Integer placed = integer(r[15]);
        return new Run(id, num(r[1]), (String) r[2], AllocationMode.valueOf((String) r[3]), (String) r[4], status, phase, pct, (String) r[8],
                instant(r[9]), instant(r[10]), integer(r[11]), integer(r[12]), candidates, integer(r[14]), placed,
                candidates == null || placed == null ? null : candidates - placed, integer(r[16]), r[17] == null ? null : num(r[17]),
                new Timings(integer(r[18]), integer(r[19]), integer(r[20]), integer(r[21]), (String) r[22]), (String) r[23],
                (Boolean) r[24], r[25] == null ? null : num(r[25]), (String) r[26], r[27] == null ? null : num(r[27]));
    }

    private Run doneRun(long runId) {
        Run run = loadRun(runId);
        if (!"DONE".equals(run.status())) {
            throw new ConflictException("recruitment.allocation.notDone", runId, run.status());
        }
        return run;
    }

    // ---------------------------------------------------------------- results

    /** The run's classes: seats, seats added, applicants, admitted, free seats and the cut-off, by unit and class name. */
    public List<ClassRow> classes(long runId) {
        reader();
        doneRun(runId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.class_id, k.unit_id, u.name, k.name, k.profile, s.seats, s.seats_added, s.applicants, s.admitted,
                       s.cut_tier, s.cut_points, s.cut_second_tier, s.cut_draw, s.cut_candidate_id, d.code
                from recruitment_allocation_class s join recruitment_class k on k.id = s.class_id join unit u on u.id = k.unit_id
                left join recruitment_candidate d on d.id = s.cut_candidate_id
                where s.run_id = ?1 order by u.name, k.name, s.class_id""").setParameter(1, runId).getResultList();
        return rows.stream().map(r -> {
            int seats = ((Number) r[5]).intValue();
            int added = ((Number) r[6]).intValue();
            int admitted = ((Number) r[8]).intValue();
            Key cut = r[13] == null ? null : new Key(((Number) r[9]).intValue(), BigDecimal.valueOf(num(r[10]), 2), num(r[11]), (String) r[12],
                    num(r[13]));
            return new ClassRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], seats, added, ((Number) r[7]).intValue(),
                    admitted, Math.max(0, seats + added - admitted), cut, (String) r[14]);
        }).toList();
    }

    /** The list of a class's admitted in the run, in the class's order (tier, points, second tier, draw). Audited. */
    public List<Admitted> admitted(long runId, long classId) {
        Actor me = reader();
        Run run = doneRun(runId);
        @SuppressWarnings("unchecked")
        List<Object[]> exists = em.createNativeQuery("select 1 from recruitment_allocation_class where run_id = ?1 and class_id = ?2")
                .setParameter(1, runId).setParameter(2, classId).getResultList();
        if (exists.isEmpty()) {
            throw new NotFoundException("class", classId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select d.code, r.candidate_id, r.preference, p.tier, p.points, p.second_tier
                from recruitment_allocation_result r join recruitment_candidate d on d.id = r.candidate_id
                join recruitment_preference p on p.campaign_id = d.campaign_id and p.candidate_id = r.candidate_id and p.rank = r.preference
                where r.run_id = ?1 and r.class_id = ?2""").setParameter(1, runId).setParameter(2, classId).getResultList();
        record Row(String code, PriorityKey key, int preference) {
        }
        Draw draw = new Draw(run.seed());
        List<Row> keyed = new ArrayList<>();
        for (Object[] r : rows) {
            long id = num(r[1]);
            keyed.add(new Row((String) r[0], new PriorityKey(((Number) r[3]).intValue(), num(r[4]), num(r[5]), draw.number(id), id),
                    ((Number) r[2]).intValue()));
        }
        keyed.sort((a, b) -> a.key().compareTo(b.key()));
        List<Admitted> out = new ArrayList<>();
        for (Row k : keyed) {
            out.add(new Admitted(out.size() + 1, k.code(), k.key().candidateId(), k.preference(), Key.of(k.key())));
        }
        audit.record(me.login(), AuditAction.VIEW_PERSONAL_DATA, "RecruitmentAllocationRun", runId,
                "Lista przyjętych do klasy " + classId + " (" + out.size() + " kandydatów)");
        return out;
    }

    /**
     * A candidate's outcome in the run and the explanation of each preference down to it, rebuilt from the stored
     * rows by the domain ({@link Explanation#of}). Audited.
     */
    public CandidateOutcome candidate(long runId, String code) {
        Actor me = reader();
        Run run = doneRun(runId);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from recruitment_candidate where campaign_id = ?1 and code = ?2")
                .setParameter(1, run.campaignId()).setParameter(2, code == null ? "" : code.strip()).getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException("candidate", code);
        }
        long candidateId = ids.get(0).longValue();
        Explanation.CandidateExplanation ex;
        try (Connection c = dataSource.getConnection()) {
            ex = StoredResults.explanation(c, runId, run.campaignId(), run.seed(), candidateId)
                    .orElseThrow(() -> new NotFoundException("candidate", code));
        } catch (StoredResults.ListChangedException e) {
            throw new ConflictException("recruitment.allocation.listChanged", code, runId);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> labels = em.createNativeQuery("""
                select k.id, k.name, k.profile, u.id, u.name from recruitment_preference p join recruitment_class k on k.id = p.class_id
                join unit u on u.id = k.unit_id where p.campaign_id = ?1 and p.candidate_id = ?2""")
                .setParameter(1, run.campaignId()).setParameter(2, candidateId).getResultList();
        Map<String, ClassLabel> byId = new HashMap<>();
        for (Object[] l : labels) {
            byId.put(String.valueOf(num(l[0])), new ClassLabel(num(l[0]), (String) l[1], (String) l[2], num(l[3]), (String) l[4]));
        }
        List<Line> lines = ex.lines().stream().map(l -> new Line(l.preference(), byId.get(l.classId()), l.outcome().name(), Key.of(l.own()),
                l.cutOff().map(Key::of).orElse(null), l.reason().map(Enum::name).orElse(null))).toList();
        audit.record(me.login(), AuditAction.VIEW_PERSONAL_DATA, "RecruitmentCandidate", candidateId,
                "Wyjaśnienie przydziału kandydata " + code + " w przebiegu " + runId);
        return new CandidateOutcome(runId, code, candidateId, Draw.hex(new Draw(run.seed()).number(candidateId)),
                ex.placedClass().map(byId::get).orElse(null), ex.placedPreference(), lines);
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
