package pl.edugmina.recruitment.infrastructure;

import pl.edugmina.recruitment.domain.allocation.Campaign;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Reads one campaign from PostgreSQL into the allocation's {@link Campaign}: one query per table (classes, candidates,
 * preferences), each streamed with a fetch size (the driver keeps only one chunk of rows in memory) and in id order,
 * so the arrays are built as the rows come, with no query per candidate. The caller gives the connection and its
 * transaction; for a consistent picture of the three tables it should be a REPEATABLE READ snapshot.
 *
 * <p>A candidate's ranks must be 1, 2, … without gaps (the explanation numbers preferences by rank); anything the
 * domain refuses (a list longer than the campaign allows, a class listed twice) fails the read with its reason.
 */
public final class CampaignReader {

    static final int FETCH_SIZE = 10_000;

    private CampaignReader() {
    }

    /** Rows read so far, for the progress of a run; called on the reading thread, now and then. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (stage, rows, expected) -> { };

        /**
         * @param stage    "classes", "candidates" or "preferences"
         * @param rows     rows of that stage read so far
         * @param expected an upper bound of the stage's rows (0 when unknown)
         */
        void rows(String stage, long rows, long expected);
    }

    /**
     * A campaign as loaded: the domain's input, and the database ids behind its classes (the domain's class id is the
     * decimal text of the database id) and candidates (the same numbers), in the order they were added.
     */
    public record Loaded(Campaign campaign, long[] classIds, int[] seats, long[] candidateIds, int applications, int maxPreferences) {

        public int seatsTotal() {
            return Arrays.stream(seats).sum();
        }
    }

    public static Loaded read(Connection c, long campaignId, String seed, int maxPreferences, Progress progress) throws SQLException {
        Campaign.Builder b = Campaign.builder(seed).maxPreferences(maxPreferences);
        LongList classIds = new LongList(1024);
        IntList seats = new IntList(1024);
        try (PreparedStatement ps = c.prepareStatement("select id, seats from recruitment_class where campaign_id = ? order by id")) {
            ps.setFetchSize(FETCH_SIZE);
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int s = rs.getInt(2);
                    b.addClass(Long.toString(id), s);
                    classIds.add(id);
                    seats.add(s);
                }
            }
        }
        progress.rows("classes", classIds.size, classIds.size);
        // the domain's class ids as the text of the database ids, one String per class reused for every preference;
        // found by binary search in the ids (read in ascending order), no boxing per preference
        long[] sortedClassIds = classIds.toArray();
        String[] classKey = new String[sortedClassIds.length];
        for (int i = 0; i < sortedClassIds.length; i++) {
            classKey[i] = Long.toString(sortedClassIds[i]);
        }

        // the supplementary round's applicants (ADR 0016) are not the main round's: left out, with their lists
        LongList later = new LongList(16);
        try (PreparedStatement ps = c.prepareStatement(
                "select id from recruitment_candidate where campaign_id = ? and round = 'SUPPLEMENTARY' order by id")) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    later.add(rs.getLong(1));
                }
            }
        }
        long[] supplementary = later.toArray();

        LongList candidates = new LongList(4096);
        try (PreparedStatement ps = c.prepareStatement(
                "select id from recruitment_candidate where campaign_id = ? and round = 'MAIN' order by id")) {
            ps.setFetchSize(FETCH_SIZE);
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getLong(1));
                    if (candidates.size % FETCH_SIZE == 0) {
                        progress.rows("candidates", candidates.size, 0);
                    }
                }
            }
        }
        long expected = (long) candidates.size * maxPreferences;
        progress.rows("candidates", candidates.size, candidates.size);

        int applications = 0;
        int next = 0; // the next candidate (index into candidates) not yet started
        long current = Long.MIN_VALUE;
        int lastRank = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                select candidate_id, rank, class_id, tier, points, second_tier
                from recruitment_preference where campaign_id = ? order by candidate_id, rank""")) {
            ps.setFetchSize(FETCH_SIZE);
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long candidate = rs.getLong(1);
                    int rank = rs.getInt(2);
                    if (supplementary.length > 0 && Arrays.binarySearch(supplementary, candidate) >= 0) {
                        continue;
                    }
                    if (candidate != current) {
                        // candidates without preferences (placed nowhere) come in between
                        while (next < candidates.size && candidates.data[next] < candidate) {
                            b.candidate(candidates.data[next++]);
                        }
                        if (next == candidates.size || candidates.data[next] != candidate) {
                            throw new IllegalStateException("preferences of candidate " + candidate + ", who is not in campaign " + campaignId);
                        }
                        b.candidate(candidates.data[next++]);
                        current = candidate;
                        lastRank = 0;
                    }
                    if (rank != lastRank + 1) {
                        throw new IllegalArgumentException("candidate " + candidate + ": preference " + rank + " follows " + lastRank
                                + "; ranks must be 1, 2, … without gaps");
                    }
                    lastRank = rank;
                    int k = Arrays.binarySearch(sortedClassIds, rs.getLong(3));
                    if (k < 0) {
                        throw new IllegalStateException("candidate " + candidate + " lists class " + rs.getLong(3) + ", not in campaign " + campaignId);
                    }
                    b.prefer(classKey[k], rs.getInt(4), rs.getLong(5), rs.getLong(6));
                    applications++;
                    if (applications % FETCH_SIZE == 0) {
                        progress.rows("preferences", applications, expected);
                    }
                }
            }
        }
        while (next < candidates.size) {
            b.candidate(candidates.data[next++]);
        }
        progress.rows("preferences", applications, applications);
        return new Loaded(b.build(), sortedClassIds, seats.toArray(), candidates.toArray(), applications, maxPreferences);
    }

    private static final class LongList {
        long[] data;
        int size;

        LongList(int capacity) {
            data = new long[capacity];
        }

        void add(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    private static final class IntList {
        int[] data;
        int size;

        IntList(int capacity) {
            data = new int[capacity];
        }

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
