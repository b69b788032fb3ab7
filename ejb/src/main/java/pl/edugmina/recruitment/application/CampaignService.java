package pl.edugmina.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.FieldProblem;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.recruitment.domain.setup.CampaignDraft;
import pl.edugmina.recruitment.domain.setup.CampaignStatus;
import pl.edugmina.recruitment.domain.setup.CampaignType;
import pl.edugmina.recruitment.domain.setup.CatchmentDraft;
import pl.edugmina.recruitment.domain.setup.ClassDraft;
import pl.edugmina.recruitment.domain.setup.CriterionDraft;
import pl.edugmina.recruitment.domain.setup.DefaultCriteria;
import pl.edugmina.recruitment.domain.setup.Stage;
import pl.edugmina.recruitment.domain.setup.Timetable;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static pl.edugmina.platform.SqlValues.instant;

/**
 * Setting up recruitment campaigns (nabór, issue 5) by the department: a campaign's data (kind, school year, name,
 * preference limit, the seed of the published draw), its timetable, its offer (classes and groups of the registry's
 * units with their seats), its criteria (or the law's defaults) and, for class I, the catchment areas; then its
 * status: PREPARATION → APPLICATIONS (opened only when complete) → VERIFICATION → ALLOCATED → CLOSED.
 *
 * <p>What may change when: everything while in preparation; once applications are open only the seats of a class,
 * until a final allocation is published ({@link CampaignStatus}). Bad input is refused as a whole with every wrong
 * field named (422); nothing is half-written. The department's officials only ({@link Actor#canManageRecruitmentCampaigns});
 * every change, and every refusal of access, is in the audit log.
 */
@Stateless
public class CampaignService {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ENTITY = "RecruitmentCampaign";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    // ---------------------------------------------------------------- read models

    public record Summary(long id, String type, String schoolYear, String name, String status, int maxPreferences, long classes,
                          long seats, long criteria, LocalDate applicationsFrom, LocalDate applicationsTo) {
    }

    public record StageDates(String stage, LocalDate from, LocalDate to, Instant startsAt, Instant endsAt) {
    }

    public record ClassRow(long id, long unitId, String unitName, String name, String profile, String languages, String extendedSubjects,
                           int seats) {
    }

    public record CriterionRow(String code, int position, String group, String label, BigDecimal points, String proof) {
    }

    public record CatchmentRow(long id, long unitId, String unitName, String locality, String street, String parity, String from, String to) {
    }

    /** A missing part that keeps the campaign from opening: the field and a message key, as a violation would say it. */
    public record Missing(String field, String messageKey, List<Object> arguments) {
    }

    public record Detail(long id, String type, String schoolYear, String name, String status, int maxPreferences, String seed,
                         Long publishedRunId, String createdBy, Instant createdAt, int version, List<StageDates> stages, List<ClassRow> classes,
                         List<CriterionRow> criteria, List<CatchmentRow> catchment, List<Missing> missing, List<String> moves,
                         boolean setupEditable, boolean seatsEditable, long applications) {
    }

    public record UnitOption(long id, String name, String typeName) {
    }

    // ---------------------------------------------------------------- reading

