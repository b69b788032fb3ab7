package pl.edugmina.messaging.domain;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import pl.edugmina.messaging.domain.ExcelSurvey.FixedCell;
import pl.edugmina.messaging.domain.ExcelSurvey.SheetTemplate;
import pl.edugmina.messaging.domain.ExcelSurvey.Template;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One answer compared with the template, streaming its rows: the problems (see {@link ExcelSurvey}) and,
 * for the merge, how many data rows each sheet gives.
 */
final class AnswerInspection {

    /** How far below its place a shifted header row is looked for. */
    private static final int HEADER_SEARCH = 20;

    record Result(List<String> problems, Map<String, Integer> dataRows) {
    }

    private AnswerInspection() {
    }

    /** Throws {@link ExcelSurvey.InvalidWorkbook} when the file cannot be read. */
    static Result inspect(Template template, byte[] xlsx) {
        XlsxFiles.verify(xlsx);
        Problems problems = new Problems();
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (ReadableWorkbook wb = XlsxFiles.open(xlsx, false)) {
            List<Sheet> sheets = wb.getSheets().toList();
            XlsxFiles.CellBudget budget = new XlsxFiles.CellBudget();
            for (Map.Entry<SheetTemplate, Sheet> pair : pairSheets(template, sheets, problems).entrySet()) {
                rows.put(pair.getKey().name(), sheet(pair.getKey(), pair.getValue(), problems, budget));
            }
        } catch (ExcelSurvey.InvalidWorkbook e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw XlsxFiles.damaged(e);
        }
        return new Result(problems.list(), rows);
    }

