package pl.edugmina.messaging.domain;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import pl.edugmina.messaging.domain.ExcelSurvey.FixedCell;
import pl.edugmina.messaging.domain.ExcelSurvey.MergeResult;
import pl.edugmina.messaging.domain.ExcelSurvey.SheetTemplate;
import pl.edugmina.messaging.domain.ExcelSurvey.Template;
import pl.edugmina.messaging.domain.ExcelSurvey.UnitAnswer;
import pl.edugmina.messaging.domain.ExcelSurvey.UnitResult;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@link ExcelSurvey#merge}: first every answer is checked (one streaming pass each, counting its data
 * rows), then each output sheet is written by streaming that sheet of every accepted answer in turn;
 * only one answer is open at a time and written rows are flushed after each unit's block.
 */
final class SurveyMerge {

    static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    static final String SUMMARY = "Podsumowanie";
    static final String[] UNIT_COLUMNS = {"RSPO", "Jednostka", "Data odpowiedzi"};
    private static final int UNIT = UNIT_COLUMNS.length;
    private static final String DATE = "yyyy-mm-dd";
    private static final String DATE_TIME = "yyyy-mm-dd hh:mm";
    private static final String TIME = "hh:mm:ss";
    /** Excel's serial number of 31 December 9999: larger numbers are not dates. */
    private static final BigDecimal LAST_DATE = BigDecimal.valueOf(2_958_465);

    private record Planned(UnitAnswer answer, UnitResult result) {
    }

    private SurveyMerge() {
    }

    static MergeResult write(Template t, List<UnitAnswer> answers, OutputStream out) {
        List<SheetTemplate> sheets = t.sheets();
        long[] used = new long[sheets.size()];
        for (int i = 0; i < used.length; i++) {
            used[i] = Math.max(sheets.get(i).headerRow(), 0) + 1L;
        }
        List<Planned> plan = new ArrayList<>();
        for (UnitAnswer a : answers) {
            plan.add(new Planned(a, plan(t, a, used)));
        }
        try {
            Workbook wb = new Workbook(out, "EduGmina", "1.0");
            for (SheetTemplate s : sheets) {
                Worksheet ws = wb.newWorksheet(s.name());
                sheet(ws, s, plan);
                ws.finish();
            }
            summary(wb.newWorksheet(summaryName(t)), sheets, plan);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MergeResult(plan.stream().map(Planned::result).toList());
    }

    /** Checks one answer and, when it fits, books its rows in {@code used}. */
    private static UnitResult plan(Template t, UnitAnswer a, long[] used) {
        AnswerInspection.Result r;
        try {
            r = AnswerInspection.inspect(t, a.xlsx());
        } catch (ExcelSurvey.InvalidWorkbook e) {
            return skipped(a, "pominięto: plik nieczytelny – " + e.getMessage());
        }
        if (!r.problems().isEmpty()) {
            return skipped(a, "pominięto: niezgodna struktura – " + r.problems().get(0) + (r.problems().size() > 1 ? " (i inne problemy)" : ""));
        }
        for (int i = 0; i < used.length; i++) {
            if (used[i] + r.dataRows().getOrDefault(t.sheets().get(i).name(), 0) > Worksheet.MAX_ROWS) {
                return skipped(a, "pominięto: zestawienie przekroczyłoby limit " + Worksheet.MAX_ROWS + " wierszy arkusza Excela");
            }
        }
        for (int i = 0; i < used.length; i++) {
            used[i] += r.dataRows().getOrDefault(t.sheets().get(i).name(), 0);
        }
        return new UnitResult(a.rspo(), a.unitName(), true, Collections.unmodifiableMap(r.dataRows()), "scalono");
    }

    private static UnitResult skipped(UnitAnswer a, String note) {
        return new UnitResult(a.rspo(), a.unitName(), false, Map.of(), note);
    }

    private static void sheet(Worksheet ws, SheetTemplate s, List<Planned> plan) throws IOException {
        int header = Math.max(s.headerRow(), 0);
        for (FixedCell f : s.fixedCells()) {
            if (f.row() < s.headerRow()) {
                value(ws, f.row(), f.column(), f.value());
            }
        }
        for (int c = 0; c < UNIT + s.columns(); c++) {
            ws.value(header, c, c < UNIT ? UNIT_COLUMNS[c] : s.headers().get(c - UNIT));
            ws.style(header, c).bold().set();
        }
        ws.width(1, 40);
        ws.width(2, 17);
        int row = header + 1;
        for (Planned p : plan) {
            if (p.result().merged()) {
                row = block(ws, row, s, p.answer());
                ws.flush();
            }
        }
    }

    /** One unit's rows of sheet {@code s}, from {@code row} on; returns the next free row. */
    private static int block(Worksheet ws, int row, SheetTemplate s, UnitAnswer a) throws IOException {
        LocalDateTime answered = a.answeredAt() == null ? null : LocalDateTime.ofInstant(a.answeredAt(), ZONE);
        Formats formats = new Formats(ws, UNIT + s.columns());
        Map<String, XlsxFiles.DateKind> kinds = new HashMap<>(); // a file has few number formats
        try (ReadableWorkbook wb = XlsxFiles.open(a.xlsx(), true)) {
            Sheet sheet = wb.findSheet(s.name()).orElseThrow(() -> XlsxFiles.damaged(null));
            try (Stream<Row> rows = sheet.openStream()) {
                for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                    Row r = it.next();
                    if (!AnswerInspection.dataRow(s, r)) {
                        continue;
                    }
                    if (a.rspo() != null) {
                        ws.value(row, 0, a.rspo());
                    }
                    ws.value(row, 1, a.unitName());
                    if (answered != null) {
                        ws.value(row, 2, answered);
                    }
                    formats.at(row, 2, answered == null ? null : DATE_TIME);
                    for (int c = 0; c < s.columns(); c++) {
                        formats.at(row, UNIT + c, c < r.getCellCount() ? cell(ws, row, UNIT + c, r.getCell(c), wb.isDate1904(), kinds) : null);
                    }
                    row++;
                }
            }
        }
        formats.close();
        return row;
    }

