package pl.edugmina.recruitment.domain.allocation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input of one allocation: every class of every unit in the campaign with its number of seats, every candidate
 * with their list of preferences (best first) and the priority each listed class gives them, and the seed of the
 * draw. Immutable; held in primitive arrays (one row per application) so that the allocation allocates nothing per
 * step. Build it with {@link #builder(String)}, or {@link #supplementaryTo(AllocationResult, String)} for the
 * supplementary round.
 */
public final class Campaign {

    final Draw draw;
    final String[] classIds;
    final int[] capacity;
    final Map<String, Integer> classIndex;
    final long[] candidateIds;
    /** candidate c's applications are rows prefStart[c] … prefStart[c + 1] − 1, best preference first */
    final int[] prefStart;
    final int[] prefClass;
    final int[] tier;
    final long[] points;
    final long[] secondTier;
    /** the draw number of each candidate */
    final long[] draws;
    private final long[] sortedIds;
    private final int[] sortedIdIndex;

    private Campaign(Builder b) {
        this.draw = b.draw;
        this.classIds = b.classIds.toArray(new String[0]);
        this.capacity = Arrays.copyOf(b.capacity, classIds.length);
        this.classIndex = Map.copyOf(b.classIndex);
        int n = b.candidates;
        this.candidateIds = Arrays.copyOf(b.candidateIds, n);
        this.prefStart = Arrays.copyOf(b.prefStart, n + 1);
        this.prefStart[n] = b.apps;
        this.prefClass = Arrays.copyOf(b.prefClass, b.apps);
        this.tier = Arrays.copyOf(b.tier, b.apps);
        this.points = Arrays.copyOf(b.points, b.apps);
        this.secondTier = Arrays.copyOf(b.secondTier, b.apps);
        this.draws = draw.numbers(candidateIds);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        IntSort.sort(order, 0, n, (x, y) -> Long.compare(candidateIds[x], candidateIds[y]), new int[n]);
        this.sortedIds = new long[n];
        this.sortedIdIndex = order;
        for (int i = 0; i < n; i++) {
            sortedIds[i] = candidateIds[order[i]];
        }
    }

    public static Builder builder(String seed) {
        return new Builder(new Draw(seed));
    }

    /**
     * The supplementary round (rekrutacja uzupełniająca) after {@code main}: the same classes with the seats still
     * free (capacity, plus seats added on appeal, minus admitted); only candidates not placed in {@code main} may be
     * added, each with a new list of preferences.
     */
    public static Builder supplementaryTo(AllocationResult main, String seed) {
        Builder b = new Builder(new Draw(seed));
        Campaign m = main.campaign;
        for (int k = 0; k < m.classIds.length; k++) {
            b.addClass(m.classIds[k], main.freeSeats(k));
        }
        for (int c = 0; c < m.candidateIds.length; c++) {
            if (main.placedRow(c) >= 0) {
                b.excluded.add(m.candidateIds[c]);
            }
        }
        return b;
    }

    public String seed() {
        return draw.seed();
    }

    public int classCount() {
        return classIds.length;
    }

    public int candidateCount() {
        return candidateIds.length;
    }

    public int applicationCount() {
        return prefClass.length;
    }

    public List<String> classIds() {
        return List.of(classIds);
    }

    public int capacity(String classId) {
        return capacity[classIndexOf(classId)];
    }

    public boolean hasCandidate(long candidateId) {
        return Arrays.binarySearch(sortedIds, candidateId) >= 0;
    }

    int classIndexOf(String classId) {
        Integer k = classIndex.get(classId);
        if (k == null) {
            throw new IllegalArgumentException("no class " + classId + " in this campaign");
        }
        return k;
    }

    int candidateIndexOf(long candidateId) {
        int i = Arrays.binarySearch(sortedIds, candidateId);
        if (i < 0) {
            throw new IllegalArgumentException("no candidate " + candidateId + " in this campaign");
        }
        return sortedIdIndex[i];
    }

    /** Negative when row r1 (of candidate c1) comes before row r2 (of candidate c2) in their class, by the given priorities. */
    int compare(int[] tiers, long[] pts, long[] second, int r1, int c1, int r2, int c2) {
        if (tiers[r1] != tiers[r2]) {
            return tiers[r1] > tiers[r2] ? -1 : 1;
        }
        if (pts[r1] != pts[r2]) {
            return pts[r1] > pts[r2] ? -1 : 1;
        }
        if (second[r1] != second[r2]) {
            return second[r1] > second[r2] ? -1 : 1;
        }
        return Draw.compare(draws[c1], candidateIds[c1], draws[c2], candidateIds[c2]);
    }

    PriorityKey key(int row, int candidate) {
        return new PriorityKey(tier[row], points[row], secondTier[row], draws[candidate], candidateIds[candidate]);
    }

    /** Collects the campaign. Not thread-safe; {@link #build()} may be called once. */
    public static final class Builder {

        private final Draw draw;
        private final List<String> classIds = new java.util.ArrayList<>();
        private int[] capacity = new int[64];
        private final Map<String, Integer> classIndex = new HashMap<>();
        private final Set<Long> excluded = new HashSet<>();
        private final Set<Long> seen = new HashSet<>();
        private int maxPreferences = Integer.MAX_VALUE;
        private int candidates;
        private int apps;
        private long[] candidateIds = new long[256];
        private int[] prefStart = new int[257];
        private int[] prefClass = new int[1024];
        private int[] tier = new int[1024];
        private long[] points = new long[1024];
        private long[] secondTier = new long[1024];
        private boolean[] listed = new boolean[64];
        private boolean built;

        private Builder(Draw draw) {
            this.draw = draw;
        }

        /** The longest list a candidate may give (e.g. 3 or 7, set by the city for the campaign); unlimited if not set. */
        public Builder maxPreferences(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("at least one preference must be allowed");
            }
            this.maxPreferences = max;
            return this;
        }

        /**
         * For a supplementary round built from stored rows: the candidate was admitted in the main round and must not
         * be added (nobody admitted there moves; ADR 0016).
         */
        public Builder admittedInMainRound(long candidateId) {
            ensureOpen();
            excluded.add(candidateId);
            return this;
        }

        public Builder addClass(String classId, int seats) {
            if (classId == null || classId.isBlank()) {
                throw new IllegalArgumentException("a class needs an id");
            }
            if (seats < 0) {
                throw new IllegalArgumentException("class " + classId + ": seats must not be negative");
            }
            if (classIndex.putIfAbsent(classId, classIds.size()) != null) {
                throw new IllegalArgumentException("class " + classId + " added twice");
            }
            if (classIds.size() == capacity.length) {
                capacity = Arrays.copyOf(capacity, capacity.length * 2);
                listed = Arrays.copyOf(listed, listed.length * 2);
            }
            capacity[classIds.size()] = seats;
            classIds.add(classId);
            return this;
        }

        /** A candidate with the whole list at once, best preference first. */
        public Builder addCandidate(long candidateId, List<Preference> preferences) {
            candidate(candidateId);
            for (Preference p : preferences) {
                prefer(p.classId(), p.priority().tier(), p.priority().points(), p.priority().secondTier());
            }
            return this;
        }

        /** Starts a candidate; the following {@link #prefer} calls give their list, best first. */
        public Builder candidate(long candidateId) {
            ensureOpen();
            if (excluded.contains(candidateId)) {
                throw new IllegalArgumentException("candidate " + candidateId + " was placed in the main round");
            }
            if (!seen.add(candidateId)) {
                throw new IllegalArgumentException("candidate " + candidateId + " added twice");
            }
            clearListed();
            if (candidates == candidateIds.length) {
                candidateIds = Arrays.copyOf(candidateIds, candidates * 2);
                prefStart = Arrays.copyOf(prefStart, candidates * 2 + 1);
            }
            candidateIds[candidates] = candidateId;
            prefStart[candidates] = apps;
            candidates++;
            return this;
        }

        /** The next preference of the current candidate, in primitives (no objects per application). */
        public Builder prefer(String classId, int tierValue, long pointsValue, long secondTierValue) {
            ensureOpen();
            if (candidates == 0) {
                throw new IllegalStateException("call candidate(id) first");
            }
            if (tierValue < 0) {
                throw new IllegalArgumentException("tier must not be negative");
            }
            Integer k = classIndex.get(classId);
            if (k == null) {
                throw new IllegalArgumentException("no class " + classId + " in this campaign");
            }
            long candidateId = candidateIds[candidates - 1];
            if (listed[k]) {
                throw new IllegalArgumentException("candidate " + candidateId + " lists class " + classId + " twice");
            }
            if (apps - prefStart[candidates - 1] >= maxPreferences) {
                throw new IllegalArgumentException("candidate " + candidateId + " lists more than " + maxPreferences + " preferences");
            }
            listed[k] = true;
            if (apps == prefClass.length) {
                int n = apps * 2;
                prefClass = Arrays.copyOf(prefClass, n);
                tier = Arrays.copyOf(tier, n);
                points = Arrays.copyOf(points, n);
                secondTier = Arrays.copyOf(secondTier, n);
            }
            prefClass[apps] = k;
            tier[apps] = tierValue;
            points[apps] = pointsValue;
            secondTier[apps] = secondTierValue;
            apps++;
            return this;
        }

        public Campaign build() {
            ensureOpen();
            built = true;
            return new Campaign(this);
        }

        private void clearListed() {
            if (candidates > 0) {
                for (int r = prefStart[candidates - 1]; r < apps; r++) {
                    listed[prefClass[r]] = false;
                }
            }
        }

        private void ensureOpen() {
            if (built) {
                throw new IllegalStateException("the campaign is already built");
            }
        }
    }
}
