package pl.edugmina.recruitment.domain.allocation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.edugmina.recruitment.domain.allocation.ExplanationTest.pref;

class AppealAndSupplementaryRoundTest {

    /** A (2 seats) takes 1 (180) and 2 (170); B (1 seat) takes 3 (160, two criteria); 4 is placed nowhere. */
    static AllocationResult main() {
        return ExplanationTest.example();
    }

    @Test
    void anAppellantWhoNowReachesAHigherCutOffMovesUpWithASeatAddedAndNobodyElseMoves() {
        AllocationResult before = main();
        AppealDecision decision = before.appeal(3, Map.of("A", Priority.ofPoints(17_500)));
        AllocationResult after = decision.result();
        assertThat(decision.moved()).isTrue();
        assertThat(decision.seatAdded()).isTrue();
        assertThat(decision.from()).contains("B");
        assertThat(decision.to()).contains("A");
        assertThat(after.admitted("A")).containsExactly(1L, 3L, 2L);
        assertThat(after.capacity("A")).isEqualTo(3);
        assertThat(after.seatsAdded("A")).isEqualTo(1);
        // the seat in B stays free: 4, who wanted B, is not moved in
        assertThat(after.placement(4)).isEmpty();
        assertThat(after.freeSeats("B")).isEqualTo(1);
        for (long other : new long[]{1, 2, 4, 7, 1042, 50, 51}) {
            assertThat(after.placement(other)).as("candidate %d", other).isEqualTo(before.placement(other));
        }
        // the result before the appeal is unchanged
        assertThat(before.placement(3)).contains("B");
        assertThat(before.capacity("A")).isEqualTo(2);
        assertThat(after.key(3, "A").points()).isEqualTo(17_500);
        assertThat(before.key(3, "A").points()).isEqualTo(16_000);
    }

    @Test
    void theExplanationAfterAnAppealShowsTheFreedSeat() {
        AllocationResult after = main().appeal(3, Map.of("A", Priority.ofPoints(17_500))).result();
        Explanation explanation = after.explain();
        assertThat(explanation.forClass("A").seatsAdded()).isEqualTo(1);
        assertThat(explanation.forClass("A").cutOff()).get().extracting(PriorityKey::candidateId).isEqualTo(2L);
        assertThat(explanation.forClass("B").freeSeats()).isEqualTo(1);
        assertThat(explanation.forCandidate(4).lines().get(1).reason()).contains(Explanation.Reason.SEAT_FREED_AFTERWARDS);
    }

    @Test
    void anAppellantWhoStillDoesNotReachTheCutOffStaysWhereTheyAre() {
        AppealDecision decision = main().appeal(3, Map.of("A", Priority.ofPoints(16_900)));
        assertThat(decision.moved()).isFalse();
        assertThat(decision.seatAdded()).isFalse();
        assertThat(decision.to()).contains("B");
        assertThat(decision.result().capacity("A")).isEqualTo(2);
        assertThat(decision.result().key(3, "A").points()).isEqualTo(16_900);
    }

    @Test
    void equalToTheCutOffInPointsAndCriteriaTheDrawStillDecides() {
        // 2 (170.00, no criteria) is A's last admitted; 3 with 170.00 and no criteria: the draw of the seed decides
        AllocationResult main = main();
        boolean threeFirst = Draw.compare(main.draw(3), 3, main.draw(2), 2) < 0;
        assertThat(main.appeal(3, Map.of("A", Priority.ofPoints(17_000))).moved()).isEqualTo(threeFirst);
        assertThat(main.appeal(3, Map.of("A", new Priority(0, 17_000, 1))).moved()).isTrue();
    }

    @Test
    void anUnplacedAppellantGoesToTheBestPreferenceTheyNowReach() {
        AppealDecision decision = main().appeal(4, Map.of("B", new Priority(0, 16_000, 3)));
        assertThat(decision.from()).isEmpty();
        assertThat(decision.to()).contains("B");
        assertThat(decision.seatAdded()).isTrue();
        assertThat(decision.result().admitted("B")).containsExactly(4L, 3L);
        assertThat(decision.result().placement(3)).contains("B");
    }

    @Test
    void aClassWithAFreeSeatTakesTheAppellantWithoutAnAddedSeat() {
        AllocationResult afterFirst = main().appeal(3, Map.of("A", Priority.ofPoints(17_500))).result();
        AppealDecision second = afterFirst.appeal(4, Map.of());
        assertThat(second.to()).contains("B");
        assertThat(second.seatAdded()).isFalse();
        assertThat(second.result().capacity("B")).isEqualTo(1);
    }

