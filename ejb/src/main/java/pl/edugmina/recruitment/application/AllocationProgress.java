package pl.edugmina.recruitment.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The progress of the runs going on in this server, in memory: the running job writes it (a volatile write now and
 * then, nothing to the database), {@link AllocationService#run} reads it over the stored row while the run is
 * RUNNING. The database keeps the phase at each phase boundary and the final state.
 *
 * <p>Percentages: loading 1–45 (classes, candidates, then the lists against an upper bound of candidates × the
 * longest list allowed), matching 45–60 (candidates held after each round), saving 60–99; 100 when DONE.
 */
@ApplicationScoped
public class AllocationProgress {

    public enum Phase { QUEUED, LOADING, MATCHING, SAVING, FINISHED }

    public record Snapshot(Phase phase, int percent) {
    }

    /** One run's progress. */
    public static final class Tracker {
        private volatile Phase phase = Phase.QUEUED;
        private volatile int percent;
        private volatile int candidates;

        public void phase(Phase p, int pct) {
            phase = p;
            percent = Math.max(percent, pct);
        }

        public void loading(String stage, long rows, long expected) {
            switch (stage) {
                case "classes" -> phase(Phase.LOADING, 2);
                case "candidates" -> {
                    candidates = (int) rows;
                    phase(Phase.LOADING, expected > 0 ? 8 : 5);
                }
                default -> phase(Phase.LOADING, 8 + (int) (37 * Math.min(1.0, expected > 0 ? (double) rows / expected : 0)));
            }
        }

        public void matching(int placed) {
            int n = Math.max(1, candidates);
            phase(Phase.MATCHING, 45 + (int) (15L * Math.min(placed, n) / n));
        }

        public void saving(long written) {
            int n = Math.max(1, candidates);
            phase(Phase.SAVING, 60 + (int) (39L * Math.min(written, n) / n));
        }

        Snapshot snapshot() {
            return new Snapshot(phase, percent);
        }
    }

    private final ConcurrentHashMap<Long, Tracker> running = new ConcurrentHashMap<>();

    public Tracker track(long runId) {
        return running.computeIfAbsent(runId, id -> new Tracker());
    }

    public Optional<Snapshot> of(long runId) {
        Tracker t = running.get(runId);
        return t == null ? Optional.empty() : Optional.of(t.snapshot());
    }

    public void forget(long runId) {
        running.remove(runId);
    }
}
