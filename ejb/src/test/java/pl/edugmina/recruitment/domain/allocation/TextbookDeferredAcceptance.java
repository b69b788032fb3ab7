package pl.edugmina.recruitment.domain.allocation;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference the fast allocation is checked against: deferred acceptance exactly as in the textbook, with lists
 * and objects, written without looking at {@link DeferredAcceptance}. Each round every candidate who is not held
 * and has classes left proposes to the next one on their list; each class keeps the best of those it held and those
 * who just proposed, up to its seats, and rejects the rest. It stops when a round has no proposals. The draw is
 * recomputed here from its published definition.
 */
final class TextbookDeferredAcceptance {

    private TextbookDeferredAcceptance() {
    }

    /** candidate id → class id, for placed candidates only. */
    static Map<Long, String> allocate(RandomCampaign campaign) {
        Map<Long, RandomCampaign.CandidateSpec> byId = new HashMap<>();
        campaign.candidates().forEach(c -> byId.put(c.id(), c));
        Map<Long, Integer> nextChoice = new HashMap<>();
        Map<String, List<Long>> held = new HashMap<>();
        campaign.classes().forEach(k -> held.put(k.id(), new ArrayList<>()));
        Map<Long, String> placement = new HashMap<>();
        while (true) {
            Map<String, List<Long>> proposals = new HashMap<>();
            for (RandomCampaign.CandidateSpec c : campaign.candidates()) {
                int next = nextChoice.getOrDefault(c.id(), 0);
                if (!placement.containsKey(c.id()) && next < c.prefs().size()) {
                    proposals.computeIfAbsent(c.prefs().get(next).classId(), x -> new ArrayList<>()).add(c.id());
                    nextChoice.put(c.id(), next + 1);
                }
            }
            if (proposals.isEmpty()) {
                return placement;
            }
            for (Map.Entry<String, List<Long>> e : proposals.entrySet()) {
                String k = e.getKey();
                List<Long> pool = new ArrayList<>(held.get(k));
                pool.addAll(e.getValue());
                pool.sort(order(campaign, k, byId));
                int seats = campaign.seats(k);
                List<Long> keep = new ArrayList<>(pool.subList(0, Math.min(seats, pool.size())));
                for (Long rejected : pool.subList(keep.size(), pool.size())) {
                    placement.remove(rejected);
                }
                for (Long kept : keep) {
                    placement.put(kept, k);
                }
                held.put(k, keep);
            }
        }
    }

    /** How class k orders its applicants: tier, points, second tier (higher first), then the draw, then the id. */
    static Comparator<Long> order(RandomCampaign campaign, String k, Map<Long, RandomCampaign.CandidateSpec> byId) {
        return (a, b) -> {
            RandomCampaign.PrefSpec pa = pref(byId.get(a), k);
            RandomCampaign.PrefSpec pb = pref(byId.get(b), k);
            if (pa.tier() != pb.tier()) {
                return Integer.compare(pb.tier(), pa.tier());
            }
            if (pa.points() != pb.points()) {
                return Long.compare(pb.points(), pa.points());
            }
            if (pa.second() != pb.second()) {
                return Long.compare(pb.second(), pa.second());
            }
            int d = draw(campaign.drawSeed(), a).compareTo(draw(campaign.drawSeed(), b));
            return d != 0 ? d : Long.compare(a, b);
        };
    }

    static RandomCampaign.PrefSpec pref(RandomCampaign.CandidateSpec c, String k) {
        return c.prefs().stream().filter(p -> p.classId().equals(k)).findFirst().orElseThrow();
    }

    private static final Map<String, BigInteger> DRAWS = new java.util.concurrent.ConcurrentHashMap<>();

    static BigInteger draw(String seed, long candidateId) {
        return DRAWS.computeIfAbsent(seed + ":" + candidateId, x -> sha256Prefix(seed, candidateId));
    }

    private static BigInteger sha256Prefix(String seed, long candidateId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((seed + ":" + candidateId).getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, java.util.Arrays.copyOf(h, 8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
