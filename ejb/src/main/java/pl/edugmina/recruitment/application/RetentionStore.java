package pl.edugmina.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;

import java.time.Instant;
import java.util.List;

import static pl.edugmina.platform.SqlValues.instant;

/**
 * The transactions of {@link RecruitmentRetention}: one batch of deletions of one campaign each, audited with its counts.
 * A batch first takes the campaign's row with {@code FOR UPDATE SKIP LOCKED}: where another node (or another run on this
 * one) is deleting in that campaign, this run leaves it alone, so the job runs safely on every node of a cluster.
 */
@Stateless
public class RetentionStore {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditService audit;

    /** A campaign with its status and the end of its last timetable stage (null: no timetable). */
    public record CampaignEnd(long id, String status, Instant lastStageEnd) {
    }

    /** What one batch deleted; {@code skipped}: the campaign was being handled elsewhere; {@code full}: there may be more. */
    public record Batch(boolean skipped, int candidates, int applications, boolean full) {
        static final Batch SKIPPED = new Batch(true, 0, 0, false);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<CampaignEnd> campaigns() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.status, max(s.ends_at) from recruitment_campaign c left join recruitment_stage s on s.campaign_id = c.id
                group by c.id, c.status order by c.id""").getResultList();
        return rows.stream().map(r -> new CampaignEnd(((Number) r[0]).longValue(), (String) r[1], instant(r[2]))).toList();
    }

    /**
     * Deletes up to {@code max} candidates of the campaign who are not admitted — not placed in its published final run,
     * or every candidate when nothing was published — and whose applications have no pending appeal, with their
     * applications (history, criteria, attachments, settled appeals follow) and guardians, lists and result rows; then,
     * while the batch has room, the campaign's applications that have no candidate (drafts never submitted, withdrawn)
     * and no pending appeal.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch deleteNotAdmitted(long campaignId, String actor, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> locked = em.createNativeQuery(
                "select published_run_id, supplementary_run_id from recruitment_campaign where id = ?1 for update skip locked")
                .setParameter(1, campaignId).getResultList();
        if (locked.isEmpty()) {
            return Batch.SKIPPED;
        }
        Object published = locked.get(0)[0];
        // admitted in the main round or in the published supplementary round (ADR 0016)
        Object supplementary = locked.get(0)[1];
        @SuppressWarnings("unchecked")
        List<Number> candidates = em.createNativeQuery("""
                select k.id from recruitment_candidate k
                where k.campaign_id = ?1
                  and not exists (select 1 from recruitment_allocation_result r
                                  where r.run_id in (cast(?2 as bigint), cast(?4 as bigint)) and r.candidate_id = k.id and r.class_id is not null)
                  and not exists (select 1 from recruitment_application a join recruitment_appeal p on p.application_id = a.id
                                  where a.candidate_id = k.id and p.status = 'PENDING')
                order by k.id limit ?3""").setParameter(1, campaignId).setParameter(2, published).setParameter(3, max)
                .setParameter(4, supplementary).getResultList();
        int applications = 0;
        boolean full = candidates.size() == max;
        if (!candidates.isEmpty()) {
            List<Long> ids = candidates.stream().map(Number::longValue).toList();
            @SuppressWarnings("unchecked")
            List<Number> apps = em.createNativeQuery("select id from recruitment_application where campaign_id = :c and candidate_id in (:ids)")
                    .setParameter("c", campaignId).setParameter("ids", ids).getResultList();
            applications += deleteApplications(apps.stream().map(Number::longValue).toList());
            em.createNativeQuery("delete from recruitment_candidate where campaign_id = :c and id in (:ids)")
                    .setParameter("c", campaignId).setParameter("ids", ids).executeUpdate();
        }
        if (candidates.size() < max) {
            @SuppressWarnings("unchecked")
            List<Number> orphans = em.createNativeQuery("""
                    select a.id from recruitment_application a where a.campaign_id = ?1 and a.candidate_id is null
                      and not exists (select 1 from recruitment_appeal p where p.application_id = a.id and p.status = 'PENDING')
                    order by a.id limit ?2""").setParameter(1, campaignId).setParameter(2, max - candidates.size()).getResultList();
            applications += deleteApplications(orphans.stream().map(Number::longValue).toList());
            full = orphans.size() == max - candidates.size();
        }
        if (!candidates.isEmpty() || applications > 0) {
            audit.record(actor, AuditAction.DELETE, "RecruitmentCampaign", campaignId, "Retencja danych naboru (rok po zakończeniu harmonogramu): "
                    + "usunięci kandydaci nieprzyjęci: " + candidates.size() + ", usunięte wnioski: " + applications);
        }
        return new Batch(false, candidates.size(), applications, full);
    }

    /** Deletes up to {@code max} drafts never submitted (DRAFT, SIGNING) of a campaign that is over. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch deleteDrafts(long campaignId, String actor, int max) {
        @SuppressWarnings("unchecked")
        List<Object> locked = em.createNativeQuery("select id from recruitment_campaign where id = ?1 for update skip locked")
                .setParameter(1, campaignId).getResultList();
        if (locked.isEmpty()) {
            return Batch.SKIPPED;
        }
        @SuppressWarnings("unchecked")
        List<Number> drafts = em.createNativeQuery("""
                select id from recruitment_application where campaign_id = ?1 and status in ('DRAFT','SIGNING') order by id limit ?2""")
                .setParameter(1, campaignId).setParameter(2, max).getResultList();
        int n = deleteApplications(drafts.stream().map(Number::longValue).toList());
        if (n > 0) {
            audit.record(actor, AuditAction.DELETE, "RecruitmentCampaign", campaignId,
                    "Retencja danych naboru (nabór zakończony): usunięte szkice wniosków, których nie złożono: " + n);
        }
        return new Batch(false, 0, n, drafts.size() == max);
    }

    /** Candidates not admitted whom a pending appeal keeps in a campaign (for the report). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int keptForAppeal(long campaignId) {
        Number n = (Number) em.createNativeQuery("""
                select count(distinct a.id) from recruitment_application a
                join recruitment_appeal p on p.application_id = a.id and p.status = 'PENDING'
                join recruitment_campaign c on c.id = a.campaign_id
                where a.campaign_id = ?1
                  and not exists (select 1 from recruitment_allocation_result r
                                  where r.run_id in (c.published_run_id, c.supplementary_run_id) and r.candidate_id = a.candidate_id
                                  and r.class_id is not null)""")
                .setParameter(1, campaignId).getSingleResult();
        return n.intValue();
    }

    private int deleteApplications(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        // a kept application never points at a deleted one: a replaced (withdrawn) application names its successor
        em.createNativeQuery("update recruitment_application set replaced_by = null where replaced_by in (:ids)").setParameter("ids", ids)
                .executeUpdate();
        return em.createNativeQuery("delete from recruitment_application where id in (:ids)").setParameter("ids", ids).executeUpdate();
    }
}
