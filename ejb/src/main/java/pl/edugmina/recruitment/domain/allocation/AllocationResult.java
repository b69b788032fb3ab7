package pl.edugmina.recruitment.domain.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one allocation: where each candidate is placed (or nowhere), the seed of the draw that broke the
 * ties, and whether it was a dry run. Immutable: an appeal gives a new result ({@link #appeal}).
 */
public final class AllocationResult {

    final Campaign campaign;
    private final AllocationMode mode;
    private final int[] placedRow;
    private final int[] capacity;
    private final int[] seatsAdded;
    private final int[] admittedCount;
    /** the priorities in force: the campaign's, or those changed on appeal */
    final int[] tier;
    final long[] points;
    final long[] secondTier;
    private final int rounds;
    private final long proposals;

    AllocationResult(Campaign campaign, AllocationMode mode, int[] placedRow, int rounds, long proposals) {
        this(campaign, mode, placedRow, campaign.capacity.clone(), new int[campaign.classIds.length], campaign.tier,
                campaign.points, campaign.secondTier, rounds, proposals);
    }

    private AllocationResult(Campaign campaign, AllocationMode mode, int[] placedRow, int[] capacity, int[] seatsAdded,
                             int[] tier, long[] points, long[] secondTier, int rounds, long proposals) {
        this.campaign = campaign;
        this.mode = mode;
        this.placedRow = placedRow;
        this.capacity = capacity;
        this.seatsAdded = seatsAdded;
        this.tier = tier;
        this.points = points;
        this.secondTier = secondTier;
        this.rounds = rounds;
        this.proposals = proposals;
        this.admittedCount = new int[campaign.classIds.length];
        for (int row : placedRow) {
            if (row >= 0) {
                admittedCount[campaign.prefClass[row]]++;
            }
        }
    }

    public Campaign campaign() {
        return campaign;
    }

    public AllocationMode mode() {
        return mode;
    }

    public boolean dryRun() {
        return mode == AllocationMode.DRY_RUN;
    }

    /** The seed of the draw, to be published with the results. */
    public String seed() {
        return campaign.seed();
    }

    public int rounds() {
        return rounds;
    }

    /** Applications looked at during the allocation. */
    public long proposals() {
        return proposals;
    }

    /** The class the candidate is placed in, if any. */
    public Optional<String> placement(long candidateId) {
        int row = placedRow[campaign.candidateIndexOf(candidateId)];
        return row < 0 ? Optional.empty() : Optional.of(campaign.classIds[campaign.prefClass[row]]);
    }

    /** Which preference the candidate got: 1 for the first; 0 when placed nowhere. */
    public int placedPreference(long candidateId) {
        int c = campaign.candidateIndexOf(candidateId);
        return placedRow[c] < 0 ? 0 : placedRow[c] - campaign.prefStart[c] + 1;
    }

    public int placedCount() {
        int placed = 0;
        for (int row : placedRow) {
            if (row >= 0) {
                placed++;
            }
        }
        return placed;
    }

    /** The candidates admitted to the class, first in the class's order first. */
    public List<Long> admitted(String classId) {
        int k = campaign.classIndexOf(classId);
        List<PriorityKey> keys = new ArrayList<>();
        for (int c = 0; c < placedRow.length; c++) {
            int row = placedRow[c];
            if (row >= 0 && campaign.prefClass[row] == k) {
                keys.add(keyOfRow(row, c));
            }
        }
        keys.sort(null);
        return keys.stream().map(PriorityKey::candidateId).toList();
    }

    public int admittedCount(String classId) {
        return admittedCount[campaign.classIndexOf(classId)];
    }

    /** Seats of the class: its capacity plus any seat added on appeal. */
    public int capacity(String classId) {
        return capacity[campaign.classIndexOf(classId)];
    }

    public int seatsAdded(String classId) {
        return seatsAdded[campaign.classIndexOf(classId)];
    }

    public int freeSeats(String classId) {
        return freeSeats(campaign.classIndexOf(classId));
    }

    int freeSeats(int k) {
        return Math.max(0, capacity[k] - admittedCount[k]);
    }

    int capacityOf(int k) {
        return capacity[k];
    }

    int seatsAddedOf(int k) {
        return seatsAdded[k];
    }

    int admittedCountOf(int k) {
        return admittedCount[k];
    }

    int placedRow(int candidate) {
        return placedRow[candidate];
    }

    /** The draw number of the candidate (see {@link Draw}). */
    public long draw(long candidateId) {
        return campaign.draws[campaign.candidateIndexOf(candidateId)];
    }

    /** How the class ranks the candidate (who must have listed it), with the priorities in force. */
    public PriorityKey key(long candidateId, String classId) {
        int c = campaign.candidateIndexOf(candidateId);
        return keyOfRow(rowOf(c, campaign.classIndexOf(classId), candidateId, classId), c);
    }

    public Explanation explain() {
        return new Explanation(this);
    }

    PriorityKey keyOfRow(int row, int c) {
        return new PriorityKey(tier[row], points[row], secondTier[row], campaign.draws[c], campaign.candidateIds[c]);
    }

    /** The worst-ranked candidate's row admitted to class k, or −1. O(candidates). */
    int lastAdmittedRow(int k) {
        int worstRow = -1;
        int worstCand = -1;
        for (int c = 0; c < placedRow.length; c++) {
            int row = placedRow[c];
            if (row >= 0 && campaign.prefClass[row] == k
                    && (worstRow < 0 || campaign.compare(tier, points, secondTier, row, c, worstRow, worstCand) > 0)) {
                worstRow = row;
                worstCand = c;
            }
        }
        return worstRow;
    }

    private int rowOf(int c, int k, long candidateId, String classId) {
        for (int r = campaign.prefStart[c]; r < campaign.prefStart[c + 1]; r++) {
            if (campaign.prefClass[r] == k) {
                return r;
            }
        }
        throw new IllegalArgumentException("candidate " + candidateId + " did not list class " + classId);
    }

    /**
     * An appeal (odwołanie) that changed the candidate's priorities in some of their classes (e.g. points recounted).
     * Only this candidate is re-evaluated: they go to their best preference above the present placement that now
     * takes them, a class with a free seat or one whose last admitted they now come before; in a full class a seat is
     * added over capacity, as on a successful appeal. Nobody else moves: the seat the candidate leaves stays free for
     * the supplementary round. A candidate who reaches nothing higher keeps their placement.
     *
     * @param changed new priorities by class id; classes not given keep theirs
     */
    public AppealDecision appeal(long candidateId, Map<String, Priority> changed) {
        int c = campaign.candidateIndexOf(candidateId);
        int[] newTier = tier.clone();
        long[] newPoints = points.clone();
        long[] newSecond = secondTier.clone();
        for (Map.Entry<String, Priority> e : changed.entrySet()) {
            int row = rowOf(c, campaign.classIndexOf(e.getKey()), candidateId, e.getKey());
            newTier[row] = e.getValue().tier();
            newPoints[row] = e.getValue().points();
            newSecond[row] = e.getValue().secondTier();
        }
        int current = placedRow[c];
        int limit = current >= 0 ? current : campaign.prefStart[c + 1];
        int[] newCapacity = capacity;
        int[] newAdded = seatsAdded;
        int target = -1;
        boolean seatAdded = false;
        for (int row = campaign.prefStart[c]; row < limit && target < 0; row++) {
            int k = campaign.prefClass[row];
            if (capacity[k] == 0) {
                continue;
            }
            if (admittedCount[k] < capacity[k]) {
                target = row;
            } else {
                int last = lastAdmittedRow(k);
                int lastCand = candidateOfRow(last);
                if (campaign.compare(newTier, newPoints, newSecond, row, c, last, lastCand) < 0) {
                    target = row;
                    seatAdded = true;
                }
            }
        }
        int[] newPlaced = placedRow;
        if (target >= 0) {
            newPlaced = placedRow.clone();
            newPlaced[c] = target;
            if (seatAdded) {
                int k = campaign.prefClass[target];
                newCapacity = capacity.clone();
                newAdded = seatsAdded.clone();
                newCapacity[k]++;
                newAdded[k]++;
            }
        }
        AllocationResult after = new AllocationResult(campaign, mode, newPlaced, newCapacity, newAdded, newTier, newPoints,
                newSecond, rounds, proposals);
        String from = current < 0 ? null : campaign.classIds[campaign.prefClass[current]];
        String to = target < 0 ? from : campaign.classIds[campaign.prefClass[target]];
        return new AppealDecision(candidateId, Optional.ofNullable(from), Optional.ofNullable(to), target >= 0, seatAdded, after);
    }

    /**
     * A stored result brought back (e.g. the published FINAL run, to decide an appeal against it): each candidate's
     * preference placed at (1 for the first; 0 or absent: placed nowhere) and the seats added on appeal per class, over
     * the campaign as it was allocated. Refused when a placement points past the candidate's list.
     */
    public static AllocationResult restored(Campaign campaign, AllocationMode mode, Map<Long, Integer> placedPreference,
                                            Map<String, Integer> seatsAdded) {
        int n = campaign.candidateIds.length;
        int[] placed = new int[n];
        Arrays.fill(placed, -1);
        for (Map.Entry<Long, Integer> e : placedPreference.entrySet()) {
            int pref = e.getValue();
            if (pref <= 0) {
                continue;
            }
            int c = campaign.candidateIndexOf(e.getKey());
            int row = campaign.prefStart[c] + pref - 1;
            if (row >= campaign.prefStart[c + 1]) {
                throw new IllegalArgumentException("candidate " + e.getKey() + " placed at preference " + pref + " of a list of "
                        + (campaign.prefStart[c + 1] - campaign.prefStart[c]));
            }
            placed[c] = row;
        }
        int[] capacity = campaign.capacity.clone();
        int[] added = new int[capacity.length];
        for (Map.Entry<String, Integer> e : seatsAdded.entrySet()) {
            int k = campaign.classIndexOf(e.getKey());
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("seats added to class " + e.getKey() + " must not be negative");
            }
            added[k] = e.getValue();
            capacity[k] += e.getValue();
        }
        return new AllocationResult(campaign, mode, placed, capacity, added, campaign.tier, campaign.points, campaign.secondTier, 0, 0);
    }

    private int candidateOfRow(int row) {
        int c = Arrays.binarySearch(campaign.prefStart, row);
        if (c < 0) {
            return -c - 2;
        }
        // rows of candidates with empty lists share a start: take the last candidate starting here
        while (c + 1 < campaign.prefStart.length && campaign.prefStart[c + 1] == row) {
            c++;
        }
        return c;
    }
}
