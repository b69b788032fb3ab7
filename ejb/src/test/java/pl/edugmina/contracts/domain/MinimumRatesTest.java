package pl.edugmina.contracts.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MinimumRatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    /** The configured default for an umowa zlecenie (30,50 zł/h), 31,40 zł/h set by the department for 2027, a hall's rent 60 zł/h in 2026. */
    private static final MinimumRates RATES = new MinimumRates(
            List.of(new MinimumRates.Minimum("ZLECENIE", 2027, RateKind.HOURLY, new BigDecimal("31.40")),
                    new MinimumRates.Minimum("NAJEM", 2026, RateKind.HOURLY, new BigDecimal("60.00")),
                    new MinimumRates.Minimum("NAJEM", 2026, RateKind.MONTHLY, new BigDecimal("250.00"))),
            List.of(new MinimumRates.Minimum("ZLECENIE", null, RateKind.HOURLY, new BigDecimal("30.50"))));

    private static MinimumRates.Terms zlecenie(String from, String to, String rate) {
        return new MinimumRates.Terms("ZLECENIE", "Umowa zlecenie", LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                RateKind.HOURLY, new BigDecimal(rate));
    }

    @Test
    void anHourlyRateBelowTheMinimumIsFlaggedWithTheFigures() {
        assertThat(RATES.flag(zlecenie("2026-02-01", "2026-06-30", "28.00"), TODAY)).contains(
                "Stawka godzinowa 28,00 zł jest niższa od stawki minimalnej miasta dla typu „Umowa zlecenie” (2026 r.: minimum 30,50 zł).");
    }

    @Test
    void exactlyTheMinimumOrMoreIsNotFlagged() {
        assertThat(RATES.flag(zlecenie("2026-02-01", "2026-06-30", "30.50"), TODAY)).isEmpty();
        assertThat(RATES.flag(zlecenie("2026-02-01", "2026-06-30", "45"), TODAY)).isEmpty();
    }

    @Test
    void aContractOverSeveralYearsIsCheckedAgainstEachYearsMinimum() {
        assertThat(RATES.flag(zlecenie("2026-09-01", "2027-06-30", "31.00"), TODAY)).hasValueSatisfying(reason ->
                assertThat(reason).contains("2027 r.: minimum 31,40 zł").doesNotContain("2026 r."));
        assertThat(RATES.flag(zlecenie("2026-09-01", null, "31.00"), TODAY)).as("open-ended: up to this year").isEmpty();
        assertThat(RATES.flag(zlecenie("2026-09-01", null, "31.00"), LocalDate.of(2027, 1, 2))).isPresent();
    }

    @Test
    void theDepartmentsRateForAYearWinsOverTheConfiguredDefault() {
        assertThat(RATES.of("ZLECENIE", 2027, RateKind.HOURLY)).contains(new BigDecimal("31.40"));
        assertThat(RATES.of("ZLECENIE", 2031, RateKind.HOURLY)).contains(new BigDecimal("30.50"));
        assertThat(RATES.of("DZIELO", 2026, RateKind.HOURLY)).isEmpty();
    }

    @Test
    void rentsAreComparedPerHourOrPerMonthAndLumpSumsNever() {
        MinimumRates.Terms hall = new MinimumRates.Terms("NAJEM", "Umowa najmu", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                RateKind.HOURLY, new BigDecimal("50"));
        assertThat(RATES.flag(hall, TODAY)).hasValueSatisfying(r -> assertThat(r).contains("60,00 zł").contains("Umowa najmu"));
        MinimumRates.Terms vending = new MinimumRates.Terms("NAJEM", "Umowa najmu", LocalDate.parse("2026-01-01"), null,
                RateKind.MONTHLY, new BigDecimal("200"));
        assertThat(RATES.flag(vending, TODAY)).hasValueSatisfying(r -> assertThat(r).startsWith("Kwota miesięczna 200,00 zł"));
        MinimumRates.Terms work = new MinimumRates.Terms("ZLECENIE", "Umowa zlecenie", LocalDate.parse("2026-01-01"), null,
                RateKind.LUMP_SUM, new BigDecimal("1"));
        assertThat(RATES.flag(work, TODAY)).isEmpty();
        MinimumRates.Terms noStandard = new MinimumRates.Terms("DZIELO", "Umowa o dzieło", LocalDate.parse("2026-01-01"), null,
                RateKind.HOURLY, new BigDecimal("1"));
        assertThat(RATES.flag(noStandard, TODAY)).as("no minimum for the type: nothing to compare").isEmpty();
    }

    @Test
    void aDraftNamesEveryWrongField() {
        ContractDraft bad = new ContractDraft(" ", "123", null, null, LocalDate.parse("2026-05-01"), LocalDate.parse("2026-04-30"),
                RateKind.MONTHLY, new BigDecimal("-1"), new BigDecimal("10"));
        assertThat(bad.problems()).extracting(ContractDraft.Problem::field)
                .containsExactly("partyName", "partyNip", "subject", "type", "dateTo", "amount", "hours");
        ContractDraft good = new ContractDraft("Jan Kowalski", null, "Zajęcia szachowe", "ZLECENIE", LocalDate.parse("2026-02-01"), null,
                RateKind.HOURLY, new BigDecimal("28.00"), new BigDecimal("60"));
        assertThat(good.problems()).isEmpty();
    }
}
