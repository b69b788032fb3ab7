package pl.edugmina.messaging.domain;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Excel surveys: the department sends an XLSX template with a message, every unit returns it filled in;
 * an answer must keep the template's structure ({@link #check}) and all answers are merged into one
 * workbook ({@link #merge}).
 *
 * <p>The rules, as they can be told to a user:
 * <ul>
 * <li><b>Header row</b> of a sheet: the first row with at least two filled cells; when there is none, the
 *     first filled row. Rows above it are <b>title rows</b>. The table's columns run from A to the last
 *     filled cell of the header row (empty header cells in between are kept as empty headers).</li>
 * <li><b>Fixed cells</b>: every filled cell of the template (titles, headers, labels such as row names
 *     pre-printed in column A, notes). An answer must leave them as they are; a template formula must
 *     stay a formula (its value may change: it is computed).</li>
 * <li>The answer is what the unit types into cells that are empty in the template, <b>below the header
 *     row and within the table's columns</b>; anything typed elsewhere is reported, and so are sheets
 *     added, removed, renamed or reordered, cells showing an Excel error, and data below
 *     {@link #MAX_DATA_ROWS} rows under the header.</li>
 * <li>A file that is not a safe, readable XLSX is refused with the reason ({@link InvalidWorkbook}).</li>
 * </ul>
 * Pure Java: no container, no database; files are read with fastexcel-reader as streams of rows.
 */
public final class ExcelSurvey {

    /** Largest XLSX accepted, as for any attachment. */
    public static final long MAX_FILE_BYTES = AttachmentPolicy.MAX_BYTES;
    /** Largest total size of a file's parts once unpacked (zip bomb guard). */
    public static final long MAX_UNCOMPRESSED_BYTES = 100L * 1024 * 1024;
    /** Rows of data a sheet may have below its header row. */
    public static final int MAX_DATA_ROWS = 10_000;
    /** At most this many problems are listed for one answer. */
    public static final int MAX_PROBLEMS = 50;
    /** Filled cells a template may have in all. */
    public static final int MAX_TEMPLATE_CELLS = 200_000;

    private ExcelSurvey() {
    }

    /** A file that cannot be read as an XLSX; the message is the reason, in Polish, fit to show to the user. */
    public static final class InvalidWorkbook extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidWorkbook(String reason) {
            this(reason, null);
        }

        /** {@code cause}: what the reader threw, for the log only. */
        public InvalidWorkbook(String reason, Throwable cause) {
            super(reason, cause, false, false);
        }
    }

    /** A unit's returned file: who, when, the bytes. */
    public record UnitAnswer(Integer rspo, String unitName, Instant answeredAt, byte[] xlsx) {
    }

    /** A filled template cell (0-based row and column); {@code value} is a String, BigDecimal or Boolean, or null for a formula without a computed value. */
    public record FixedCell(int row, int column, Object value, String formula) {
        public String address() {
            return XlsxFiles.address(row, column);
        }

        /** The value as compared (see {@link XlsxFiles#text(Object)}); "" when there is none. */
        public String text() {
            String t = XlsxFiles.text(value);
            return t == null ? "" : t;
        }
    }

    /** The structure of one template sheet; rows and columns 0-based. */
    public static final class SheetTemplate {
        private final String name;
        private final int headerRow;
        private final List<String> headers;
        private final List<FixedCell> fixedCells;
        private final NavigableMap<Integer, Map<Integer, FixedCell>> byRow = new TreeMap<>();

        public SheetTemplate(String name, int headerRow, List<String> headers, List<FixedCell> fixedCells) {
            this.name = name;
            this.headerRow = headerRow;
            this.headers = List.copyOf(headers);
            this.fixedCells = List.copyOf(fixedCells);
            for (FixedCell f : this.fixedCells) {
                byRow.computeIfAbsent(f.row(), r -> new TreeMap<>()).put(f.column(), f);
            }
        }

        public String name() {
            return name;
        }

        /** The header row, -1 when the sheet is empty. */
        public int headerRow() {
            return headerRow;
        }

        /** Texts of the header row, column A first ("" for an empty header between filled ones). */
        public List<String> headers() {
            return headers;
        }

        /** Number of the table's columns. */
        public int columns() {
            return headers.size();
        }

        public List<FixedCell> fixedCells() {
            return fixedCells;
        }

        /** Fixed cells by row, then column. */
        NavigableMap<Integer, Map<Integer, FixedCell>> byRow() {
            return Collections.unmodifiableNavigableMap(byRow);
        }

        Map<Integer, FixedCell> fixedInRow(int row) {
            return byRow.getOrDefault(row, Map.of());
        }
    }

    /** The template: its sheets in order. */
    public record Template(List<SheetTemplate> sheets) {
        public Template {
            sheets = List.copyOf(sheets);
        }

        public Optional<SheetTemplate> sheet(String name) {
            return sheets.stream().filter(s -> s.name().equals(name)).findFirst();
        }
    }

    /** What happened to one answer in a merge: rows taken per sheet, or why it was left out. */
    public record UnitResult(Integer rspo, String unitName, boolean merged, Map<String, Integer> rowsPerSheet, String note) {
    }

    /** The answers in the order given. */
    public record MergeResult(List<UnitResult> units) {
        public long merged() {
            return units.stream().filter(UnitResult::merged).count();
        }
    }

    /** Reads the template's structure; an unreadable or unsafe file gives {@link InvalidWorkbook}. */
    public static Template template(byte[] xlsx) {
        XlsxFiles.verify(xlsx);
        try (ReadableWorkbook wb = XlsxFiles.open(xlsx, false)) {
            List<SheetTemplate> sheets = new ArrayList<>();
            int[] cells = {0};
            XlsxFiles.CellBudget budget = new XlsxFiles.CellBudget();
            for (Sheet s : wb.getSheets().toList()) {
                sheets.add(readSheet(s, cells, budget));
            }
            if (sheets.isEmpty()) {
                throw new InvalidWorkbook("Plik nie zawiera żadnego arkusza.");
            }
            return new Template(sheets);
        } catch (InvalidWorkbook e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw XlsxFiles.damaged(e);
        }
    }

    private static SheetTemplate readSheet(Sheet s, int[] cells, XlsxFiles.CellBudget budget) throws IOException {
        List<FixedCell> fixed = new ArrayList<>();
        try (Stream<Row> rows = s.openStream()) {
            for (Row r : (Iterable<Row>) rows::iterator) {
                budget.row(r);
                for (Cell c : r) {
                    if (XlsxFiles.present(c)) {
                        if (++cells[0] > MAX_TEMPLATE_CELLS) {
                            throw new InvalidWorkbook("Wzór jest za duży: ma ponad " + MAX_TEMPLATE_CELLS + " wypełnionych komórek.");
                        }
                        fixed.add(new FixedCell(r.getRowNum() - 1, c.getColumnIndex(), c.getValue(), XlsxFiles.formula(c)));
                    }
                }
            }
        }
        SheetTemplate draft = new SheetTemplate(s.getName(), -1, List.of(), fixed);
        int header = draft.byRow().entrySet().stream().filter(e -> e.getValue().size() >= 2).map(Map.Entry::getKey)
                .findFirst().orElse(draft.byRow().isEmpty() ? -1 : draft.byRow().firstKey());
        if (header >= 0 && draft.byRow().lastKey() > header + MAX_DATA_ROWS) {
            throw new InvalidWorkbook("Wzór jest za duży: arkusz „" + s.getName() + "” ma więcej niż " + MAX_DATA_ROWS + " wierszy pod nagłówkiem.");
        }
        List<String> headers = new ArrayList<>();
        if (header >= 0) {
            Map<Integer, FixedCell> row = draft.fixedInRow(header);
            int last = Collections.max(row.keySet());
            for (int col = 0; col <= last; col++) {
                FixedCell f = row.get(col);
                headers.add(f == null ? "" : f.text());
            }
        }
        return new SheetTemplate(s.getName(), header, headers, fixed);
    }

    /**
     * The problems of an answer, in Polish, each naming the sheet and the cell, e.g.
     * "Arkusz „Dane”, komórka B3: zmieniono nagłówek „Liczba uczniów” na „Uczniowie”".
     * An empty list: the structure is kept. A file that cannot be read at all gives one problem, the reason.
     * At most {@link #MAX_PROBLEMS} are listed (then a last line says the list is cut and reading stops).
     */
    public static List<String> check(Template template, byte[] answer) {
        try {
            return AnswerInspection.inspect(template, answer).problems();
        } catch (InvalidWorkbook e) {
            return List.of(e.getMessage());
        }
    }

    /**
     * Writes one XLSX with all answers that keep the structure, in the order given. Per template sheet:
     * the title rows once, one header row ("RSPO", "Jednostka", "Data odpowiedzi", then the template's
     * headers), then each unit's block: every row below the header with a filled cell in the table
     * (label rows too, so pre-printed tables give every unit a block of the same shape), prefixed with the
     * unit's columns. Numbers stay numbers, dates dates (with a date format), booleans booleans;
     * formulas give their computed value. A last sheet "Podsumowanie" lists every answer given with
     * its rows per sheet.
     *
     * <p><b>Answers that fail {@link #check} are skipped, never merged</b>: the summary sheet says
     * "pominięto: niezgodna struktura" with the first problem (an unreadable file: "pominięto: plik
     * nieczytelny"), and so does the returned result; the caller need not filter beforehand. An answer
     * that would push a sheet past Excel's 1,048,576 rows is skipped likewise.
     * Answer dates are shown in Polish time (Europe/Warsaw).
     *
     * @param out receives the XLSX; not closed
     */
    public static MergeResult merge(Template template, List<UnitAnswer> answers, OutputStream out) {
        return SurveyMerge.write(template, answers, out);
    }
}