    /** Template sheets with the answer's sheet to compare them with; reports missing, renamed, added and reordered sheets. */
    private static Map<SheetTemplate, Sheet> pairSheets(Template template, List<Sheet> answer, Problems problems) {
        Map<String, Sheet> byName = new HashMap<>();
        answer.forEach(s -> byName.putIfAbsent(s.getName(), s));
        List<String> templateNames = template.sheets().stream().map(SheetTemplate::name).toList();
        Map<SheetTemplate, Sheet> pairs = new LinkedHashMap<>();
        List<Sheet> added = new ArrayList<>(answer.stream().filter(s -> !templateNames.contains(s.getName())).toList());
        for (int i = 0; i < template.sheets().size(); i++) {
            SheetTemplate t = template.sheets().get(i);
            Sheet same = byName.get(t.name());
            if (same != null) {
                pairs.put(t, same);
                continue;
            }
            // a sheet of another name in the same place: renamed
            Sheet there = i < answer.size() && added.contains(answer.get(i)) ? answer.get(i) : null;
            if (there != null) {
                problems.add("Zmieniono nazwę arkusza „" + t.name() + "” na „" + there.getName() + "”.");
                added.remove(there);
                pairs.put(t, there);
            } else {
                problems.add("Brak arkusza „" + t.name() + "” (jest we wzorze).");
            }
        }
        for (Sheet s : added) {
            problems.add("Dodano arkusz „" + s.getName() + "”, którego nie ma we wzorze.");
        }
        List<String> kept = answer.stream().map(Sheet::getName).filter(templateNames::contains).toList();
        List<String> expected = templateNames.stream().filter(kept::contains).toList();
        if (!kept.equals(expected)) {
            problems.add("Zmieniono kolejność arkuszy: we wzorze " + quoted(expected) + ", w pliku " + quoted(kept) + ".");
        }
        return pairs;
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "„" + n + "”").collect(Collectors.joining(", "));
    }

    /** Checks one sheet; returns its number of data rows. */
    private static int sheet(SheetTemplate t, Sheet s, Problems problems, XlsxFiles.CellBudget budget) throws IOException {
        String where = "Arkusz „" + t.name() + "”";
        SheetWalk walk = new SheetWalk(t, problems, where);
        try (Stream<Row> stream = s.openStream()) {
            Iterator<Row> it = stream.iterator();
            // the rows down to a little below the header, to tell a header moved down or up from one changed
            List<Row> top = new ArrayList<>();
            Row next = null;
            while (it.hasNext()) {
                Row r = budget.row(it.next());
                if (r.getRowNum() - 1 > t.headerRow() + HEADER_SEARCH) {
                    next = r;
                    break;
                }
                top.add(r);
            }
            int moved = movedHeader(t, top);
            if (moved >= 0) {
                problems.add(where + ": nagłówek tabeli jest w wierszu " + (moved + 1) + ", a we wzorze w wierszu "
                        + (t.headerRow() + 1) + " (dodano albo usunięto wiersze nad tabelą).");
                return 0;
            }
            for (Row r : top) {
                walk.row(r);
            }
            if (next != null) {
                walk.row(next);
                while (!walk.stopped() && it.hasNext()) {
                    walk.row(budget.row(it.next()));
                }
            }
        }
        walk.finish();
        return walk.dataRows();
    }

    /** The row the template's header row is found at instead of its own place, or -1. */
    private static int movedHeader(SheetTemplate t, List<Row> top) {
        if (t.headerRow() < 0) {
            return -1;
        }
        Map<Integer, FixedCell> header = t.fixedInRow(t.headerRow());
        Row own = top.stream().filter(r -> r.getRowNum() - 1 == t.headerRow()).findFirst().orElse(null);
        boolean anyInPlace = own != null && header.values().stream().anyMatch(h -> h.text().equals(textAt(own, h.column())));
        if (anyInPlace) {
            return -1;
        }
        return top.stream()
                .filter(r -> header.values().stream().allMatch(h -> h.text().equals(textAt(r, h.column()))))
                .mapToInt(r -> r.getRowNum() - 1).findFirst().orElse(-1);
    }

    static Cell cellAt(Row r, int col) {
        return col < r.getCellCount() ? r.getCell(col) : null;
    }

    private static String textAt(Row r, int col) {
        String t = XlsxFiles.text(cellAt(r, col));
        return t == null ? "" : t;
    }

    /** Whether a row below the header is one of the unit's data rows: a filled cell within the table's columns. */
    static boolean dataRow(SheetTemplate t, Row r) {
        int row = r.getRowNum() - 1;
        if (t.headerRow() < 0 || row <= t.headerRow() || row > t.headerRow() + ExcelSurvey.MAX_DATA_ROWS) {
            return false;
        }
        int n = Math.min(r.getCellCount(), t.columns());
        for (int col = 0; col < n; col++) {
            if (XlsxFiles.present(r.getCell(col))) {
                return true;
            }
        }
        return false;
    }

    /** The rows of one sheet in order, against the template's fixed cells. */
    private static final class SheetWalk {
        private final SheetTemplate t;
        private final Problems problems;
        private final String where;
        private final Iterator<Map.Entry<Integer, Map<Integer, FixedCell>>> fixedRows;
        private Map.Entry<Integer, Map<Integer, FixedCell>> fixedRow;
        private int dataRows;
        private boolean stopped;

        SheetWalk(SheetTemplate t, Problems problems, String where) {
            this.t = t;
            this.problems = problems;
            this.where = where;
            this.fixedRows = t.byRow().entrySet().iterator();
            this.fixedRow = fixedRows.hasNext() ? fixedRows.next() : null;
        }

        boolean stopped() {
            return stopped || problems.full();
        }

        int dataRows() {
            return dataRows;
        }

        void row(Row r) {
            if (stopped()) {
                return;
            }
            int row = r.getRowNum() - 1;
            // template rows the answer does not have at all: their fixed cells were cleared
            while (fixedRow != null && fixedRow.getKey() < row) {
                fixedRow.getValue().values().forEach(f -> compare(f, null, null));
                fixedRow = fixedRows.hasNext() ? fixedRows.next() : null;
            }
            Map<Integer, FixedCell> fixed = Map.of();
            if (fixedRow != null && fixedRow.getKey() == row) {
                fixed = fixedRow.getValue();
                fixedRow = fixedRows.hasNext() ? fixedRows.next() : null;
            }
            int limit = t.headerRow() + ExcelSurvey.MAX_DATA_ROWS;
            if (row > limit && r.stream().anyMatch(XlsxFiles::present)) {
                problems.add(where + ", wiersz " + (row + 1) + ": za dużo wierszy – tabela może mieć najwyżej "
                        + ExcelSurvey.MAX_DATA_ROWS + " wierszy pod nagłówkiem (do wiersza " + (limit + 1) + ").");
                stopped = true;
                return;
            }
            for (FixedCell f : fixed.values()) {
                compare(f, cellAt(r, f.column()), row == t.headerRow() ? r : null);
            }
            for (Cell c : r) {
                if (c == null) {
                    continue;
                }
                int col = c.getColumnIndex();
                FixedCell f = fixed.get(col);
                String error = XlsxFiles.error(c);
                if (error != null && !(f != null && error.equals(f.text()))) {
                    problems.add(at(row, col) + "błąd „" + error + "” – popraw wartość albo formułę.");
                }
                if (f == null && XlsxFiles.present(c)) {
                    typed(row, col, c);
                }
            }
            if (dataRow(t, r)) {
                dataRows++;
            }
        }

        void finish() {
            if (stopped()) {
                return;
            }
            while (fixedRow != null) {
                fixedRow.getValue().values().forEach(f -> compare(f, null, null));
                fixedRow = fixedRows.hasNext() ? fixedRows.next() : null;
            }
        }

        /** A template cell against the answer's cell there (null: none); {@code headerRow} when it is a header. */
        private void compare(FixedCell f, Cell c, Row headerRow) {
            String was = f.text();
            String now = XlsxFiles.text(c);
            boolean header = f.row() == t.headerRow();
            String at = at(f.row(), f.column());
            if (f.formula() != null) {
                if (XlsxFiles.formula(c) == null) {
                    problems.add(at + (now == null
                            ? "usunięto formułę „=" + XlsxFiles.shown(f.formula()) + "”."
                            : "w miejscu formuły „=" + XlsxFiles.shown(f.formula()) + "” wpisano „" + XlsxFiles.shown(now) + "”."));
                }
                return;
            }
            if (was.equals(now)) {
                return;
            }
            if (header && headerRow != null) {
                int elsewhere = columnOf(headerRow, was, f.column());
                if (elsewhere >= 0) {
                    problems.add(at + "nagłówek „" + XlsxFiles.shown(was) + "” przeniesiono do kolumny " + XlsxFiles.column(elsewhere)
                            + " (we wzorze jest w kolumnie " + XlsxFiles.column(f.column()) + ").");
                    return;
                }
            }
            String what = header ? "nagłówek " : "";
            if (now == null) {
                problems.add(at + "usunięto " + what + "„" + XlsxFiles.shown(was) + "”" + (header ? "." : " (treści wzoru nie wolno zmieniać)."));
            } else {
                problems.add(at + "zmieniono " + what + "„" + XlsxFiles.shown(was) + "” na „" + XlsxFiles.shown(now) + "”"
                        + (header ? "." : " (treści wzoru nie wolno zmieniać)."));
            }
        }

        private static int columnOf(Row r, String text, int except) {
            for (Cell c : r) {
                if (c != null && c.getColumnIndex() != except && text.equals(XlsxFiles.text(c))) {
                    return c.getColumnIndex();
                }
            }
            return -1;
        }

        /** A value typed into a cell that is empty in the template: allowed only in the table below the header. */
        private void typed(int row, int col, Cell c) {
            if (t.headerRow() >= 0 && row > t.headerRow() && col < t.columns()) {
                return; // the answer itself
            }
            String value = XlsxFiles.text(c);
            String v = "„" + XlsxFiles.shown(value == null ? "=" + XlsxFiles.formula(c) : value) + "”";
            if (t.headerRow() < 0) {
                problems.add(at(row, col) + "wpisano " + v + ", a we wzorze ten arkusz jest pusty.");
            } else if (row < t.headerRow()) {
                problems.add(at(row, col) + "wpisano " + v + " nad wierszem nagłówka; dane wpisuje się tylko w tabeli pod nagłówkiem.");
            } else if (col >= t.columns()) {
                problems.add(at(row, col) + "wpisano " + v + " poza tabelą (na prawo od kolumny "
                        + XlsxFiles.column(t.columns() - 1) + ", ostatniej kolumny wzoru).");
            } else {
                problems.add(at(row, col) + "dopisano nagłówek " + v + "; nagłówków wzoru nie wolno zmieniać.");
            }
        }

        private String at(int row, int col) {
            return where + ", komórka " + XlsxFiles.address(row, col) + ": ";
        }
    }

    /** The list, cut at {@link ExcelSurvey#MAX_PROBLEMS}: an answer that bad is not read further. */
    private static final class Problems {
        private final List<String> list = new ArrayList<>();
        private boolean cut;

        void add(String p) {
            if (list.size() < ExcelSurvey.MAX_PROBLEMS) {
                list.add(p);
            } else {
                cut = true;
            }
        }

        /** One more problem than listed was found: nothing more to learn. */
        boolean full() {
            return cut;
        }

        List<String> list() {
            List<String> all = new ArrayList<>(list);
            if (cut) {
                all.add("… i dalsze problemy (pokazano pierwsze " + ExcelSurvey.MAX_PROBLEMS + ").");
            }
            return List.copyOf(all);
        }
    }
}
