package pl.edugmina.recruitment.application;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import pl.edugmina.recruitment.application.AllocationProgress.Phase;
import pl.edugmina.recruitment.domain.allocation.AllocationResult;
import pl.edugmina.recruitment.domain.allocation.DeferredAcceptance;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One allocation run in the background (an EJB asynchronous call on the server's pool): load the campaign from the
 * database, match (the domain's {@link DeferredAcceptance}), save the result with the run's final state in one
 * transaction. Each part is timed and the times are stored with the run. Any failure marks the run FAILED with its
 * reason; since the result is written only in the final transaction, a failed run has no result rows.
 */
@Stateless
public class AllocationJob {

    private static final Logger LOG = Logger.getLogger(AllocationJob.class.getName());

    @EJB
    private AllocationStore store;

    @Inject
    private AllocationProgress progress;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long runId) {
        AllocationProgress.Tracker tracker = progress.track(runId);
        try {
            tracker.phase(Phase.LOADING, 1);
            store.phase(runId, Phase.LOADING, 1);
            long t0 = System.nanoTime();
            AllocationStore.RunInput in = store.load(runId, tracker::loading);
            long loadMs = (System.nanoTime() - t0) / 1_000_000;

            tracker.phase(Phase.MATCHING, 45);
            store.phase(runId, Phase.MATCHING, 45);
            long t1 = System.nanoTime();
            AllocationResult result = DeferredAcceptance.allocate(in.loaded().campaign(), in.mode(),
                    (round, proposals, placed, displaced) -> tracker.matching(placed));
            long matchMs = (System.nanoTime() - t1) / 1_000_000;

            tracker.phase(Phase.SAVING, 60);
            store.phase(runId, Phase.SAVING, 60);
            AllocationStore.Saved saved = store.save(in, result, loadMs, matchMs, tracker::saving);
            LOG.info(() -> String.format("EDU-REC-001 allocation run %d (%s, campaign %d) done: %d candidates, %d applications, %d classes,"
                            + " %d placed in %d rounds; load %d ms, match %d ms, save %d ms (%s)", runId, in.mode(), in.campaignId(),
                    in.loaded().candidateIds().length, in.loaded().applications(), in.loaded().classIds().length, result.placedCount(),
                    result.rounds(), loadMs, matchMs, saved.saveMs(), saved.method()));
        } catch (RuntimeException | Error e) {
            String reason = reason(e);
            LOG.log(Level.WARNING, "EDU-REC-002 allocation run " + runId + " failed: " + reason, e);
            try {
                store.fail(runId, reason);
            } catch (RuntimeException f) {
                LOG.log(Level.SEVERE, "EDU-REC-003 allocation run " + runId + " could not be marked failed", f);
            }
        } finally {
            progress.forget(runId);
        }
    }

    /** The innermost message that says something (EJB wrappers skipped), with the exception's simple name. */
    static String reason(Throwable e) {
        Throwable t = e;
        while ((t instanceof EJBException || t.getMessage() == null) && t.getCause() != null) {
            t = t.getCause();
        }
        String what = t instanceof IllegalArgumentException ? "Dane naboru odrzucone przez algorytm"
                : t instanceof OutOfMemoryError ? "Za mało pamięci serwera" : "Błąd przydziału";
        return what + ": " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }
}