    public List<Summary> list() {
        manager("lista naborów");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.type, c.school_year, c.name, c.status, c.max_preferences,
                       (select count(*) from recruitment_class k where k.campaign_id = c.id),
                       (select coalesce(sum(k.seats), 0) from recruitment_class k where k.campaign_id = c.id),
                       (select count(*) from recruitment_criterion r where r.campaign_id = c.id),
                       s.starts_at, s.ends_at
                from recruitment_campaign c
                left join recruitment_stage s on s.campaign_id = c.id and s.stage = 'APPLICATIONS'
                order by c.school_year desc, c.id desc limit 500""").getResultList();
        return rows.stream().map(r -> new Summary(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue(),
                num(r[6]), num(r[7]), num(r[8]), startDay(instant(r[9])), endDay(instant(r[10])))).toList();
    }

    public Detail detail(long id) {
        manager("nabór " + id);
        return load(id);
    }

    /** The open units of the registry that may offer classes in this campaign (by its kind), by name. */
    public List<UnitOption> eligibleUnits(long id) {
        manager("nabór " + id);
        CampaignType type = CampaignType.valueOf(row(id).type());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.id, u.name, u.type_id, t.name_pl from unit u join unit_type t on t.id = u.type_id
                where (u.active_to is null or u.active_to >= ?1) order by lower(u.name), u.id""")
                .setParameter(1, LocalDate.now(OFFICE_ZONE)).getResultList();
        return rows.stream().filter(r -> type.admitsUnitType(((Number) r[2]).intValue()))
                .map(r -> new UnitOption(num(r[0]), (String) r[1], (String) r[3])).toList();
    }

    /** The law's default criteria for the campaign's kind (not saved: {@link #loadDefaultCriteria} saves them). */
    public List<CriterionDraft> defaultCriteria(long id) {
        manager("nabór " + id);
        return DefaultCriteria.forType(CampaignType.valueOf(row(id).type()));
    }

    // ---------------------------------------------------------------- the campaign's data

    /** A new campaign in preparation; without a seed, a random one (it is published before any allocation). */
    public long create(CampaignDraft input) {
        Actor me = manager("nowy nabór");
        CampaignDraft d = input.seed() == null
                ? new CampaignDraft(input.type(), input.schoolYear(), input.name(), input.maxPreferences(), randomSeed(input.schoolYear()))
                : input;
        throwIfAny(d.problems());
        CampaignType type = CampaignType.parse(d.type());
        long id = ((Number) em.createNativeQuery("select nextval('recruitment_campaign_seq')").getSingleResult()).longValue();
        em.createNativeQuery("""
                insert into recruitment_campaign (id, type, school_year, name, status, max_preferences, seed, created_by, created_at)
                values (?1, ?2, ?3, ?4, 'PREPARATION', ?5, ?6, ?7, ?8)""")
                .setParameter(1, id).setParameter(2, type.name()).setParameter(3, d.schoolYear()).setParameter(4, d.name())
                .setParameter(5, d.maxPreferences()).setParameter(6, d.seed()).setParameter(7, me.login())
                .setParameter(8, Timestamp.from(Instant.now())).executeUpdate();
        audit.record(me.login(), AuditAction.CREATE, ENTITY, id, String.format("Nabór „%s” (%s, %s) utworzony; preferencji: %d; ziarno losowania: „%s”",
                d.name(), type, d.schoolYear(), d.maxPreferences(), d.seed()));
        return id;
    }

    /** Name, preference limit and seed (in preparation). The kind and the school year are fixed when the campaign is made. */
    public void update(long id, CampaignDraft input) {
        Actor me = manager("nabór " + id);
        Row c = lock(id);
        CampaignDraft d = new CampaignDraft(input.type() == null ? c.type() : input.type(),
                input.schoolYear() == null ? c.schoolYear() : input.schoolYear(), input.name(), input.maxPreferences(),
                input.seed() == null ? c.seed() : input.seed());
        List<ValidationException.Violation> errors = violations(d.problems());
        if (CampaignType.parse(d.type()) != null && !Objects.equals(CampaignType.parse(d.type()).name(), c.type())) {
            errors.add(new ValidationException.Violation("type", "recruitment.setup.typeFixed"));
        }
        if (d.schoolYear() != null && !d.schoolYear().equals(c.schoolYear())) {
            errors.add(new ValidationException.Violation("schoolYear", "recruitment.setup.typeFixed"));
        }
        ValidationException.throwIfAny(errors);
        requireSetupEditable(c);
        em.createNativeQuery("update recruitment_campaign set name = ?1, max_preferences = ?2, seed = ?3, version = version + 1 where id = ?4")
                .setParameter(1, d.name()).setParameter(2, d.maxPreferences()).setParameter(3, d.seed()).setParameter(4, id).executeUpdate();
        audit.record(me.login(), AuditAction.UPDATE, ENTITY, id, String.format("Dane naboru: nazwa „%s”, preferencji %d, ziarno „%s”",
                d.name(), d.maxPreferences(), d.seed()));
    }

    // ---------------------------------------------------------------- timetable

    /** Replaces the timetable with the stages given (a stage left out has no dates yet). */
    public void setStages(long id, Map<Stage, Timetable.Period> stages) {
        Actor me = manager("nabór " + id);
        Row c = lock(id);
        Timetable t = new Timetable(stages);
        throwIfAny(t.problems());
        requireSetupEditable(c);
        em.createNativeQuery("delete from recruitment_stage where campaign_id = ?1").setParameter(1, id).executeUpdate();
        StringBuilder summary = new StringBuilder("Harmonogram naboru:");
        for (Map.Entry<Stage, Timetable.Period> e : t.stages().entrySet()) {
            em.createNativeQuery("insert into recruitment_stage (campaign_id, stage, starts_at, ends_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, e.getKey().name()).setParameter(3, Timestamp.from(startsAt(e.getValue().from())))
                    .setParameter(4, Timestamp.from(endsAt(e.getValue().to()))).executeUpdate();
            summary.append(' ').append(e.getKey()).append(' ').append(e.getValue().from()).append('–').append(e.getValue().to()).append(';');
        }
        touch(id);
        audit.record(me.login(), AuditAction.UPDATE, ENTITY, id, summary.toString());
    }

    /** The first instant of an office day. */
    public static Instant startsAt(LocalDate day) {
        return day.atStartOfDay(OFFICE_ZONE).toInstant();
    }

    /** The last microsecond of an office day (the store keeps microseconds). */
    public static Instant endsAt(LocalDate day) {
        return day.plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant().minusNanos(1_000);
    }

    // ---------------------------------------------------------------- offer

    public long addClass(long id, ClassDraft d) {
        Actor me = manager("nabór " + id);
        Row c = lock(id);
        List<ValidationException.Violation> errors = violations(d.problems());
        String unitName = checkUnit(c, d.unitId(), errors);
        checkClassName(id, d, null, errors);
        ValidationException.throwIfAny(errors);
        requireSetupEditable(c);
        long classId = ((Number) em.createNativeQuery("select nextval('recruitment_class_seq')").getSingleResult()).longValue();
        em.createNativeQuery("""
                insert into recruitment_class (id, campaign_id, unit_id, name, profile, seats, languages, extended_subjects)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, classId).setParameter(2, id).setParameter(3, d.unitId()).setParameter(4, d.name()).setParameter(5, d.profile())
                .setParameter(6, d.seats()).setParameter(7, d.languages()).setParameter(8, d.extendedSubjects()).executeUpdate();
        touch(id);
        audit.record(me.login(), AuditAction.CREATE, "RecruitmentClass", classId, String.format("Nabór %d: klasa „%s” (%s), miejsc %d",
                id, d.name(), unitName, d.seats()));
        return classId;
    }

    /**
     * Changes a class: everything in preparation; after the opening only its seats (until a final allocation is published),
     * and any other difference is refused.
     */
    public void updateClass(long id, long classId, ClassDraft input) {
        Actor me = manager("nabór " + id);
        Row c = lock(id);
        ClassRow old = classRow(id, classId);
        CampaignStatus status = CampaignStatus.valueOf(c.status());
        ClassDraft d = new ClassDraft(input.unitId() == null ? old.unitId() : input.unitId(), input.name(), input.profile(), input.languages(),
                input.extendedSubjects(), input.seats());
        if (!status.setupEditable()) {
            throwIfAny(ClassDraft.seatsProblems(d.seats()));
            if (!status.seatsEditable(c.publishedRunId() != null)) {
                throw new ValidationException(List.of(new ValidationException.Violation("seats", "recruitment.setup.seatsFixed")));
            }
            boolean same = d.unitId() == old.unitId() && Objects.equals(d.name(), old.name()) && Objects.equals(d.profile(), old.profile())
                    && Objects.equals(d.languages(), old.languages()) && Objects.equals(d.extendedSubjects(), old.extendedSubjects());
            if (!same) {
                throw new ValidationException(List.of(new ValidationException.Violation("name", "recruitment.setup.onlySeats")));
            }
        } else {
            List<ValidationException.Violation> errors = violations(d.problems());
            checkUnit(c, d.unitId(), errors);
            checkClassName(id, d, classId, errors);
            ValidationException.throwIfAny(errors);
        }
        em.createNativeQuery("""
                update recruitment_class set unit_id = ?1, name = ?2, profile = ?3, seats = ?4, languages = ?5, extended_subjects = ?6
                where id = ?7 and campaign_id = ?8""")
                .setParameter(1, d.unitId()).setParameter(2, d.name()).setParameter(3, d.profile()).setParameter(4, d.seats())
                .setParameter(5, d.languages()).setParameter(6, d.extendedSubjects()).setParameter(7, classId).setParameter(8, id).executeUpdate();
        touch(id);
        audit.record(me.login(), AuditAction.UPDATE, "RecruitmentClass", classId, String.format("Nabór %d: klasa „%s”, miejsc %d (było %d)",
                id, d.name(), d.seats(), old.seats()));
    }

    /** Removes a class from the offer (in preparation only). */
    public void removeClass(long id, long classId) {
        Actor me = manager("nabór " + id);
        Row c = lock(id);
        ClassRow old = classRow(id, classId);
        requireSetupEditable(c);
        em.createNativeQuery("delete from recruitment_class where id = ?1 and campaign_id = ?2").setParameter(1, classId).setParameter(2, id)
                .executeUpdate();
        touch(id);
        audit.record(me.login(), AuditAction.DELETE, "RecruitmentClass", classId, String.format("Nabór %d: klasa „%s” (%s) usunięta z oferty",
                id, old.name(), old.unitName()));
    }

    private String checkUnit(Row c, Long unitId, List<ValidationException.Violation> errors) {
        if (unitId == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select name, type_id, active_to from unit where id = ?1").setParameter(1, unitId).getResultList();
        if (rows.isEmpty()) {
            errors.add(new ValidationException.Violation("unitId", "recruitment.setup.unit.unknown"));
            return null;
        }
        Object[] u = rows.get(0);
        LocalDate activeTo = pl.edugmina.platform.SqlValues.date(u[2]);
        if (activeTo != null && activeTo.isBefore(LocalDate.now(OFFICE_ZONE))) {
            errors.add(new ValidationException.Violation("unitId", "recruitment.setup.unit.closed"));
        } else if (!CampaignType.valueOf(c.type()).admitsUnitType(((Number) u[1]).intValue())) {
            errors.add(new ValidationException.Violation("unitId", "recruitment.setup.unit.wrongType"));
        }
        return (String) u[0];
    }

    private void checkClassName(long id, ClassDraft d, Long except, List<ValidationException.Violation> errors) {
        if (d.unitId() == null || d.name() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Number> same = em.createNativeQuery("select id from recruitment_class where campaign_id = ?1 and unit_id = ?2 and name = ?3")
                .setParameter(1, id).setParameter(2, d.unitId()).setParameter(3, d.name()).getResultList();
        if (same.stream().anyMatch(n -> except == null || n.longValue() != except)) {
            errors.add(new ValidationException.Violation("name", "recruitment.setup.class.duplicate", d.name()));
        }
    }

    private ClassRow classRow(long id, long classId) {
        return classes(id).stream().filter(k -> k.id() == classId).findFirst().orElseThrow(() -> new NotFoundException("class", classId));
    }

    // ---------------------------------------------------------------- criteria

    /** Replaces the campaign's criteria with these, in this order. */
    public void setCriteria(long id, List<CriterionDraft> criteria) {
        Actor me = manager("nabór " + id);
        Row c = lock(id);
        throwIfAny(CriterionDraft.problems(CampaignType.valueOf(c.type()), criteria));
        requireSetupEditable(c);
        writeCriteria(id, criteria);
        audit.record(me.login(), AuditAction.UPDATE, ENTITY, id, "Kryteria naboru: " + criteria.stream()
                .map(k -> k.code() + " " + k.points().stripTrailingZeros().toPlainString() + " pkt").collect(Collectors.joining(", ")));
    }

    /** Replaces the campaign's criteria with the law's defaults for its kind. */
    public List<CriterionDraft> loadDefaultCriteria(long id) {
        Actor me = manager("nabór " + id);
        Row c = lock(id);
        requireSetupEditable(c);
        List<CriterionDraft> defaults = DefaultCriteria.forType(CampaignType.valueOf(c.type()));
        throwIfAny(CriterionDraft.problems(CampaignType.valueOf(c.type()), defaults));
        writeCriteria(id, defaults);
        audit.record(me.login(), AuditAction.UPDATE, ENTITY, id, "Kryteria naboru: domyślne z ustawy (" + defaults.size() + ")");
        return defaults;
    }

    private void writeCriteria(long id, List<CriterionDraft> criteria) {
        em.createNativeQuery("delete from recruitment_criterion where campaign_id = ?1").setParameter(1, id).executeUpdate();
        int position = 0;
        for (CriterionDraft k : criteria) {
            em.createNativeQuery("""
                    insert into recruitment_criterion (campaign_id, code, position, grp, label, points, proof) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                    .setParameter(1, id).setParameter(2, k.code()).setParameter(3, ++position).setParameter(4, k.group()).setParameter(5, k.label())
                    .setParameter(6, k.points()).setParameter(7, k.proof()).executeUpdate();
        }
        touch(id);
    }

    // ---------------------------------------------------------------- catchment areas

    /**
     * Replaces the catchment areas of a class I campaign: every line of every school (a line without a locality takes
     * its school's). A school must be in the campaign's offer; two schools' lines must not share an address.
     */
    public void setCatchment(long id, List<CatchmentDraft.Line> input) {
        Actor me = manager("nabór " + id);
        Row c = lock(id);
        if (!CampaignType.valueOf(c.type()).hasCatchment()) {
            throw new ValidationException(List.of(new ValidationException.Violation("catchment", "recruitment.setup.catchment.onlyClassOne")));
        }
        Map<Long, String[]> offered = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> units = em.createNativeQuery("""
                select distinct u.id, u.name, u.locality from recruitment_class k join unit u on u.id = k.unit_id where k.campaign_id = ?1""")
                .setParameter(1, id).getResultList();
        units.forEach(u -> offered.put(num(u[0]), new String[] {(String) u[1], (String) u[2]}));
        List<CatchmentDraft.Line> lines = new ArrayList<>();
        List<ValidationException.Violation> errors = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            CatchmentDraft.Line l = input.get(i);
            String[] unit = l.unitId() == null ? null : offered.get(l.unitId());
            if (l.unitId() != null && unit == null) {
                errors.add(new ValidationException.Violation(CatchmentDraft.field(i, "unitId"), "recruitment.setup.catchment.unitNotInOffer"));
            }
            lines.add(l.locality() == null && unit != null ? l.withLocality(unit[1] == null ? "Lublin" : unit[1]) : l);
        }
        Map<Long, String> names = new HashMap<>();
        offered.forEach((k, v) -> names.put(k, v[0]));
        errors.addAll(violations(CatchmentDraft.problems(lines, names)));
        ValidationException.throwIfAny(errors);
        requireSetupEditable(c);
        em.createNativeQuery("delete from recruitment_catchment where campaign_id = ?1").setParameter(1, id).executeUpdate();
        for (CatchmentDraft.Line l : lines) {
            em.createNativeQuery("""
                    insert into recruitment_catchment (campaign_id, unit_id, locality, street, parity, number_from, number_to)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                    .setParameter(1, id).setParameter(2, l.unitId()).setParameter(3, l.locality()).setParameter(4, l.street())
                    .setParameter(5, l.parity()).setParameter(6, l.from()).setParameter(7, l.to()).executeUpdate();
        }
        touch(id);
        audit.record(me.login(), AuditAction.UPDATE, ENTITY, id, String.format("Obwody szkół naboru: %d ulic w %d szkołach", lines.size(),
                lines.stream().map(CatchmentDraft.Line::unitId).distinct().count()));
    }

    // ---------------------------------------------------------------- status

    /**
     * Moves the campaign on: opened (APPLICATIONS) only when its timetable has every stage, its offer a class with seats,
     * its criteria at least one and (class I) its catchment areas at least one line; back to preparation only while
     * nobody has applied; ALLOCATED only with a published final allocation.
     */
    public void changeStatus(long id, String target) {
        Actor me = manager("nabór " + id);
        Row c = lock(id);
        CampaignStatus from = CampaignStatus.valueOf(c.status());
        CampaignStatus to = CampaignStatus.parse(target);
        if (to == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("status", "recruitment.setup.status.unknown")));
        }
        if (!from.canMoveTo(to)) {
            throw new ValidationException(List.of(new ValidationException.Violation("status", "recruitment.setup.status.move",
                    from.name(), to.name())));
        }
        if (to == CampaignStatus.APPLICATIONS) {
            List<ValidationException.Violation> errors = new ArrayList<>();
            missing(id, c.type()).forEach(m -> errors.add(new ValidationException.Violation(m.field(), m.messageKey(), m.arguments())));
            ValidationException.throwIfAny(errors);
        }
        if (to == CampaignStatus.PREPARATION && applications(id) > 0) {
            throw new ValidationException(List.of(new ValidationException.Violation("status", "recruitment.setup.status.hasApplications")));
        }
        if (to == CampaignStatus.ALLOCATED && c.publishedRunId() == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("status", "recruitment.setup.status.noFinal")));
        }
        em.createNativeQuery("update recruitment_campaign set status = ?1, version = version + 1 where id = ?2")
                .setParameter(1, to.name()).setParameter(2, id).executeUpdate();
        audit.record(me.login(), AuditAction.UPDATE, ENTITY, id, "Stan naboru: " + from + " → " + to);
    }

    /** What keeps the campaign from opening (empty: it may open). */
    List<Missing> missing(long id, String type) {
        List<Missing> out = new ArrayList<>();
        Map<Stage, Timetable.Period> periods = new EnumMap<>(Stage.class);
        stages(id).forEach(s -> periods.put(Stage.valueOf(s.stage()), new Timetable.Period(s.from(), s.to())));
        Timetable t = new Timetable(periods);
        t.missing().forEach(s -> out.add(new Missing(Timetable.field(s), "recruitment.setup.open.stageMissing", List.of(s.polishName()))));
        t.problems().forEach(p -> out.add(new Missing(p.field(), p.messageKey(), p.arguments())));
        Object[] counts = (Object[]) em.createNativeQuery("""
                select (select coalesce(sum(seats), 0) from recruitment_class where campaign_id = ?1),
                       (select count(*) from recruitment_criterion where campaign_id = ?1),
                       (select count(*) from recruitment_catchment where campaign_id = ?1)""").setParameter(1, id).getSingleResult();
        if (num(counts[0]) == 0) {
            out.add(new Missing("classes", "recruitment.setup.open.noClasses", List.of()));
        }
        if (num(counts[1]) == 0) {
            out.add(new Missing("criteria", "recruitment.setup.open.noCriteria", List.of()));
        }
        if (CampaignType.valueOf(type).hasCatchment() && num(counts[2]) == 0) {
            out.add(new Missing("catchment", "recruitment.setup.open.noCatchment", List.of()));
        }
        if (CampaignType.valueOf(type) == CampaignType.SECONDARY) {
            long without = num(em.createNativeQuery("select count(*) from recruitment_class where campaign_id = ?1 and counted_subjects is null")
                    .setParameter(1, id).getSingleResult());
            if (without > 0) {
                out.add(new Missing("classes", "recruitment.secondary.setup.open.subjectsMissing", List.of(without)));
            }
        }
        return out;
    }

    private long applications(long id) {
        return num(em.createNativeQuery("""
                select (select count(*) from recruitment_application where campaign_id = ?1 and status <> 'WITHDRAWN')
                     + (select count(*) from recruitment_candidate where campaign_id = ?1)""").setParameter(1, id).getSingleResult());
    }

    // ---------------------------------------------------------------- store

    private record Row(long id, String type, String schoolYear, String name, String status, int maxPreferences, String seed,
                       Long publishedRunId, String createdBy, Instant createdAt, int version) {
    }

    private Row row(long id, boolean forUpdate) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, type, school_year, name, status, max_preferences, seed, published_run_id, created_by, created_at, version
                from recruitment_campaign where id = ?1""" + (forUpdate ? " for update" : "")).setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("campaign", id);
        }
        Object[] r = rows.get(0);
        return new Row(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue(), (String) r[6],
                r[7] == null ? null : num(r[7]), (String) r[8], instant(r[9]), ((Number) r[10]).intValue());
    }

    private Row row(long id) {
        return row(id, false);
    }

    /** The campaign's row, locked for this transaction: its changes are made one at a time. */
    private Row lock(long id) {
        return row(id, true);
    }

    private void touch(long id) {
        em.createNativeQuery("update recruitment_campaign set version = version + 1 where id = ?1").setParameter(1, id).executeUpdate();
    }

    private void requireSetupEditable(Row c) {
        if (!CampaignStatus.valueOf(c.status()).setupEditable()) {
            throw new ValidationException(List.of(new ValidationException.Violation("status", "recruitment.setup.fixed")));
        }
    }

    private Detail load(long id) {
        Row c = row(id);
        CampaignStatus status = CampaignStatus.valueOf(c.status());
        List<Missing> missing = status == CampaignStatus.PREPARATION ? missing(id, c.type()) : List.of();
        List<String> moves = status.moves().stream().map(Enum::name).sorted().toList();
        return new Detail(c.id(), c.type(), c.schoolYear(), c.name(), c.status(), c.maxPreferences(), c.seed(), c.publishedRunId(), c.createdBy(),
                c.createdAt(), c.version(), stages(id), classes(id), criteria(id), catchment(id), missing, moves, status.setupEditable(),
                status.seatsEditable(c.publishedRunId() != null), applications(id));
    }

    private List<StageDates> stages(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select stage, starts_at, ends_at from recruitment_stage where campaign_id = ?1")
                .setParameter(1, id).getResultList();
        Map<Stage, StageDates> byStage = new EnumMap<>(Stage.class);
        for (Object[] r : rows) {
            Instant s = instant(r[1]);
            Instant e = instant(r[2]);
            byStage.put(Stage.valueOf((String) r[0]), new StageDates((String) r[0], startDay(s), endDay(e), s, e));
        }
        return List.copyOf(byStage.values());
    }

    private List<ClassRow> classes(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select k.id, k.unit_id, u.name, k.name, k.profile, k.languages, k.extended_subjects, k.seats
                from recruitment_class k join unit u on u.id = k.unit_id where k.campaign_id = ?1 order by lower(u.name), k.name, k.id""")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new ClassRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                ((Number) r[7]).intValue())).toList();
    }

    private List<CriterionRow> criteria(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select code, position, grp, label, points, proof from recruitment_criterion where campaign_id = ?1 order by position")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new CriterionRow((String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                (BigDecimal) r[4], (String) r[5])).toList();
    }

    private List<CatchmentRow> catchment(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.unit_id, u.name, c.locality, c.street, c.parity, c.number_from, c.number_to
                from recruitment_catchment c join unit u on u.id = c.unit_id where c.campaign_id = ?1 order by lower(u.name), c.id""")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new CatchmentRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7])).toList();
    }

    // ---------------------------------------------------------------- helpers

    private Actor manager(String what) {
        Actor me = actors.current();
        if (!me.canManageRecruitmentCampaigns()) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, ENTITY, null, what);
            throw new AccessDeniedException();
        }
        return me;
    }

    static String randomSeed(String schoolYear) {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        String year = schoolYear == null ? "" : schoolYear.strip().replace('/', '-') + "-";
        return "nabor-" + year + HexFormat.of().formatHex(b);
    }

    static LocalDate startDay(Instant i) {
        return i == null ? null : i.atZone(OFFICE_ZONE).toLocalDate();
    }

    static LocalDate endDay(Instant i) {
        return i == null ? null : i.atZone(OFFICE_ZONE).toLocalDate();
    }

    private static List<ValidationException.Violation> violations(List<? extends FieldProblem> problems) {
        return ValidationException.Violation.allOf(problems);
    }

    private static void throwIfAny(List<? extends FieldProblem> problems) {
        ValidationException.throwIfAny(violations(problems));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