    /** Writes an answer's cell with its type; returns the number format it needs (a number with a date format becomes a date), or null. */
    private static String cell(Worksheet ws, int row, int col, Cell c, boolean date1904, Map<String, XlsxFiles.DateKind> kinds) {
        if (c == null || c.getValue() == null) {
            return null;
        }
        if (!(c.getValue() instanceof BigDecimal d)) {
            value(ws, row, col, c.getValue());
            return null;
        }
        String format = c.getDataFormatString();
        XlsxFiles.DateKind kind = format == null
                ? XlsxFiles.dateKind(c.getDataFormatId(), null)
                : kinds.computeIfAbsent(format, f -> XlsxFiles.dateKind(c.getDataFormatId(), f));
        if (kind == XlsxFiles.DateKind.TIME) {
            ws.value(row, col, d);
            return TIME;
        }
        if (kind != XlsxFiles.DateKind.NONE && d.signum() >= 0 && d.compareTo(LAST_DATE) <= 0) {
            ws.value(row, col, XlsxFiles.excelDate(d, date1904));
            return kind == XlsxFiles.DateKind.DATE ? DATE : DATE_TIME;
        }
        ws.value(row, col, d);
        return format == null || format.isBlank() || "General".equalsIgnoreCase(format) ? null : format;
    }

    /**
     * Number formats set on runs of cells of a column at once: fastexcel works a style out once per
     * range, and per cell that would be a third of the merge's time.
     */
    private static final class Formats {
        private final Worksheet ws;
        private final String[] format;
        private final int[] first;
        private final int[] last;

        Formats(Worksheet ws, int columns) {
            this.ws = ws;
            this.format = new String[columns];
            this.first = new int[columns];
            this.last = new int[columns];
        }

        /** Cell {@code row}, {@code col} needs {@code f} (null: none); rows come in order. */
        void at(int row, int col, String f) {
            if (f != null && f.equals(format[col]) && last[col] == row - 1) {
                last[col] = row;
                return;
            }
            close(col);
            if (f != null) {
                format[col] = f;
                first[col] = row;
                last[col] = row;
            }
        }

        void close() {
            for (int col = 0; col < format.length; col++) {
                close(col);
            }
        }

        private void close(int col) {
            if (format[col] != null) {
                ws.range(first[col], col, last[col], col).style().format(format[col]).set();
                format[col] = null;
            }
        }
    }

    private static void value(Worksheet ws, int row, int col, Object v) {
        if (v instanceof Number n) {
            ws.value(row, col, n);
        } else if (v instanceof Boolean b) {
            ws.value(row, col, b);
        } else if (v instanceof String s && !s.isBlank()) {
            ws.value(row, col, s);
        }
    }

    private static void summary(Worksheet ws, List<SheetTemplate> sheets, List<Planned> plan) throws IOException {
        int c = 0;
        for (String h : UNIT_COLUMNS) {
            ws.value(0, c++, h);
        }
        for (SheetTemplate s : sheets) {
            ws.value(0, c++, "Wiersze: " + s.name());
        }
        ws.value(0, c, "Uwagi");
        for (int i = 0; i <= c; i++) {
            ws.style(0, i).bold().set();
        }
        ws.width(1, 40);
        ws.width(2, 17);
        ws.width(c, 80);
        int row = 1;
        for (Planned p : plan) {
            UnitAnswer a = p.answer();
            if (a.rspo() != null) {
                ws.value(row, 0, a.rspo());
            }
            ws.value(row, 1, a.unitName());
            if (a.answeredAt() != null) {
                ws.value(row, 2, LocalDateTime.ofInstant(a.answeredAt(), ZONE));
                ws.style(row, 2).format(DATE_TIME).set();
            }
            for (int i = 0; i < sheets.size(); i++) {
                Integer n = p.result().rowsPerSheet().get(sheets.get(i).name());
                if (p.result().merged() && n != null) {
                    ws.value(row, UNIT + i, n);
                }
            }
            ws.value(row, c, p.result().note());
            row++;
        }
        ws.finish();
    }

    /** "Podsumowanie", or another name when the template has a sheet of that name already (Excel compares names ignoring case). */
    static String summaryName(Template t) {
        String name = SUMMARY;
        for (int i = 2; taken(t, name); i++) {
            name = SUMMARY + " zestawienia" + (i == 2 ? "" : " " + i);
        }
        return name;
    }

    private static boolean taken(Template t, String name) {
        return t.sheets().stream().anyMatch(s -> s.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    }
}
