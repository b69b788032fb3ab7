package pl.edugmina.recruitment.application;

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
import pl.edugmina.recruitment.infrastructure.SupplementaryReader;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static pl.edugmina.platform.SqlValues.instant;

/**
 * The supplementary round (rekrutacja uzupełniająca, issue 5, ADR 0016) over the seats left free by the published
 * main round: when it is open to parents (the campaign's SUPPLEMENTARY stage, after the main round's FINAL), which
 * classes still have free places, and its allocation runs — dry runs by the department's officials, the FINAL (once,
 * published at once) by the head of section or the director — in the background like the main round's
 * ({@link SupplementaryJob}). Those admitted in the main round never move: they are not candidates of this round, and
 * only the seats nobody holds are given. Every start and refusal is in the audit log.
 */
@Stateless
public class SupplementaryRound {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    @EJB
    private AllocationService allocations;

    @Inject
    private Event<SupplementaryStarted> started;

    /**
     * The round as the department sees it: the published main run it follows, the published supplementary run, the
     * stage's dates and whether it is open now, the free places and the candidates taking part.
     */
    public record Status(long campaignId, Long mainRunId, Long supplementaryRunId, Instant stageFrom, Instant stageTo, boolean stageOpen,
                         boolean started, int freePlaces, int newApplicants, int notPlacedInMain) {
    }

    public Status status(long campaignId) {
        reader();
        Object[] r = campaignRow(campaignId, false);
        Long main = r[1] == null ? null : num(r[1]);
        Long supplementary = r[2] == null ? null : num(r[2]);
        Instant from = instant(r[3]);
        Instant to = instant(r[4]);
        Instant now = Instant.now();
        int free = freePlaces(campaignId).values().stream().mapToInt(Integer::intValue).sum();
        long applicants = ((Number) em.createNativeQuery(
                "select count(*) from recruitment_candidate where campaign_id = ?1 and round = 'SUPPLEMENTARY'").setParameter(1, campaignId)
                .getSingleResult()).longValue();
        long notPlaced = main == null ? 0 : ((Number) em.createNativeQuery(
                "select count(*) from recruitment_allocation_result where run_id = ?1 and class_id is null").setParameter(1, main)
                .getSingleResult()).longValue();
        return new Status(campaignId, main, supplementary, from, to, main != null && from != null && !now.isBefore(from) && !now.isAfter(to),
                main != null && from != null && !now.isBefore(from), free, (int) applicants, (int) notPlaced);
    }

