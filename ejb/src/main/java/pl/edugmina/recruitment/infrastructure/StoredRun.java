package pl.edugmina.recruitment.infrastructure;

import pl.edugmina.recruitment.domain.allocation.AllocationMode;
import pl.edugmina.recruitment.domain.allocation.AllocationResult;
import pl.edugmina.recruitment.domain.allocation.Campaign;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A stored run read back into the domain as it stands ({@link AllocationResult#restored}): its classes with the seats
 * it had and the seats added on appeal since, its candidates with the preference each is placed at, and their lists
 * with the priorities in force ({@code recruitment_preference}, frozen once a FINAL run exists except through an
 * appeal). Three queries on the caller's connection and transaction; used to decide an appeal against the published
 * run without running the allocation again.
 */
public final class StoredRun {

    private StoredRun() {
    }

    public static AllocationResult load(Connection c, long runId, long campaignId, String seed, int maxPreferences, AllocationMode mode)
            throws SQLException {
        Campaign.Builder b = Campaign.builder(seed).maxPreferences(maxPreferences);
        Map<String, Integer> added = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select class_id, seats, seats_added from recruitment_allocation_class where run_id = ? order by class_id")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String k = Long.toString(rs.getLong(1));
                    b.addClass(k, rs.getInt(2));
                    added.put(k, rs.getInt(3));
                }
            }
        }
        Map<Long, Integer> placed = new HashMap<>();
        Map<Long, Long> placedClass = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select r.candidate_id, r.preference, r.class_id, p.rank, p.class_id, p.tier, p.points, p.second_tier
                from recruitment_allocation_result r
                left join recruitment_preference p on p.campaign_id = ? and p.candidate_id = r.candidate_id
                where r.run_id = ? order by r.candidate_id, p.rank""")) {
            ps.setFetchSize(CampaignReader.FETCH_SIZE);
            ps.setLong(1, campaignId);
            ps.setLong(2, runId);
            try (ResultSet rs = ps.executeQuery()) {
                long current = Long.MIN_VALUE;
                int lastRank = 0;
                while (rs.next()) {
                    long candidate = rs.getLong(1);
                    if (candidate != current) {
                        b.candidate(candidate);
                        current = candidate;
                        lastRank = 0;
                        placed.put(candidate, rs.getInt(2));
                        long k = rs.getLong(3);
                        if (!rs.wasNull()) {
                            placedClass.put(candidate, k);
                        }
                    }
                    int rank = rs.getInt(4);
                    if (rs.wasNull()) {
                        continue; // no list (never verified): placed nowhere
                    }
                    if (rank != lastRank + 1) {
                        throw new StoredResults.ListChangedException("candidate " + candidate + ": preference " + rank + " follows " + lastRank);
                    }
                    lastRank = rank;
                    long classId = rs.getLong(5);
                    if (rank == placed.get(candidate) && !Long.valueOf(classId).equals(placedClass.get(candidate))) {
                        throw new StoredResults.ListChangedException("candidate " + candidate + ": the class placed at preference " + rank
                                + " in run " + runId + " is no longer on that line of the list");
                    }
                    try {
                        b.prefer(Long.toString(classId), rs.getInt(6), rs.getLong(7), rs.getLong(8));
                    } catch (IllegalArgumentException e) {
                        throw new StoredResults.ListChangedException(e.getMessage()); // a class not in the run, listed twice
                    }
                }
            }
        }
        Campaign campaign = b.build();
        try {
            return AllocationResult.restored(campaign, mode, placed, added);
        } catch (IllegalArgumentException e) {
            throw new StoredResults.ListChangedException(e.getMessage());
        }
    }
}
