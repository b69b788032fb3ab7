package pl.edugmina.contracts.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.Money;
import pl.edugmina.common.ValidationException;
import pl.edugmina.contracts.domain.ContractDraft;
import pl.edugmina.contracts.domain.ExternalContract;
import pl.edugmina.contracts.domain.MinimumRates;
import pl.edugmina.contracts.domain.RateKind;
import pl.edugmina.platform.Settings;
import pl.edugmina.registers.application.DeletableUnitRegisterService;
import pl.edugmina.registers.application.RegisterQuery;
import pl.edugmina.registers.application.UnitRegister;
import pl.edugmina.registers.application.UnitRegisterRow;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static pl.edugmina.platform.SqlValues.date;
import static pl.edugmina.platform.SqlValues.instant;

/**
 * The register of contracts units sign with external parties. Units keep their own entries; the department sees the
 * whole city, sets the city's minimum rates per contract type and year, and exports the list. A contract below the
 * minimum is flagged with the reason on both lists (computed when read, so a new minimum applies at once).
 */
@Stateless
@LocalBean
public class ContractRegisterService implements DeletableUnitRegisterService<ContractRegisterService.Row, ContractDraft> {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    public static final int MAX_ROWS = 20_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    private UnitRegister<ExternalContract> register;

    @PostConstruct
    void init() {
        register = new UnitRegister<>(em, audit, ExternalContract.class, "ExternalContract", "contract", ContractRegisterService::snapshot);
    }

    public record Type(String code, String namePl, String nameEn, boolean active) {
    }

    /** Filters; null or blank means any. */
    public record Filter(Long unitId, String type, Boolean flagged, String q) {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    /** A line of the register, with the reason when it is below the city's minimum ({@code flag}, else null). */
    public record Row(long id, long unitId, String unitName, String partyName, String partyNip, String subject, String typeCode,
                      String typeName, LocalDate dateFrom, LocalDate dateTo, RateKind rateKind, BigDecimal amount, BigDecimal hours,
                      String flag, Instant updatedAt, int version) implements UnitRegisterRow {
    }

    /** A minimum rate in force: set by the department for the year, or the configured default ({@code year} null). */
    public record Rate(String typeCode, String typeName, Integer year, RateKind kind, BigDecimal amount, String setBy, Instant setAt,
                       boolean configured) {
    }

    public List<Type> types() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, name_pl, name_en, active from contract_type order by position, code").getResultList();
        return rows.stream().map(r -> new Type((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3])).toList();
    }

    // ---------------------------------------------------------------- a unit's register

    @Override
    public long create(long unitId, ContractDraft draft) {
        Actor me = actors.current();
        return register.create(me, unitId, () -> new ExternalContract(unitId, valid(draft), me.login(), Instant.now()),
                c -> "Umowa: " + c.partyName() + " – " + c.subject());
    }

    /** Corrects an entry; {@code version} is the one the user saw (someone else's save in between is a conflict). */
    @Override
    public void update(long id, int version, ContractDraft draft) {
        register.update(actors.current(), id, version, c -> c.change(valid(draft), Instant.now()), "Zmiana umowy");
    }

    /** Removes an entry made by mistake; what it was stays in the audit log. */
    @Override
    public void delete(long id) {
        register.delete(actors.current(), id, "Usunięto umowę z rejestru");
    }

    // ---------------------------------------------------------------- reading

    /** The contracts the caller may see (a unit's users: their units'), each flagged when below the minimum. */
    public List<Row> list(Filter f) {
        return UnitRegister.list(actors.current(), f == null ? Filter.none() : f, this::rows);
    }

    @Override
    public Row get(long id) {
        return register.line(actors.current(), id, Filter.none(), this::rows);
    }

