package pl.edugmina.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyNonNegativeTest {

    @Test
    void whatPeopleTypeBecomesGrosze() {
        assertThat(Money.parseNonNegative("12 500,50")).contains(new BigDecimal("12500.50"));
        assertThat(Money.parseNonNegative("12500.5")).contains(new BigDecimal("12500.50"));
        assertThat(Money.parseNonNegative(" 7 000 zł ")).contains(new BigDecimal("7000.00"));
        assertThat(Money.parseNonNegative("1\u00a0000,00")).contains(new BigDecimal("1000.00"));
        assertThat(Money.parseNonNegative("12,505")).isEmpty();
        assertThat(Money.parseNonNegative("-5")).isEmpty();
        assertThat(Money.parseNonNegative("dużo")).isEmpty();
        assertThat(Money.parseNonNegative("1e5")).isEmpty();
        assertThat(Money.nonNegative(new BigDecimal("0.1"))).contains(new BigDecimal("0.10"));
        assertThat(Money.nonNegative(new BigDecimal("0.001"))).isEmpty();
    }

    @Test
    void writtenThePolishWay() {
        assertThat(Money.format(new BigDecimal("1234567.5"))).isEqualTo("1 234 567,50 zł");
        assertThat(Money.format(new BigDecimal("0"))).isEqualTo("0,00 zł");
    }
}
