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
 * round. Set-based statements over the run's rows, not one per candidate.
 */
public final class SupplementaryPublisher {

    private SupplementaryPublisher() {
    }

    public record Published(long campaignId, long runId, int candidates, int classes, long millis) {
    }

    public static Published publish(Connection c, long campaignId, long runId) throws SQLException {
        long t0 = System.nanoTime();
        update(c, "set local enable_nestloop = off");
        int candidates = update(c, """
                with lines as (
                    select p.candidate_id,
                           json_agg(json_build_object(
                               'preference', p.rank, 'classId', p.class_id, 'unitId', k.unit_id, 'unitName', u.name,
                               'className', k.name, 'profile', k.profile, 'points', round(p.points / 100.0, 2), 'precedence', p.tier > 0,
                               'result', case when p.rank = r.preference then 'QUALIFIED'
                                              when r.preference > 0 and p.rank > r.preference then 'NOT_CONSIDERED'
                                              else 'NOT_QUALIFIED' end,
                               'cutOffPoints', case when s.cut_points is null then null else round(s.cut_points / 100.0, 2) end,
                               'freeSeats', s.seats)
                               order by p.rank) as preferences
                    from recruitment_preference p
                    join recruitment_allocation_result r on r.run_id = ? and r.candidate_id = p.candidate_id
                    join recruitment_class k on k.id = p.class_id
                    join unit u on u.id = k.unit_id
                    left join recruitment_allocation_class s on s.run_id = r.run_id and s.class_id = p.class_id
                    where p.campaign_id = ?
                    group by p.candidate_id)
                insert into recruitment_public_result (code, campaign_id, candidate_id, run_id, pin_hmac, placed_class_id, placed_preference, answer)
                select d.code, d.campaign_id, d.id, r.run_id, d.pin_hmac, r.class_id, r.preference,
                       json_build_object(
                           'campaignId', c.id, 'campaignName', c.name, 'campaignType', c.type, 'schoolYear', c.school_year,
                           'code', d.code, 'runId', r.run_id, 'publishedAt', now(), 'round', 'SUPPLEMENTARY',
                           'outcome', case when r.class_id is null then 'NOT_QUALIFIED' else 'QUALIFIED' end,
                           'placedPreference', r.preference,
                           'placed', case when r.class_id is null then null else json_build_object(
                               'classId', k.id, 'className', k.name, 'profile', k.profile, 'unitId', u.id, 'unitName', u.name) end,
                           'preferences', coalesce(l.preferences, '[]'::json))
                from recruitment_allocation_result r
                join recruitment_candidate d on d.id = r.candidate_id
                join recruitment_campaign c on c.id = d.campaign_id
                left join recruitment_class k on k.id = r.class_id
                left join unit u on u.id = k.unit_id
                left join lines l on l.candidate_id = r.candidate_id
                where r.run_id = ?
                on conflict (code, campaign_id) do update set candidate_id = excluded.candidate_id, run_id = excluded.run_id,
                    pin_hmac = excluded.pin_hmac, placed_class_id = excluded.placed_class_id,
                    placed_preference = excluded.placed_preference, answer = excluded.answer""", runId, campaignId, runId);
        int classes = update(c, """
                update recruitment_public_class pc
                set qualified = pc.qualified + x.admitted, free_places = greatest(0, x.seats - x.admitted),
                    supplementary_codes = coalesce(x.codes, '{}')
                from (select s.class_id, s.seats, s.admitted,
                             (select array_agg(d.code order by d.code) from recruitment_allocation_result r
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
