package pl.edugmina.registry.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.common.ValidationException.Violation;
import pl.edugmina.platform.Settings;
import pl.edugmina.registry.application.ImportPreview.Row;
import pl.edugmina.registry.application.ImportPreview.Status;
import pl.edugmina.registry.domain.Unit;
import pl.edugmina.registry.domain.UnitData;
import pl.edugmina.registry.domain.UnitType;
import pl.edugmina.registry.rspo.RspoParseResult;
import pl.edugmina.registry.rspo.RspoParser;
import pl.edugmina.registry.rspo.RspoRecord;
import pl.edugmina.registry.rspo.RspoRecordError;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Import of units from a file in the RSPO API format (offline). The preview tells, row by row,
 * what is new, changed, unchanged or invalid (with the reason); applying writes the valid rows in
 * one transaction, skipping the invalid ones. Importing the same file twice changes nothing.
 * A value missing from the file never erases one already in the registry.
 */
@Stateless
public class UnitImportService {

    private static final Logger LOG = Logger.getLogger(UnitImportService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @Inject
    private AuditService audit;

    @Inject
    private Settings settings;

    /** A record that passed parsing, with what it would become and the verdict. */
    private record Planned(int position, RspoRecord record, UnitData data, Row row) {
    }

    public ImportPreview preview(byte[] content) {
        requireImport();
        return plan(content).preview();
    }

    public ImportResult apply(byte[] content) {
        Actor me = requireImport();
        return applyAs(me.login(), content);
    }

    /** For start-up jobs (demo data) that run without a logged-in user. */
    public ImportResult applyAsSystem(byte[] content) {
        return applyAs(Actor.system().login(), content);
    }

    private ImportResult applyAs(String actor, byte[] content) {
        Plan plan = plan(content);
        if (plan.fileError != null) {
            throw new ValidationException(List.of(new Violation("file", "import.fileError", plan.fileError)));
        }
        Map<Integer, Unit> existing = existingByRspo();
        Map<Integer, UnitType> types = types();
        int created = 0;
        int updated = 0;
        List<Planned> writable = plan.planned.stream()
                .filter(p -> p.row.status() == Status.NEW || p.row.status() == Status.CHANGED).toList();
        // first pass: every unit exists (parents may come later in the file than their members)
        Map<Integer, Map<String, String>> before = new HashMap<>();
        for (Planned p : writable) {
            UnitData withoutParent = withParent(p.data, null);
            Unit u = existing.get(p.data.rspoNumber());
            if (u == null) {
                u = Unit.register(withoutParent, types.get(p.data.typeId()), null);
                em.persist(u);
                existing.put(u.rspoNumber(), u);
                before.put(u.rspoNumber(), Map.of());
                created++;
            } else {
                before.put(u.rspoNumber(), u.snapshot());
                u.update(withoutParent, types.get(p.data.typeId()), u.parent());
                updated++;
            }
        }
        // second pass: parents
        for (Planned p : writable) {
            Unit u = existing.get(p.data.rspoNumber());
            Unit parent = p.data.parentRspoNumber() == null ? u.parent() : existing.get(p.data.parentRspoNumber());
            u.update(p.data, types.get(p.data.typeId()), parent);
        }
        em.flush();
        for (Planned p : writable) {
            Unit u = existing.get(p.data.rspoNumber());
            Map<String, String> b = before.get(u.rspoNumber());
            audit.recordChange(actor, b.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, "Unit", u.id(),
                    "import RSPO: " + u.name(), b, u.snapshot());
        }
        ImportPreview preview = plan.preview();
        ImportResult result = new ImportResult(created, updated, (int) preview.count(Status.UNCHANGED), (int) preview.count(Status.INVALID));
        audit.record(actor, AuditAction.IMPORT, "Unit", null, String.format(
                "RSPO import: %d new, %d changed, %d unchanged, %d invalid", created, updated, result.unchanged(), result.invalid()));
        LOG.info(() -> "EDU-REG-010 RSPO import by " + actor + ": " + result);
        return result;
    }

    private final class Plan {
        String fileError;
        List<Planned> planned = new ArrayList<>();
        List<Row> invalid = new ArrayList<>();

        ImportPreview preview() {
            if (fileError != null) {
                return new ImportPreview(fileError, List.of());
            }
            List<Row> rows = new ArrayList<>(invalid);
            planned.forEach(p -> rows.add(p.row));
            rows.sort(Comparator.comparingInt(Row::position));
            return new ImportPreview(null, rows);
        }
    }

    private Plan plan(byte[] content) {
        Plan plan = new Plan();
        RspoParseResult parsed = new RspoParser(settings.importMaxBytes()).parse(new ByteArrayInputStream(content));
        if (parsed.hasFileError()) {
            plan.fileError = parsed.fileErrorOrNull();
            return plan;
        }
        for (RspoRecordError e : parsed.errors()) {
            plan.invalid.add(new Row(e.position(), parseIntOrNull(e.rspoNumberOrNull()), null, Status.INVALID, List.of(), e.reasonPl()));
        }
        Map<Integer, Unit> existing = existingByRspo();
        Map<Integer, UnitType> types = types();
        Set<Integer> inFile = parsed.records().stream().map(RspoRecord::rspoNumber).collect(Collectors.toSet());
        for (int i = 0; i < parsed.records().size(); i++) {
            RspoRecord r = parsed.records().get(i);
            int position = parsed.recordPositions().get(i);
            Unit current = existing.get(r.rspoNumber());
            UnitData data = merge(current == null ? null : current.toData(), r);
            List<String> reasons = new ArrayList<>();
            if (!types.containsKey(r.typeId())) {
                reasons.add("Nieznany typ placówki RSPO: " + r.typeId()
                        + (r.typeName() == null ? "" : " (" + r.typeName() + ")") + "; dodaj go do słownika typów");
            }
            if (r.parentRspoNumber() != null) {
                if (r.parentRspoNumber() == r.rspoNumber()) {
                    reasons.add("Placówka nie może być własnym podmiotem nadrzędnym");
                } else if (!inFile.contains(r.parentRspoNumber()) && !existing.containsKey(r.parentRspoNumber())) {
                    reasons.add("Podmiot nadrzędny o numerze RSPO " + r.parentRspoNumber() + " nie istnieje w rejestrze ani w pliku");
                }
            }
            for (Violation v : data.validate()) {
                reasons.add("Nieprawidłowe pole " + v.field());
            }
            if (!reasons.isEmpty()) {
                plan.invalid.add(new Row(position, r.rspoNumber(), r.name(), Status.INVALID, List.of(), String.join("; ", reasons)));
                continue;
            }
            Row row;
            if (current == null) {
                row = new Row(position, r.rspoNumber(), r.name(), Status.NEW, List.of(), null);
            } else {
                List<String> changed = changedFields(current.toData(), data);
                row = new Row(position, r.rspoNumber(), r.name(), changed.isEmpty() ? Status.UNCHANGED : Status.CHANGED, changed, null);
            }
            plan.planned.add(new Planned(position, r, data, row));
        }
        // a member whose parent turned out invalid keeps its current parent rather than failing
        Set<Integer> invalidNumbers = new HashSet<>();
        plan.invalid.forEach(i -> {
            if (i.rspoNumber() != null) {
                invalidNumbers.add(i.rspoNumber());
            }
        });
        plan.planned.replaceAll(p -> p.data.parentRspoNumber() != null && invalidNumbers.contains(p.data.parentRspoNumber())
                && !existing.containsKey(p.data.parentRspoNumber())
                ? new Planned(p.position, p.record, p.data,
                        new Row(p.position, p.row.rspoNumber(), p.row.name(), Status.INVALID, List.of(),
                                "Podmiot nadrzędny " + p.data.parentRspoNumber() + " jest w pliku błędny"))
                : p);
        List<Planned> stillInvalid = plan.planned.stream().filter(p -> p.row.status() == Status.INVALID).toList();
        plan.planned.removeAll(stillInvalid);
        stillInvalid.forEach(p -> plan.invalid.add(p.row));
        return plan;
    }

    static List<String> changedFields(UnitData a, UnitData b) {
        Map<String, String> before = a.fields();
        Map<String, String> after = b.fields();
        return before.keySet().stream().filter(k -> !Objects.equals(before.get(k), after.get(k))).toList();
    }

    /** The record's values over the current ones: a value missing from the file keeps the current one. */
    static UnitData merge(UnitData cur, RspoRecord r) {
        return new UnitData(
                r.rspoNumber(),
                r.name(),
                pick(r.shortName(), cur == null ? null : cur.shortName()),
                r.typeId(),
                r.publicUnit() != null ? r.publicUnit() : cur == null || cur.publicUnit(),
                pick(r.runningBody(), cur == null ? null : cur.runningBody()),
                r.parentRspoNumber() != null ? r.parentRspoNumber() : cur == null ? null : cur.parentRspoNumber(),
                pick(r.regon(), cur == null ? null : cur.regon()),
                pick(r.nip(), cur == null ? null : cur.nip()),
                pick(r.street(), cur == null ? null : cur.street()),
                pick(r.buildingNo(), cur == null ? null : cur.buildingNo()),
                pick(r.flatNo(), cur == null ? null : cur.flatNo()),
                pick(r.postalCode(), cur == null ? null : cur.postalCode()),
                pick(r.locality(), cur == null ? null : cur.locality()),
                pick(r.voivodeshipTeryt(), cur == null ? null : cur.terytVoivodeship()),
                pick(r.countyTeryt(), cur == null ? null : cur.terytCounty()),
                pick(r.communeTeryt(), cur == null ? null : cur.terytCommune()),
                pick(r.localityTeryt(), cur == null ? null : cur.terytLocality()),
                r.latitude() != null ? scaled(r.latitude()) : cur == null ? null : cur.latitude(),
                r.longitude() != null ? scaled(r.longitude()) : cur == null ? null : cur.longitude(),
                pick(r.phone(), cur == null ? null : cur.phone()),
                pick(r.email(), cur == null ? null : cur.email()),
                pick(r.website(), cur == null ? null : cur.website()),
                pick(r.epuapAddress(), cur == null ? null : cur.epuapAddress()),
                pick(r.directorName(), cur == null ? null : cur.directorName()),
                r.activeFrom() != null ? r.activeFrom() : cur == null ? null : cur.activeFrom(),
                r.activeTo() != null ? r.activeTo() : cur == null ? null : cur.activeTo());
    }

    private static BigDecimal scaled(Double d) {
        return BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    private static String pick(String fromFile, String current) {
        return fromFile != null ? fromFile : current;
    }

    private static UnitData withParent(UnitData d, Integer parent) {
        return new UnitData(d.rspoNumber(), d.name(), d.shortName(), d.typeId(), d.publicUnit(), d.runningBody(), parent,
                d.regon(), d.nip(), d.street(), d.buildingNo(), d.flatNo(), d.postalCode(), d.locality(),
                d.terytVoivodeship(), d.terytCounty(), d.terytCommune(), d.terytLocality(), d.latitude(), d.longitude(),
                d.phone(), d.email(), d.website(), d.epuapAddress(), d.directorName(), d.activeFrom(), d.activeTo());
    }

    private Map<Integer, Unit> existingByRspo() {
        Map<Integer, Unit> m = new HashMap<>();
        em.createQuery("select u from Unit u join fetch u.type left join fetch u.parent", Unit.class)
                .getResultList().forEach(u -> m.put(u.rspoNumber(), u));
        return m;
    }

    private Map<Integer, UnitType> types() {
        return em.createQuery("select t from UnitType t", UnitType.class).getResultList().stream()
                .collect(Collectors.toMap(UnitType::id, t -> t));
    }

    private static Integer parseIntOrNull(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Actor requireImport() {
        Actor me = actors.current();
        if (!me.canManageRegistry()) {
            throw new AccessDeniedException();
        }
        return me;
    }
}
