package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Users;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Excel surveys: the department sends an XLSX template to all primary schools; each school answers with
 * the filled file, which is checked against the template's layout before anything is stored; the
 * department downloads every answer merged into one workbook, and in the ZIP of all answers.
 */
public class SurveyIT extends DeployedApplication {

    private static final String SHEET = "Etaty";

    /** The template: a title row, the header row and two pre-printed row labels; numbers go in B and C. */
    public static byte[] workbook(String header2, Object[][] values) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook wb = new Workbook(out, "EduGmina test", "1.0");
            Worksheet ws = wb.newWorksheet(SHEET);
            ws.value(0, 0, "Zatrudnienie nauczycieli w roku szkolnym");
            ws.value(1, 0, "Przedmiot");
            ws.value(1, 1, header2);
            ws.value(1, 2, "Liczba nauczycieli");
            ws.value(2, 0, "Matematyka");
            ws.value(3, 0, "Język polski");
            for (int r = 0; r < values.length; r++) {
                for (int c = 0; c < values[r].length; c++) {
                    Object v = values[r][c];
                    if (v instanceof Number n) {
                        ws.value(2 + r, 1 + c, n);
                    } else if (v != null) {
                        ws.value(2 + r, 1 + c, v.toString());
                    }
                }
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] template() {
        return workbook("Liczba etatów", new Object[0][]);
    }

    static JsonObject file(String name, byte[] content) {
        return Json.createObjectBuilder().add("name", name).add("base64", Base64.getEncoder().encodeToString(content)).build();
    }

    private static long unitOf(String login) {
        return Api.as(login).get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
    }

