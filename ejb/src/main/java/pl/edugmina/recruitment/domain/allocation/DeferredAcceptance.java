package pl.edugmina.recruitment.domain.allocation;

/**
 * Candidate-proposing deferred acceptance (Gale–Shapley) over all classes of a campaign at once: each candidate ends
 * in the highest preference whose cut-off they reach, and the position of a class on a candidate's list never
 * changes how that class ranks them. The result is the candidate-optimal stable matching, so it does not depend on
 * the order in which candidates propose; for the same campaign (and seed) it is always the same.
 *
 * <p>How (all in primitive arrays, nothing allocated per proposal): every class's applicants are sorted once by
 * priority key; a class then only compares positions in its own order. A class holds its admitted in a bit per
 * position and remembers the position of the worst one held: while not full it takes everyone; once full, a
 * proposer better than the worst held takes that seat and the worst is displaced, and the pointer to the worst moves
 * only towards better positions. Round 1: every candidate proposes down their list until a class holds them;
 * round n + 1: the candidates displaced in round n go on down their lists.
 */
public final class DeferredAcceptance {

    private DeferredAcceptance() {
    }

    public static AllocationResult allocate(Campaign campaign, AllocationMode mode) {
        return allocate(campaign, mode, AllocationListener.NONE);
    }

    public static AllocationResult allocate(Campaign cp, AllocationMode mode, AllocationListener listener) {
        final int n = cp.candidateIds.length;
        final int classes = cp.classIds.length;
        final int apps = cp.prefClass.length;
        final int[] prefStart = cp.prefStart;
        final int[] prefClass = cp.prefClass;
        final int[] capacity = cp.capacity;

        // the candidate of each row
        final int[] rowCand = new int[apps];
        for (int c = 0; c < n; c++) {
            for (int r = prefStart[c]; r < prefStart[c + 1]; r++) {
                rowCand[r] = c;
            }
        }
        // the draw as a rank 0 … n − 1, so that comparing two applicants never hashes or compares unsigned
        final int[] drawRank = new int[n];
        int[] scratch = new int[Math.max(n, 1)];
        {
            int[] byDraw = new int[n];
            for (int c = 0; c < n; c++) {
                byDraw[c] = c;
            }
            final long[] draws = cp.draws;
            final long[] ids = cp.candidateIds;
            IntSort.sort(byDraw, 0, n, (x, y) -> Draw.compare(draws[x], ids[x], draws[y], ids[y]), scratch);
            for (int i = 0; i < n; i++) {
                drawRank[byDraw[i]] = i;
            }
        }
        // each class's applicants, sorted once by priority key: slots classStart[k] … classStart[k + 1] − 1
        final int[] classStart = new int[classes + 1];
        for (int r = 0; r < apps; r++) {
            classStart[prefClass[r] + 1]++;
        }
        int largest = 0;
        for (int k = 0; k < classes; k++) {
            largest = Math.max(largest, classStart[k + 1]);
            classStart[k + 1] += classStart[k];
        }
        final int[] slotRow = new int[apps];
        {
            int[] fill = new int[classes];
            System.arraycopy(classStart, 0, fill, 0, classes);
            for (int r = 0; r < apps; r++) {
                slotRow[fill[prefClass[r]]++] = r;
            }
        }
        final int[] tier = cp.tier;
        final long[] points = cp.points;
        final long[] second = cp.secondTier;
        IntSort.IntComparator byKey = (r1, r2) -> {
            if (tier[r1] != tier[r2]) {
                return tier[r1] > tier[r2] ? -1 : 1;
            }
            if (points[r1] != points[r2]) {
                return points[r1] > points[r2] ? -1 : 1;
            }
            if (second[r1] != second[r2]) {
                return second[r1] > second[r2] ? -1 : 1;
            }
            return Integer.compare(drawRank[rowCand[r1]], drawRank[rowCand[r2]]);
        };
        if (scratch.length < largest) {
            scratch = new int[largest];
        }
        for (int k = 0; k < classes; k++) {
            IntSort.sort(slotRow, classStart[k], classStart[k + 1], byKey, scratch);
        }
        final int[] rowSlot = new int[apps];
        for (int s = 0; s < apps; s++) {
            rowSlot[slotRow[s]] = s;
        }

        // deferred acceptance
        final boolean[] held = new boolean[apps];
        final int[] heldCount = new int[classes];
        final int[] worst = new int[classes];
        java.util.Arrays.fill(worst, -1);
        final int[] next = new int[n];
        final int[] placedRow = new int[n];
        System.arraycopy(prefStart, 0, next, 0, n);
        java.util.Arrays.fill(placedRow, -1);
        int[] cur = new int[n];
        int[] nxt = new int[n];
        for (int c = 0; c < n; c++) {
            cur[c] = c;
        }
        int curLen = n;
        int round = 0;
        long proposals = 0;
        int placed = 0;
        while (curLen > 0) {
            round++;
            int nxtLen = 0;
            for (int i = 0; i < curLen; i++) {
                final int c = cur[i];
                final int end = prefStart[c + 1];
                while (next[c] < end) {
                    final int row = next[c]++;
                    proposals++;
                    final int k = prefClass[row];
                    final int cap = capacity[k];
                    if (cap == 0) {
                        continue;
                    }
                    final int s = rowSlot[row];
                    if (heldCount[k] < cap) {
                        held[s] = true;
                        heldCount[k]++;
                        if (s > worst[k]) {
                            worst[k] = s;
                        }
                        placedRow[c] = row;
                        placed++;
                        break;
                    }
                    int w = worst[k];
                    if (s < w) {
                        held[s] = true;
                        held[w] = false;
                        final int displaced = rowCand[slotRow[w]];
                        placedRow[displaced] = -1;
                        placedRow[c] = row;
                        do {
                            w--;
                        } while (!held[w]);
                        worst[k] = w;
                        nxt[nxtLen++] = displaced;
                        break;
                    }
                }
            }
            listener.roundCompleted(round, proposals, placed, nxtLen);
            int[] t = cur;
            cur = nxt;
            nxt = t;
            curLen = nxtLen;
        }
        return new AllocationResult(cp, mode, placedRow, round, proposals);
    }
}
