package pl.edugmina.registers.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.registers.domain.UnitRegisterEntry;
import pl.edugmina.security.Actor;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rules every unit's register keeps, held by the register's service (one per kind of entry, working in the
 * service's transaction): a unit's users see only their units' entries and another unit's entry is "not found", the
 * department sees all; only those who keep a unit's registers (its director or secretariat) write to it (a register
 * may let others correct its entries too: job offers, the department's officials); a correction names the version the
 * user saw, and someone else's save in between is a conflict; every change is in the audit log
 * with the entry as it was and as it is.
 *
 * @param <E> the kind of entry
 */
public final class UnitRegister<E extends UnitRegisterEntry> {

    /** How a register reads its lines: those {@code filter} selects, and with {@code id} (not null) that entry's only. */
    @FunctionalInterface
    public interface Lines<F, R> {
        List<R> read(Actor me, F filter, Long id);
    }

    private final EntityManager em;
    private final AuditService audit;
    private final Class<E> type;
    private final String auditType;
    private final String notFoundKind;
    private final Function<E, Map<String, String>> snapshot;
    private final BiPredicate<Actor, Long> mayCorrect;

    /**
     * A register whose entries are corrected by those who keep the unit's registers.
     *
     * @param auditType    how the audit log names the kind of entry
     * @param notFoundKind how "not found" names it
     * @param snapshot     the entry's fields as the audit log keeps them
     */
    public UnitRegister(EntityManager em, AuditService audit, Class<E> type, String auditType, String notFoundKind,
                        Function<E, Map<String, String>> snapshot) {
        this(em, audit, type, auditType, notFoundKind, snapshot, Actor::canKeepRegistersOf);
    }

    /** As above, with {@code mayCorrect} deciding who corrects an entry of a unit (the caller, the entry's unit). */
    public UnitRegister(EntityManager em, AuditService audit, Class<E> type, String auditType, String notFoundKind,
                        Function<E, Map<String, String>> snapshot, BiPredicate<Actor, Long> mayCorrect) {
        this.em = em;
        this.audit = audit;
        this.type = type;
        this.auditType = auditType;
        this.notFoundKind = notFoundKind;
        this.snapshot = snapshot;
        this.mayCorrect = mayCorrect;
    }

    /** Refuses a caller who reads no unit's registers at all. */
    public static void requireReader(Actor me) {
        if (!me.canViewRegisters()) {
            throw new AccessDeniedException();
        }
    }

    /** A unit's user for another unit gets "not found"; a role that does not keep registers is refused. */
    public static void requireKeeper(Actor me, long unitId) {
        if (!me.canKeepRegistersOf(unitId)) {
            throw me.isUnitUser() && !me.canViewRegistersOf(unitId) ? new NotFoundException("unit", unitId) : new AccessDeniedException();
        }
    }

    /** The lines {@code filter} selects among those the caller may read. */
    public static <F, R> List<R> list(Actor me, F filter, Lines<F, R> lines) {
        requireReader(me);
        return lines.read(me, filter, null);
    }

    /** The line of the entry {@code id}, when the caller may see it ({@code any}: the filter that selects everything). */
    public <F, R> R line(Actor me, long id, F any, Lines<F, R> lines) {
        visible(me, id);
        return lines.read(me, any, id).get(0);
    }

    /** The entry, when the caller may see it; "not found" when it does not exist or is another unit's. */
    public E visible(Actor me, long id) {
        E e = em.find(type, id);
        if (e == null || !me.canViewRegistersOf(e.unitId())) {
            throw new NotFoundException(notFoundKind, id);
        }
        return e;
    }

    /** The entry, when the caller keeps the register it is in. */
    public E kept(Actor me, long id) {
        E e = visible(me, id);
        requireKeeper(me, e.unitId());
        return e;
    }

    /**
     * Adds the entry {@code entry} makes (checking the draft there) to the unit's register; {@code summary} describes it
     * in the audit log. Returns its id.
     */
    public long create(Actor me, long unitId, Supplier<E> entry, Function<E, String> summary) {
        requireKeeper(me, unitId);
        E e = entry.get();
        em.persist(e);
        em.flush();
        audit.recordChange(me.login(), AuditAction.CREATE, auditType, e.id(), summary.apply(e), Map.of(), snapshot.apply(e));
        return e.id();
    }

    /**
     * Corrects an entry the caller saw at {@code version} (a change in between is a conflict) with {@code change}, when
     * the caller may correct the entries of its unit.
     */
    public void update(Actor me, long id, int version, Consumer<E> change, String summary) {
        E e = visible(me, id);
        if (!mayCorrect.test(me, e.unitId())) {
            throw new AccessDeniedException();
        }
        if (e.version() != version) {
            throw new ConflictException("error.concurrentChange");
        }
        Map<String, String> before = snapshot.apply(e);
        change.accept(e);
        try {
            em.flush();
        } catch (OptimisticLockException x) {
            throw new ConflictException("error.concurrentChange");
        }
        audit.recordChange(me.login(), AuditAction.UPDATE, auditType, id, summary, before, snapshot.apply(e));
    }

    /** Removes an entry made by mistake; what it was stays in the audit log. */
    public void delete(Actor me, long id, String summary) {
        E e = kept(me, id);
        Map<String, String> before = snapshot.apply(e);
        em.remove(e);
        audit.recordChange(me.login(), AuditAction.DELETE, auditType, id, summary, before, Map.of());
    }
}
