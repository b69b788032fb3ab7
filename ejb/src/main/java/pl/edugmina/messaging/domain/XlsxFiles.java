package pl.edugmina.messaging.domain;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Opening an XLSX safely and reading its cells the way {@link ExcelSurvey} compares them.
 *
 * <p>Before the reader parses anything, every entry of the ZIP is inflated once with the same ZIP
 * implementation the reader uses (commons-compress, central directory), counting the bytes: more than
 * {@link ExcelSurvey#MAX_UNCOMPRESSED_BYTES} in total, or an entry that grows more than
 * {@link #MAX_RATIO} times (a zip bomb), is refused; so is an XML part with a DOCTYPE (or any other
 * declaration) before its root element, or not in UTF-8.
 * The reader itself (fastexcel-reader 0.19, Aalto StAX) is created with DTD support and external
 * entities off, so entities are never expanded; the DOCTYPE refusal is a second line and gives a
 * clear reason instead of a parser error.
 */
final class XlsxFiles {

    /** An entry may inflate at most this many times its compressed size (once past {@link #RATIO_GRACE}). */
    static final int MAX_RATIO = 200;
    static final long RATIO_GRACE = 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** What Excel shows in a cell whose value cannot be computed. */
    static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
            "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");

    private XlsxFiles() {
    }

    /** Refuses (with the Polish reason) what is not a safe, readable XLSX; see the class comment. */
    static void verify(byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            throw new ExcelSurvey.InvalidWorkbook("Plik jest pusty.");
        }
        if (xlsx.length > ExcelSurvey.MAX_FILE_BYTES) {
            throw new ExcelSurvey.InvalidWorkbook("Plik jest za duży (najwyżej " + ExcelSurvey.MAX_FILE_BYTES / (1024 * 1024) + " MB).");
        }
        if (startsWith(xlsx, OLE)) {
            throw new ExcelSurvey.InvalidWorkbook("Plik jest w starym formacie Excela (XLS) albo jest zabezpieczony hasłem. "
                    + "Zapisz go jako „Skoroszyt programu Excel (*.xlsx)” bez hasła.");
        }
        if (!startsWith(xlsx, ZIP)) {
            throw new ExcelSurvey.InvalidWorkbook("Plik nie jest arkuszem Excela (XLSX): jego zawartość nie zgadza się z rozszerzeniem.");
        }
        boolean workbook = false;
        long total = 0;
        int entries = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            for (Enumeration<ZipArchiveEntry> en = zip.getEntries(); en.hasMoreElements(); ) {
                ZipArchiveEntry e = en.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw tooBig();
                }
                String name = e.getName();
                workbook |= name.startsWith("xl/");
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                long compressed = Math.max(1, Math.min(e.getCompressedSize() < 0 ? xlsx.length : e.getCompressedSize(), xlsx.length));
                try (InputStream in = zip.getInputStream(e)) {
                    total = inflate(in, total, compressed, xml);
                }
            }
        } catch (ExcelSurvey.InvalidWorkbook e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
        if (!workbook) {
            throw new ExcelSurvey.InvalidWorkbook("Plik nie jest arkuszem XLSX (to archiwum ZIP albo inny dokument, np. DOCX, z rozszerzeniem .xlsx).");
        }
    }

    /** Reads one entry to its end; returns the new running total of inflated bytes. */
    private static long inflate(InputStream in, long total, long compressed, boolean xml) throws IOException {
        byte[] buf = new byte[PROLOG_MAX];
        long size = 0;
        for (int n; (n = xml && size == 0 ? in.readNBytes(buf, 0, buf.length) : in.read(buf)) > 0; ) {
            if (xml && size == 0 && !safeProlog(buf, n, n < buf.length)) {
                throw unsafe();
            }
            size += n;
            total += n;
            if (total > ExcelSurvey.MAX_UNCOMPRESSED_BYTES || (size > RATIO_GRACE && size / compressed > MAX_RATIO)) {
                throw tooBig();
            }
        }
        return total;
    }

    /** The start of an XML part, where a DOCTYPE would have to be, is read at once; it may be this long. */
    static final int PROLOG_MAX = 64 * 1024;

    /**
     * Whether the XML prolog in {@code b[0..n)} (everything before the root element) is free of a DOCTYPE
     * or any other declaration; comments and processing instructions are skipped. Text in UTF-16/32
     * is refused (it would hide a DOCTYPE from this byte-wise look), and so is a prolog that does not
     * end within the bytes given unless they are the whole part ({@code complete}).
     */
    static boolean safeProlog(byte[] b, int n, boolean complete) {
        int i = n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        if (n - i >= 2 && (b[i] == 0 || b[i + 1] == 0 || (b[i] & 0xFF) >= 0xFE)) {
            return false;
        }
        while (true) {
            while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
                i++;
            }
            if (i >= n) {
                return complete;
            }
            if (b[i] != '<') {
                return true; // not XML at all: the parser refuses it
            }
            String end = at(b, n, i, "<?") ? "?>" : at(b, n, i, "<!--") ? "-->" : null;
            if (end == null) {
                return !at(b, n, i, "<!") && (i + 1 < n || complete); // "<!DOCTYPE", or the root element
            }
            int close = indexOf(b, n, i + 2, end);
            if (close < 0) {
                return complete;
            }
            i = close + end.length();
        }
    }

    private static boolean at(byte[] b, int n, int i, String s) {
        if (i + s.length() > n) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int n, int from, String s) {
        for (int i = from; i + s.length() <= n; i++) {
            if (at(b, n, i, s)) {
                return i;
            }
        }
        return -1;
    }

    /** Opens a verified file; {@code formats} when number formats are needed (dates). */
    static ReadableWorkbook open(byte[] xlsx, boolean formats) {
        try {
            return new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(formats, false));
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    /** The reader failed on the file; {@code cause} is kept for the log, the user sees the reason. */
    static ExcelSurvey.InvalidWorkbook damaged(Exception cause) {
        return new ExcelSurvey.InvalidWorkbook("Plik XLSX jest uszkodzony (niekompletny albo źle zapisany). Otwórz go w Excelu i zapisz ponownie.", cause);
    }

    private static ExcelSurvey.InvalidWorkbook tooBig() {
        return new ExcelSurvey.InvalidWorkbook("Plik XLSX po rozpakowaniu byłby za duży (ponad "
                + ExcelSurvey.MAX_UNCOMPRESSED_BYTES / (1024 * 1024) + " MB) albo jest podejrzanie mocno skompresowany; nie można go bezpiecznie odczytać.");
    }

    private static ExcelSurvey.InvalidWorkbook unsafe() {
        return new ExcelSurvey.InvalidWorkbook("Plik XLSX zawiera niedozwolone elementy XML (deklarację DOCTYPE albo kodowanie inne niż UTF-8); nie można go bezpiecznie odczytać.");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Cells a file may make the reader go through, empty ones included (see {@link CellBudget}). */
    static final long MAX_CELLS_READ = 2_000_000;

    /**
     * Counts the cells read from one file. The reader gives each row a cell for every column up to its
     * last one, empty or not, so a row with one styled cell in column XFD costs 16,384: without a
     * budget, a small file of such rows would keep the server busy for minutes.
     */
    static final class CellBudget {
        private long used;

        Row row(Row r) {
            used += Math.max(r.getCellCount(), 1);
            if (used > MAX_CELLS_READ) {
                throw new ExcelSurvey.InvalidWorkbook("Plik jest za duży do sprawdzenia: ma ponad " + MAX_CELLS_READ
                        + " komórek (licząc puste, ale sformatowane). Usuń zbędne wiersze i kolumny poza tabelą.");
            }
            return r;
        }
    }

    // ---- cells ----

    /** The cell's formula, or null. */
    static String formula(Cell c) {
        String f = c == null ? null : c.getFormula();
        return f == null || f.isBlank() ? null : f;
    }

    /**
     * What the cell shows, as compared: text with spaces trimmed and runs of spaces made one, numbers
     * without trailing zeros, booleans as Excel shows them in Polish; null when the cell is empty.
     * A formula gives its cached (last computed) value.
     */
    static String text(Cell c) {
        return c == null ? null : text(c.getValue());
    }

    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            String t = normalized(s);
            return t.isEmpty() ? null : t;
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Boolean b) {
            return b ? "PRAWDA" : "FAŁSZ";
        }
        return v.toString();
    }

    /** Trimmed, every run of spaces (also non-breaking ones, tabs, line breaks) made one space. */
    static String normalized(String s) {
        StringBuilder sb = null;
        boolean space = true; // at the start: drop leading spaces
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean isSpace = Character.isWhitespace(ch) || Character.isSpaceChar(ch);
            boolean keep = !isSpace || !space;
            if (sb == null && (!keep || (isSpace && ch != ' '))) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (keep && sb != null) {
                sb.append(isSpace ? ' ' : ch);
            }
            space = isSpace;
        }
        String t = sb == null ? s : sb.toString();
        return t.endsWith(" ") ? t.substring(0, t.length() - 1) : t;
    }

    /** Has a value or a formula. */
    static boolean present(Cell c) {
        if (c == null) {
            return false;
        }
        Object v = c.getValue();
        if (v instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
                    return true;
                }
            }
            return formula(c) != null;
        }
        return v != null || formula(c) != null;
    }

    /** The Excel error the cell shows (#DIV/0!, #REF!, …), or null. */
    static String error(Cell c) {
        if (c == null) {
            return null;
        }
        if (c.getType() == CellType.ERROR) {
            return c.getRawValue() == null ? "#N/A" : c.getRawValue();
        }
        if (c.getType() == CellType.FORMULA && c.getValue() instanceof String s && ERRORS.contains(s)) {
            return s;
        }
        return null;
    }

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    /** How a value is quoted in a message: at most 60 characters, decimal comma for numbers. */
    static String shown(String text) {
        if (text == null) {
            return "";
        }
        String t = DECIMAL.matcher(text).matches() ? text.replace('.', ',') : text;
        return t.length() > 60 ? t.substring(0, 57) + "…" : t;
    }

    /** "A", "B", …, "Z", "AA", … for a 0-based column. */
    static String column(int col) {
        StringBuilder sb = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    /** "B3" for 0-based row 2, column 1. */
    static String address(int row, int col) {
        return column(col) + (row + 1);
    }

    // ---- dates ----

    enum DateKind { NONE, DATE, DATE_TIME, TIME }

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\\\\.|_.|\\*.");
    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern ELAPSED = Pattern.compile("\\[(h+|m+|s+)\\]", Pattern.CASE_INSENSITIVE);

    /** Whether a number with this format is shown as a date, a date with time, or a time of day. */
    static DateKind dateKind(Integer formatId, String format) {
        if (formatId != null && (formatId >= 14 && formatId <= 17 || formatId >= 27 && formatId <= 31
                || formatId >= 34 && formatId <= 36 || formatId >= 50 && formatId <= 58)) {
            return DateKind.DATE;
        }
        if (formatId != null && formatId == 22) {
            return DateKind.DATE_TIME;
        }
        if (formatId != null && (formatId >= 18 && formatId <= 21 || formatId >= 32 && formatId <= 33 || formatId >= 45 && formatId <= 47)) {
            return DateKind.TIME;
        }
        if (format == null || format.isBlank() || "General".equalsIgnoreCase(format)) {
            return DateKind.NONE;
        }
        String f = format.split(";", 2)[0];
        boolean elapsed = ELAPSED.matcher(f).find();
        f = BRACKETS.matcher(QUOTED.matcher(f).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
        boolean day = f.indexOf('d') >= 0 || f.indexOf('y') >= 0;
        boolean time = elapsed || f.indexOf('h') >= 0 || f.indexOf('s') >= 0;
        boolean month = f.indexOf('m') >= 0;
        if (f.contains("e+") || f.contains("e-")) {
            return DateKind.NONE; // scientific notation
        }
        if (day) {
            return time ? DateKind.DATE_TIME : DateKind.DATE;
        }
        if (time) {
            return DateKind.TIME;
        }
        return month ? DateKind.DATE : DateKind.NONE;
    }

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final BigDecimal DAY_MILLIS = BigDecimal.valueOf(86_400_000L);

    /** The date an Excel serial number stands for (both the 1900 and the 1904 date systems). */
    static LocalDateTime excelDate(BigDecimal serial, boolean date1904) {
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        long millis = serial.subtract(BigDecimal.valueOf(days)).multiply(DAY_MILLIS).setScale(0, RoundingMode.HALF_UP).longValue();
        LocalDate epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
        if (!date1904 && days < 61) {
            days++; // Excel counts a 29 February 1900 that never was
        }
        return epoch.plusDays(days).atStartOfDay().plusNanos(millis * 1_000_000L);
    }
}
