package pl.edugmina.recruitment.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Publication of a FINAL run (ADR 0013): everything the public results need, computed once by PostgreSQL from the
 * run's rows, on the caller's connection and transaction (the one that makes the run the campaign's published result),
 * so that a published run always has its public rows and a superseded one has none left.
 *
 * <ul>
 * <li>{@code recruitment_public_result}: per candidate the code, a copy of the PIN's HMAC, the class and preference
 * placed at, and the answer of the results page as JSON (campaign, outcome QUALIFIED / NOT_QUALIFIED, the class placed
 * at, and each preference with its points, whether it had precedence, its result — QUALIFIED, NOT_QUALIFIED, or
 * NOT_CONSIDERED below the placement — and the class's cut-off points);</li>
 * <li>{@code recruitment_public_class}: per class seats, qualified, free places, cut-off and the lists of codes
 * (qualified; not qualified: those who listed the class and were not qualified to it), codes in order;</li>
 * <li>{@code recruitment_publication}: the run, when, how many and how long it took.</li>
 * </ul>
 * Three set-based statements over the campaign (one pass over its lists each), not one query per candidate.
 */
public final class ResultsPublisher {

    private ResultsPublisher() {
    }

    public record Published(long campaignId, long runId, int candidates, int qualified, int classes, long millis) {
    }

    /** Replaces whatever the campaign had published with the rows of {@code runId}. */
    public static Published publish(Connection c, long campaignId, long runId) throws SQLException {
        long t0 = System.nanoTime();
        // the two passes sort 7 rows per candidate (350,000 for a city) by candidate and by class: in memory, not on
        // disk (the default 4 MB spills); for this transaction only
        update(c, "set local work_mem = '256MB'");
        // the run's rows were written by COPY in this very transaction: the planner's statistics do not know them yet
        // and, expecting a handful of rows, chose nested loops over whole tables (3,000 candidates took 253 s in
        // RecruitmentResultsIT); every join here is a bulk join, hashed in memory
        update(c, "set local enable_nestloop = off");
        update(c, "delete from recruitment_public_result where campaign_id = ?", campaignId);
        update(c, "delete from recruitment_public_class where campaign_id = ?", campaignId);
        int candidates = update(c, """
                with lines as (
                    select p.candidate_id,
                           json_agg(json_build_object(
                               'preference', p.rank, 'classId', p.class_id, 'unitId', k.unit_id, 'unitName', u.name,
                               'className', k.name, 'profile', k.profile, 'points', round(p.points / 100.0, 2), 'precedence', p.tier > 0,
                               'result', case when p.rank = r.preference then 'QUALIFIED'
                                              when r.preference > 0 and p.rank > r.preference then 'NOT_CONSIDERED'
                                              else 'NOT_QUALIFIED' end,
                               'cutOffPoints', case when s.cut_points is null then null else round(s.cut_points / 100.0, 2) end)
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
                           'code', d.code, 'runId', r.run_id, 'publishedAt', now(),
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
                where r.run_id = ?""", runId, campaignId, runId);
        int classes = update(c, """
                with lists as (
                    select p.class_id,
                           array_agg(d.code order by d.code) filter (where r.class_id = p.class_id) as qualified,
                           array_agg(d.code order by d.code) filter (where r.class_id is distinct from p.class_id) as not_qualified
                    from recruitment_preference p
                    join recruitment_allocation_result r on r.run_id = ? and r.candidate_id = p.candidate_id
                    join recruitment_candidate d on d.id = p.candidate_id
                    where p.campaign_id = ?
                    group by p.class_id)
                insert into recruitment_public_class (campaign_id, class_id, unit_id, unit_name, class_name, profile, seats, qualified,
                                                      free_places, cut_points, qualified_codes, not_qualified_codes)
                select k.campaign_id, k.id, k.unit_id, u.name, k.name, k.profile, s.seats + s.seats_added, s.admitted,
                       greatest(0, s.seats + s.seats_added - s.admitted), s.cut_points,
                       coalesce(l.qualified, '{}'), coalesce(l.not_qualified, '{}')
                from recruitment_allocation_class s
                join recruitment_class k on k.id = s.class_id
                join unit u on u.id = k.unit_id
                left join lists l on l.class_id = s.class_id
                where s.run_id = ?""", runId, campaignId, runId);
        int qualified;
        try (PreparedStatement ps = c.prepareStatement(
                "select count(*) from recruitment_allocation_result where run_id = ? and class_id is not null")) {
            ps.setLong(1, runId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                qualified = rs.getInt(1);
            }
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        update(c, """
                insert into recruitment_publication (campaign_id, run_id, published_at, candidates, qualified, publish_ms)
                values (?, ?, clock_timestamp(), ?, ?, ?)
                on conflict (campaign_id) do update set run_id = excluded.run_id, published_at = excluded.published_at,
                    candidates = excluded.candidates, qualified = excluded.qualified, publish_ms = excluded.publish_ms""",
                campaignId, runId, candidates, qualified, millis);
        return new Published(campaignId, runId, candidates, qualified, classes, millis);
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
