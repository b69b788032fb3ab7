package pl.edugmina.recruitment.application;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
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
 * One supplementary run in the background (ADR 0016), as {@link AllocationJob} does the main round's: load the free
 * seats and the round's candidates, match with the same {@link DeferredAcceptance}, save the result (and for a FINAL
 * its publication) in one transaction; a failure marks the run FAILED with its reason and saves nothing.
 */
@Stateless
public class SupplementaryJob {

    private static final Logger LOG = Logger.getLogger(SupplementaryJob.class.getName());

    @EJB
    private SupplementaryStore store;

    @EJB
    private AllocationStore runs;

    @Inject
    private AllocationProgress progress;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long runId) {
        AllocationProgress.Tracker tracker = progress.track(runId);
        try {
            tracker.phase(Phase.LOADING, 1);
            runs.phase(runId, Phase.LOADING, 1);
            long t0 = System.nanoTime();
            SupplementaryStore.Input in = store.load(runId);
            long loadMs = (System.nanoTime() - t0) / 1_000_000;

            tracker.phase(Phase.MATCHING, 45);
            runs.phase(runId, Phase.MATCHING, 45);
            long t1 = System.nanoTime();
            AllocationResult result = DeferredAcceptance.allocate(in.run().loaded().campaign(), in.run().mode(),
                    (round, proposals, placed, displaced) -> tracker.matching(placed));
            long matchMs = (System.nanoTime() - t1) / 1_000_000;

            tracker.phase(Phase.SAVING, 60);
            runs.phase(runId, Phase.SAVING, 60);
            store.save(in, result, loadMs, matchMs);
            LOG.info(() -> String.format("EDU-REC-060 supplementary run %d (%s, campaign %d, after main run %d) done: %d candidates,"
                            + " %d classes, %d placed; load %d ms, match %d ms", runId, in.run().mode(), in.run().campaignId(), in.mainRunId(),
                    in.run().loaded().candidateIds().length, in.run().loaded().classIds().length, result.placedCount(), loadMs, matchMs));
        } catch (RuntimeException | Error e) {
            String reason = AllocationJob.reason(e);
            LOG.log(Level.WARNING, "EDU-REC-061 supplementary run " + runId + " failed: " + reason, e);
            try {
                runs.fail(runId, reason);
            } catch (RuntimeException f) {
                LOG.log(Level.SEVERE, "EDU-REC-062 supplementary run " + runId + " could not be marked failed", f);
            }
        } finally {
            progress.forget(runId);
        }
    }
}
