package pl.edugmina.messaging.domain;

import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import pl.edugmina.messaging.domain.ExcelSurvey.Template;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.edugmina.messaging.domain.SurveyFiles.f;
import static pl.edugmina.messaging.domain.SurveyFiles.n;
import static pl.edugmina.messaging.domain.SurveyFiles.raw;
import static pl.edugmina.messaging.domain.SurveyFiles.row;
import static pl.edugmina.messaging.domain.SurveyFiles.s;

class ExcelSurveyCheckTest {

    private final Template template = ExcelSurvey.template(SurveyFiles.template());

    @Test
    void aLegitimatelyFilledAnswerKeepsTheStructure() {
        assertThat(ExcelSurvey.check(template, SurveyFiles.filled(0))).isEmpty();
        assertThat(ExcelSurvey.check(template, SurveyFiles.template())).as("the template returned unfilled").isEmpty();
    }

    @Test
    void aMissingSheetIsReported() {
        byte[] answer = SurveyFiles.xlsx(wb -> {
            Worksheet d = wb.newWorksheet("Dane");
            SurveyFiles.dane(d);
            d.finish();
        });

        assertThat(ExcelSurvey.check(template, answer)).containsExactly("Brak arkusza „Kadra” (jest we wzorze).");
    }

    @Test
    void aRenamedSheetIsReportedAndItsCellsAreStillChecked() {
        byte[] answer = SurveyFiles.xlsx(wb -> {
            Worksheet d = wb.newWorksheet("Dane");
            SurveyFiles.dane(d);
            d.finish();
            Worksheet k = wb.newWorksheet("Kadra 2025");
            SurveyFiles.kadra(k);
            k.value(2, 0, "Pedagog");
            k.finish();
        });

        assertThat(ExcelSurvey.check(template, answer)).containsExactly(
                "Zmieniono nazwę arkusza „Kadra” na „Kadra 2025”.",
                "Arkusz „Kadra”, komórka A3: zmieniono „Pedagodzy” na „Pedagog” (treści wzoru nie wolno zmieniać).");
    }

    @Test
    void anAddedSheetIsReported() {
        byte[] answer = SurveyFiles.xlsx(wb -> {
            Worksheet d = wb.newWorksheet("Dane");
            SurveyFiles.dane(d);
            d.finish();
            Worksheet k = wb.newWorksheet("Kadra");
            SurveyFiles.kadra(k);
            k.finish();
            wb.newWorksheet("Notatki").value(0, 0, "do uzupełnienia");
        });

        assertThat(ExcelSurvey.check(template, answer)).containsExactly("Dodano arkusz „Notatki”, którego nie ma we wzorze.");
    }

    @Test
    void reorderedSheetsAreReported() {
        byte[] answer = SurveyFiles.xlsx(wb -> {
            Worksheet k = wb.newWorksheet("Kadra");
            SurveyFiles.kadra(k);
            k.finish();
            Worksheet d = wb.newWorksheet("Dane");
            SurveyFiles.dane(d);
            d.finish();
        });

        assertThat(ExcelSurvey.check(template, answer))
                .containsExactly("Zmieniono kolejność arkuszy: we wzorze „Dane”, „Kadra”, w pliku „Kadra”, „Dane”.");
    }

    @Test
    void aChangedHeaderIsReportedWithTheCellAndBothTexts() {
        byte[] answer = SurveyFiles.survey(d -> d.value(3, 2, "Uczniowie"), k -> { });

        assertThat(ExcelSurvey.check(template, answer))
                .containsExactly("Arkusz „Dane”, komórka C4: zmieniono nagłówek „Liczba uczniów” na „Uczniowie”.");
    }

    @Test
    void aRemovedHeaderIsReported() {
        byte[] answer = SurveyFiles.survey(d -> d.value(3, 3, (String) null), k -> { });

        assertThat(ExcelSurvey.check(template, answer)).containsExactly("Arkusz „Dane”, komórka D4: usunięto nagłówek „Data zebrania”.");
    }

    @Test
    void swappedColumnsAreReportedAsMovedHeaders() {
        byte[] answer = SurveyFiles.survey(d -> {
            d.value(3, 1, "Liczba uczniów");
            d.value(3, 2, "Klasa");
        }, k -> { });

        assertThat(ExcelSurvey.check(template, answer)).containsExactly(
                "Arkusz „Dane”, komórka B4: nagłówek „Klasa” przeniesiono do kolumny C (we wzorze jest w kolumnie B).",
                "Arkusz „Dane”, komórka C4: nagłówek „Liczba uczniów” przeniesiono do kolumny B (we wzorze jest w kolumnie C).");
    }

