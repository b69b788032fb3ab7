package pl.edugmina.messaging.domain;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import pl.edugmina.messaging.domain.ExcelSurvey.MergeResult;
import pl.edugmina.messaging.domain.ExcelSurvey.Template;
import pl.edugmina.messaging.domain.ExcelSurvey.UnitAnswer;
import pl.edugmina.messaging.domain.ExcelSurvey.UnitResult;
import pl.edugmina.messaging.domain.SurveyFiles.ReadSheet;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.edugmina.messaging.domain.SurveyFiles.f;
import static pl.edugmina.messaging.domain.SurveyFiles.n;
import static pl.edugmina.messaging.domain.SurveyFiles.raw;
import static pl.edugmina.messaging.domain.SurveyFiles.row;
import static pl.edugmina.messaging.domain.SurveyFiles.s;

class ExcelSurveyMergeTest {

    private static final Instant MONDAY = Instant.parse("2025-10-06T08:15:00Z"); // 10:15 in Warsaw (summer time)
    private static final Instant TUESDAY = Instant.parse("2025-10-07T12:00:00Z");

    private final Template template = ExcelSurvey.template(SurveyFiles.template());

    /** Unit 100001 filled everything, 100002 changed a header, 100003 answered one class and one staff row. */
    private final List<UnitAnswer> answers = List.of(
            new UnitAnswer(100001, "Szkoła Podstawowa nr 1", MONDAY, SurveyFiles.filled(0)),
            new UnitAnswer(100002, "Szkoła Podstawowa nr 2", MONDAY, SurveyFiles.survey(d -> d.value(3, 2, "Uczniowie"), k -> { })),
            new UnitAnswer(100003, "Przedszkole nr 3", TUESDAY, SurveyFiles.survey(
                    d -> SurveyFiles.row(d, 4, 1, "starszaki", 25, LocalDate.of(2025, 10, 2), true),
                    k -> k.value(1, 1, 3))));

    private MergeResult result;

