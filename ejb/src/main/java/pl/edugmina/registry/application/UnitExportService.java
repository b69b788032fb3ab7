package pl.edugmina.registry.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** Exports what the registry list shows (same filters, same scope) to CSV or XLSX. */
@Stateless
public class UnitExportService {

    public static final int MAX_ROWS = 100_000;

    private record Column(String header, Function<UnitRow, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Numer RSPO", UnitRow::rspoNumber),
            new Column("Nazwa", UnitRow::name),
            new Column("Nazwa skrócona", UnitRow::shortName),
            new Column("Typ", UnitRow::typeName),
            new Column("Publiczna", r -> r.publicUnit() ? "tak" : "nie"),
            new Column("Organ prowadzący", UnitRow::runningBody),
            new Column("Adres", UnitRow::address),
            new Column("Miejscowość", UnitRow::locality),
            new Column("Telefon", UnitRow::phone),
            new Column("E-mail", UnitRow::email),
            new Column("Dyrektor", UnitRow::directorName),
            new Column("REGON", UnitRow::regon),
            new Column("NIP", UnitRow::nip),
            new Column("Aktywna", r -> r.active() ? "tak" : "nie"));

    @Inject
    private UnitRegistryService registry;

    private List<UnitRow> rows(UnitQuery q) {
        return registry.search(q.page(0, MAX_ROWS)).rows();
    }

    /** UTF-8 with BOM (so Excel in Polish locale opens it right), {@code ;}-separated, header row. */
    public void csv(UnitQuery q, OutputStream out) throws IOException {
        List<UnitRow> rows = rows(q);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write(String.join(";", COLUMNS.stream().map(c -> csvCell(c.header())).toList()));
        w.write("\r\n");
        for (UnitRow r : rows) {
            w.write(String.join(";", COLUMNS.stream().map(c -> csvCell(c.value().apply(r))).toList()));
            w.write("\r\n");
        }
        w.flush();
    }

    static String csvCell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        // neutralise spreadsheet formulas (CSV injection)
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(v instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    public void xlsx(UnitQuery q, OutputStream out) throws IOException {
        List<UnitRow> rows = rows(q);
        Workbook wb = new Workbook(out, "EduGmina", "1.0");
        Worksheet ws = wb.newWorksheet("Placówki");
        for (int c = 0; c < COLUMNS.size(); c++) {
            ws.value(0, c, COLUMNS.get(c).header());
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (UnitRow row : rows) {
            for (int c = 0; c < COLUMNS.size(); c++) {
                Object v = COLUMNS.get(c).value().apply(row);
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v != null) {
                    ws.value(r, c, v.toString());
                }
            }
            r++;
        }
        ws.freezePane(0, 1);
        wb.finish();
    }
}
