package pl.edugmina.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts a supplementary run's job once the transaction that recorded the run has committed (as {@link AllocationLauncher}). */
@ApplicationScoped
public class SupplementaryLauncher {

    private static final Logger LOG = Logger.getLogger(SupplementaryLauncher.class.getName());

    @EJB
    private SupplementaryJob job;

    @EJB
    private AllocationStore store;

    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) SupplementaryStarted event) {
        try {
            job.run(event.runId());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "EDU-REC-063 supplementary run " + event.runId() + " could not be started", e);
            store.fail(event.runId(), "Nie udało się uruchomić zadania: " + e);
        }
    }
}