    @Test
    void aRowInsertedAboveTheTableIsReportedOnceInsteadOfEveryShiftedCell() {
        byte[] answer = SurveyFiles.xlsx(wb -> {
            Worksheet d = wb.newWorksheet("Dane");
            d.value(0, 0, "Ankieta: liczba uczniów w roku szkolnym 2025/2026");
            d.value(1, 0, "Stan na 30 września 2025 r.");
            d.value(2, 0, "Szkoła Podstawowa nr 5");
            String[] headers = {"Lp.", "Klasa", "Liczba uczniów", "Data zebrania", "Oddział integracyjny"};
            for (int c = 0; c < headers.length; c++) {
                d.value(4, c, headers[c]);
            }
            d.finish();
            Worksheet k = wb.newWorksheet("Kadra");
            SurveyFiles.kadra(k);
            k.finish();
        });

        assertThat(ExcelSurvey.check(template, answer)).containsExactly(
                "Arkusz „Dane”: nagłówek tabeli jest w wierszu 5, a we wzorze w wierszu 4 (dodano albo usunięto wiersze nad tabelą).");
    }

    @Test
    void changedOrClearedTitlesAndPreprintedLabelsAreReported() {
        byte[] answer = SurveyFiles.survey(
                d -> d.value(1, 0, (String) null),
                k -> {
                    k.value(2, 0, "Pedagog szkolny");
                    k.value(3, 0, (String) null);
                    k.value(3, 1, 1);
                });

        assertThat(ExcelSurvey.check(template, answer)).containsExactly(
                "Arkusz „Dane”, komórka A2: usunięto „Stan na 30 września 2025 r.” (treści wzoru nie wolno zmieniać).",
                "Arkusz „Kadra”, komórka A3: zmieniono „Pedagodzy” na „Pedagog szkolny” (treści wzoru nie wolno zmieniać).",
                "Arkusz „Kadra”, komórka A4: usunięto „Psycholodzy” (treści wzoru nie wolno zmieniać).");
    }

    @Test
    void valuesRightOfTheTableOrAboveTheHeaderAreReported() {
        byte[] answer = SurveyFiles.survey(d -> {
            SurveyFiles.row(d, 4, 1, "1a", 24, LocalDate.of(2025, 9, 30), false);
            d.value(4, 5, "uwaga: klasa sportowa");
            d.value(1, 2, "SP 5");
        }, k -> { });

        assertThat(ExcelSurvey.check(template, answer)).containsExactly(
                "Arkusz „Dane”, komórka C2: wpisano „SP 5” nad wierszem nagłówka; dane wpisuje się tylko w tabeli pod nagłówkiem.",
                "Arkusz „Dane”, komórka F5: wpisano „uwaga: klasa sportowa” poza tabelą (na prawo od kolumny E, ostatniej kolumny wzoru).");
    }

    @Test
    void aNewHeaderInAnEmptyHeaderCellAndDataInAnEmptyTemplateSheetAreReported() {
        Template t = ExcelSurvey.template(raw("", "Lista", row(1, s("A1", "Gmina"), s("C1", "Uwagi")), "Pusty", ""));
        byte[] answer = raw("", "Lista", row(1, s("A1", "Gmina"), s("B1", "Powiat"), s("C1", "Uwagi")) + row(2, s("A2", "Kłodzko")),
                "Pusty", row(3, n("B3", "7")));

        assertThat(ExcelSurvey.check(t, answer)).containsExactly(
                "Arkusz „Lista”, komórka B1: dopisano nagłówek „Powiat”; nagłówków wzoru nie wolno zmieniać.",
                "Arkusz „Pusty”, komórka B3: wpisano „7”, a we wzorze ten arkusz jest pusty.");
    }

    @Test
    void dataBelowTheRowLimitIsReportedAndTheLastAllowedRowIsNot() {
        int lastAllowed = 3 + ExcelSurvey.MAX_DATA_ROWS; // header in row index 3
        byte[] atLimit = SurveyFiles.survey(d -> d.value(lastAllowed, 1, "9z"), k -> { });
        byte[] beyond = SurveyFiles.survey(d -> d.value(lastAllowed + 1, 1, "9z"), k -> { });

        assertThat(ExcelSurvey.check(template, atLimit)).isEmpty();
        assertThat(ExcelSurvey.check(template, beyond)).containsExactly(
                "Arkusz „Dane”, wiersz 10005: za dużo wierszy – tabela może mieć najwyżej 10000 wierszy pod nagłówkiem (do wiersza 10004).");
    }

