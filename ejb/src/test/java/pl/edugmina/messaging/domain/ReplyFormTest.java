package pl.edugmina.messaging.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplyFormTest {

    static JsonArray json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readArray();
    }

    static JsonObject obj(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    static final ReplyForm FORM = ReplyForm.parse(json("""
            [{'label':'Osoba do kontaktu','type':'TEXT','required':true},
             {'label':'Liczba uczniów','type':'NUMBER','required':true},
             {'label':'Data przeglądu','type':'DATE'},
             {'label':'Czy jest stołówka?','type':'CHOICE','options':['tak','nie','tak']},
             {'label':'Kadra','type':'TABLE','columns':[{'label':'Przedmiot','type':'TEXT','required':true},
                                                       {'label':'Etaty','type':'NUMBER','required':true}]}]"""));

    @Test
    void keysAreAssignedAndOptionsDeduplicated() {
        assertThat(FORM.fields()).extracting(ReplyForm.Field::key).containsExactly("f1", "f2", "f3", "f4", "f5");
        assertThat(FORM.field("f4").orElseThrow().options()).containsExactly("tak", "nie");
        assertThat(FORM.field("f5").orElseThrow().columns()).extracting(ReplyForm.Column::key).containsExactly("c1", "c2");
        assertThat(ReplyForm.parse(FORM.toJson())).isEqualTo(FORM);
    }

    @Test
    void aDefinitionTheSenderCannotUseIsRefusedWithEveryReason() {
        assertThatThrownBy(() -> ReplyForm.parse(json("""
                [{'label':'','type':'TEXT'},
                 {'label':'Wybór','type':'CHOICE','options':['jedna']},
                 {'label':'Zagnieżdżona','type':'TABLE','columns':[{'label':'Wewnętrzna','type':'TABLE'}]},
                 {'label':'Coś','type':'KOLOR'},
                 {'key':'a','label':'A','type':'TEXT'},{'key':'a','label':'B','type':'TEXT'}]""")))
                .isInstanceOf(ReplyForm.InvalidDefinition.class)
                .satisfies(e -> assertThat(((ReplyForm.InvalidDefinition) e).problems()).containsExactly(
                        "pole 1: podaj etykietę",
                        "pole 2: lista wyboru musi mieć od 2 do 50 różnych pozycji",
                        "pole 3, kolumna 1: kolumna tabeli nie może być tabelą",
                        "pole 4: nieznany typ pola „KOLOR” (dozwolone: tekst, liczba, data, wybór z listy, tabela)",
                        "pole 6: klucz „a” powtarza się"));
        assertThatThrownBy(() -> ReplyForm.parse(json("[]"))).hasMessageContaining("nie ma żadnego pola");
    }

    @Test
    void aFilledFormIsNormalised() {
        ReplyForm.Checked c = FORM.check(obj("""
                {'f1':' Anna Nowak ','f2':'1 234','f3':'01.12.2026','f4':'nie',
                 'f5':[{'c1':'Matematyka','c2':'4,5'},{'c1':'','c2':''},{'c1':'Fizyka','c2':2}]}"""));
        assertThat(c.problems()).isEmpty();
        assertThat(c.answer().getString("f1")).isEqualTo("Anna Nowak");
        assertThat(c.answer().getJsonNumber("f2").bigDecimalValue()).isEqualByComparingTo("1234");
        assertThat(c.answer().getString("f3")).isEqualTo("2026-12-01");
        assertThat(c.answer().getJsonArray("f5")).as("the blank row is dropped").hasSize(2);
        assertThat(c.answer().getJsonArray("f5").getJsonObject(0).getJsonNumber("c2").bigDecimalValue()).isEqualByComparingTo("4.5");
    }

    @Test
    void everyWrongValueIsNamedWithItsFieldRowAndColumn() {
        ReplyForm.Checked c = FORM.check(obj("""
                {'f2':'dużo','f3':'31.02.2026','f4':'może','f6':'x',
                 'f5':[{'c1':'Matematyka','c2':'4,5'},{'c1':'Fizyka','c2':'1e9'},{'c2':'3'}]}"""));
        assertThat(c.ok()).isFalse();
        assertThat(c.answer()).isNull();
        assertThat(c.problems().stream().map(p -> p.describe(FORM)).toList()).containsExactlyInAnyOrder(
                "formularz nie ma pola „f6”",
                "Pole „Osoba do kontaktu”: to pole jest wymagane",
                "Pole „Liczba uczniów”: „dużo” nie jest liczbą",
                "Pole „Data przeglądu”: „31.02.2026” nie jest datą (dd.mm.rrrr)",
                "Pole „Czy jest stołówka?”: wybierz jedną z pozycji: tak, nie",
                "Tabela „Kadra”, wiersz 2, kolumna „Etaty”: „1e9” nie jest liczbą",
                "Tabela „Kadra”, wiersz 3, kolumna „Przedmiot”: to pole jest wymagane");
    }

    @Test
    void numbersOutOfRangeAndOverlongTextAreRefused() {
        ReplyForm form = ReplyForm.parse(json("[{'label':'L','type':'NUMBER'},{'label':'T','type':'TEXT'}]"));
        assertThat(form.check(obj("{'f1':'1000000000000'}")).problems()).hasSize(1);
        assertThat(form.check(obj("{'f1':'0,00001'}")).problems()).hasSize(1);
        assertThat(form.check(obj("{'f1':'-12,25'}")).ok()).isTrue();
        assertThat(form.check(Json.createObjectBuilder().add("f2", "x".repeat(ReplyForm.MAX_TEXT + 1)).build()).problems()).hasSize(1);
        assertThat(form.check(obj("{}")).ok()).as("nothing required").isTrue();
    }

    @Test
    void theWorkbookHasOneRowPerUnitAndOneSheetPerTable() throws Exception {
        JsonObject a = FORM.check(obj("{'f1':'Anna','f2':'12','f3':'2026-12-01','f5':[{'c1':'Matematyka','c2':'4,5'},{'c1':'Fizyka','c2':'1'}]}")).answer();
        JsonObject b = FORM.check(obj("{'f1':'Jan','f2':'7','f4':'tak','f5':[{'c1':'Chemia','c2':'2'}]}")).answer();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReplyFormWorkbook.write(FORM, List.of(new ReplyFormWorkbook.UnitAnswer(12345, "Szkoła Podstawowa nr 1", Instant.parse("2026-11-20T10:00:00Z"), a),
                new ReplyFormWorkbook.UnitAnswer(null, "Przedszkole nr 2", Instant.parse("2026-11-21T10:00:00Z"), b)), ZoneId.of("Europe/Warsaw"), out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> main = wb.getSheets().findFirst().orElseThrow().read();
            assertThat(main.get(0).getCellText(3)).isEqualTo("Osoba do kontaktu");
            assertThat(main).hasSize(3);
            assertThat(main.get(1).getCellAsNumber(0).orElseThrow()).isEqualByComparingTo("12345");
            assertThat(main.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(new BigDecimal("12"));
            assertThat(main.get(1).getCellAsDate(5).orElseThrow().toLocalDate()).isEqualTo("2026-12-01");
            assertThat(main.get(2).getCellText(6)).isEqualTo("tak");
            var kadra = wb.findSheet("Kadra").orElseThrow().read();
            assertThat(kadra).hasSize(4);
            assertThat(kadra.get(2).getCellText(2)).isEqualTo("Fizyka");
            assertThat(kadra.get(3).getCellText(1)).isEqualTo("Przedszkole nr 2");
            assertThat(kadra.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("4.5");
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() {
        Set<String> taken = new HashSet<>();
        assertThat(ReplyFormWorkbook.sheetName("Odpowiedzi", taken)).isEqualTo("Odpowiedzi");
        assertThat(ReplyFormWorkbook.sheetName("odpowiedzi", taken)).isEqualTo("odpowiedzi (2)");
        assertThat(ReplyFormWorkbook.sheetName("Koszty [zł]: 2026/2027 i dalsze lata budżetowe", taken)).hasSizeLessThanOrEqualTo(31)
                .doesNotContain("[", "]", ":", "/");
    }
}
