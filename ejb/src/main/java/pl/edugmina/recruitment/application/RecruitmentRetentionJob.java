package pl.edugmina.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every night the retention of recruitment data runs ({@link RecruitmentRetention}). The timer is not persistent, so it
 * fires on every node of a cluster; the campaigns' row locks ({@code FOR UPDATE SKIP LOCKED}) keep two nodes from
 * working on the same campaign at once, and a batch repeated elsewhere finds nothing left to delete.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecruitmentRetentionJob {

    private static final Logger LOG = Logger.getLogger(RecruitmentRetentionJob.class.getName());

    @EJB
    private RecruitmentRetention retention;

    @Schedule(hour = "3", minute = "37", persistent = false)
    public void nightly() {
        try {
            retention.run("system", Instant.now());
        } catch (RuntimeException e) {
            LOG.warning(() -> "EDU-REC-041 recruitment retention failed (" + e.getClass().getSimpleName() + "); it runs again tomorrow");
        }
    }
}