    @Test
    void cellsShowingExcelErrorsAreReportedUnlessTheTemplateShowsTheSameError() {
        // "Średnia" is a template formula that shows #DIV/0! as long as the row is empty
        Template t = ExcelSurvey.template(raw("", "Dane",
                row(1, s("A1", "Klasa"), s("B1", "Uczniowie"), s("C1", "Oddziały"), s("D1", "Średnia"))
                        + row(2, f("D2", "B2/C2", "e", "#DIV/0!"))
                        + row(3, f("D3", "B3/C3", "e", "#DIV/0!"))));
        byte[] answer = raw("", "Dane",
                row(1, s("A1", "Klasa"), s("B1", "Uczniowie"), s("C1", "Oddziały"), s("D1", "Średnia"))
                        + row(2, s("A2", "1a"), n("B2", "48"), n("C2", "2"), f("D2", "B2/C2", null, "24"))
                        + row(3, s("A3", "1b"), "<c r=\"B3\" t=\"e\"><v>#REF!</v></c>", n("C3", "0"), f("D3", "B3/C3", "e", "#DIV/0!"))
                        + row(4, s("A4", "razem"), f("B4", "B2/0", "e", "#DIV/0!")));

        assertThat(ExcelSurvey.check(t, answer)).containsExactly(
                "Arkusz „Dane”, komórka B3: błąd „#REF!” – popraw wartość albo formułę.",
                "Arkusz „Dane”, komórka B4: błąd „#DIV/0!” – popraw wartość albo formułę.");
    }

    @Test
    void aTemplateFormulaMayComputeAnyValueButMustStayAFormula() {
        Template t = ExcelSurvey.template(raw("", "Kadra",
                row(1, s("A1", "Stanowisko"), s("B1", "Etaty")) + row(2, s("A2", "Nauczyciele")) + row(3, s("A3", "Razem"), f("B3", "SUM(B2:B2)", null, "0"))));
        byte[] computed = raw("", "Kadra",
                row(1, s("A1", "Stanowisko"), s("B1", "Etaty")) + row(2, s("A2", "Nauczyciele"), n("B2", "12.5")) + row(3, s("A3", "Razem"), f("B3", "SUM(B2:B2)", null, "12.5")));
        byte[] overwritten = raw("", "Kadra",
                row(1, s("A1", "Stanowisko"), s("B1", "Etaty")) + row(2, s("A2", "Nauczyciele"), n("B2", "12.5")) + row(3, s("A3", "Razem"), n("B3", "13.5")));

        assertThat(ExcelSurvey.check(t, computed)).isEmpty();
        assertThat(ExcelSurvey.check(t, overwritten))
                .containsExactly("Arkusz „Kadra”, komórka B3: w miejscu formuły „=SUM(B2:B2)” wpisano „13,5”.");
    }

    @Test
    void aLongListOfProblemsIsCutAndSaysSo() {
        byte[] answer = SurveyFiles.survey(d -> {
            for (int r = 4; r < 70; r++) {
                d.value(r, 6, "x");
            }
        }, k -> { });

        var problems = ExcelSurvey.check(template, answer);

        assertThat(problems).hasSize(ExcelSurvey.MAX_PROBLEMS + 1);
        assertThat(problems.get(0)).isEqualTo("Arkusz „Dane”, komórka G5: wpisano „x” poza tabelą (na prawo od kolumny E, ostatniej kolumny wzoru).");
        assertThat(problems.get(ExcelSurvey.MAX_PROBLEMS)).isEqualTo("… i dalsze problemy (pokazano pierwsze 50).");
    }

    @Test
    void aSmallFileMakingTheReaderGoThroughMillionsOfEmptyCellsIsRefused() {
        Template t = ExcelSurvey.template(raw("", "Dane", row(1, s("A1", "Klasa"), s("B1", "Liczba"))));
        StringBuilder rows = new StringBuilder(row(1, s("A1", "Klasa"), s("B1", "Liczba")));
        for (int r = 2; r < 300; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"XFD").append(r).append("\" s=\"1\"/></row>"); // an empty cell in the last column
        }
        byte[] answer = raw("", "Dane", rows.toString());

        assertThat(answer.length).isLessThan(10_000);
        assertThat(ExcelSurvey.check(t, answer)).containsExactly(
                "Plik jest za duży do sprawdzenia: ma ponad 2000000 komórek (licząc puste, ale sformatowane). Usuń zbędne wiersze i kolumny poza tabelą.");
    }

    @Test
    void anUnreadableAnswerGivesItsReasonAsTheOnlyProblem() {
        byte[] whole = SurveyFiles.filled(0);

        assertThat(ExcelSurvey.check(template, "Klasa;Liczba\n1a;24\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .containsExactly("Plik nie jest arkuszem Excela (XLSX): jego zawartość nie zgadza się z rozszerzeniem.");
        assertThat(ExcelSurvey.check(template, Arrays.copyOf(whole, whole.length - 100)))
                .singleElement().asString().startsWith("Plik XLSX jest uszkodzony");
    }
}
