package pl.edugmina.recruitment.domain.catchment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatchmentRowsTest {

    @Test
    void storedLinesBecomeOneAreaPerUnitWithTheirParityAndOpenEnds() {
        CatchmentMap map = CatchmentRows.map(List.of(
                new CatchmentRows.Row(7, "Lublin", "Lipowa", "ODD", "1", "35"),
                new CatchmentRows.Row(7, "Lublin", "Lipowa", "EVEN", "40", ""),
                new CatchmentRows.Row(9, null, "Lipowa", "EVEN", "2", "38")));
        assertThat(map.areas()).extracting(CatchmentArea::unitId).containsExactly("7", "9");
        assertThat(map.inCatchment(new Address("Lublin", "Lipowa", "35"), "7")).isTrue();
        assertThat(map.inCatchment(new Address("Lublin", "Lipowa", "37"), "7")).as("past the end of the odd range").isFalse();
        assertThat(map.inCatchment(new Address("Lublin", "Lipowa", "120"), "7")).as("an open end").isTrue();
        assertThat(map.inCatchment(new Address("Lublin", "Lipowa", "12"), "9")).isTrue();
        assertThat(map.conflicts()).isEmpty();
    }
}
