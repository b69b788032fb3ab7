package pl.edugmina.recruitment.domain.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why each candidate ended where they did, for the lists, the letters and the appeals. Per class: seats, applicants,
 * admitted, free seats and the cut-off (the priority key of the last admitted candidate). Per candidate: the class
 * they got (or none), and for every preference above it (for every preference, when placed nowhere) the cut-off of
 * that class and which part of the key fell short. Built in O(applications); candidate lines on demand.
 */
public final class Explanation {

    /** Why a higher preference was not reached. */
    public enum Reason {
        /** the class has no seats in this campaign */
        NO_SEATS,
        /** its seats went to candidates admitted first (laureates, catchment children) */
        TIER,
        /** fewer points than the last admitted */
        POINTS,
        /** the same points, fewer of the statutory second-tier criteria */
        SECOND_TIER,
        /** equal in everything; the published draw put the last admitted first */
        DRAW,
        /** a seat was freed after the allocation (e.g. an appellant moved up); it goes to the supplementary round */
        SEAT_FREED_AFTERWARDS
    }

    public enum Outcome { ADMITTED, NOT_REACHED }

    /** One class: {@code cutOff} is empty when nobody was admitted. {@code capacity} includes seats added on appeal. */
    public record ClassSummary(String classId, int capacity, int seatsAdded, int applicants, int admitted, int freeSeats,
                               Optional<PriorityKey> cutOff) {
        public boolean full() {
            return freeSeats == 0;
        }
    }

    /** One line of a candidate's list; {@code reason} is empty for the class they were admitted to. */
    public record PreferenceLine(int preference, String classId, Outcome outcome, PriorityKey own,
                                 Optional<PriorityKey> cutOff, Optional<Reason> reason) {
    }

    /** {@code lines}: the preferences down to the placement (all of them when placed nowhere). */
    public record CandidateExplanation(long candidateId, Optional<String> placedClass, int placedPreference,
                                       List<PreferenceLine> lines) {
    }

    /**
     * What a stored result keeps about one class on a candidate's list: the class, the candidate's key there (with
     * the draw), the class's seats (capacity plus seats added on appeal) and its cut-off (empty when nobody was
     * admitted).
     */
    public record StoredPreference(String classId, PriorityKey own, int capacity, Optional<PriorityKey> cutOff) {
        public StoredPreference {
            if (classId == null || own == null || cutOff == null) {
                throw new IllegalArgumentException("a stored preference needs its class, the candidate's key and the cut-off");
            }
        }
    }

    private final AllocationResult result;
    private final Campaign cp;
    private final int[] applicants;
    /** the last admitted of each class: its row and candidate, −1 when nobody */
    private final int[] lastRow;
    private final int[] lastCand;

    Explanation(AllocationResult result) {
        this.result = result;
        this.cp = result.campaign;
        int classes = cp.classIds.length;
        applicants = new int[classes];
        for (int k : cp.prefClass) {
            applicants[k]++;
        }
        lastRow = new int[classes];
        lastCand = new int[classes];
        java.util.Arrays.fill(lastRow, -1);
        for (int c = 0; c < cp.candidateIds.length; c++) {
            int row = result.placedRow(c);
            if (row < 0) {
                continue;
            }
            int k = cp.prefClass[row];
            if (lastRow[k] < 0 || cp.compare(result.tier, result.points, result.secondTier, row, c, lastRow[k], lastCand[k]) > 0) {
                lastRow[k] = row;
                lastCand[k] = c;
            }
        }
    }

    public AllocationResult result() {
        return result;
    }

    public List<ClassSummary> classes() {
        List<ClassSummary> list = new ArrayList<>(cp.classIds.length);
        for (int k = 0; k < cp.classIds.length; k++) {
            list.add(summary(k));
        }
        return list;
    }

    public ClassSummary forClass(String classId) {
        return summary(cp.classIndexOf(classId));
    }

    public CandidateExplanation forCandidate(long candidateId) {
        return candidate(cp.candidateIndexOf(candidateId));
    }

