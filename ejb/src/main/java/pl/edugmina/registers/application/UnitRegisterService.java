package pl.edugmina.registers.application;

/**
 * What the service of every unit's register offers its screen and resource: add an entry to a unit's register, read
 * one line, correct an entry (naming the version the caller saw), delete one. Each call checks the caller as
 * {@link UnitRegister} says. A service implementing this is also a {@code @LocalBean}, so it keeps its no-interface
 * view (the one that is injected).
 *
 * @param <R> a line of the register
 * @param <D> an entry as the caller writes it
 */
public interface UnitRegisterService<R extends UnitRegisterRow, D> {

    long create(long unitId, D draft);

    R get(long id);

    void update(long id, int version, D draft);

    void delete(long id);
}
