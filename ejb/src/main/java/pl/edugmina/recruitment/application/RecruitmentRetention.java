package pl.edugmina.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.recruitment.domain.retention.RetentionRule;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Retention of recruitment data (issue 5, data protection): per campaign, one year after the end of its last timetable
 * stage ({@link RetentionRule}), the candidates not admitted (not placed in the campaign's published final run, or all
 * when nothing was published) are deleted with their applications, unless an appeal of theirs is pending; the
 * applications without a candidate (withdrawn) with them; drafts never submitted as soon as the campaign is over. The
 * admitted stay. Runs every night ({@link RecruitmentRetentionJob}) on every node, safely ({@link RetentionStore}), and
 * on the administrator's request; deletes in batches of {@value #BATCH}, each its own transaction, audited with its
 * counts; logs counts only (EDU-REC-040).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecruitmentRetention {

    static final int BATCH = 1_000;
    private static final Logger LOG = Logger.getLogger(RecruitmentRetention.class.getName());

    @EJB
    private RetentionStore store;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    /** What a run did: campaigns past retention, candidates and applications deleted, drafts deleted, candidates kept for an appeal, campaigns left to another node. */
    public record Report(int campaignsDue, int candidatesDeleted, int applicationsDeleted, int draftsDeleted, int keptForAppeal,
                         int campaignsSkipped) {
    }

    /** The administrator starts a run now (operations: after a restore, before an inspection). */
    public Report runNow() {
        Actor me = actors.current();
        if (!me.canRunRecruitmentRetention()) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentCampaign", null, "retencja danych naboru");
            throw new AccessDeniedException();
        }
        return run(me.login(), Instant.now());
    }

    /** A run as {@code actor} (the nightly job: "system") at {@code now}. */
    public Report run(String actor, Instant now) {
        int due = 0;
        int candidates = 0;
        int applications = 0;
        int drafts = 0;
        int kept = 0;
        int skipped = 0;
        for (RetentionStore.CampaignEnd c : store.campaigns()) {
            boolean candidatesDue = RetentionRule.candidatesDue(c.lastStageEnd(), now);
            boolean draftsDue = RetentionRule.draftsDue("CLOSED".equals(c.status()), c.lastStageEnd(), now);
            boolean wasSkipped = false;
            if (candidatesDue) {
                due++;
                RetentionStore.Batch b;
                do {
                    b = store.deleteNotAdmitted(c.id(), actor, BATCH);
                    candidates += b.candidates();
                    applications += b.applications();
                } while (!b.skipped() && b.full());
                wasSkipped = b.skipped();
                kept += store.keptForAppeal(c.id());
            } else if (draftsDue) {
                RetentionStore.Batch b;
                do {
                    b = store.deleteDrafts(c.id(), actor, BATCH);
                    drafts += b.applications();
                } while (!b.skipped() && b.full());
                wasSkipped = b.skipped();
            }
            if (wasSkipped) {
                skipped++;
            }
        }
        Report r = new Report(due, candidates, applications, drafts, kept, skipped);
        LOG.info(() -> "EDU-REC-040 recruitment retention: " + r.campaignsDue() + " campaigns past retention, " + r.candidatesDeleted()
                + " candidates and " + r.applicationsDeleted() + " applications deleted, " + r.draftsDeleted() + " drafts deleted, "
                + r.keptForAppeal() + " kept while an appeal is pending, " + r.campaignsSkipped() + " campaigns left to another run");
        return r;
    }
}
