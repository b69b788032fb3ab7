package pl.edugmina.recruitment.domain.applications;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuardianNameTest {

    @Test
    void theSignerMayCarryMoreGivenNamesAndAnyCaseOrOrder() {
        assertThat(GuardianName.signedBy("Anna Kowalska", "Anna Kowalska")).isTrue();
        assertThat(GuardianName.signedBy("Anna Kowalska", "ANNA MARIA KOWALSKA")).isTrue();
        assertThat(GuardianName.signedBy("Kowalska  Anna", "Anna Kowalska")).isTrue();
        assertThat(GuardianName.signedBy("Anna Kowalska-Nowak", "Anna Kowalska-Nowak")).isTrue();
    }

    @Test
    void anotherPersonOrAPartialNameDoesNotSign() {
        assertThat(GuardianName.signedBy("Anna Kowalska", "Jan Kowalski")).isFalse();
        assertThat(GuardianName.signedBy("Anna Kowalska", "Anna Nowak")).isFalse();
        assertThat(GuardianName.signedBy("Kowalska", "Anna Kowalska")).as("a surname alone names nobody").isFalse();
        assertThat(GuardianName.signedBy("Łucja Kowalska", "Lucja Kowalska")).as("diacritics count").isFalse();
        assertThat(GuardianName.signedBy(null, "Anna Kowalska")).isFalse();
        assertThat(GuardianName.signedBy("Anna Kowalska", null)).isFalse();
    }
}