    @Test
    void aClassWithoutSeatsIsNeverGivenOne() {
        assertThat(main().appeal(4, Map.of("C", new Priority(5, 99_999, 9))).moved()).isFalse();
    }

    @Test
    void anAppealForAClassNotListedIsRefused() {
        assertThatThrownBy(() -> main().appeal(4, Map.of("E", Priority.ofPoints(1)))).hasMessageContaining("did not list");
        assertThatThrownBy(() -> main().appeal(999, Map.of())).hasMessageContaining("no candidate 999");
    }

    @Test
    void theSupplementaryRoundOffersTheSeatsLeftToCandidatesNotPlaced() {
        AllocationResult main = main().appeal(3, Map.of("A", Priority.ofPoints(17_500))).result();
        // A: 3 seats (one added), 3 admitted → 0; B: 1 − 0 → 1; C: 0; D and E full
        Campaign supplementary = Campaign.supplementaryTo(main, "uzupelniajaca-2026")
                .addCandidate(4, List.of(pref("A", 16_000), pref("B", 15_000)))
                .addCandidate(7, List.of(pref("B", 15_500)))
                .addCandidate(900, List.of(pref("B", 10_000)))
                .build();
        assertThat(supplementary.capacity("A")).isZero();
        assertThat(supplementary.capacity("B")).isEqualTo(1);
        assertThat(supplementary.capacity("D")).isZero();
        AllocationResult round = DeferredAcceptance.allocate(supplementary, AllocationMode.FINAL);
        assertThat(round.seed()).isEqualTo("uzupelniajaca-2026");
        assertThat(round.placement(7)).contains("B");
        assertThat(round.placement(4)).isEmpty();
        assertThat(round.placement(900)).isEmpty();
    }

    @Test
    void aCandidatePlacedInTheMainRoundCannotEnterTheSupplementaryRound() {
        assertThatThrownBy(() -> Campaign.supplementaryTo(main(), "s").addCandidate(1, List.of(pref("B", 1))))
                .hasMessageContaining("placed in the main round");
    }

    /** On random campaigns: an appeal with random new points moves at most the appellant, only upwards, and adds at most one seat. */
    @Test
    void onRandomCampaignsAnAppealMovesNobodyButTheAppellant() {
        int[] moved = {0, 0};
        AllocationPropertiesTest.forAll(seed -> {
            RandomCampaign rc = RandomCampaign.generate(seed);
            if (rc.candidates().isEmpty()) {
                return;
            }
            java.util.Random rnd = new java.util.Random(seed);
            AllocationResult before = DeferredAcceptance.allocate(rc.build(), AllocationMode.FINAL);
            RandomCampaign.CandidateSpec appellant = rc.candidates().get(rnd.nextInt(rc.candidates().size()));
            Map<String, Priority> changed = new java.util.HashMap<>();
            for (RandomCampaign.PrefSpec p : appellant.prefs()) {
                if (rnd.nextBoolean()) {
                    changed.put(p.classId(), new Priority(p.tier(), p.points() + rnd.nextInt(2_000), p.second()));
                }
            }
            AppealDecision decision = before.appeal(appellant.id(), changed);
            AllocationResult after = decision.result();
            for (RandomCampaign.CandidateSpec c : rc.candidates()) {
                if (c.id() != appellant.id()) {
                    assertThat(after.placement(c.id())).as("candidate %d", c.id()).isEqualTo(before.placement(c.id()));
                }
            }
            int was = before.placedPreference(appellant.id());
            int now = after.placedPreference(appellant.id());
            assertThat(decision.moved()).isEqualTo(now != was);
            moved[0] += decision.moved() ? 1 : 0;
            moved[1] += decision.seatAdded() ? 1 : 0;
            if (decision.moved()) {
                assertThat(was == 0 || now < was).as("moves up only").isTrue();
            }
            int added = 0;
            for (RandomCampaign.ClassSpec k : rc.classes()) {
                added += after.seatsAdded(k.id());
                assertThat(after.admittedCount(k.id())).isLessThanOrEqualTo(after.capacity(k.id()));
            }
            assertThat(added).isEqualTo(decision.seatAdded() ? 1 : 0);
            // the supplementary round offers exactly the seats left
            Campaign next = Campaign.supplementaryTo(after, "s").build();
            for (RandomCampaign.ClassSpec k : rc.classes()) {
                assertThat(next.capacity(k.id())).isEqualTo(after.capacity(k.id()) - after.admittedCount(k.id()));
            }
        });
        assertThat(moved[0]).as("appeals that moved someone").isGreaterThan(10);
        assertThat(moved[1]).as("appeals that added a seat").isGreaterThan(5);
    }
}
