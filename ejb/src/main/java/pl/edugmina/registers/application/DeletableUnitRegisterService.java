package pl.edugmina.registers.application;

/**
 * A unit's register whose entries may also be deleted (one made by mistake; what it was stays in the audit log):
 * contracts and innovations.
 *
 * @param <R> a line of the register
 * @param <D> an entry as the caller writes it
 */
public interface DeletableUnitRegisterService<R extends UnitRegisterRow, D> extends UnitRegisterService<R, D> {

    void delete(long id);
}
