package pl.edugmina.recruitment.domain.allocation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.edugmina.recruitment.domain.allocation.ExplanationTest.pref;

/**
 * The supplementary round as the database reader builds it (ADR 0016): every class with its free seats (none for a
 * full one), the main round's admitted marked so that the builder refuses them, the not placed with their whole list.
 */
class SupplementaryRoundFromRowsTest {

    private static Campaign.Builder round() {
        return Campaign.builder("uzupelniajaca").addClass("A", 1).addClass("B", 0).addClass("C", 2).admittedInMainRound(1)
                .admittedInMainRound(2);
    }

    @Test
    void aCandidateAdmittedInTheMainRoundIsRefused() {
        assertThatThrownBy(() -> round().addCandidate(2, List.of(pref("C", 100)))).hasMessageContaining("placed in the main round");
    }

    @Test
    void aFullClassOnTheListAdmitsNobodyAndTheRanksOfTheListStay() {
        Campaign c = round()
                .addCandidate(10, List.of(pref("B", 9_000), pref("A", 5_000)))
                .addCandidate(11, List.of(pref("B", 9_500), pref("A", 6_000), pref("C", 100)))
                .addCandidate(12, List.of(pref("A", 1_000))).build();
        AllocationResult r = DeferredAcceptance.allocate(c, AllocationMode.FINAL);
        assertThat(r.admittedCount("B")).isZero();
        assertThat(r.placement(11)).contains("A");
        assertThat(r.placedPreference(11)).as("the rank on the list as entered").isEqualTo(2);
        assertThat(r.placement(10)).isEmpty();
        assertThat(r.placement(12)).isEmpty();
        assertThat(r.admittedCount("A")).isEqualTo(1);
    }
}
