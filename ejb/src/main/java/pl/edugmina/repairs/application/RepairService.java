package pl.edugmina.repairs.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.correspondence.application.InboundStore;
import pl.edugmina.messaging.domain.AttachmentPolicy;
import pl.edugmina.common.Money;
import pl.edugmina.repairs.domain.PoolBalance;
import pl.edugmina.repairs.domain.Repair;
import pl.edugmina.repairs.domain.RepairAction;
import pl.edugmina.repairs.domain.RepairDraft;
import pl.edugmina.repairs.domain.RepairEvent;
import pl.edugmina.repairs.domain.RepairPool;
import pl.edugmina.repairs.domain.RepairRuleException;
import pl.edugmina.repairs.domain.RepairStatus;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import static pl.edugmina.platform.SqlValues.instant;

/**
 * Repair and failure requests (naprawy i awarie, OPIUM): units submit them with photos, the department reviews them,
 * allocates money from the year's pool, follows the work, settles and closes it, the unit accepts the work. A unit's
 * users see only their units' requests (others are "not found"); the department sees the whole city and its needs.
 * Every change is in the audit log and in the request's own history.
 */
@Stateless
public class RepairService {

    public static final int MAX_PHOTOS = 10;
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    /** A dictionary entry (category or priority); {@code rank} orders priorities, 1 = most urgent. */
    public record Entry(String code, String namePl, String nameEn, int rank, boolean active) {
    }

    public record Dictionaries(List<Entry> categories, List<Entry> priorities) {
    }

    /** A photo to store: its name as given and its bytes. */
    public record NewPhoto(String name, byte[] content) {
    }

    public record PhotoInfo(long id, String fileName, String mediaType, long sizeBytes) {
    }

    public record Photo(String fileName, String mediaType, byte[] content) {
    }

    /** Filters of the lists; null or blank means any. */
    public record Filter(Long unitId, String category, String priority, RepairStatus status, String q) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    public record Row(long id, long unitId, String unitName, String title, String categoryCode, String categoryName,
                      String priorityCode, String priorityName, int priorityRank, BigDecimal estimatedCost, RepairStatus status,
                      Integer poolYear, BigDecimal allocatedAmount, BigDecimal actualCost, Instant submittedAt, Instant updatedAt,
                      long photos) {
    }

    public record HistoryRow(Instant at, String actor, RepairAction action, RepairStatus fromStatus, RepairStatus toStatus,
                             String comment, BigDecimal amount) {
    }

    /** One request as its reader sees it, with the steps the reader may take now. */
    public record Detail(Row row, String description, String location, String invoiceNumber, String lastComment, String submittedBy,
                         int version, List<HistoryRow> history, List<PhotoInfo> photos, Set<RepairAction> actions) {
    }

    /** A line of the needs view: requests of one category or priority, and their money. */
    public record Sum(String code, String name, long count, BigDecimal estimated, BigDecimal allocated, BigDecimal settled) {
    }

    /** The city-wide needs: the filtered requests, sums by category and by priority, and the pool of {@code year}. */
    public record Needs(List<Row> rows, List<Sum> byCategory, List<Sum> byPriority, Sum total, PoolBalance pool) {
    }

    // ---------------------------------------------------------------- dictionaries

    public Dictionaries dictionaries() {
        return new Dictionaries(entries("select code, name_pl, name_en, position, active from repair_category order by position, code"),
                entries("select code, name_pl, name_en, rank, active from repair_priority order by rank"));
    }

    private List<Entry> entries(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new Entry((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(), (Boolean) r[4])).toList();
    }

    // ---------------------------------------------------------------- the unit

    /** A unit the caller may submit requests for. */
    public record UnitRef(long id, String name) {
    }

    /** The units the caller submits requests for: their unit and, for a zespół, its member units. */
    public List<UnitRef> myUnits() {
        Actor me = actors.current();
        List<Long> ids = me.unitScope().stream().filter(me::canRequestRepairsFor).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name from unit where id = any(cast(?1 as bigint[])) order by id = ?2 desc, name")
                .setParameter(1, ids.toArray(new Long[0])).setParameter(2, me.unitId() == null ? -1L : me.unitId()).getResultList();
        return rows.stream().map(r -> new UnitRef(num(r[0]), (String) r[1])).toList();
    }

