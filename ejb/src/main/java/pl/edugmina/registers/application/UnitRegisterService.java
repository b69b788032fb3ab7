package pl.edugmina.registers.application;

/**
 * What the service of every unit's register offers its screen and resource: add an entry to a unit's register, read
 * one line, correct an entry (naming the version the caller saw). Each call checks the caller as {@link UnitRegister}
 * says. A register whose entries may also be deleted offers {@link DeletableUnitRegisterService}; one whose entries
 * are never deleted (job offers: candidates applied to them; they are closed instead) offers only this. A service
 * implementing this is also a {@code @LocalBean}, so it keeps its no-interface view (the one that is injected).
 *
 * @param <R> a line of the register
 * @param <D> an entry as the caller writes it
 */
public interface UnitRegisterService<R extends UnitRegisterRow, D> {

    long create(long unitId, D draft);

    R get(long id);

    void update(long id, int version, D draft);
}
