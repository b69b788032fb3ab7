package pl.edugmina.recruitment.domain.allocation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeferredAcceptanceTest {

    static final String SEED = "nabor-2026";

    /** One class with one seat and two candidates with the given priorities: who gets it. */
    static long winnerOf(long idA, Priority a, long idB, Priority b) {
        Campaign campaign = Campaign.builder(SEED).addClass("1A", 1)
                .addCandidate(idA, List.of(new Preference("1A", a)))
                .addCandidate(idB, List.of(new Preference("1A", b)))
                .build();
        return DeferredAcceptance.allocate(campaign, AllocationMode.DRY_RUN).admitted("1A").get(0);
    }

    @Test
    void theTierComesBeforeAnyPoints() {
        assertThat(winnerOf(1, new Priority(1, 0, 0), 2, new Priority(0, 20_000, 5))).isEqualTo(1);
        assertThat(winnerOf(2, new Priority(0, 20_000, 5), 1, new Priority(1, 0, 0))).isEqualTo(1);
    }

    @Test
    void thenPointsToTheHundredth() {
        assertThat(winnerOf(1, new Priority(0, 14_999, 3), 2, new Priority(0, 15_000, 0))).isEqualTo(2);
    }

    @Test
    void thenTheSecondTierCriteria() {
        assertThat(winnerOf(1, new Priority(0, 15_000, 1), 2, new Priority(0, 15_000, 2))).isEqualTo(2);
    }

    @Test
    void thenThePublishedDrawLowerNumberFirst() {
        // printf '%s' 'nabor-2026:1042' | sha256sum → 085d4afa14e645f9…; 'nabor-2026:7' → 92b9bb0b5d160ec2…
        Draw draw = new Draw(SEED);
        assertThat(Draw.hex(draw.number(1042))).isEqualTo("085d4afa14e645f9");
        assertThat(Draw.hex(draw.number(7))).isEqualTo("92b9bb0b5d160ec2");
        assertThat(winnerOf(7, new Priority(0, 15_000, 1), 1042, new Priority(0, 15_000, 1))).isEqualTo(1042);
        assertThat(winnerOf(1042, new Priority(0, 15_000, 1), 7, new Priority(0, 15_000, 1))).isEqualTo(1042);
    }

    @Test
    void aDrawNumberAboveTwoToThe63IsComparedUnsigned() {
        // 92b9… has the top bit set: as a signed long it would be negative and come first
        assertThat(new Draw(SEED).number(7)).isNegative();
        assertThat(Draw.compare(new Draw(SEED).number(1042), 1042, new Draw(SEED).number(7), 7)).isNegative();
    }

    @Test
    void theSeedIsRecordedWithTheResultAndTheDrawNumbersCanBeRead() {
        AllocationResult result = DeferredAcceptance.allocate(Campaign.builder(SEED).addClass("1A", 1)
                .addCandidate(1042, List.of(new Preference("1A", Priority.ofPoints(0)))).build(), AllocationMode.FINAL);
        assertThat(result.seed()).isEqualTo(SEED);
        assertThat(result.dryRun()).isFalse();
        assertThat(result.mode()).isEqualTo(AllocationMode.FINAL);
        assertThat(result.key(1042, "1A").drawHex()).isEqualTo("085d4afa14e645f9");
        assertThat(Draw.hex(result.draw(1042))).isEqualTo("085d4afa14e645f9");
    }

    @Test
    void aCandidateGetsTheHighestPreferenceTheyReachAndTheOrderOnTheListDoesNotChangeTheirRank() {
        // Ala (150 pts) lists B first; Ola (180 pts) lists A first, then B. A has one seat, B one seat.
        // Ola gets A; Ala gets B; Ola listing B second does not count against her in B, nor for Ala.
        Campaign campaign = Campaign.builder(SEED).addClass("A", 1).addClass("B", 1)
                .addCandidate(1, List.of(new Preference("B", Priority.ofPoints(15_000)), new Preference("A", Priority.ofPoints(15_000))))
                .addCandidate(2, List.of(new Preference("A", Priority.ofPoints(18_000)), new Preference("B", Priority.ofPoints(18_000))))
                .addCandidate(3, List.of(new Preference("A", Priority.ofPoints(17_000)), new Preference("B", Priority.ofPoints(17_000))))
                .build();
        AllocationResult result = DeferredAcceptance.allocate(campaign, AllocationMode.DRY_RUN);
        assertThat(result.placement(2)).contains("A");
        // 3 (170) was rejected by A and then displaces 1 (150) from B
        assertThat(result.placement(3)).contains("B");
        assertThat(result.placedPreference(3)).isEqualTo(2);
        assertThat(result.placement(1)).isEmpty();
        assertThat(result.placedPreference(1)).isZero();
        assertThat(result.placedCount()).isEqualTo(2);
    }

    @Test
    void aClassWithoutSeatsAdmitsNobodyAndTheCandidateGoesOn() {
        Campaign campaign = Campaign.builder(SEED).addClass("closed", 0).addClass("open", 1)
                .addCandidate(1, List.of(new Preference("closed", Priority.ofPoints(20_000)), new Preference("open", Priority.ofPoints(1))))
                .build();
        AllocationResult result = DeferredAcceptance.allocate(campaign, AllocationMode.DRY_RUN);
        assertThat(result.placement(1)).contains("open");
        assertThat(result.admitted("closed")).isEmpty();
    }

    @Test
    void reportsProgressOncePerRoundUntilNobodyIsDisplaced() {
        // B's best candidate proposes last and displaces someone, who then goes on in round 2
        Campaign campaign = Campaign.builder(SEED).addClass("A", 1).addClass("B", 1)
                .addCandidate(1, List.of(new Preference("B", Priority.ofPoints(100)), new Preference("A", Priority.ofPoints(100))))
                .addCandidate(2, List.of(new Preference("B", Priority.ofPoints(900))))
                .build();
        List<long[]> rounds = new ArrayList<>();
        AllocationResult result = DeferredAcceptance.allocate(campaign, AllocationMode.DRY_RUN,
                (round, proposals, placed, displaced) -> rounds.add(new long[]{round, proposals, placed, displaced}));
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0)).containsExactly(1, 2, 1, 1);
        assertThat(rounds.get(1)).containsExactly(2, 3, 2, 0);
        assertThat(result.rounds()).isEqualTo(2);
        assertThat(result.proposals()).isEqualTo(3);
        assertThat(result.placement(1)).contains("A");
    }

    @Test
    void anEmptyCampaignAllocatesNothing() {
        AllocationResult result = DeferredAcceptance.allocate(Campaign.builder(SEED).addClass("A", 3).build(), AllocationMode.DRY_RUN);
        assertThat(result.placedCount()).isZero();
        assertThat(result.rounds()).isZero();
        assertThat(result.freeSeats("A")).isEqualTo(3);
    }

    @Test
    void refusesInconsistentInput() {
        assertThatThrownBy(() -> Campaign.builder(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Campaign.builder(SEED).addClass("A", 1).addClass("A", 2)).hasMessageContaining("twice");
        assertThatThrownBy(() -> Campaign.builder(SEED).addClass("A", -1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Campaign.builder(SEED).addClass("A", 1).candidate(1).candidate(1)).hasMessageContaining("twice");
        assertThatThrownBy(() -> Campaign.builder(SEED).addClass("A", 1).candidate(1).prefer("B", 0, 0, 0)).hasMessageContaining("no class B");
        assertThatThrownBy(() -> Campaign.builder(SEED).addClass("A", 1).candidate(1).prefer("A", 0, 0, 0).prefer("A", 0, 1, 0))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> Campaign.builder(SEED).addClass("A", 1).addClass("B", 1).maxPreferences(1)
                .candidate(1).prefer("A", 0, 0, 0).prefer("B", 0, 0, 0)).hasMessageContaining("more than 1");
        assertThatThrownBy(() -> Campaign.builder(SEED).addClass("A", 1).prefer("A", 0, 0, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Priority(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameClassMayBeListedAgainByTheNextCandidate() {
        Campaign campaign = Campaign.builder(SEED).addClass("A", 2)
                .candidate(1).prefer("A", 0, 100, 0)
                .candidate(2).prefer("A", 0, 200, 0)
                .build();
        assertThat(DeferredAcceptance.allocate(campaign, AllocationMode.DRY_RUN).admitted("A")).containsExactly(2L, 1L);
    }
}
