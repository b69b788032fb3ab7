package pl.edugmina.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the background job of a run only after the transaction that recorded the run has committed, so the job
 * always finds its row; nothing starts when that transaction rolls back.
 */
@ApplicationScoped
public class AllocationLauncher {

    private static final Logger LOG = Logger.getLogger(AllocationLauncher.class.getName());

    @EJB
    private AllocationJob job;

    @EJB
    private AllocationStore store;

    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) AllocationStarted event) {
        try {
            job.run(event.runId());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "EDU-REC-003 allocation run " + event.runId() + " could not be started", e);
            store.fail(event.runId(), "Nie udało się uruchomić zadania: " + e);
        }
    }
}
