package pl.edugmina.messaging.domain;

import org.junit.jupiter.api.Test;
import pl.edugmina.messaging.domain.ExcelSurvey.FixedCell;
import pl.edugmina.messaging.domain.ExcelSurvey.SheetTemplate;
import pl.edugmina.messaging.domain.ExcelSurvey.Template;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.edugmina.messaging.domain.SurveyFiles.raw;
import static pl.edugmina.messaging.domain.SurveyFiles.row;
import static pl.edugmina.messaging.domain.SurveyFiles.s;
import static pl.edugmina.messaging.domain.SurveyFiles.utf8;

class ExcelSurveyTemplateTest {

    @Test
    void theHeaderIsTheFirstRowWithTwoFilledCellsAndTheRowsAboveAreTitles() {
        Template t = ExcelSurvey.template(SurveyFiles.template());

        assertThat(t.sheets()).extracting(SheetTemplate::name).containsExactly("Dane", "Kadra");
        SheetTemplate dane = t.sheets().get(0);
        assertThat(dane.headerRow()).as("row 4, below two one-cell title rows and an empty row").isEqualTo(3);
        assertThat(dane.headers()).containsExactly("Lp.", "Klasa", "Liczba uczniów", "Data zebrania", "Oddział integracyjny");
        assertThat(dane.columns()).isEqualTo(5);
        assertThat(dane.fixedCells()).extracting(FixedCell::address)
                .containsExactly("A1", "A2", "A4", "B4", "C4", "D4", "E4");
        assertThat(dane.fixedCells().get(0).text()).isEqualTo("Ankieta: liczba uczniów w roku szkolnym 2025/2026");
    }

    @Test
    void preprintedRowNamesBelowTheHeaderAreFixedCells() {
        SheetTemplate kadra = ExcelSurvey.template(SurveyFiles.template()).sheets().get(1);

        assertThat(kadra.headerRow()).isZero();
        assertThat(kadra.headers()).containsExactly("Stanowisko", "Liczba etatów");
        assertThat(kadra.fixedCells()).filteredOn(f -> f.row() > 0).extracting(FixedCell::address, FixedCell::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A2", "Nauczyciele"),
                        org.assertj.core.groups.Tuple.tuple("A3", "Pedagodzy"),
                        org.assertj.core.groups.Tuple.tuple("A4", "Psycholodzy"));
    }

    @Test
    void aSheetWithOneFilledCellPerRowHasItsFirstFilledRowAsHeaderAndEmptyHeadersBetweenAreKept() {
        byte[] xlsx = raw("",
                "Lista", row(2, s("B2", "Nazwa szkoły")) + row(3, s("B3", "Adres")),
                "Luka", row(1, s("A1", "Lp.")) + row(3, s("A3", "Gmina"), s("D3", "Uwagi")),
                "Pusty", "");

        Template t = ExcelSurvey.template(xlsx);

        SheetTemplate lista = t.sheets().get(0);
        assertThat(lista.headerRow()).isEqualTo(1);
        assertThat(lista.headers()).containsExactly("", "Nazwa szkoły");
        SheetTemplate luka = t.sheets().get(1);
        assertThat(luka.headerRow()).as("the first row with two filled cells wins over an earlier one-cell row").isEqualTo(2);
        assertThat(luka.headers()).containsExactly("Gmina", "", "", "Uwagi");
        SheetTemplate pusty = t.sheets().get(2);
        assertThat(pusty.headerRow()).isEqualTo(-1);
        assertThat(pusty.columns()).isZero();
    }

    @Test
    void aTextFileRenamedToXlsxIsRefusedWithAReason() {
        assertThatThrownBy(() -> ExcelSurvey.template(utf8("Lp.;Klasa;Liczba uczniów\n1;1a;24\n")))
                .isInstanceOf(ExcelSurvey.InvalidWorkbook.class)
                .hasMessage("Plik nie jest arkuszem Excela (XLSX): jego zawartość nie zgadza się z rozszerzeniem.");
        assertThatThrownBy(() -> ExcelSurvey.template(new byte[0])).hasMessage("Plik jest pusty.");
    }

    @Test
    void aTruncatedFileIsReportedAsDamaged() {
        byte[] whole = SurveyFiles.template();

        assertThatThrownBy(() -> ExcelSurvey.template(Arrays.copyOf(whole, whole.length / 2)))
                .isInstanceOf(ExcelSurvey.InvalidWorkbook.class)
                .hasMessageContaining("Plik XLSX jest uszkodzony")
                .hasMessageContaining("zapisz ponownie");
    }

    @Test
    void anOldXlsOrAPasswordProtectedFileIsRefusedWithAdviceHowToSaveIt() {
        byte[] ole = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);

        assertThatThrownBy(() -> ExcelSurvey.template(ole))
                .hasMessageContaining("starym formacie Excela (XLS) albo jest zabezpieczony hasłem")
                .hasMessageContaining("Skoroszyt programu Excel (*.xlsx)");
    }

    @Test
    void xmlPartsInUtf16AreRefusedBecauseTheyCouldHideADoctype() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        parts.put("xl/workbook.xml", utf8("<workbook/>"));

        assertThatThrownBy(() -> ExcelSurvey.template(SurveyFiles.zip(parts))).hasMessageContaining("kodowanie inne niż UTF-8");
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() {
        Map<String, byte[]> docx = new LinkedHashMap<>();
        docx.put("[Content_Types].xml", utf8("<Types/>"));
        docx.put("word/document.xml", utf8("<document/>"));

        assertThatThrownBy(() -> ExcelSurvey.template(SurveyFiles.zip(docx)))
                .hasMessageContaining("nie jest arkuszem XLSX (to archiwum ZIP albo inny dokument");
    }

    @Test
    void anEntryThatInflatesFarBeyondItsSizeIsRefusedBeforeParsing() {
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("[Content_Types].xml", utf8("<Types/>"));
        byte[] part = new byte[30 * 1024 * 1024]; // a workbook part padded with 30 MB of spaces: they compress about a thousand times
        Arrays.fill(part, (byte) ' ');
        byte[] start = utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook>");
        System.arraycopy(start, 0, part, 0, start.length);
        bomb.put("xl/workbook.xml", part);

        byte[] file = SurveyFiles.zip(bomb);

        assertThat(file.length).isLessThan(100 * 1024);
        assertThatThrownBy(() -> ExcelSurvey.template(file))
                .isInstanceOf(ExcelSurvey.InvalidWorkbook.class)
                .hasMessageContaining("po rozpakowaniu byłby za duży (ponad 100 MB) albo jest podejrzanie mocno skompresowany");
    }

    @Test
    void xmlWithADoctypeIsRefusedEvenThoughTheParserWouldNotExpandIt() {
        String laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]>";

        assertThatThrownBy(() -> ExcelSurvey.template(raw(laughs, "Dane", row(1, s("A1", "&lol2;"), s("B1", "x")))))
                .hasMessageContaining("niedozwolone elementy XML (deklarację DOCTYPE");
        assertThatThrownBy(() -> ExcelSurvey.template(raw("<!-- <a> --><?pi <b>?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "Dane", row(1, s("A1", "&e;"), s("B1", "x")))))
                .as("comments and processing instructions before it do not hide it")
                .hasMessageContaining("DOCTYPE");
        assertThat(ExcelSurvey.template(raw("<!-- wzór z 2025 r. --><?mso-application progid=\"Excel.Sheet\"?>", "Dane", row(1, s("A1", "Klasa"), s("B1", "Liczba")))).sheets())
                .as("without a DOCTYPE they are fine").hasSize(1);
    }
}
