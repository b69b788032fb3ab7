package pl.edugmina.messaging.domain;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** XLSX files for the Excel survey tests: written with fastexcel, or from raw sheet XML where Excel's own output is needed. */
final class SurveyFiles {

    private SurveyFiles() {
    }

    interface Sheets {
        void write(Workbook wb) throws IOException;
    }

    /** A workbook written with fastexcel. */
    static byte[] xlsx(Sheets sheets) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook wb = new Workbook(out, "test", "1.0");
            sheets.write(wb);
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The template used by most tests. "Dane": two title rows, an empty row, the header in row 4
     * (Lp., Klasa, Liczba uczniów, Data zebrania, Oddział integracyjny), an empty table below.
     * "Kadra": header in row 1 (Stanowisko, Liczba etatów), row names pre-printed in A2:A4.
     */
    static byte[] template() {
        return survey(d -> { }, k -> { });
    }

    /** The template with {@code dane} and {@code kadra} filling in (or spoiling) its two sheets. */
    static byte[] survey(Consumer<Worksheet> dane, Consumer<Worksheet> kadra) {
        return xlsx(wb -> {
            Worksheet d = wb.newWorksheet("Dane");
            dane(d);
            dane.accept(d);
            d.finish();
            Worksheet k = wb.newWorksheet("Kadra");
            kadra(k);
            kadra.accept(k);
            k.finish();
        });
    }

    /** The template's sheet "Dane". */
    static void dane(Worksheet d) {
        d.value(0, 0, "Ankieta: liczba uczniów w roku szkolnym 2025/2026");
        d.value(1, 0, "Stan na 30 września 2025 r.");
        String[] headers = {"Lp.", "Klasa", "Liczba uczniów", "Data zebrania", "Oddział integracyjny"};
        for (int c = 0; c < headers.length; c++) {
            d.value(3, c, headers[c]);
        }
    }

    /** The template's sheet "Kadra". */
    static void kadra(Worksheet k) {
        k.value(0, 0, "Stanowisko");
        k.value(0, 1, "Liczba etatów");
        k.value(1, 0, "Nauczyciele");
        k.value(2, 0, "Pedagodzy");
        k.value(3, 0, "Psycholodzy");
    }

    /** A legitimate answer: three classes in "Dane", all staff numbers in "Kadra". */
    static byte[] filled(int pupilsOffset) {
        return survey(d -> {
            row(d, 4, 1, "1a", 24 + pupilsOffset, LocalDate.of(2025, 9, 30), false);
            row(d, 5, 2, "1b", 26 + pupilsOffset, LocalDate.of(2025, 9, 30), true);
            row(d, 6, 3, "2a", 22 + pupilsOffset, LocalDate.of(2025, 10, 1), false);
        }, k -> {
            k.value(1, 1, 12.5);
            k.value(2, 1, 1);
            k.value(3, 1, 0.5);
        });
    }

    static void row(Worksheet d, int r, int lp, String klasa, int pupils, LocalDate date, boolean integrated) {
        d.value(r, 0, lp);
        d.value(r, 1, klasa);
        d.value(r, 2, pupils);
        d.value(r, 3, date);
        d.style(r, 3).format("dd.mm.yyyy").set();
        d.value(r, 4, integrated);
    }

    /**
     * A workbook from raw {@code <sheetData>} XML, sheets given as name, rows, name, rows…; cell style 1 has
     * Excel's built-in date format (14), style 2 the custom "dd.mm.yyyy". {@code prolog} goes before the
     * first sheet's root element.
     */
    static byte[] raw(String prolog, String... namesAndRows) {
        StringBuilder sheets = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        StringBuilder types = new StringBuilder();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndRows.length / 2; i++) {
            int n = i + 1;
            sheets.append("<sheet name=\"").append(namesAndRows[2 * i]).append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            parts.put("xl/worksheets/sheet" + n + ".xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + (i == 0 ? prolog : "")
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + namesAndRows[2 * i + 1] + "</sheetData></worksheet>"));
        }
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" + types + "</Types>"));
        all.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        all.put("xl/workbook.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" + sheets + "</sheets></workbook>"));
        all.put("xl/_rels/workbook.xml.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels
                + "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>"));
        all.put("xl/styles.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd\\.mm\\.yyyy\"/></numFmts>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"));
        all.putAll(parts);
        return zip(all);
    }

    /** An inline-text cell. */
    static String s(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A number cell. */
    static String n(String ref, String number) {
        return "<c r=\"" + ref + "\"><v>" + number + "</v></c>";
    }

    /** A formula cell with Excel's computed value ({@code type} "e" for an error, "str" for text, null for a number). */
    static String f(String ref, String formula, String type, String cached) {
        return "<c r=\"" + ref + "\"" + (type == null ? "" : " t=\"" + type + "\"") + "><f>" + formula + "</f><v>" + cached + "</v></c>";
    }

    static String row(int r, String... cells) {
        return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
    }

    static byte[] zip(Map<String, byte[]> entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    z.putNextEntry(new ZipEntry(e.getKey()));
                    z.write(e.getValue());
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A sheet as read back: name and rows (cells with their formats). */
    record ReadSheet(String name, List<Row> rows) {
        Row row(int rowNum) {
            return rows.stream().filter(r -> r.getRowNum() == rowNum).findFirst().orElseThrow(() -> new AssertionError("no row " + rowNum + " in " + name));
        }
    }

    static List<ReadSheet> read(byte[] xlsx) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            return wb.getSheets().map(SurveyFiles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReadSheet read(Sheet s) {
        try {
            return new ReadSheet(s.getName(), s.read());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
