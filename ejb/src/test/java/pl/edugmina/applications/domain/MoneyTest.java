package pl.edugmina.applications.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void whatPeopleTypeBecomesGrosze() {
        assertThat(Money.parse("12 500,50")).contains(new BigDecimal("12500.50"));
        assertThat(Money.parse("12500.5")).contains(new BigDecimal("12500.50"));
        assertThat(Money.parse(" 7 000 zł ")).contains(new BigDecimal("7000.00"));
        assertThat(Money.parse("1\u00a0000,00")).contains(new BigDecimal("1000.00"));
        assertThat(Money.parse("12,505")).isEmpty();
        assertThat(Money.parse("-5")).isEmpty();
        assertThat(Money.parse("dużo")).isEmpty();
        assertThat(Money.parse("1e5")).isEmpty();
        assertThat(Money.of(new BigDecimal("0.1"))).contains(new BigDecimal("0.10"));
        assertThat(Money.of(new BigDecimal("0.001"))).isEmpty();
    }

    @Test
    void writtenThePolishWay() {
        assertThat(Money.polish(new BigDecimal("1234567.5"))).isEqualTo("1 234 567,50 zł");
        assertThat(Money.polish(new BigDecimal("0"))).isEqualTo("0,00 zł");
    }
}