    private List<ReadSheet> merge(Template t, List<UnitAnswer> given) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = ExcelSurvey.merge(t, given, out);
        return SurveyFiles.read(out.toByteArray());
    }

    @Test
    void theMergedWorkbookHasTheTemplatesSheetsThenTheSummary() {
        assertThat(merge(template, answers)).extracting(ReadSheet::name).containsExactly("Dane", "Kadra", "Podsumowanie");
    }

    @Test
    void titleRowsComeOnceThenOneHeaderRowWithTheUnitColumns() {
        ReadSheet dane = merge(template, answers).get(0);

        assertThat(dane.row(1).getCellText(0)).isEqualTo("Ankieta: liczba uczniów w roku szkolnym 2025/2026");
        assertThat(dane.row(2).getCellText(0)).isEqualTo("Stan na 30 września 2025 r.");
        assertThat(texts(dane.row(4))).containsExactly("RSPO", "Jednostka", "Data odpowiedzi",
                "Lp.", "Klasa", "Liczba uczniów", "Data zebrania", "Oddział integracyjny");
        assertThat(dane.rows()).filteredOn(r -> "Ankieta: liczba uczniów w roku szkolnym 2025/2026".equals(r.getCellText(0))).hasSize(1);
    }

    @Test
    void eachUnitGivesItsBlockOfFilledRowsInTheOrderGivenAndAnAnswerWithAChangedHeaderIsLeftOut() {
        ReadSheet dane = merge(template, answers).get(0);

        assertThat(dane.rows().stream().filter(r -> r.getRowNum() > 4).map(r -> r.getCellText(0) + " " + r.getCellText(4)))
                .containsExactly("100001 1a", "100001 1b", "100001 2a", "100003 starszaki");
        assertThat(dane.rows()).noneMatch(r -> r.getCellText(1).equals("Szkoła Podstawowa nr 2"));
        assertThat(result.merged()).isEqualTo(2);
    }

    @Test
    void numbersStayNumbersDatesStayDatesBooleansStayBooleans() {
        ReadSheet dane = merge(template, answers).get(0);
        Row first = dane.row(5);

        assertThat(first.getCell(0).getType()).isEqualTo(CellType.NUMBER);
        assertThat(first.getCell(0).asNumber()).isEqualByComparingTo("100001");
        assertThat(first.getCellText(1)).isEqualTo("Szkoła Podstawowa nr 1");
        assertThat(first.getCell(2).asDate()).as("answered, in Warsaw time").isEqualTo(LocalDateTime.of(2025, 10, 6, 10, 15));
        assertThat(first.getCell(2).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
        Cell pupils = first.getCell(5);
        assertThat(pupils.getType()).isEqualTo(CellType.NUMBER);
        assertThat(pupils.asNumber()).isEqualByComparingTo("24");
        Cell collected = first.getCell(6);
        assertThat(collected.getType()).isEqualTo(CellType.NUMBER);
        assertThat(collected.getDataFormatString()).as("a date in the answer stays a date").isEqualTo("yyyy-mm-dd");
        assertThat(collected.asDate()).isEqualTo(LocalDate.of(2025, 9, 30).atStartOfDay());
        assertThat(first.getCell(7).getType()).isEqualTo(CellType.BOOLEAN);
        assertThat(first.getCell(7).asBoolean()).isFalse();
    }

    @Test
    void preprintedLabelRowsGiveEveryUnitABlockOfTheSameShape() {
        ReadSheet kadra = merge(template, answers).get(1);

        assertThat(texts(kadra.row(1))).containsExactly("RSPO", "Jednostka", "Data odpowiedzi", "Stanowisko", "Liczba etatów");
        assertThat(kadra.rows().stream().filter(r -> r.getRowNum() > 1).map(r -> r.getCellText(0) + " " + r.getCellText(3) + " " + r.getCellText(4)))
                .containsExactly(
                        "100001 Nauczyciele 12.5", "100001 Pedagodzy 1", "100001 Psycholodzy 0.5",
                        "100003 Nauczyciele 3", "100003 Pedagodzy ", "100003 Psycholodzy ");
    }

    @Test
    void theSummaryListsEveryUnitWithItsRowsOrWhyItWasLeftOut() {
        ReadSheet summary = merge(template, answers).get(2);

        assertThat(texts(summary.row(1))).containsExactly("RSPO", "Jednostka", "Data odpowiedzi", "Wiersze: Dane", "Wiersze: Kadra", "Uwagi");
        assertThat(texts(summary.row(2))).containsExactly("100001", "Szkoła Podstawowa nr 1", summary.row(2).getCellText(2), "3", "3", "scalono");
        assertThat(summary.row(2).getCell(3).getType()).isEqualTo(CellType.NUMBER);
        assertThat(summary.row(3).getCellText(1)).isEqualTo("Szkoła Podstawowa nr 2");
        assertThat(summary.row(3).getCellText(3)).isEmpty();
        assertThat(summary.row(3).getCellText(5)).isEqualTo(
                "pominięto: niezgodna struktura – Arkusz „Dane”, komórka C4: zmieniono nagłówek „Liczba uczniów” na „Uczniowie”.");
        assertThat(texts(summary.row(4))).containsExactly("100003", "Przedszkole nr 3", summary.row(4).getCellText(2), "1", "3", "scalono");
        assertThat(summary.row(4).getCell(2).asDate()).isEqualTo(LocalDateTime.of(2025, 10, 7, 14, 0));

        assertThat(result.units()).extracting(UnitResult::rspo, UnitResult::merged)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100001, true), org.assertj.core.groups.Tuple.tuple(100002, false),
                        org.assertj.core.groups.Tuple.tuple(100003, true));
    }

    @Test
    void anUnreadableFileIsLeftOutWithItsReason() {
        List<UnitAnswer> withText = List.of(answers.get(0),
                new UnitAnswer(100004, "Liceum nr 4", TUESDAY, "Klasa;Liczba\n1a;24\n".getBytes(StandardCharsets.UTF_8)));

        ReadSheet summary = merge(template, withText).get(2);

        assertThat(summary.row(3).getCellText(5))
                .isEqualTo("pominięto: plik nieczytelny – Plik nie jest arkuszem Excela (XLSX): jego zawartość nie zgadza się z rozszerzeniem.");
    }

    @Test
    void formulasGiveTheirComputedValueAndExcelsBuiltInDateFormatIsADate() {
        Template t = ExcelSurvey.template(raw("", "Kadra",
                row(1, s("A1", "Stanowisko"), s("B1", "Etaty"), s("C1", "Od kiedy")) + row(2, s("A2", "Nauczyciele"))
                        + row(3, s("A3", "Razem"), f("B3", "SUM(B2:B2)", null, "0"))));
        byte[] answer = raw("", "Kadra",
                row(1, s("A1", "Stanowisko"), s("B1", "Etaty"), s("C1", "Od kiedy"))
                        + row(2, s("A2", "Nauczyciele"), n("B2", "12.5"), "<c r=\"C2\" s=\"1\"><v>45931</v></c>")
                        + row(3, s("A3", "Razem"), f("B3", "SUM(B2:B2)", null, "12.5"))
                        + row(4, s("A4", "Dyrektor"), n("B4", "1"), "<c r=\"C4\" s=\"2\"><v>45931.5</v></c>"));

        ReadSheet kadra = merge(t, List.of(new UnitAnswer(100005, "Zespół Szkół nr 5", MONDAY, answer))).get(0);

        assertThat(kadra.row(2).getCell(5).asDate()).isEqualTo(LocalDateTime.of(2025, 10, 1, 0, 0));
        assertThat(kadra.row(2).getCell(5).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        Cell total = kadra.row(3).getCell(4);
        assertThat(total.getType()).as("the value, not the formula: its references would point elsewhere").isEqualTo(CellType.NUMBER);
        assertThat(total.asNumber()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(kadra.row(4).getCell(5).asDate()).as("a date with time typed in a dd.mm.yyyy cell").isEqualTo(LocalDateTime.of(2025, 10, 1, 12, 0));
    }

    @Test
    void aTemplateWithItsOwnSheetNamedPodsumowanieGetsTheSummaryUnderAnotherName() {
        Template t = ExcelSurvey.template(raw("", "Podsumowanie", row(1, s("A1", "Gmina"), s("B1", "Liczba"))));

        assertThat(merge(t, List.of())).extracting(ReadSheet::name).containsExactly("Podsumowanie", "Podsumowanie zestawienia");
    }

    private static List<String> texts(Row r) {
        return IntStream.range(0, r.getCellCount()).mapToObj(r::getCellText).toList();
    }
}
