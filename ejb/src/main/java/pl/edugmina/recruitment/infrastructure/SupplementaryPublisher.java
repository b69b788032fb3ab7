package pl.edugmina.recruitment.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Publication of a FINAL supplementary run (ADR 0016), on the caller's connection and transaction (the one that makes
 * the run the campaign's published supplementary result), next to the main round's rows of {@link ResultsPublisher}
 * (ADR 0013): the public answer of each candidate of this round replaces their main-round answer (a candidate not
 * placed there, or one who applied in the SUPPLEMENTARY stage and had none), with {@code "round": "SUPPLEMENTARY"};
 * the answers of those admitted in the main round are not touched. Per class the supplementary round's admitted are
 * added to the qualified count, their codes kept in their own list, and the free places are those left after this
 * round. The answers by the main round's writer ({@link ResultsPublisher#writeAnswers}), the classes by one UPDATE.
 */
public final class SupplementaryPublisher {

    private SupplementaryPublisher() {
    }

    public record Published(long campaignId, long runId, int candidates, int classes, long millis) {
    }

    public static Published publish(Connection c, long campaignId, long runId) throws SQLException {
        long t0 = System.nanoTime();
        update(c, "set local enable_nestloop = off");
        // the answers as the main round's publication builds them, with "round" and each class's free seats
        int candidates = ResultsPublisher.writeAnswers(c, campaignId, runId,
                new ResultsPublisher.AnswerScope(null, null, "SUPPLEMENTARY", true, true));
        int classes = update(c, """
                update recruitment_public_class pc
                set qualified = pc.qualified + x.admitted, free_places = greatest(0, x.seats - x.admitted),
                    supplementary_codes = coalesce(x.codes, '{}')
                from (select s.class_id, s.seats, s.admitted,
                             (select array_agg(d.code order by d.code collate "C") from recruitment_allocation_result r
                              join recruitment_candidate d on d.id = r.candidate_id
                              where r.run_id = s.run_id and r.class_id = s.class_id) as codes
                      from recruitment_allocation_class s where s.run_id = ?) x
                where pc.campaign_id = ? and pc.class_id = x.class_id""", runId, campaignId);
        return new Published(campaignId, runId, candidates, classes, (System.nanoTime() - t0) / 1_000_000);
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }
}