    /** Rows of a sheet as lists of cell texts (numbers as plain decimals). */
    public static List<List<String>> rows(byte[] xlsx, String sheetName) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.findSheet(sheetName).orElseThrow(() -> new AssertionError("no sheet " + sheetName));
            List<List<String>> out = new ArrayList<>();
            for (Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    var cell = row.getCell(c);
                    if (cell == null || cell.getValue() == null) {
                        cells.add("");
                    } else if (cell.getValue() instanceof BigDecimal d) {
                        cells.add(d.stripTrailingZeros().toPlainString());
                    } else {
                        cells.add(cell.getText());
                    }
                }
                out.add(cells);
            }
            return out;
        }
    }

    @Test
    void schoolsAnswerWithTheFilledTemplateAndTheDepartmentGetsOneWorkbook() throws IOException {
        Api referent = Api.as("referent");
        long schoolA = unitOf("dyrektor.szkoly");
        long schoolB = referent.get("/api/units?" + Api.query("typeId", 2, "size", 50)).expect(200).rows().stream()
                .map(u -> u.getJsonNumber("id").longValue()).filter(id -> id != schoolA).findFirst().orElseThrow();
        Api secretaryB = Users.createReady("sekretariat.b", "UNIT_SECRETARY", schoolB, "Ankieta2026!bezpieczne");

        byte[] template = template(); // fastexcel stamps the time of writing: build the file once
        String subject = "Zatrudnienie nauczycieli " + Long.toString(System.nanoTime(), 36);
        long id = referent.post("/api/messages", Json.createObjectBuilder().add("subject", subject)
                .add("body", "Proszę wypełnić załączony arkusz.").add("replyRequired", false)
                .add("deadline", LocalDate.now().plusDays(7).toString())
                .add("unitTypeIds", Json.createArrayBuilder().add(2))
                .add("surveyTemplate", file("etaty.xlsx", template)).build()).expect(201).obj().getJsonNumber("id").longValue();
        Api.as("kierownik").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(204);
        Api.as("dyrektor.wydzialu").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(204);

        JsonObject message = referent.get("/api/messages/" + id + "/tracking").expect(200).obj().getJsonObject("message");
        assertThat(message.getBoolean("replyRequired")).as("a survey always asks for an answer").isTrue();
        long templateId = message.getJsonNumber("surveyTemplateId").longValue();

        // the school sees the survey and downloads the template
        Api directorA = Api.as("dyrektor.szkoly");
        JsonObject view = directorA.get("/api/messages/" + id + "/units/" + schoolA).expect(200).obj();
        assertThat(view.getJsonObject("message").getJsonNumber("surveyTemplateId").longValue()).isEqualTo(templateId);
        assertThat(directorA.get("/api/messages/attachments/" + templateId).expect(200).bytes()).isEqualTo(template);

        // an answer without the filled file, and one whose header was changed: refused, nothing stored
        String replies = "/api/messages/" + id + "/units/" + schoolA + "/replies";
        String missing = directorA.post(replies, Json.createObjectBuilder().add("body", "W załączeniu").build()).expect(422).body();
        assertThat(missing).contains("dołącz do odpowiedzi wypełniony plik szablonu");
        byte[] altered = workbook("Etaty", new Object[][] {{4.5, 5}, {3, 3}});
        String structure = directorA.post(replies, Json.createObjectBuilder().add("body", "")
                .add("files", Json.createArrayBuilder().add(file("etaty-sp.xlsx", altered))).build()).expect(422).body();
        assertThat(structure).contains("etaty-sp.xlsx nie zachowuje układu szablonu").contains(SHEET).contains("B2").contains("Liczba etatów");
        String notExcel = directorA.post(replies, Json.createObjectBuilder().add("body", "")
                .add("files", Json.createArrayBuilder().add(file("etaty-sp.xlsx", "Przedmiot;Etaty\n".getBytes()))).build())
                .expect(422).body();
        assertThat(notExcel).contains("etaty-sp.xlsx");
        assertThat(referent.get("/api/messages/" + id + "/units/" + schoolA + "/replies").expect(200).array()).isEmpty();

        // both schools answer; school A corrects its answer: the merged workbook takes the latest version
        directorA.post(replies, Json.createObjectBuilder().add("body", "")
                .add("files", Json.createArrayBuilder().add(file("etaty-sp.xlsx", workbook("Liczba etatów", new Object[][] {{4, 5}, {3, 3}}))))
                .build()).expect(201);
        directorA.post(replies, Json.createObjectBuilder().add("body", "Korekta matematyki")
                .add("files", Json.createArrayBuilder().add(file("etaty-sp-korekta.xlsx", workbook("Liczba etatów", new Object[][] {{4.5, 5}, {3, 3}}))))
                .build()).expect(201);
        secretaryB.post("/api/messages/" + id + "/units/" + schoolB + "/replies", Json.createObjectBuilder().add("body", "")
                .add("files", Json.createArrayBuilder().add(file("etaty.xlsx", workbook("Liczba etatów", new Object[][] {{7, 8}, {6.25, 7}}))))
                .build()).expect(201);

        Map<Long, String> names = new TreeMap<>();
        referent.get("/api/messages/" + id + "/tracking").expect(200).obj().getJsonArray("units").getValuesAs(JsonObject.class)
                .forEach(u -> names.put(u.getJsonNumber("unitId").longValue(), u.getString("unitName")));

        Api.Response merged = referent.get("/api/messages/" + id + "/survey.xlsx").expect(200);
        assertThat(merged.header("Content-Disposition").orElseThrow()).contains("zestawienie-" + id + ".xlsx");
        List<List<String>> rows = rows(merged.bytes(), SHEET);
        String text = rows.toString();
        assertThat(text).contains("Zatrudnienie nauczycieli w roku szkolnym");
        List<String> header = rows.stream().filter(r -> r.contains("Przedmiot")).findFirst().orElseThrow();
        assertThat(header).containsSubsequence("RSPO", "Przedmiot", "Liczba etatów", "Liczba nauczycieli");
        int unitCol = header.indexOf("Jednostka");
        int subjectCol = header.indexOf("Przedmiot");
        int fteCol = header.indexOf("Liczba etatów");
        List<List<String>> data = rows.subList(rows.indexOf(header) + 1, rows.size());
        assertThat(data).as("two rows per school that answered, nothing for the others").hasSize(4);
        assertThat(data).filteredOn(r -> r.get(unitCol).equals(names.get(schoolA)))
                .extracting(r -> r.get(subjectCol) + "=" + r.get(fteCol)).containsExactly("Matematyka=4.5", "Język polski=3");
        assertThat(data).filteredOn(r -> r.get(unitCol).equals(names.get(schoolB)))
                .extracting(r -> r.get(subjectCol) + "=" + r.get(fteCol)).containsExactly("Matematyka=7", "Język polski=6.25");

        // the ZIP of all answers carries each school's file under its RSPO name and the merged workbook
        List<String> entries = new ArrayList<>();
        byte[] zipped = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(referent.get("/api/messages/" + id + "/answers.zip").expect(200).bytes()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.add(e.getName());
                if (e.getName().equals("zestawienie.xlsx")) {
                    zipped = zip.readAllBytes();
                }
            }
        }
        assertThat(entries).contains("podsumowanie.xlsx", "zestawienie.xlsx");
        assertThat(entries).filteredOn(n -> n.endsWith(".xlsx") && n.contains("_")).hasSize(2);
        assertThat(rows(zipped, SHEET)).isEqualTo(rows);

        // scoping: schools get neither the merged workbook nor another school's file
        directorA.get("/api/messages/" + id + "/survey.xlsx").expect(403);
        long answerOfB = referent.get("/api/messages/" + id + "/units/" + schoolB + "/replies").expect(200).array()
                .getJsonObject(0).getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
        directorA.get("/api/messages/attachments/" + answerOfB).expect(404);
        secretaryB.get("/api/messages/attachments/" + answerOfB).expect(200);
    }

    @Test
    void aTemplateThatIsNotAWorkbookIsRefused() {
        long school = unitOf("dyrektor.szkoly");
        String body = Api.as("referent").post("/api/messages", Json.createObjectBuilder().add("subject", "Ankieta bez szablonu")
                .add("body", "Treść").add("unitIds", Json.createArrayBuilder().add(school))
                .add("surveyTemplate", file("szablon.xlsx", "to nie jest arkusz".getBytes())).build()).expect(422).body();
        assertThat(body).contains("surveyTemplate").contains("Szablon ankiety");
        Api.as("referent").get("/api/messages/0/survey.xlsx").expect(404);
    }
}