    /**
     * A unit's new request with its photos. Everything is checked first (every wrong field and every refused photo
     * named); nothing is stored unless all of it is right.
     */
    public long submit(long unitId, RepairDraft draft, List<NewPhoto> photos) {
        Actor me = actors.current();
        if (!me.canRequestRepairsFor(unitId)) {
            // another unit's number is "not found" to a unit's user; a role that may not ask at all is refused
            throw me.isUnitUser() && !me.canViewRepairsOf(unitId) ? new NotFoundException("unit", unitId) : new AccessDeniedException();
        }
        RepairDraft d = draft.normalised();
        List<ValidationException.Violation> errors = new ArrayList<>(problems(d));
        List<AttachmentPolicy.Accepted> accepted = checkPhotos(photos, 0, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant now = Instant.now();
        Repair r = new Repair(unitId, d, me.login(), now);
        em.persist(r);
        record(r, me, now, r.submitted());
        storePhotos(r.id(), photos, accepted, me.login());
        audit.recordChange(me.login(), AuditAction.CREATE, "RepairRequest", r.id(),
                "Zgłoszenie naprawy: " + r.title() + " (" + Money.format(r.estimatedCost()) + ")", Map.of(), snapshot(r));
        return r.id();
    }

    /** The unit corrects a request the department returned, and sends it again (photos may be added with it). */
    public void resubmit(long id, RepairDraft draft, String comment, List<NewPhoto> photos) {
        Actor me = actors.current();
        Repair r = visible(me, id);
        if (!me.canRequestRepairsFor(r.unitId())) {
            throw new AccessDeniedException();
        }
        RepairDraft d = draft.normalised();
        List<ValidationException.Violation> errors = new ArrayList<>(problems(d));
        List<AttachmentPolicy.Accepted> accepted = checkPhotos(photos, photoCount(id), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        change(me, r, "Poprawione zgłoszenie złożone ponownie", () -> r.resubmit(Instant.now(), d, comment));
        storePhotos(id, photos, accepted, me.login());
    }

    /** More photos of a request still open; a refused photo leaves the request and its photos as they were. */
    public List<PhotoInfo> addPhotos(long id, List<NewPhoto> photos) {
        Actor me = actors.current();
        Repair r = visible(me, id);
        if (!me.canRequestRepairsFor(r.unitId())) {
            throw new AccessDeniedException();
        }
        if (r.status().isFinal()) {
            throw new ConflictException("repair.photos.closed");
        }
        if (photos == null || photos.isEmpty()) {
            throw new ValidationException(List.of(new ValidationException.Violation("photos", "validation.required")));
        }
        List<ValidationException.Violation> errors = new ArrayList<>();
        List<AttachmentPolicy.Accepted> accepted = checkPhotos(photos, photoCount(id), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        storePhotos(id, photos, accepted, me.login());
        audit.record(me.login(), AuditAction.UPDATE, "RepairRequest", id, "Dodano zdjęcia: " + photos.size());
        return photos(id);
    }

    /** The unit's director confirms the work (odbiór). */
    public void accept(long id, String comment) {
        Actor me = actors.current();
        Repair r = toAccept(me, id);
        change(me, r, "Odbiór prac przez placówkę", () -> r.accept(Instant.now(), comment));
    }

    /**
     * The unit's director refuses to accept the work, with the reason (incomplete, defective): the request goes back to
     * the work, its settlement withdrawn; the department sees the reason in the history and settles it again.
     */
    public void refuseAcceptance(long id, String reason) {
        Actor me = actors.current();
        Repair r = toAccept(me, id);
        change(me, r, "Odmowa odbioru prac przez placówkę, rozliczenie wycofane", () -> r.refuseAcceptance(Instant.now(), reason));
    }

    // ---------------------------------------------------------------- the department

    public void review(long id) {
        Actor me = requireHandler();
        Repair r = visible(me, id);
        change(me, r, "Zgłoszenie przyjęte do rozpatrzenia", () -> r.review(Instant.now()));
    }

    public void returnToUnit(long id, String comment) {
        Actor me = requireHandler();
        Repair r = visible(me, id);
        change(me, r, "Zwrócono placówce do poprawy", () -> r.returnToUnit(Instant.now(), comment));
    }

    public void reject(long id, String comment) {
        Actor me = requireFunds();
        Repair r = visible(me, id);
        change(me, r, "Odmowa", () -> r.reject(Instant.now(), comment));
    }

    /**
     * Allocates {@code amount} from the pool of {@code year}. The pool's row is locked while the balance is read and
     * the allocation written: allocations made at the same moment are checked one after the other.
     */
    public void approve(long id, int year, BigDecimal amount, String comment) {
        Actor me = requireFunds();
        Repair r = visible(me, id);
        if (!RepairAction.APPROVE.allowedFrom(r.status())) {
            throw illegal(RepairAction.APPROVE, r.status());
        }
        RepairPool pool = em.find(RepairPool.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (pool == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("year", "repair.pool.missing", String.valueOf(year))));
        }
        PoolBalance balance = balance(year, pool.amount());
        change(me, r, "Przydział środków z puli " + year + ": " + (amount == null ? "" : Money.format(amount)),
                () -> r.approve(Instant.now(), amount, balance, comment));
    }

    public void start(long id, String comment) {
        Actor me = requireHandler();
        Repair r = visible(me, id);
        change(me, r, "Rozpoczęto prace", () -> r.start(Instant.now(), comment));
    }

    /** The settlement: actual cost and invoice; a cost above the allocation must fit in what the pool has left. */
    public void settle(long id, BigDecimal actualCost, String invoiceNumber, String comment) {
        Actor me = requireHandler();
        Repair r = visible(me, id);
        PoolBalance balance;
        if (r.poolYear() != null) {
            RepairPool pool = em.find(RepairPool.class, r.poolYear(), LockModeType.PESSIMISTIC_WRITE);
            balance = balance(r.poolYear(), pool.amount());
        } else {
            balance = PoolBalance.of(LocalDate.now(OFFICE_ZONE).getYear(), null, List.of());
        }
        change(me, r, "Rozliczenie: " + (actualCost == null ? "" : Money.format(actualCost)) + ", faktura " + invoiceNumber,
                () -> r.settle(Instant.now(), actualCost, invoiceNumber, balance, comment));
    }

    public void close(long id, String comment) {
        Actor me = requireHandler();
        Repair r = visible(me, id);
        change(me, r, "Sprawa zamknięta", () -> r.close(Instant.now(), comment));
    }

    /** The pool of {@code year}: set, allocated, settled, remaining (zero pool when none was set). */
    public PoolBalance pool(int year) {
        Actor me = actors.current();
        if (!me.seesAllUnits()) {
            throw new AccessDeniedException();
        }
        RepairPool pool = em.find(RepairPool.class, year);
        return balance(year, pool == null ? null : pool.amount());
    }

    /** Sets the pool of {@code year}; it may not fall below what approved requests already hold. */
    public PoolBalance setPool(int year, BigDecimal amount) {
        Actor me = requireFunds();
        if (year < 2000 || year > 2100) {
            throw new ValidationException(List.of(new ValidationException.Violation("year", "repair.pool.yearInvalid")));
        }
        BigDecimal a = amount == null ? null : Money.exact(amount).orElse(null);
        if (a == null || a.signum() < 0 || a.compareTo(Money.MAX) > 0) {
            throw new ValidationException(List.of(new ValidationException.Violation("amount", "repair.amount.invalid")));
        }
        RepairPool pool = em.find(RepairPool.class, year, LockModeType.PESSIMISTIC_WRITE);
        BigDecimal before = pool == null ? null : pool.amount();
        try {
            balance(year, before).requireCovers(a);
        } catch (RepairRuleException e) {
            throw violation(e);
        }
        Instant now = Instant.now();
        if (pool == null) {
            em.persist(new RepairPool(year, a, me.login(), now));
        } else {
            pool.set(a, me.login(), now);
        }
        em.flush();
        Map<String, String> b = before == null ? Map.of() : Map.of("amount", before.toPlainString());
        audit.recordChange(me.login(), before == null ? AuditAction.CREATE : AuditAction.UPDATE, "RepairPool", year,
                "Pula na naprawy " + year + ": " + Money.format(a), b, Map.of("amount", a.toPlainString()));
        return balance(year, a);
    }

    // ---------------------------------------------------------------- reading

    /** The requests the caller may see (a unit's users: their units'), newest first. */
    public List<Row> list(Filter f) {
        Actor me = actors.current();
        if (!me.canViewRepairs()) {
            throw new AccessDeniedException();
        }
        return rows(me, f == null ? Filter.none() : f, null, 2000);
    }

    /** The city-wide needs view: the department only. */
    public Needs needs(Filter f, int year) {
        Actor me = actors.current();
        if (!me.seesAllUnits()) {
            throw new AccessDeniedException();
        }
        List<Row> rows = rows(me, f == null ? Filter.none() : f, null, 10_000);
        Dictionaries dict = dictionaries();
        List<Sum> byCategory = new ArrayList<>();
        for (Entry c : dict.categories()) {
            Sum s = sum(c.code(), c.namePl(), rows.stream().filter(r -> r.categoryCode().equals(c.code())).toList());
            if (s.count() > 0 || c.active()) {
                byCategory.add(s);
            }
        }
        List<Sum> byPriority = new ArrayList<>();
        for (Entry p : dict.priorities()) {
            byPriority.add(sum(p.code(), p.namePl(), rows.stream().filter(r -> r.priorityCode().equals(p.code())).toList()));
        }
        RepairPool pool = em.find(RepairPool.class, year);
        return new Needs(rows, byCategory, byPriority, sum("TOTAL", "Razem", rows), balance(year, pool == null ? null : pool.amount()));
    }

    public Detail detail(long id) {
        Actor me = actors.current();
        Repair r = visible(me, id);
        Row row = rows(me, Filter.none(), id, 1).get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("""
                select at, actor_login, action, from_status, to_status, comment, amount from repair_event
                where repair_id = ?1 order by at, id""").setParameter(1, id).getResultList();
        List<HistoryRow> history = events.stream().map(e -> new HistoryRow(instant(e[0]), (String) e[1], RepairAction.valueOf((String) e[2]),
                e[3] == null ? null : RepairStatus.valueOf((String) e[3]), RepairStatus.valueOf((String) e[4]), (String) e[5],
                (BigDecimal) e[6])).toList();
        return new Detail(row, r.description(), r.location(), r.invoiceNumber(), r.lastComment(), r.submittedBy(), r.version(),
                history, photos(id), actionsFor(me, r));
    }

    /** A photo of a request the caller may see; every download is in the audit log. */
    public Photo photo(long photoId) {
        Actor me = actors.current();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.repair_id, r.unit_id, p.file_name, p.media_type, p.content
                from repair_photo p join repair_request r on r.id = p.repair_id where p.id = ?1""")
                .setParameter(1, photoId).getResultList();
        if (rows.isEmpty() || !me.canViewRepairsOf(((Number) rows.get(0)[1]).longValue())) {
            throw new NotFoundException("photo", photoId);
        }
        Object[] r = rows.get(0);
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "RepairPhoto", photoId, "Zdjęcie zgłoszenia naprawy " + r[0]);
        return new Photo((String) r[2], (String) r[3], (byte[]) r[4]);
    }

    /** The steps the caller may take on {@code r} now (for the screens' buttons). */
    private static Set<RepairAction> actionsFor(Actor me, Repair r) {
        Set<RepairAction> out = EnumSet.noneOf(RepairAction.class);
        for (RepairAction a : RepairAction.from(r.status())) {
            boolean may = switch (a) {
                case RESUBMIT -> me.canRequestRepairsFor(r.unitId());
                case ACCEPT, REFUSE_ACCEPTANCE -> me.canAcceptRepairsOf(r.unitId());
                case APPROVE, REJECT -> me.canAllocateRepairFunds();
                default -> me.canHandleRepairs();
            };
            if (may) {
                out.add(a);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- internals

    private List<Row> rows(Actor me, Filter f, Long id, int limit) {
        StringBuilder sql = new StringBuilder("""
                select r.id, r.unit_id, u.name, r.title, r.category_code, c.name_pl, r.priority_code, p.name_pl, p.rank, r.estimated_cost,
                       r.status, r.pool_year, r.allocated_amount, r.actual_cost, r.submitted_at, r.updated_at,
                       (select count(*) from repair_photo x where x.repair_id = r.id)
                from repair_request r join unit u on u.id = r.unit_id
                     join repair_category c on c.code = r.category_code join repair_priority p on p.code = r.priority_code
                where 1 = 1""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!me.seesAllUnits()) {
            sql.append(" and r.unit_id = any(cast(:scope as bigint[]))");
            params.put("scope", me.unitScope().toArray(new Long[0]));
        }
        if (id != null) {
            sql.append(" and r.id = :id");
            params.put("id", id);
        }
        if (f.unitId() != null) {
            sql.append(" and r.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.category() != null && !f.category().isBlank()) {
            sql.append(" and r.category_code = :category");
            params.put("category", f.category().strip());
        }
        if (f.priority() != null && !f.priority().isBlank()) {
            sql.append(" and r.priority_code = :priority");
            params.put("priority", f.priority().strip());
        }
        if (f.status() != null) {
            sql.append(" and r.status = :status");
            params.put("status", f.status().name());
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and (r.title ilike :q or r.description ilike :q or u.name ilike :q)");
            params.put("q", "%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" order by p.rank, r.submitted_at desc, r.id desc");
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        q.setMaxResults(limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Row(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], ((Number) r[8]).intValue(), (BigDecimal) r[9], RepairStatus.valueOf((String) r[10]),
                r[11] == null ? null : ((Number) r[11]).intValue(), (BigDecimal) r[12], (BigDecimal) r[13], instant(r[14]), instant(r[15]),
                num(r[16]))).toList();
    }

    private static Sum sum(String code, String name, List<Row> rows) {
        BigDecimal estimated = BigDecimal.ZERO.setScale(2);
        BigDecimal allocated = BigDecimal.ZERO.setScale(2);
        BigDecimal settled = BigDecimal.ZERO.setScale(2);
        for (Row r : rows) {
            if (r.status() != RepairStatus.REJECTED) {
                estimated = estimated.add(r.estimatedCost());
            }
            if (r.allocatedAmount() != null) {
                allocated = allocated.add(r.allocatedAmount());
            }
            if (r.actualCost() != null) {
                settled = settled.add(r.actualCost());
            }
        }
        return new Sum(code, name, rows.size(), estimated, allocated, settled);
    }

    /** The balance of {@code year}'s pool read from the funded requests (the caller holds the pool's lock when it writes). */
    private PoolBalance balance(int year, BigDecimal poolAmount) {
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select allocated_amount, actual_cost from repair_request
                where pool_year = ?1 and status in ('APPROVED','IN_PROGRESS','DONE','ACCEPTED','CLOSED')""")
                .setParameter(1, year).getResultList();
        return PoolBalance.of(year, poolAmount, rows.stream().map(r -> new PoolBalance.Commitment((BigDecimal) r[0], (BigDecimal) r[1])).toList());
    }

    /** Takes a step: the domain decides, the step goes into the history and the audit log in this transaction. */
    private void change(Actor me, Repair r, String summary, Supplier<Repair.Step> action) {
        Map<String, String> before = snapshot(r);
        Repair.Step step;
        try {
            step = action.get();
        } catch (RepairRuleException e) {
            if ("repair.transition.illegal".equals(e.messageKey())) {
                throw illegal(RepairAction.valueOf((String) e.arguments().get(0)), RepairStatus.valueOf((String) e.arguments().get(1)));
            }
            throw e.field() == null ? new ConflictException(e.messageKey(), e.arguments().toArray()) : violation(e);
        }
        Instant now = r.updatedAt();
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.concurrentChange");
        }
        record(r, me, now, step);
        audit.recordChange(me.login(), AuditAction.UPDATE, "RepairRequest", r.id(), summary + " (" + step.from() + " → " + step.to() + ")",
                before, snapshot(r));
    }

    private void record(Repair r, Actor me, Instant at, Repair.Step step) {
        em.persist(new RepairEvent(r.id(), at, me.login(), step));
    }

    /** A step the request's state does not allow: 409 with the step and the state in Polish. */
    private static ConflictException illegal(RepairAction action, RepairStatus status) {
        return new ConflictException("repair.transition.illegal", action.label(), status.label());
    }

    private static ValidationException violation(RepairRuleException e) {
        return new ValidationException(List.of(new ValidationException.Violation(e.field(), e.messageKey(), e.arguments().toArray())));
    }

    private List<ValidationException.Violation> problems(RepairDraft d) {
        List<ValidationException.Violation> out = new ArrayList<>();
        d.problems().forEach(p -> out.add(new ValidationException.Violation(p.field(), p.messageKey(), p.arguments())));
        Dictionaries dict = dictionaries();
        if (d.categoryCode() != null && dict.categories().stream().noneMatch(c -> c.active() && c.code().equals(d.categoryCode()))) {
            out.add(new ValidationException.Violation("category", "repair.category.unknown", d.categoryCode()));
        }
        if (d.priorityCode() != null && dict.priorities().stream().noneMatch(p -> p.active() && p.code().equals(d.priorityCode()))) {
            out.add(new ValidationException.Violation("priority", "repair.priority.unknown", d.priorityCode()));
        }
        return out;
    }

    /** Every photo checked (kind, content matching the name, size); only JPG and PNG are photos. */
    private static List<AttachmentPolicy.Accepted> checkPhotos(List<NewPhoto> photos, long existing, List<ValidationException.Violation> errors) {
        List<AttachmentPolicy.Accepted> accepted = new ArrayList<>();
        List<NewPhoto> all = photos == null ? List.of() : photos;
        if (existing + all.size() > MAX_PHOTOS) {
            errors.add(new ValidationException.Violation("photos", "repair.photos.tooMany", MAX_PHOTOS));
        }
        for (NewPhoto p : all) {
            AttachmentPolicy.Result r = AttachmentPolicy.check(p.name(), p.content());
            if (r.accepted().isEmpty()) {
                errors.add(new ValidationException.Violation("photos", "repair.photo.refused", r.reason()));
            } else if (!r.accepted().get().mediaType().startsWith("image/")) {
                errors.add(new ValidationException.Violation("photos", "repair.photo.notImage", r.accepted().get().fileName()));
            } else {
                accepted.add(r.accepted().get());
            }
        }
        return accepted;
    }

    private void storePhotos(long repairId, List<NewPhoto> photos, List<AttachmentPolicy.Accepted> accepted, String login) {
        for (int i = 0; i < accepted.size(); i++) {
            byte[] content = photos.get(i).content();
            em.createNativeQuery("""
                    insert into repair_photo (id, repair_id, file_name, media_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                    values (nextval('repair_photo_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, now())""")
                    .setParameter(1, repairId).setParameter(2, accepted.get(i).fileName()).setParameter(3, accepted.get(i).mediaType())
                    .setParameter(4, (long) content.length).setParameter(5, InboundStore.sha256(content)).setParameter(6, content)
                    .setParameter(7, login).executeUpdate();
        }
    }

    private long photoCount(long id) {
        return num(em.createNativeQuery("select count(*) from repair_photo where repair_id = ?1").setParameter(1, id).getSingleResult());
    }

    private List<PhotoInfo> photos(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, file_name, media_type, size_bytes from repair_photo where repair_id = ?1 order by id")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new PhotoInfo(num(r[0]), (String) r[1], (String) r[2], num(r[3]))).toList();
    }

    /** The request if the caller may see it; another unit's request is "not found" (its existence is not theirs to know). */
    private Repair visible(Actor me, long id) {
        Repair r = em.find(Repair.class, id);
        if (r == null || !me.canViewRepairsOf(r.unitId())) {
            throw new NotFoundException("repair", id);
        }
        return r;
    }

    /** A request whose work the caller accepts or refuses: the unit's director. */
    private Repair toAccept(Actor me, long id) {
        Repair r = visible(me, id);
        if (!me.canAcceptRepairsOf(r.unitId())) {
            throw new AccessDeniedException();
        }
        return r;
    }

    private Actor requireHandler() {
        Actor me = actors.current();
        if (!me.canHandleRepairs()) {
            throw new AccessDeniedException();
        }
        return me;
    }

    private Actor requireFunds() {
        Actor me = actors.current();
        if (!me.canAllocateRepairFunds()) {
            throw new AccessDeniedException();
        }
        return me;
    }

    private static Map<String, String> snapshot(Repair r) {
        Map<String, String> m = new TreeMap<>();
        m.put("status", r.status().name());
        m.put("title", r.title());
        m.put("category", r.categoryCode());
        m.put("priority", r.priorityCode());
        m.put("estimatedCost", r.estimatedCost().toPlainString());
        if (r.location() != null) {
            m.put("location", r.location());
        }
        if (r.poolYear() != null) {
            m.put("poolYear", String.valueOf(r.poolYear()));
            m.put("allocatedAmount", r.allocatedAmount().toPlainString());
        }
        if (r.actualCost() != null) {
            m.put("actualCost", r.actualCost().toPlainString());
            m.put("invoiceNumber", r.invoiceNumber());
        }
        if (r.lastComment() != null) {
            m.put("comment", r.lastComment());
        }
        return m;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