    /** The minimum rates in force: the configured default and every rate the department set, by type and year. */
    public List<Rate> minimumRates() {
        UnitRegister.requireReader(actors.current());
        Map<String, String> names = typeNames();
        List<Rate> out = new ArrayList<>();
        out.add(new Rate("ZLECENIE", names.get("ZLECENIE"), null, RateKind.HOURLY, Settings.contractMinHourlyZlecenie(), null, null, true));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select contract_type, year, rate_kind, amount, set_by, set_at from contract_min_rate order by year desc, contract_type, rate_kind""")
                .getResultList();
        rows.forEach(r -> out.add(new Rate((String) r[0], names.get((String) r[0]), ((Number) r[1]).intValue(), RateKind.valueOf((String) r[2]),
                (BigDecimal) r[3], (String) r[4], instant(r[5]), false)));
        return out;
    }

    /** Sets the city's minimum for a contract type, year and rate kind (per hour or per month); {@code amount} null removes it. */
    public void setMinimumRate(String typeCode, int year, RateKind kind, BigDecimal amount) {
        Actor me = actors.current();
        if (!me.canSetContractStandards()) {
            throw new AccessDeniedException();
        }
        List<ValidationException.Violation> errors = new ArrayList<>();
        if (typeCode == null || !typeNames().containsKey(typeCode)) {
            errors.add(new ValidationException.Violation("type", "contract.type.unknown", String.valueOf(typeCode)));
        }
        if (year < 2000 || year > 2100) {
            errors.add(new ValidationException.Violation("year", "repair.pool.yearInvalid"));
        }
        if (kind == null || !kind.hasMinimum()) {
            errors.add(new ValidationException.Violation("rateKind", "contract.minimum.kind"));
        }
        BigDecimal a = amount == null ? null : Money.exact(amount).filter(Money::isPositive).orElse(null);
        if (amount != null && a == null) {
            errors.add(new ValidationException.Violation("amount", "repair.amount.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        @SuppressWarnings("unchecked")
        List<Object> before = em.createNativeQuery("select amount from contract_min_rate where contract_type = ?1 and year = ?2 and rate_kind = ?3")
                .setParameter(1, typeCode).setParameter(2, year).setParameter(3, kind.name()).getResultList();
        String key = typeCode + "/" + year + "/" + kind;
        if (a == null) {
            em.createNativeQuery("delete from contract_min_rate where contract_type = ?1 and year = ?2 and rate_kind = ?3")
                    .setParameter(1, typeCode).setParameter(2, year).setParameter(3, kind.name()).executeUpdate();
        } else {
            em.createNativeQuery("""
                    insert into contract_min_rate (contract_type, year, rate_kind, amount, set_by, set_at) values (?1, ?2, ?3, ?4, ?5, now())
                    on conflict (contract_type, year, rate_kind) do update set amount = excluded.amount, set_by = excluded.set_by, set_at = excluded.set_at""")
                    .setParameter(1, typeCode).setParameter(2, year).setParameter(3, kind.name()).setParameter(4, a).setParameter(5, me.login())
                    .executeUpdate();
        }
        audit.recordChange(me.login(), before.isEmpty() ? AuditAction.CREATE : (a == null ? AuditAction.DELETE : AuditAction.UPDATE),
                "ContractMinimumRate", key, "Stawka minimalna " + key + ": " + (a == null ? "usunięta" : Money.format(a)),
                before.isEmpty() ? Map.of() : Map.of("amount", ((BigDecimal) before.get(0)).toPlainString()),
                a == null ? Map.of() : Map.of("amount", a.toPlainString()));
    }

    // ---------------------------------------------------------------- export (the department)

    private record Column(String header, Function<Row, Object> value) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final List<Column> COLUMNS = List.of(
            new Column("Placówka", Row::unitName),
            new Column("Kontrahent", Row::partyName),
            new Column("NIP", Row::partyNip),
            new Column("Przedmiot umowy", Row::subject),
            new Column("Rodzaj umowy", Row::typeName),
            new Column("Od", r -> r.dateFrom() == null ? null : DATE.format(r.dateFrom())),
            new Column("Do", r -> r.dateTo() == null ? null : DATE.format(r.dateTo())),
            new Column("Sposób rozliczenia", r -> r.rateKind().label()),
            new Column("Kwota (zł)", Row::amount),
            new Column("Liczba godzin", Row::hours),
            new Column("Poniżej stawki minimalnej", r -> r.flag() == null ? "nie" : "tak"),
            new Column("Uzasadnienie oznaczenia", Row::flag));

    /** The city-wide list as CSV (UTF-8 with BOM, {@code ;}, decimal comma) with the same filters as the screen. */
    public void csv(Filter f, OutputStream out) throws IOException {
        List<Row> rows = exportRows(f);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write(String.join(";", COLUMNS.stream().map(c -> cell(c.header())).toList()));
        w.write("\r\n");
        for (Row r : rows) {
            w.write(String.join(";", COLUMNS.stream().map(c -> cell(c.value().apply(r))).toList()));
            w.write("\r\n");
        }
        w.flush();
    }

    public void xlsx(Filter f, OutputStream out) throws IOException {
        List<Row> rows = exportRows(f);
        Workbook wb = new Workbook(out, "EduGmina", "1.0");
        Worksheet ws = wb.newWorksheet("Umowy");
        for (int c = 0; c < COLUMNS.size(); c++) {
            ws.value(0, c, COLUMNS.get(c).header());
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (Row row : rows) {
            for (int c = 0; c < COLUMNS.size(); c++) {
                Object v = COLUMNS.get(c).value().apply(row);
                if (v instanceof BigDecimal n) {
                    ws.value(r, c, n);
                    ws.style(r, c).format("#,##0.00").set();
                } else if (v != null) {
                    ws.value(r, c, v.toString());
                }
            }
            r++;
        }
        ws.freezePane(0, 1);
        wb.finish();
    }

    private List<Row> exportRows(Filter f) {
        Actor me = actors.current();
        if (!me.seesAllUnits()) {
            throw new AccessDeniedException();
        }
        List<Row> rows = rows(me, f == null ? Filter.none() : f, null);
        audit.record(me.login(), AuditAction.VIEW_PERSONAL_DATA, "ExternalContract", null, "Eksport rejestru umów: " + rows.size() + " pozycji");
        return rows;
    }

    /** A CSV cell: decimal comma for amounts, formulas neutralised, quoted when needed. */
    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof BigDecimal n ? n.toPlainString().replace('.', ',') : v.toString();
        if (!(v instanceof BigDecimal) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    // ---------------------------------------------------------------- internals

    private List<Row> rows(Actor me, Filter f, Long id) {
        RegisterQuery query = RegisterQuery.scoped(me, """
                select c.id, c.unit_id, u.name, c.party_name, c.party_nip, c.subject, c.contract_type, t.name_pl, c.date_from, c.date_to,
                       c.rate_kind, c.amount, c.hours, c.updated_at, c.version
                from external_contract c join unit u on u.id = c.unit_id join contract_type t on t.code = c.contract_type
                where 1 = 1""", "c").entry(id).unit(f.unitId());
        if (f.type() != null && !f.type().isBlank()) {
            query.and("c.contract_type = :type", "type", f.type().strip());
        }
        List<Object[]> rows = query.search(f.q(), "(c.party_name ilike :q or c.subject ilike :q or u.name ilike :q)")
                .rows(em, "order by c.date_from desc, c.id desc", MAX_ROWS);
        MinimumRates rates = rates();
        LocalDate today = LocalDate.now(OFFICE_ZONE);
        List<Row> out = new ArrayList<>();
        for (Object[] r : rows) {
            RateKind kind = RateKind.valueOf((String) r[10]);
            String flag = rates.flag(new MinimumRates.Terms((String) r[6], (String) r[7], date(r[8]), date(r[9]), kind, (BigDecimal) r[11]), today)
                    .orElse(null);
            if (f.flagged() != null && f.flagged() != (flag != null)) {
                continue;
            }
            out.add(new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], date(r[8]), date(r[9]), kind, (BigDecimal) r[11], (BigDecimal) r[12], flag == null ? null : flag,
                    instant(r[13]), ((Number) r[14]).intValue()));
        }
        return out;
    }

    private MinimumRates rates() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select contract_type, year, rate_kind, amount from contract_min_rate").getResultList();
        return new MinimumRates(
                rows.stream().map(r -> new MinimumRates.Minimum((String) r[0], ((Number) r[1]).intValue(), RateKind.valueOf((String) r[2]),
                        (BigDecimal) r[3])).toList(),
                List.of(new MinimumRates.Minimum("ZLECENIE", null, RateKind.HOURLY, Settings.contractMinHourlyZlecenie())));
    }

    private Map<String, String> typeNames() {
        Map<String, String> m = new LinkedHashMap<>();
        types().forEach(t -> m.put(t.code(), t.namePl()));
        return m;
    }

    private ContractDraft valid(ContractDraft draft) {
        ContractDraft d = draft.normalised();
        List<ValidationException.Violation> errors = ValidationException.Violation.allOf(d.problems());
        if (d.typeCode() != null && types().stream().noneMatch(t -> t.active() && t.code().equals(d.typeCode()))) {
            errors.add(new ValidationException.Violation("type", "contract.type.unknown", d.typeCode()));
        }
        ValidationException.throwIfAny(errors);
        return d;
    }

    private static Map<String, String> snapshot(ExternalContract c) {
        Map<String, String> m = new TreeMap<>();
        m.put("partyName", c.partyName());
        if (c.partyNip() != null) {
            m.put("partyNip", c.partyNip());
        }
        m.put("subject", c.subject());
        m.put("type", c.typeCode());
        m.put("dateFrom", c.dateFrom().toString());
        if (c.dateTo() != null) {
            m.put("dateTo", c.dateTo().toString());
        }
        m.put("rateKind", c.rateKind().name());
        m.put("amount", c.amount().toPlainString());
        if (c.hours() != null) {
            m.put("hours", c.hours().toPlainString());
        }
        return m;
    }
}
