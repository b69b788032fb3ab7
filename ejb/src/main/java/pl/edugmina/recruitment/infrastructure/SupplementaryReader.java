package pl.edugmina.recruitment.infrastructure;

import pl.edugmina.recruitment.domain.allocation.Campaign;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the supplementary round (rekrutacja uzupełniająca, ADR 0016) of a campaign into the allocation's
 * {@link Campaign}: every class of the campaign with the seats still free after the published main run (its seats
 * and seats added, less the candidates admitted there: placed and, when they applied online or on paper, with the will
 * to attend confirmed), the candidates admitted in the main round marked so that the domain refuses them, and as
 * candidates those placed nowhere in the main run (with their own list: a class without free seats has none to give)
 * and those who applied in the SUPPLEMENTARY stage. The caller gives the connection and its (REPEATABLE READ)
 * transaction. A campaign's supplementary round is small (the leftovers of one): plain queries, no streaming.
 */
public final class SupplementaryReader {

    /**
     * The seats of each class of campaign ?3 still free after main run ?1 (= ?2): seats and seats added in that run less
     * its admitted. A qualified candidate whose application waits for the confirmation of the will is not admitted: the
     * seat is free again. Columns: class id, free seats.
     */
    public static final String FREE_AFTER_MAIN = """
            select k.id, greatest(0, coalesce(s.seats + s.seats_added, k.seats) - coalesce(a.admitted, 0))
            from recruitment_class k
            left join recruitment_allocation_class s on s.run_id = ? and s.class_id = k.id
            left join (select r.class_id, count(*) as admitted from recruitment_allocation_result r
                       where r.run_id = ? and r.class_id is not null
                         and not exists (select 1 from recruitment_application a where a.candidate_id = r.candidate_id
                                         and a.confirmed_at is null)
                       group by r.class_id) a on a.class_id = k.id
            where k.campaign_id = ? order by k.id""";

    /** The candidates of campaign ?1 taking part in the supplementary round after main run ?2. */
    static final String CANDIDATES = """
            select d.id from recruitment_candidate d
            where d.campaign_id = ? and (d.round = 'SUPPLEMENTARY' or exists (select 1 from recruitment_allocation_result r
                  where r.run_id = ? and r.candidate_id = d.id and r.class_id is null))""";

    private SupplementaryReader() {
    }

    public static CampaignReader.Loaded read(Connection c, long campaignId, long mainRunId, String seed, int maxPreferences)
            throws SQLException {
        Campaign.Builder b = Campaign.builder(seed).maxPreferences(maxPreferences);
        List<Long> classIds = new ArrayList<>();
        List<Integer> seats = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(FREE_AFTER_MAIN)) {
            ps.setLong(1, mainRunId);
            ps.setLong(2, mainRunId);
            ps.setLong(3, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    b.addClass(Long.toString(rs.getLong(1)), rs.getInt(2));
                    classIds.add(rs.getLong(1));
                    seats.add(rs.getInt(2));
                }
            }
        }
        // whoever the main round placed stays where they are: the domain refuses them as candidates of this round
        try (PreparedStatement ps = c.prepareStatement(
                "select candidate_id from recruitment_allocation_result where run_id = ? and class_id is not null")) {
            ps.setLong(1, mainRunId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    b.admittedInMainRound(rs.getLong(1));
                }
            }
        }
        List<Long> candidates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CANDIDATES + " order by d.id")) {
            ps.setLong(1, campaignId);
            ps.setLong(2, mainRunId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getLong(1));
                }
            }
        }
        int applications = 0;
        int next = 0;
        long current = Long.MIN_VALUE;
        int lastRank = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                select p.candidate_id, p.rank, p.class_id, p.tier, p.points, p.second_tier
                from recruitment_preference p where p.campaign_id = ? and p.candidate_id in (%s)
                order by p.candidate_id, p.rank""".formatted(CANDIDATES.replace("?", "cast(? as bigint)")))) {
            ps.setLong(1, campaignId);
            ps.setLong(2, campaignId);
            ps.setLong(3, mainRunId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long candidate = rs.getLong(1);
                    if (candidate != current) {
                        while (next < candidates.size() && candidates.get(next) < candidate) {
                            b.candidate(candidates.get(next++));
                        }
                        b.candidate(candidates.get(next++));
                        current = candidate;
                        lastRank = 0;
                    }
                    int rank = rs.getInt(2);
                    if (rank != lastRank + 1) {
                        throw new IllegalArgumentException("candidate " + candidate + ": preference " + rank + " follows " + lastRank
                                + "; ranks must be 1, 2, … without gaps");
                    }
                    lastRank = rank;
                    b.prefer(Long.toString(rs.getLong(3)), rs.getInt(4), rs.getLong(5), rs.getLong(6));
                    applications++;
                }
            }
        }
        while (next < candidates.size()) {
            b.candidate(candidates.get(next++));
        }
        return new CampaignReader.Loaded(b.build(), classIds.stream().mapToLong(Long::longValue).toArray(),
                seats.stream().mapToInt(Integer::intValue).toArray(), candidates.stream().mapToLong(Long::longValue).toArray(), applications,
                maxPreferences);
    }
}
