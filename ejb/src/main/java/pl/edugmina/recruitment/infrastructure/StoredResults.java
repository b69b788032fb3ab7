package pl.edugmina.recruitment.infrastructure;

import pl.edugmina.recruitment.domain.allocation.Draw;
import pl.edugmina.recruitment.domain.allocation.Explanation;
import pl.edugmina.recruitment.domain.allocation.PriorityKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a stored run back for the domain: a candidate's explanation rebuilt from their list and the run's class rows
 * ({@link Explanation#of}), with two queries and no campaign in memory.
 */
public final class StoredResults {

    private StoredResults() {
    }

    /** The stored outcome is no longer backed by the candidate's list (the list changed after the run). */
    public static final class ListChangedException extends IllegalStateException {
        ListChangedException(String message) {
            super(message);
        }
    }

    /**
     * The explanation of one candidate of the run's campaign, empty when the run has no row for them (a candidate
     * added after the run).
     */
    public static Optional<Explanation.CandidateExplanation> explanation(Connection c, long runId, long campaignId, String seed,
                                                                         long candidateId) throws SQLException {
        Long placedClass = null;
        int placedPreference;
        try (PreparedStatement ps = c.prepareStatement(
                "select class_id, preference from recruitment_allocation_result where run_id = ? and candidate_id = ?")) {
            ps.setLong(1, runId);
            ps.setLong(2, candidateId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long k = rs.getLong(1);
                placedClass = rs.wasNull() ? null : k;
                placedPreference = rs.getInt(2);
            }
        }
        long draw = new Draw(seed).number(candidateId);
        List<Explanation.StoredPreference> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select p.rank, p.class_id, p.tier, p.points, p.second_tier, s.seats + s.seats_added,
                       s.cut_tier, s.cut_points, s.cut_second_tier, s.cut_draw, s.cut_candidate_id
                from recruitment_preference p
                left join recruitment_allocation_class s on s.run_id = ? and s.class_id = p.class_id
                where p.campaign_id = ? and p.candidate_id = ? order by p.rank""")) {
            ps.setLong(1, runId);
            ps.setLong(2, campaignId);
            ps.setLong(3, candidateId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int rank = rs.getInt(1);
                    long classId = rs.getLong(2);
                    rs.getInt(6);
                    if (rank != list.size() + 1 || rs.wasNull()) {
                        throw new ListChangedException("candidate " + candidateId + ": the list no longer matches run " + runId);
                    }
                    PriorityKey own = new PriorityKey(rs.getInt(3), rs.getLong(4), rs.getLong(5), draw, candidateId);
                    long cutCandidate = rs.getLong(11);
                    Optional<PriorityKey> cutOff = rs.wasNull() ? Optional.empty()
                            : Optional.of(new PriorityKey(rs.getInt(7), rs.getLong(8), rs.getLong(9), Long.parseUnsignedLong(rs.getString(10), 16),
                            cutCandidate));
                    list.add(new Explanation.StoredPreference(Long.toString(classId), own, rs.getInt(6), cutOff));
                }
            }
        }
        if (placedPreference > list.size()
                || (placedPreference > 0 && !list.get(placedPreference - 1).classId().equals(String.valueOf(placedClass)))) {
            throw new ListChangedException("candidate " + candidateId + ": the class placed at preference " + placedPreference
                    + " in run " + runId + " is no longer on that line of the list");
        }
        return Optional.of(Explanation.of(candidateId, list, placedPreference));
    }
}
