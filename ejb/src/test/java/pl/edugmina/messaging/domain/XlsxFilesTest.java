package pl.edugmina.messaging.domain;

import org.junit.jupiter.api.Test;
import pl.edugmina.messaging.domain.XlsxFiles.DateKind;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxFilesTest {

    @Test
    void numberFormatsThatShowDatesAndTimesAreToldFromOtherNumberFormats() {
        assertThat(XlsxFiles.dateKind(164, "dd\\.mm\\.yyyy")).isEqualTo(DateKind.DATE);
        assertThat(XlsxFiles.dateKind(165, "[$-415]d mmmm yyyy")).isEqualTo(DateKind.DATE);
        assertThat(XlsxFiles.dateKind(166, "mmm-yy")).isEqualTo(DateKind.DATE);
        assertThat(XlsxFiles.dateKind(167, "yyyy-mm-dd hh:mm")).isEqualTo(DateKind.DATE_TIME);
        assertThat(XlsxFiles.dateKind(168, "[h]:mm")).isEqualTo(DateKind.TIME);
        assertThat(XlsxFiles.dateKind(14, null)).as("Excel's built-in short date").isEqualTo(DateKind.DATE);
        assertThat(XlsxFiles.dateKind(22, null)).isEqualTo(DateKind.DATE_TIME);
        assertThat(XlsxFiles.dateKind(20, null)).isEqualTo(DateKind.TIME);

        assertThat(XlsxFiles.dateKind(10, "0.00%")).isEqualTo(DateKind.NONE);
        assertThat(XlsxFiles.dateKind(169, "#,##0.00\\ \"zł\"")).as("letters in quotes are text").isEqualTo(DateKind.NONE);
        assertThat(XlsxFiles.dateKind(170, "0\" dni\"")).isEqualTo(DateKind.NONE);
        assertThat(XlsxFiles.dateKind(11, "0.00E+00")).isEqualTo(DateKind.NONE);
        assertThat(XlsxFiles.dateKind(0, "General")).isEqualTo(DateKind.NONE);
        assertThat(XlsxFiles.dateKind(null, null)).isEqualTo(DateKind.NONE);
    }

    @Test
    void serialNumbersBecomeDatesInBothExcelDateSystems() {
        assertThat(XlsxFiles.excelDate(new BigDecimal("45931"), false)).isEqualTo(LocalDateTime.of(2025, 10, 1, 0, 0));
        assertThat(XlsxFiles.excelDate(new BigDecimal("45931.75"), false)).isEqualTo(LocalDateTime.of(2025, 10, 1, 18, 0));
        assertThat(XlsxFiles.excelDate(new BigDecimal("1"), false)).isEqualTo(LocalDateTime.of(1900, 1, 1, 0, 0));
        assertThat(XlsxFiles.excelDate(new BigDecimal("61"), false)).as("after Excel's 29 February 1900").isEqualTo(LocalDateTime.of(1900, 3, 1, 0, 0));
        assertThat(XlsxFiles.excelDate(new BigDecimal("44469"), true)).as("1904 system (old Mac files)").isEqualTo(LocalDateTime.of(2025, 10, 1, 0, 0));
    }

    @Test
    void textsAreComparedWithoutLeadingTrailingOrRepeatedSpaces() {
        assertThat(XlsxFiles.text("  Liczba\u00A0 uczniów\n")).isEqualTo("Liczba uczniów");
        assertThat(XlsxFiles.text("Klasa")).isEqualTo("Klasa");
        assertThat(XlsxFiles.text(" \t ")).isNull();
        assertThat(XlsxFiles.text(new BigDecimal("12.50"))).isEqualTo("12.5");
        assertThat(XlsxFiles.text(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(XlsxFiles.text(Boolean.TRUE)).isEqualTo("PRAWDA");
    }

    @Test
    void cellAddressesAreExcels() {
        assertThat(XlsxFiles.address(2, 1)).isEqualTo("B3");
        assertThat(XlsxFiles.address(0, 25)).isEqualTo("Z1");
        assertThat(XlsxFiles.address(9, 26)).isEqualTo("AA10");
        assertThat(XlsxFiles.address(1_048_575, 16_383)).isEqualTo("XFD1048576");
    }
}
