package pl.edugmina.recruitment.domain.allocation;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A stored run brought back ({@link AllocationResult#restored}) is the result that was stored: the same placements,
 * seats and explanation, and an appeal decided against it moves the same candidate the same way as against the
 * result in memory, including a second appeal after a seat was already added.
 */
class RestoredResultTest {

    private static final long[] CANDIDATES = {1, 2, 3, 4, 7, 1042, 50, 51};

    private static AllocationResult restore(AllocationResult stored) {
        Map<Long, Integer> placed = new HashMap<>();
        for (long c : CANDIDATES) {
            placed.put(c, stored.placedPreference(c));
        }
        Map<String, Integer> added = new HashMap<>();
        for (String k : stored.campaign().classIds()) {
            added.put(k, stored.seatsAdded(k));
        }
        return AllocationResult.restored(stored.campaign(), AllocationMode.FINAL, placed, added);
    }

    @Test
    void aRestoredResultHasTheStoredPlacementsSeatsAndExplanation() {
        AllocationResult main = ExplanationTest.example();
        AllocationResult back = restore(main);
        for (long c : CANDIDATES) {
            assertThat(back.placement(c)).as("candidate %d", c).isEqualTo(main.placement(c));
            assertThat(back.placedPreference(c)).isEqualTo(main.placedPreference(c));
        }
        assertThat(back.explain().classes()).isEqualTo(main.explain().classes());
        assertThat(back.placedCount()).isEqualTo(main.placedCount());
    }

    @Test
    void anAppealAgainstTheRestoredRunDecidesAsAgainstTheRunAndMovesNobodyElse() {
        AllocationResult main = ExplanationTest.example();
        AppealDecision inMemory = main.appeal(3, Map.of("A", Priority.ofPoints(17_500)));
        AppealDecision restored = restore(main).appeal(3, Map.of("A", Priority.ofPoints(17_500)));
        assertThat(restored.moved()).isTrue();
        assertThat(restored.seatAdded()).isEqualTo(inMemory.seatAdded()).isTrue();
        assertThat(restored.to()).isEqualTo(inMemory.to()).contains("A");
        assertThat(restored.result().explain().classes()).isEqualTo(inMemory.result().explain().classes());
        for (long c : CANDIDATES) {
            if (c != 3) {
                assertThat(restored.result().placement(c)).as("candidate %d", c).isEqualTo(main.placement(c));
            }
        }
    }

    @Test
    void aSeatAddedOnAnEarlierAppealIsKeptWhenTheRunIsRestoredAgain() {
        AllocationResult afterFirst = ExplanationTest.example().appeal(3, Map.of("A", Priority.ofPoints(17_500))).result();
        AllocationResult back = restore(afterFirst);
        assertThat(back.capacity("A")).isEqualTo(3);
        assertThat(back.seatsAdded("A")).isEqualTo(1);
        assertThat(back.freeSeats("A")).isZero();
        // the stored points are the campaign's: 3's appealed points must come back with the campaign (recruitment_preference)
        assertThat(back.admittedCount("A")).isEqualTo(3);
    }

    @Test
    void aPlacementPastTheCandidatesListIsRefused() {
        AllocationResult main = ExplanationTest.example();
        assertThatThrownBy(() -> AllocationResult.restored(main.campaign(), AllocationMode.FINAL, Map.of(1L, 2), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preference 2");
        assertThatThrownBy(() -> AllocationResult.restored(main.campaign(), AllocationMode.FINAL, Map.of(), Map.of("A", -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