    /** Every candidate, in the order they were added to the campaign. */
    public List<CandidateExplanation> candidates() {
        List<CandidateExplanation> list = new ArrayList<>(cp.candidateIds.length);
        for (int c = 0; c < cp.candidateIds.length; c++) {
            list.add(candidate(c));
        }
        return list;
    }

    private ClassSummary summary(int k) {
        Optional<PriorityKey> cutOff = lastRow[k] < 0 ? Optional.empty() : Optional.of(result.keyOfRow(lastRow[k], lastCand[k]));
        return new ClassSummary(cp.classIds[k], result.capacityOf(k), result.seatsAddedOf(k), applicants[k],
                result.admittedCountOf(k), result.freeSeats(k), cutOff);
    }

    private CandidateExplanation candidate(int c) {
        int placed = result.placedRow(c);
        int end = placed >= 0 ? placed + 1 : cp.prefStart[c + 1];
        List<PreferenceLine> lines = new ArrayList<>(end - cp.prefStart[c]);
        for (int row = cp.prefStart[c]; row < end; row++) {
            int k = cp.prefClass[row];
            PriorityKey own = result.keyOfRow(row, c);
            Optional<PriorityKey> cutOff = lastRow[k] < 0 ? Optional.empty() : Optional.of(result.keyOfRow(lastRow[k], lastCand[k]));
            lines.add(line(row - cp.prefStart[c] + 1, cp.classIds[k], row == placed, own, result.capacityOf(k), cutOff));
        }
        return new CandidateExplanation(cp.candidateIds[c],
                placed < 0 ? Optional.empty() : Optional.of(cp.classIds[cp.prefClass[placed]]),
                placed < 0 ? 0 : placed - cp.prefStart[c] + 1, lines);
    }

    /**
     * A candidate's explanation rebuilt from a stored result, without the campaign in memory: their list (best first,
     * with the priorities in force), the preference they were placed at (1 for the first; 0 when placed nowhere) and,
     * for each listed class, its seats and cut-off as stored. For the same result it gives the same lines as
     * {@link #forCandidate}.
     */
    public static CandidateExplanation of(long candidateId, List<StoredPreference> list, int placedPreference) {
        if (placedPreference < 0 || placedPreference > list.size()) {
            throw new IllegalArgumentException("candidate " + candidateId + " placed at preference " + placedPreference
                    + " of a list of " + list.size());
        }
        int end = placedPreference > 0 ? placedPreference : list.size();
        List<PreferenceLine> lines = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            StoredPreference p = list.get(i);
            if (p.own().candidateId() != candidateId) {
                throw new IllegalArgumentException("the key of preference " + (i + 1) + " is not candidate " + candidateId + "'s");
            }
            lines.add(line(i + 1, p.classId(), i + 1 == placedPreference, p.own(), p.capacity(), p.cutOff()));
        }
        return new CandidateExplanation(candidateId,
                placedPreference == 0 ? Optional.empty() : Optional.of(list.get(placedPreference - 1).classId()), placedPreference, lines);
    }

    private static PreferenceLine line(int preference, String classId, boolean admitted, PriorityKey own, int capacity,
                                       Optional<PriorityKey> cutOff) {
        if (admitted) {
            return new PreferenceLine(preference, classId, Outcome.ADMITTED, own, cutOff, Optional.empty());
        }
        return new PreferenceLine(preference, classId, Outcome.NOT_REACHED, own, cutOff, Optional.of(reason(capacity, own, cutOff)));
    }

    private static Reason reason(int capacity, PriorityKey own, Optional<PriorityKey> cutOff) {
        if (capacity == 0) {
            return Reason.NO_SEATS;
        }
        if (cutOff.isEmpty() || own.before(cutOff.get())) {
            return Reason.SEAT_FREED_AFTERWARDS;
        }
        return switch (own.decider(cutOff.get())) {
            case TIER -> Reason.TIER;
            case POINTS -> Reason.POINTS;
            case SECOND_TIER -> Reason.SECOND_TIER;
            case DRAW -> Reason.DRAW;
        };
    }
}
