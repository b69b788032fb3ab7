package pl.edugmina.messaging.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The answers to a {@link ReplyForm} as one workbook: sheet "Odpowiedzi" with one row per unit (RSPO,
 * unit, time of answer, then one column per non-table field), and one sheet per table field with one
 * row per table row, prefixed by the unit's columns. Numbers stay numbers and dates dates.
 */
public final class ReplyFormWorkbook {

    /** A unit's latest answer. */
    public record UnitAnswer(Integer rspo, String unitName, Instant answeredAt, JsonObject answer) {
    }

    private static final String DATE = "yyyy-mm-dd";
    private static final String TIME = "yyyy-mm-dd hh:mm";

    private ReplyFormWorkbook() {
    }

    public static void write(ReplyForm form, List<UnitAnswer> answers, ZoneId zone, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "EduGmina", "1.0");
        Set<String> sheetNames = new HashSet<>();
        Worksheet main = wb.newWorksheet(sheetName("Odpowiedzi", sheetNames));
        List<ReplyForm.Field> simple = form.fields().stream().filter(f -> f.type() != ReplyForm.Type.TABLE).toList();
        header(main, simple.stream().map(ReplyForm.Field::label).toList(), true);
        int r = 1;
        for (UnitAnswer a : answers) {
            unitCells(main, r, a, zone, true);
            for (int i = 0; i < simple.size(); i++) {
                cell(main, r, 3 + i, simple.get(i).type(), a.answer().get(simple.get(i).key()));
            }
            r++;
        }
        for (ReplyForm.Field table : form.fields().stream().filter(f -> f.type() == ReplyForm.Type.TABLE).toList()) {
            Worksheet ws = wb.newWorksheet(sheetName(table.label(), sheetNames));
            header(ws, table.columns().stream().map(ReplyForm.Column::label).toList(), false);
            int row = 1;
            for (UnitAnswer a : answers) {
                JsonArray rows = a.answer().get(table.key()) instanceof JsonArray arr ? arr : JsonValue.EMPTY_JSON_ARRAY;
                for (JsonObject tr : rows.getValuesAs(JsonObject.class)) {
                    unitCells(ws, row, a, zone, false);
                    for (int c = 0; c < table.columns().size(); c++) {
                        ReplyForm.Column col = table.columns().get(c);
                        cell(ws, row, 2 + c, col.type(), tr.get(col.key()));
                    }
                    row++;
                }
            }
        }
        wb.finish();
    }

    private static void header(Worksheet ws, List<String> labels, boolean withTime) {
        int c = 0;
        ws.value(0, c++, "RSPO");
        ws.value(0, c++, "Jednostka");
        if (withTime) {
            ws.value(0, c++, "Data odpowiedzi");
        }
        for (String l : labels) {
            ws.value(0, c++, l);
        }
        ws.range(0, 0, 0, c - 1).style().bold().set();
    }

    private static void unitCells(Worksheet ws, int row, UnitAnswer a, ZoneId zone, boolean withTime) {
        if (a.rspo() != null) {
            ws.value(row, 0, a.rspo());
        }
        ws.value(row, 1, a.unitName());
        if (withTime && a.answeredAt() != null) {
            ws.value(row, 2, a.answeredAt().atZone(zone).toLocalDateTime());
            ws.style(row, 2).format(TIME).set();
        }
    }

    private static void cell(Worksheet ws, int row, int col, ReplyForm.Type type, JsonValue v) {
        if (v == null || v == JsonValue.NULL) {
            return;
        }
        if (v instanceof JsonNumber n) {
            ws.value(row, col, n.bigDecimalValue());
        } else if (type == ReplyForm.Type.DATE && v instanceof JsonString s) {
            ws.value(row, col, LocalDate.parse(s.getString()));
            ws.style(row, col).format(DATE).set();
        } else if (v instanceof JsonString s) {
            ws.value(row, col, s.getString());
        } else {
            ws.value(row, col, v.toString());
        }
    }

    /** Excel's rules: at most 31 characters, none of {@code []:*?/\}, unique in the workbook. */
    static String sheetName(String label, Set<String> taken) {
        String base = label.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.isEmpty()) {
            base = "Tabela";
        }
        base = base.length() > 31 ? base.substring(0, 31).strip() : base;
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