    /** The supplementary round's runs of the campaign, newest first. */
    public List<AllocationService.Run> runs(long campaignId) {
        reader();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                select id from recruitment_allocation_run where campaign_id = ?1 and round = 'SUPPLEMENTARY'
                order by started_at desc, id desc limit 100""").setParameter(1, campaignId).getResultList();
        List<AllocationService.Run> out = new ArrayList<>();
        for (Number id : ids) {
            out.add(allocations.run(id.longValue()));
        }
        return out;
    }

    /**
     * Records a supplementary run and starts it once this transaction commits: {@code seed} only for a dry run (null:
     * the campaign's published seed). Refused (409) before the main round's FINAL is published, before the
     * SUPPLEMENTARY stage begins, while another run of the campaign goes on, and for a second FINAL.
     */
    public long start(long campaignId, AllocationMode mode, String seed) {
        Actor me = actors.current();
        if (!me.canRunTrialAllocations()) {
            deny(me, campaignId, "rekrutacja uzupełniająca");
        }
        if (mode == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("mode", "recruitment.allocation.mode")));
        }
        if (mode == AllocationMode.FINAL && !me.canRunFinalAllocation()) {
            deny(me, campaignId, "rekrutacja uzupełniająca: przydział ostateczny");
        }
        Object[] r = campaignRow(campaignId, true);
        String campaignSeed = (String) r[0];
        String s = seed == null || seed.isBlank() ? campaignSeed : seed.strip();
        if (mode == AllocationMode.FINAL && !s.equals(campaignSeed)) {
            throw new ValidationException(List.of(new ValidationException.Violation("seed", "recruitment.allocation.finalSeed")));
        } else if (s.length() > AllocationService.MAX_SEED) {
            throw new ValidationException(List.of(new ValidationException.Violation("seed", "validation.tooLong", AllocationService.MAX_SEED)));
        }
        if (r[1] == null) {
            throw new ConflictException("recruitment.supplementary.noMainRound");
        }
        Instant from = instant(r[3]);
        if (from == null || Instant.now().isBefore(from)) {
            throw new ConflictException("recruitment.supplementary.notStarted");
        }
        if (mode == AllocationMode.FINAL && r[2] != null) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentCampaign", campaignId,
                    "Drugi przydział ostateczny rekrutacji uzupełniającej odrzucony (opublikowany: przebieg " + num(r[2]) + ")");
            throw new ConflictException("recruitment.supplementary.finalExists", num(r[2]));
        }
        @SuppressWarnings("unchecked")
        List<Number> running = em.createNativeQuery("select id from recruitment_allocation_run where campaign_id = ?1 and status = 'RUNNING'")
                .setParameter(1, campaignId).getResultList();
        if (!running.isEmpty()) {
            throw new ConflictException("recruitment.allocation.running", running.get(0).longValue());
        }
        @SuppressWarnings("unchecked")
        List<Number> inserted = em.createNativeQuery("""
                insert into recruitment_allocation_run (id, campaign_id, mode, seed, status, phase, progress, started_by, started_at, round)
                values (nextval('recruitment_allocation_run_seq'), ?1, ?2, ?3, 'RUNNING', 'QUEUED', 0, ?4, clock_timestamp(), 'SUPPLEMENTARY')
                returning id""")
                .setParameter(1, campaignId).setParameter(2, mode.name()).setParameter(3, s).setParameter(4, me.login()).getResultList();
        long runId = inserted.get(0).longValue();
        audit.record(me.login(), AuditAction.CREATE, "RecruitmentAllocationRun", runId, String.format(
                "Rekrutacja uzupełniająca: przydział %s naboru %d rozpoczęty po przebiegu głównym %d (ziarno losowania: „%s”)", mode, campaignId,
                num(r[1]), s));
        started.fire(new SupplementaryStarted(runId));
        return runId;
    }

    // ---------------------------------------------------------------- for the offer and the parents' form (public, no personal data)

    /** Whether parents apply in the supplementary round now: the main round is published and the SUPPLEMENTARY stage is on. */
    public boolean open(long campaignId) {
        Object n = em.createNativeQuery("""
                select count(*) from recruitment_campaign c join recruitment_stage s on s.campaign_id = c.id and s.stage = 'SUPPLEMENTARY'
                where c.id = ?1 and c.published_run_id is not null and now() between s.starts_at and s.ends_at""")
                .setParameter(1, campaignId).getSingleResult();
        return ((Number) n).longValue() > 0;
    }

    /** The campaigns whose supplementary round takes applications now. */
    public List<Long> openCampaigns() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                select c.id from recruitment_campaign c join recruitment_stage s on s.campaign_id = c.id and s.stage = 'SUPPLEMENTARY'
                where c.published_run_id is not null and now() between s.starts_at and s.ends_at order by c.id""").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Class id → places free now: after the published supplementary run, its seats less its admitted; before it, the
     * seats the main round left (ADR 0016: a qualified candidate who did not confirm the will holds none). Empty when
     * the main round is not published.
     */
    public Map<Long, Integer> freePlaces(long campaignId) {
        Object[] r = campaignRow(campaignId, false);
        Map<Long, Integer> out = new LinkedHashMap<>();
        if (r[1] == null) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = r[2] != null
                ? em.createNativeQuery("""
                        select s.class_id, greatest(0, s.seats + s.seats_added - s.admitted) from recruitment_allocation_class s
                        where s.run_id = ?1 order by s.class_id""").setParameter(1, num(r[2])).getResultList()
                : em.createNativeQuery(SupplementaryReader.FREE_AFTER_MAIN.replace("?", "?%d").formatted(1, 2, 3))
                .setParameter(1, num(r[1])).setParameter(2, num(r[1])).setParameter(3, campaignId).getResultList();
        for (Object[] row : rows) {
            out.put(num(row[0]), ((Number) row[1]).intValue());
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    /** {seed, published_run_id, supplementary_run_id, SUPPLEMENTARY starts_at, ends_at}; 404 for no campaign. */
    private Object[] campaignRow(long campaignId, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.seed, c.published_run_id, c.supplementary_run_id, s.starts_at, s.ends_at
                from recruitment_campaign c left join recruitment_stage s on s.campaign_id = c.id and s.stage = 'SUPPLEMENTARY'
                where c.id = ?1""" + (lock ? " for update of c" : "")).setParameter(1, campaignId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("campaign", campaignId);
        }
        return rows.get(0);
    }

    private Actor reader() {
        Actor me = actors.current();
        if (!me.canRunTrialAllocations()) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentCampaign", null, "rekrutacja uzupełniająca");
            throw new AccessDeniedException();
        }
        return me;
    }

    private void deny(Actor me, long campaignId, String what) {
        audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentCampaign", campaignId, what);
        throw new AccessDeniedException();
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
