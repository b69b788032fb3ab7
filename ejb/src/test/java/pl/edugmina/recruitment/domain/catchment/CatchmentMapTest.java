package pl.edugmina.recruitment.domain.catchment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.edugmina.recruitment.domain.catchment.HouseNumberRange.Parity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatchmentMapTest {

    /**
     * SP 23: Lipowa odd 1–35, Łąkowa all, Aleje Racławickie even from 2; SP 5: Lipowa odd from 37 and all even
     * numbers up to 12, Krótka 1–12a in Lublin only.
     */
    static final CatchmentMap MAP = new CatchmentMap(List.of(
            new CatchmentArea("SP23", "Obwód SP nr 23", List.of(
                    CatchmentArea.Rule.of("ul. Lipowa", HouseNumberRange.of(Parity.ODD, "1", "35")),
                    CatchmentArea.Rule.of("Łąkowa", HouseNumberRange.all()),
                    CatchmentArea.Rule.of("Aleje Racławickie", HouseNumberRange.of(Parity.EVEN, "2", null)))),
            new CatchmentArea("SP5", "Obwód SP nr 5", List.of(
                    CatchmentArea.Rule.of("Lipowa", HouseNumberRange.of(Parity.ODD, "37", null)),
                    CatchmentArea.Rule.of("LIPOWA", HouseNumberRange.of(Parity.EVEN, null, "12")),
                    new CatchmentArea.Rule("Lublin", "ul. Krótka", HouseNumberRange.of(Parity.ALL, "1", "12a"))))));

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "ul. Lipowa|lipowa", "UL.LIPOWA|lipowa", "  ul.   Lipowa |lipowa", "Lipowa|lipowa", "ulica Lipowa|lipowa",
            "al. Kraśnicka|kraśnicka", "Al.Kraśnicka|kraśnicka", "aleja Kraśnicka|kraśnicka", "ŁĄKOWA|łąkowa",
            "Aleje Racławickie|aleje racławickie", "ks. Jerzego Popiełuszki|ks. jerzego popiełuszki",
            "ks.Jerzego Popiełuszki|ks. jerzego popiełuszki", "Ulanów|ulanów", "Alpejska|alpejska"})
    void streetNamesAreNormalised(String given, String normalised) {
        assertThat(StreetNames.normalise(given)).isEqualTo(normalised);
    }

    @Test
    void polishLettersAreNotFoldedAway() {
        assertThat(StreetNames.normalise("Łąkowa")).isNotEqualTo(StreetNames.normalise("Lakowa"));
        // the same letter typed as a letter plus a combining mark (NFD) is the same street
        assertThat(StreetNames.normalise("Z\u0301rodlana")).isEqualTo(StreetNames.normalise("Źródlana".replace("ó", "o")));
    }

    @ParameterizedTest(name = "{0} → {1}{2}")
    @CsvSource(delimiter = '|', value = {"12|12|", "12a|12|a", "12A|12|a", "12/3|12|", "12A/3|12|a", "12 b|12|b", " 7 |7|"})
    void houseNumbers(String text, int number, String letter) {
        HouseNumber n = HouseNumber.parse(text);
        assertThat(n.number()).isEqualTo(number);
        assertThat(n.letter()).isEqualTo(letter == null ? "" : letter);
    }

    @Test
    void notHouseNumbers() {
        for (String bad : new String[]{"", "a12", "0", "12-14", "12ab", "dwanaście"}) {
            assertThatThrownBy(() -> HouseNumber.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void houseNumbersAreOrderedWithLettersAfterTheirNumber() {
        List<HouseNumber> numbers = new java.util.ArrayList<>(List.of(HouseNumber.parse("13"), HouseNumber.parse("12b"),
                HouseNumber.parse("12"), HouseNumber.parse("12A")));
        numbers.sort(null);
        assertThat(numbers).extracting(HouseNumber::toString).containsExactly("12", "12a", "12b", "13");
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "ul. Lipowa|1|SP23", "Lipowa|35|SP23", "LIPOWA|35a|SP23", "Lipowa|37|SP5", "Lipowa|101/4|SP5",
            "Lipowa|2|SP5", "Lipowa|12|SP5", "Lipowa|12b|SP5", "Lipowa|14|", "Lipowa|36|",
            "łąkowa|1|SP23", "Łąkowa|200B|SP23", "al. Racławickie|2|", "Aleje Racławickie|2|SP23", "Aleje Racławickie|3|",
            "Nieznana|1|", "Lipowa|bez numeru|"})
    void addressesFallInTheirArea(String street, String number, String unit) {
        Address address = new Address(null, street, number);
        assertThat(MAP.areaFor(address).map(CatchmentArea::unitId).orElse(null)).isEqualTo(unit);
        if (unit != null) {
            assertThat(MAP.inCatchment(address, unit)).isTrue();
            assertThat(MAP.inCatchment(address, unit.equals("SP5") ? "SP23" : "SP5")).isFalse();
        }
    }

    @Test
    void aRuleWithALocalityMatchesOnlyThere() {
        assertThat(MAP.inCatchment(new Address("Lublin", "Krótka", "12a"), "SP5")).isTrue();
        assertThat(MAP.inCatchment(new Address("LUBLIN", "Krótka", "12A/7"), "SP5")).isTrue();
        assertThat(MAP.inCatchment(new Address("Lublin", "Krótka", "12b"), "SP5")).as("to 12a excludes 12b").isFalse();
        assertThat(MAP.inCatchment(new Address("Świdnik", "Krótka", "3"), "SP5")).isFalse();
        assertThat(MAP.inCatchment(new Address(null, "Krótka", "3"), "SP5")).isFalse();
    }

    @Test
    void rangesWithParityAndOpenEnds() {
        HouseNumberRange odd = HouseNumberRange.of(Parity.ODD, "5", "15");
        assertThat(odd.contains(HouseNumber.parse("5"))).isTrue();
        assertThat(odd.contains(HouseNumber.parse("15c"))).isTrue();
        assertThat(odd.contains(HouseNumber.parse("4"))).isFalse();
        assertThat(odd.contains(HouseNumber.parse("6"))).isFalse();
        assertThat(odd.contains(HouseNumber.parse("17"))).isFalse();
        assertThat(HouseNumberRange.of(Parity.EVEN, null, null).contains(HouseNumber.parse("1000"))).isTrue();
        assertThat(HouseNumberRange.of(Parity.ALL, "10b", null).contains(HouseNumber.parse("10a"))).isFalse();
        assertThatThrownBy(() -> HouseNumberRange.of(Parity.ALL, "20", "10")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlappingAreasAreReportedForTheClerk() {
        assertThat(MAP.conflicts()).isEmpty();
        CatchmentMap overlapping = new CatchmentMap(List.of(
                new CatchmentArea("SP1", "Obwód 1", List.of(CatchmentArea.Rule.of("Polna", HouseNumberRange.of(Parity.EVEN, "2", "20")))),
                new CatchmentArea("SP2", "Obwód 2", List.of(CatchmentArea.Rule.of("ul. Polna", HouseNumberRange.of(Parity.ALL, "19", "30")),
                        CatchmentArea.Rule.of("Krzywa", HouseNumberRange.of(Parity.ODD, "1", null)))),
                new CatchmentArea("SP3", "Obwód 3", List.of(CatchmentArea.Rule.of("Krzywa", HouseNumberRange.of(Parity.EVEN, "1", null))))));
        assertThat(overlapping.conflicts()).containsExactly("polna: Obwód 1 and Obwód 2");
        Address both = new Address(null, "Polna", "20");
        assertThat(overlapping.areasFor(both)).extracting(CatchmentArea::unitId).containsExactly("SP1", "SP2");
        assertThat(overlapping.areaFor(both)).isEmpty();
    }
}
