package pl.edugmina.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.ConflictException;
import pl.edugmina.recruitment.domain.allocation.AllocationMode;
import pl.edugmina.recruitment.domain.allocation.AllocationResult;
import pl.edugmina.recruitment.domain.allocation.AppealDecision;
import pl.edugmina.recruitment.domain.allocation.Priority;
import pl.edugmina.recruitment.domain.applications.CommissionReview.Scored;
import pl.edugmina.recruitment.infrastructure.AppealedResults;
import pl.edugmina.recruitment.infrastructure.StoredResults;
import pl.edugmina.recruitment.infrastructure.StoredRun;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * An allowed appeal carried into the published result (issue 5, ADR 0015): the criteria the director now accepts give
 * the candidate new points ({@link RecruitmentCommission#acceptOnAppeal}); the candidate alone is re-evaluated against
 * the campaign's published FINAL run as stored ({@link StoredRun}, {@link AllocationResult#appeal}): moved to the best
 * higher preference that now takes them, with a seat added over capacity where the class is full, nobody else moved;
 * the run's rows and the public results are updated ({@link AppealedResults}) and the change recorded
 * ({@code recruitment_appeal_result}), all in the caller's transaction. The campaign's row is locked for the while, so
 * appeals of one campaign are decided one after another against what the previous ones left.
 */
@Stateless
public class RecruitmentAppealResults {

    private static final Logger LOG = Logger.getLogger(RecruitmentAppealResults.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private RecruitmentCommission commission;

    @EJB
    private AuditService audit;

    /** What the appeal changed: the preference (1 = first, 0 = none) and class before and after; {@code moved} when higher. */
    public record Outcome(boolean moved, boolean seatAdded, int fromPreference, String fromClass, int toPreference, String toClass) {

        /** One Polish sentence for the director and the parent's history. */
        public String describe() {
            if (!moved) {
                return "po ponownym przeliczeniu punktów kandydat nie osiąga wyższej preferencji; wynik bez zmian"
                        + (fromPreference > 0 ? " (zakwalifikowany do: " + fromClass + ", preferencja " + fromPreference + ")"
                        : " (niezakwalifikowany)");
            }
            return "kandydat zakwalifikowany do: " + toClass + " (preferencja " + toPreference + ")"
                    + (seatAdded ? ", z miejscem dodanym ponad limit klasy" : "")
                    + (fromPreference > 0 ? "; zwolnione miejsce: " + fromClass + " (preferencja " + fromPreference + ")" : "");
        }
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Outcome reevaluate(long appealId, long applicationId, List<String> acceptedCriteria, String actor) {
        Object[] a = (Object[]) em.createNativeQuery("""
                select a.campaign_id, a.candidate_id, a.code from recruitment_application a where a.id = ?1""")
                .setParameter(1, applicationId).getSingleResult();
        long campaignId = ((Number) a[0]).longValue();
        // one appeal of the campaign at a time; a FINAL run saving waits as well
        @SuppressWarnings("unchecked")
        List<Object[]> campaign = em.createNativeQuery("""
                select c.published_run_id, r.seed, c.max_preferences, r.mode from recruitment_campaign c
                left join recruitment_allocation_run r on r.id = c.published_run_id where c.id = ?1 for update of c""")
                .setParameter(1, campaignId).getResultList();
        Object[] c = campaign.get(0);
        if (c[0] == null || a[1] == null || !"FINAL".equals(c[3])) {
            throw new ConflictException("recruitment.appeal.noFinalRun");
        }
        long runId = ((Number) c[0]).longValue();
        long candidateId = ((Number) a[1]).longValue();
        String code = (String) a[2];
        String seed = (String) c[1];
        int maxPreferences = ((Number) c[2]).intValue();
        AllocationResult published = em.unwrap(Session.class).doReturningWork(con -> {
            try {
                return StoredRun.load(con, runId, campaignId, seed, maxPreferences, AllocationMode.FINAL);
            } catch (StoredResults.ListChangedException e) {
                LOG.warning(() -> "EDU-REC-070 appeal " + appealId + ": run " + runId + " no longer matches the lists: " + e.getMessage());
                throw new ConflictException("recruitment.appeal.listChanged", code);
            }
        });
        if (!published.campaign().hasCandidate(candidateId)) {
            throw new ConflictException("recruitment.appeal.noFinalRun");
        }
        int fromPreference = published.placedPreference(candidateId);
        String fromClassId = published.placement(candidateId).orElse(null);
        Map<String, Priority> changed = new HashMap<>();
        if (!acceptedCriteria.isEmpty()) {
            List<Scored> scored = commission.acceptOnAppeal(applicationId, acceptedCriteria, actor);
            for (Scored s : scored) {
                changed.put(Long.toString(s.classId()), s.priority());
            }
        }
        AppealDecision decision;
        try {
            decision = published.appeal(candidateId, changed);
        } catch (IllegalArgumentException e) {
            throw new ConflictException("recruitment.appeal.listChanged", code);
        }
        AllocationResult after = decision.result();
        em.unwrap(Session.class).doWork(con -> AppealedResults.write(con, campaignId, runId, decision));
        int toPreference = after.placedPreference(candidateId);
        String toClassId = after.placement(candidateId).orElse(null);
        em.createNativeQuery("""
                insert into recruitment_appeal_result (appeal_id, run_id, candidate_id, from_class_id, from_preference, to_class_id,
                    to_preference, moved, seat_added, accepted_criteria, decided_by, decided_at)
                values (?1, ?2, ?3, cast(?4 as bigint), ?5, cast(?6 as bigint), ?7, ?8, ?9, cast(?10 as text[]), ?11, clock_timestamp())""")
                .setParameter(1, appealId).setParameter(2, runId).setParameter(3, candidateId)
                .setParameter(4, fromClassId == null ? null : Long.valueOf(fromClassId)).setParameter(5, fromPreference)
                .setParameter(6, toClassId == null ? null : Long.valueOf(toClassId)).setParameter(7, toPreference)
                .setParameter(8, decision.moved()).setParameter(9, decision.seatAdded())
                .setParameter(10, "{" + String.join(",", acceptedCriteria) + "}").setParameter(11, actor).executeUpdate();
        if (decision.moved()) {
            // a will confirmed for the class left is no confirmation for the class reached
            em.createNativeQuery("update recruitment_application set confirmed_at = null where id = ?1 and confirmed_at is not null")
                    .setParameter(1, applicationId).executeUpdate();
        }
        Outcome outcome = new Outcome(decision.moved(), decision.seatAdded(), fromPreference, label(fromClassId), toPreference, label(toClassId));
        audit.record(actor, AuditAction.UPDATE, "RecruitmentAllocationRun", runId,
                "Odwołanie " + appealId + " uwzględnione, kandydat " + code + ": " + outcome.describe());
        LOG.info(() -> String.format("EDU-REC-071 appeal %d of candidate %d against run %d: preference %d -> %d%s", appealId, candidateId, runId,
                fromPreference, toPreference, decision.seatAdded() ? ", seat added" : ""));
        return outcome;
    }

    private String label(String classId) {
        if (classId == null) {
            return null;
        }
        Object[] r = (Object[]) em.createNativeQuery("""
                select k.name, k.profile, u.name from recruitment_class k join unit u on u.id = k.unit_id where k.id = ?1""")
                .setParameter(1, Long.valueOf(classId)).getSingleResult();
        return r[2] + " – " + r[0] + (r[1] == null ? "" : " (" + r[1] + ")");
    }
}
