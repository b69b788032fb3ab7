package pl.edugmina.it;

import jakarta.json.JsonObject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.Csv;
import pl.edugmina.it.support.Registry;
import pl.edugmina.it.support.Server;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports open in a spreadsheet and contain exactly what the user may see and has filtered. */
class UnitExportIT extends DeployedApplication {



    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void csvOfFilteredUnitsAsReferent() {
        Api referent = Api.as("referent");
        List<JsonObject> kindergartens = Registry.units(referent, "typeId", 1);
        assertThat(kindergartens).as("demo city has kindergartens").hasSizeGreaterThan(5);
        assertThat(kindergartens).allSatisfy(u -> assertThat(u.getInt("typeId")).isEqualTo(1));

        Api.Response r = referent.get("/api/units/export?" + Api.query("format", "csv", "typeId", 1)).expect(200);
        List<List<String>> rows = csv(r);
        assertThat(rows).as("header + one row per filtered unit").hasSize(kindergartens.size() + 1);
        assertThat(rspoNumbersIn(rows)).isEqualTo(rspoNumbers(kindergartens));
    }

    @Test
    void csvWithTextFilter() {
        Api referent = Api.as("referent");
        List<JsonObject> matching = Registry.units(referent, "text", "Szkoła Podstawowa");
        assertThat(matching).isNotEmpty();
        List<List<String>> rows = csv(referent.get("/api/units/export?" + Api.query("format", "csv", "text", "Szkoła Podstawowa")).expect(200));
        assertThat(rows).hasSize(matching.size() + 1);
        assertThat(rows.subList(1, rows.size())).as("Polish letters survive the round trip")
                .allSatisfy(row -> assertThat(String.join(";", row)).containsIgnoringCase("Szkoła Podstawowa"));
        assertThat(rspoNumbersIn(rows)).isEqualTo(rspoNumbers(matching));
    }

    @Test
    void csvAsSchoolDirectorContainsOnlyOwnUnit() {
        Api director = Api.as("dyrektor.szkoly");
        List<JsonObject> own = Registry.units(director);
        assertThat(own).hasSize(1);
        List<List<String>> rows = csv(director.get("/api/units/export?format=csv").expect(200));
        assertThat(rows).hasSize(2);
        assertThat(rspoNumbersIn(rows)).isEqualTo(rspoNumbers(own));
    }

    @Test
    void xlsxOpensAndHasTheSameRows() throws Exception {
        Api referent = Api.as("referent");
        List<JsonObject> kindergartens = Registry.units(referent, "typeId", 1);
        Api.Response r = referent.get("/api/units/export?" + Api.query("format", "xlsx", "typeId", 1)).expect(200);
        assertThat(r.contentType()).contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.header("Content-Disposition").orElse("")).contains("attachment").contains(".xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.bytes()))) {
            Sheet sheet = wb.getFirstSheet();
            List<Row> rows;
            try (Stream<Row> s = sheet.openStream()) {
                rows = s.filter(row -> row.stream().anyMatch(c -> c != null && !c.getRawValue().isBlank())).toList();
            }
            assertThat(rows).hasSize(kindergartens.size() + 1);
            List<List<String>> cells = rows.stream()
                    .map(row -> row.stream().map(c -> c == null ? "" : c.getRawValue()).toList())
                    .toList();
            assertThat(rspoNumbersIn(cells)).isEqualTo(rspoNumbers(kindergartens));
        }
    }

    @Test
    void listPagesAndSortsLikeTheExport() {
        Api referent = Api.as("referent");
        List<JsonObject> all = Registry.units(referent, "sort", "name", "asc", true);
        List<String> names = all.stream().map(u -> u.getString("name")).toList();
        Api.Response page = referent.get("/api/units?" + Api.query("first", 10, "size", 10, "sort", "name", "asc", true)).expect(200);
        assertThat(page.total()).isEqualTo(all.size());
        assertThat(page.rows()).extracting(u -> u.getString("name")).containsExactlyElementsOf(names.subList(10, 20));
        List<JsonObject> desc = Registry.units(referent, "sort", "name", "asc", false);
        assertThat(desc.get(0).getString("name")).isEqualTo(names.get(names.size() - 1));
        JsonObject row = all.get(0);
        assertThat(row.keySet()).contains("id", "rspoNumber", "name", "shortName", "typeId", "typeName", "publicUnit",
                "address", "locality", "phone", "email", "directorName", "regon", "nip", "active");
        List<JsonObject> nonPublic = Registry.units(referent, "publicUnit", false);
        assertThat(nonPublic).allSatisfy(u -> assertThat(u.getBoolean("publicUnit")).isFalse());
    }

    @Test
    void exportNeedsRegistryAccess() {
        assertThat(Api.as("rodzic").get("/api/units/export?format=csv").status()).isEqualTo(403);
        assertThat(Api.anonymous().get("/api/units/export?format=csv").status()).isEqualTo(401);
    }

    private static List<List<String>> csv(Api.Response r) {
        assertThat(r.contentType()).contains("text/csv");
        assertThat(r.header("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
        byte[] bytes = r.bytes();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark (for Excel)").isEqualTo(BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = Csv.parse(text);
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).size()).as("header has several ';'-separated columns").isGreaterThan(3);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSameSizeAs(rows.get(0)));
        return rows;
    }

    /** The values of the column whose header names the RSPO number. */
    private static Set<String> rspoNumbersIn(List<List<String>> rows) {
        List<String> header = rows.get(0);
        int col = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toUpperCase(Locale.ROOT).contains("RSPO")) {
                col = i;
                break;
            }
        }
        assertThat(col).as("a column for the RSPO number in " + header).isGreaterThanOrEqualTo(0);
        int c = col;
        return rows.subList(1, rows.size()).stream().map(row -> normalizeNumber(row.get(c))).collect(Collectors.toSet());
    }

    private static String normalizeNumber(String s) {
        String t = s.strip();
        return t.endsWith(".0") ? t.substring(0, t.length() - 2) : t;
    }

    private static Set<String> rspoNumbers(List<JsonObject> units) {
        return units.stream().map(u -> String.valueOf(u.getInt("rspoNumber"))).collect(Collectors.toSet());
    }
}
