package pl.edugmina.recruitment.domain.allocation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Properties of the allocation over random campaigns. Each property is checked on {@value #TRIES} campaigns (more
 * with {@code -Dallocation.tries=N}); a failure names the generator seed, so the campaign can be replayed with
 * {@link RandomCampaign#generate(long)}.
 */
class AllocationPropertiesTest {

    static final int TRIES = 400;

    static void forAll(LongConsumer property) {
        int tries = Integer.getInteger("allocation.tries", TRIES);
        for (long seed = 1; seed <= tries; seed++) {
            try {
                property.accept(seed);
            } catch (AssertionError e) {
                fail("property fails for the campaign of generator seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    static Map<Long, String> placements(RandomCampaign rc, AllocationResult result) {
        Map<Long, String> map = new HashMap<>();
        for (RandomCampaign.CandidateSpec c : rc.candidates()) {
            result.placement(c.id()).ifPresent(k -> map.put(c.id(), k));
        }
        return map;
    }

    @Test
    void theResultIsTheSameAsTheTextbookAlgorithms() {
        forAll(seed -> {
            RandomCampaign rc = RandomCampaign.generate(seed);
            AllocationResult result = DeferredAcceptance.allocate(rc.build(), AllocationMode.DRY_RUN);
            assertThat(placements(rc, result)).isEqualTo(TextbookDeferredAcceptance.allocate(rc));
        });
    }

    @Test
    void noClassGetsMoreCandidatesThanSeats() {
        forAll(seed -> {
            RandomCampaign rc = RandomCampaign.generate(seed);
            AllocationResult result = DeferredAcceptance.allocate(rc.build(), AllocationMode.DRY_RUN);
            for (RandomCampaign.ClassSpec k : rc.classes()) {
                assertThat(result.admittedCount(k.id())).as(k.id()).isLessThanOrEqualTo(k.seats());
                assertThat(result.admitted(k.id())).hasSize(result.admittedCount(k.id()));
            }
            assertThat(placements(rc, result)).hasSize(result.placedCount());
        });
    }

    @Test
    void nobodyIsPlacedInAClassTheyDidNotList() {
        forAll(seed -> {
            RandomCampaign rc = RandomCampaign.generate(seed);
            AllocationResult result = DeferredAcceptance.allocate(rc.build(), AllocationMode.DRY_RUN);
            for (RandomCampaign.CandidateSpec c : rc.candidates()) {
                result.placement(c.id()).ifPresent(k ->
                        assertThat(c.prefs()).extracting(RandomCampaign.PrefSpec::classId).contains(k));
            }
        });
    }

    /** Nobody prefers a class that admitted someone it ranks below them: no justified envy. */
    @Test
    void isStable() {
        forAll(seed -> {
            RandomCampaign rc = RandomCampaign.generate(seed);
            AllocationResult result = DeferredAcceptance.allocate(rc.build(), AllocationMode.DRY_RUN);
            Map<Long, RandomCampaign.CandidateSpec> byId = byId(rc);
            for (RandomCampaign.CandidateSpec c : rc.candidates()) {
                for (String better : preferredOverPlacement(c, result)) {
                    var order = TextbookDeferredAcceptance.order(rc, better, byId);
                    for (long admitted : result.admitted(better)) {
                        assertThat(order.compare(admitted, c.id()))
                                .as("%d prefers %s, which admitted %d ranked below them", c.id(), better, admitted)
                                .isNegative();
                    }
                }
            }
        });
    }

    /** A class with a free seat is not listed above their placement by anyone (placed lower or nowhere). */
    @Test
    void wastesNoSeat() {
        forAll(seed -> {
            RandomCampaign rc = RandomCampaign.generate(seed);
            AllocationResult result = DeferredAcceptance.allocate(rc.build(), AllocationMode.DRY_RUN);
            for (RandomCampaign.CandidateSpec c : rc.candidates()) {
                for (String better : preferredOverPlacement(c, result)) {
                    assertThat(result.freeSeats(better)).as("%d wanted %s, which has a free seat", c.id(), better).isZero();
                }
            }
        });
    }

    /**
     * On tiny campaigns all matchings are enumerated: the result is stable, and no stable matching gives any
     * candidate a better class (candidate-optimal).
     */
    @Test
    void isTheBestStableMatchingForEveryCandidate() {
        forAll(seed -> {
            RandomCampaign rc = RandomCampaign.generateTiny(seed);
            AllocationResult result = DeferredAcceptance.allocate(rc.build(), AllocationMode.DRY_RUN);
            Map<Long, String> ours = placements(rc, result);
            List<Map<Long, String>> stable = allStableMatchings(rc);
            assertThat(stable).contains(ours);
            for (Map<Long, String> other : stable) {
                for (RandomCampaign.CandidateSpec c : rc.candidates()) {
                    assertThat(rankOf(c, ours.get(c.id()))).as("candidate %d in %s vs %s", c.id(), ours, other)
                            .isLessThanOrEqualTo(rankOf(c, other.get(c.id())));
                }
            }
        });
    }

    @Test
    void theSameCampaignAndSeedGiveTheSameResultWhateverTheInputOrder() {
        forAll(seed -> {
            RandomCampaign rc = RandomCampaign.generate(seed);
            Map<Long, String> first = placements(rc, DeferredAcceptance.allocate(rc.build(), AllocationMode.DRY_RUN));
            Map<Long, String> again = placements(rc, DeferredAcceptance.allocate(rc.build(), AllocationMode.FINAL));
            RandomCampaign shuffled = rc.shuffled(seed);
            Map<Long, String> reordered = placements(shuffled, DeferredAcceptance.allocate(shuffled.build(), AllocationMode.DRY_RUN));
            assertThat(again).isEqualTo(first);
            assertThat(reordered).isEqualTo(first);
        });
    }

    @Test
    void anotherSeedChangesNothingWhenNoTwoApplicantsOfAClassAreEqual() {
        int[] tieFree = {0};
        forAll(seed -> {
            RandomCampaign rc = RandomCampaign.generate(seed);
            if (!rc.tieFree()) {
                return;
            }
            tieFree[0]++;
            Map<Long, String> a = placements(rc, DeferredAcceptance.allocate(rc.build(), AllocationMode.DRY_RUN));
            RandomCampaign other = rc.withDrawSeed("another seed " + seed);
            assertThat(placements(other, DeferredAcceptance.allocate(other.build(), AllocationMode.DRY_RUN))).isEqualTo(a);
        });
        assertThat(tieFree[0]).as("campaigns without ties among the generated ones").isGreaterThan(20);
    }

    /** With ties, another seed may change the result, but it is still stable (checked via the textbook result). */
    @Test
    void anotherSeedStillGivesTheTextbookResultForThatSeed() {
        forAll(seed -> {
            RandomCampaign rc = RandomCampaign.generate(seed).withDrawSeed("second draw " + seed);
            assertThat(placements(rc, DeferredAcceptance.allocate(rc.build(), AllocationMode.DRY_RUN)))
                    .isEqualTo(TextbookDeferredAcceptance.allocate(rc));
        });
    }

    static Map<Long, RandomCampaign.CandidateSpec> byId(RandomCampaign rc) {
        Map<Long, RandomCampaign.CandidateSpec> byId = new HashMap<>();
        rc.candidates().forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    static List<String> preferredOverPlacement(RandomCampaign.CandidateSpec c, AllocationResult result) {
        String placed = result.placement(c.id()).orElse(null);
        List<String> better = new ArrayList<>();
        for (RandomCampaign.PrefSpec p : c.prefs()) {
            if (p.classId().equals(placed)) {
                break;
            }
            better.add(p.classId());
        }
        return better;
    }

    /** 0 for the first preference …; the list's length for nowhere. */
    static int rankOf(RandomCampaign.CandidateSpec c, String classId) {
        for (int i = 0; i < c.prefs().size(); i++) {
            if (c.prefs().get(i).classId().equals(classId)) {
                return i;
            }
        }
        return c.prefs().size();
    }

    /** Every assignment (each candidate: nowhere or one listed class) within the seats and without justified envy. */
    static List<Map<Long, String>> allStableMatchings(RandomCampaign rc) {
        List<Map<Long, String>> out = new ArrayList<>();
        enumerate(rc, 0, new HashMap<>(), out);
        return out;
    }

    private static void enumerate(RandomCampaign rc, int i, Map<Long, String> partial, List<Map<Long, String>> out) {
        if (i == rc.candidates().size()) {
            if (stable(rc, partial)) {
                out.add(new HashMap<>(partial));
            }
            return;
        }
        RandomCampaign.CandidateSpec c = rc.candidates().get(i);
        enumerate(rc, i + 1, partial, out);
        for (RandomCampaign.PrefSpec p : c.prefs()) {
            partial.put(c.id(), p.classId());
            enumerate(rc, i + 1, partial, out);
            partial.remove(c.id());
        }
    }

    private static boolean stable(RandomCampaign rc, Map<Long, String> m) {
        Map<String, List<Long>> admitted = new HashMap<>();
        m.forEach((cand, k) -> admitted.computeIfAbsent(k, x -> new ArrayList<>()).add(cand));
        for (RandomCampaign.ClassSpec k : rc.classes()) {
            if (admitted.getOrDefault(k.id(), List.of()).size() > k.seats()) {
                return false;
            }
        }
        Map<Long, RandomCampaign.CandidateSpec> byId = byId(rc);
        for (RandomCampaign.CandidateSpec c : rc.candidates()) {
            int own = rankOf(c, m.get(c.id()));
            for (int p = 0; p < own; p++) {
                String k = c.prefs().get(p).classId();
                List<Long> there = admitted.getOrDefault(k, List.of());
                if (there.size() < rc.seats(k)) {
                    return false;
                }
                var order = TextbookDeferredAcceptance.order(rc, k, byId);
                if (there.stream().anyMatch(a -> order.compare(c.id(), a) < 0)) {
                    return false;
                }
            }
        }
        return true;
    }
}
