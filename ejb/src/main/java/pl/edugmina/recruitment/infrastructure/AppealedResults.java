package pl.edugmina.recruitment.infrastructure;

import pl.edugmina.recruitment.domain.allocation.AllocationResult;
import pl.edugmina.recruitment.domain.allocation.AppealDecision;
import pl.edugmina.recruitment.domain.allocation.Explanation;
import pl.edugmina.recruitment.domain.allocation.PriorityKey;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes what an allowed appeal changed into the published run and its public rows, on the caller's connection and
 * transaction (ADR 0015): the appellant's row of {@code recruitment_allocation_result}; the rows of
 * {@code recruitment_allocation_class} of the class they left and the class they reached (admitted, seats added, the
 * cut-off); and of the public results (ADR 0013) only what that touches: the appellant's answer, the answers of the
 * candidates who listed one of those two classes (their cut-off line; their own outcome does not change) and the two
 * classes' counts and lists. The answers are built by the publication's own writer
 * ({@link ResultsPublisher#writeAnswers}), keeping the time they were published; the classes' rows by one UPDATE.
 */
public final class AppealedResults {

    private AppealedResults() {
    }

    /** Rows rewritten: public answers and public classes. */
    public record Written(int answers, int classes) {
    }

    public static Written write(Connection c, long campaignId, long runId, AppealDecision d) throws SQLException {
        AllocationResult after = d.result();
        long candidate = d.candidateId();
        Optional<String> placed = after.placement(candidate);
        try (PreparedStatement ps = c.prepareStatement(
                "update recruitment_allocation_result set class_id = ?, preference = ? where run_id = ? and candidate_id = ?")) {
            if (placed.isPresent()) {
                ps.setLong(1, Long.parseLong(placed.get()));
            } else {
                ps.setNull(1, Types.BIGINT);
            }
            ps.setInt(2, after.placedPreference(candidate));
            ps.setLong(3, runId);
            ps.setLong(4, candidate);
            ps.executeUpdate();
        }
        Set<String> classes = new LinkedHashSet<>();
        d.from().ifPresent(classes::add);
        d.to().ifPresent(classes::add);
        Explanation explanation = after.explain();
        for (String k : classes) {
            Explanation.ClassSummary s = explanation.forClass(k);
            try (PreparedStatement ps = c.prepareStatement("""
                    update recruitment_allocation_class set seats_added = ?, admitted = ?, cut_tier = ?, cut_points = ?, cut_second_tier = ?,
                        cut_draw = ?, cut_candidate_id = ? where run_id = ? and class_id = ?""")) {
                ps.setInt(1, s.seatsAdded());
                ps.setInt(2, s.admitted());
                if (s.cutOff().isPresent()) {
                    PriorityKey key = s.cutOff().get();
                    ps.setInt(3, key.tier());
                    ps.setLong(4, key.points());
                    ps.setLong(5, key.secondTier());
                    ps.setString(6, key.drawHex());
                    ps.setLong(7, key.candidateId());
                } else {
                    ps.setNull(3, Types.INTEGER);
                    ps.setNull(4, Types.BIGINT);
                    ps.setNull(5, Types.BIGINT);
                    ps.setNull(6, Types.VARCHAR);
                    ps.setNull(7, Types.BIGINT);
                }
                ps.setLong(8, runId);
                ps.setLong(9, Long.parseLong(k));
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                update recruitment_allocation_run set placed = (select count(*) from recruitment_allocation_result
                                                                where run_id = ? and class_id is not null) where id = ?""")) {
            ps.setLong(1, runId);
            ps.setLong(2, runId);
            ps.executeUpdate();
        }
        List<Long> classIds = new ArrayList<>();
        classes.forEach(k -> classIds.add(Long.parseLong(k)));
        Array classArray = c.createArrayOf("bigint", classIds.toArray());
        // the appellant and whoever listed a class whose cut-off may have moved
        List<Long> candidates = new ArrayList<>();
        candidates.add(candidate);
        try (PreparedStatement ps = c.prepareStatement(
                "select distinct candidate_id from recruitment_preference where campaign_id = ? and class_id = any(?) and candidate_id <> ?")) {
            ps.setLong(1, campaignId);
            ps.setArray(2, classArray);
            ps.setLong(3, candidate);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getLong(1));
                }
            }
        }
        // the answers as the publication builds them (ResultsPublisher), keeping the time they were published
        String publishedAt;
        try (PreparedStatement ps = c.prepareStatement(
                "select answer->>'publishedAt' from recruitment_public_result where campaign_id = ? and candidate_id = ?")) {
            ps.setLong(1, campaignId);
            ps.setLong(2, candidate);
            try (var rs = ps.executeQuery()) {
                publishedAt = rs.next() ? rs.getString(1) : null;
            }
        }
        int answers = ResultsPublisher.writeAnswers(c, campaignId, runId,
                new ResultsPublisher.AnswerScope(new LinkedHashSet<>(candidates), publishedAt, null, false, true));
        int publicClasses;
        try (PreparedStatement ps = c.prepareStatement("""
                with lists as (
                    select p.class_id,
                           array_agg(d.code order by d.code collate "C") filter (where r.class_id = p.class_id) as qualified,
                           array_agg(d.code order by d.code collate "C") filter (where r.class_id is distinct from p.class_id) as not_qualified
                    from recruitment_preference p
                    join recruitment_allocation_result r on r.run_id = ? and r.candidate_id = p.candidate_id
                    join recruitment_candidate d on d.id = p.candidate_id
                    where p.campaign_id = ? and p.class_id = any(?)
                    group by p.class_id)
                update recruitment_public_class t set seats = s.seats + s.seats_added, qualified = s.admitted,
                       free_places = greatest(0, s.seats + s.seats_added - s.admitted), cut_points = s.cut_points,
                       qualified_codes = coalesce(l.qualified, '{}'), not_qualified_codes = coalesce(l.not_qualified, '{}')
                from recruitment_allocation_class s
                left join lists l on l.class_id = s.class_id
                where s.run_id = ? and s.class_id = any(?) and t.campaign_id = ? and t.class_id = s.class_id""")) {
            ps.setLong(1, runId);
            ps.setLong(2, campaignId);
            ps.setArray(3, classArray);
            ps.setLong(4, runId);
            ps.setArray(5, classArray);
            ps.setLong(6, campaignId);
            publicClasses = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                update recruitment_publication set qualified = (select count(*) from recruitment_allocation_result
                                                                where run_id = ? and class_id is not null)
                where campaign_id = ? and run_id = ?""")) {
            ps.setLong(1, runId);
            ps.setLong(2, campaignId);
            ps.setLong(3, runId);
            ps.executeUpdate();
        }
        return new Written(answers, publicClasses);
    }
}
