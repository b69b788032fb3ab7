package pl.edugmina.web.registers;

import pl.edugmina.common.BusinessException;
import pl.edugmina.registers.application.DeletableUnitRegisterService;
import pl.edugmina.registers.application.UnitRegisterRow;
import pl.edugmina.web.support.Faces;

/**
 * A register screen whose entries may also be deleted (Umowy, Innowacje): what {@link EditableRegisterBacking} does,
 * and deleting an entry with the message above the list ({@code listForm}).
 *
 * @param <R> a line of the register
 * @param <D> an entry as the form writes it
 */
public abstract class DeletableRegisterBacking<R extends UnitRegisterRow, D> extends EditableRegisterBacking<R, D> {

    private static final long serialVersionUID = 1L;

    private final String deletedMessage;

    /** @param deletedMessage the message key shown when an entry is deleted */
    protected DeletableRegisterBacking(String deletedMessage) {
        this.deletedMessage = deletedMessage;
    }

    @Override
    protected abstract DeletableUnitRegisterService<R, D> register();

    public void delete(R r) {
        try {
            register().delete(r.id());
            Faces.info(deletedMessage);
        } catch (BusinessException e) {
            Faces.show(e, "listForm");
        }
        search();
    }
}
