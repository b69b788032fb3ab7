package pl.edugmina.web.registers;

import pl.edugmina.common.BusinessException;
import pl.edugmina.registers.application.UnitRegisterRow;
import pl.edugmina.registers.application.UnitRegisterService;
import pl.edugmina.web.support.Faces;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * A register screen with a list and an entry form (Umowy, Innowacje, Bank ofert pracy): the list with its unit and text
 * filters, read once per view and again after every change; the entry being written, new for one of the user's units
 * or an existing one being corrected with the version the user saw; saving with the errors next to the fields of the
 * form. A register whose entries may be deleted extends {@link DeletableRegisterBacking}. The screen supplies its
 * register and its own filters and fields.
 *
 * @param <R> a line of the register
 * @param <D> an entry as the form writes it
 */
public abstract class EditableRegisterBacking<R extends UnitRegisterRow, D> extends UnitRegisterBacking {

    private static final long serialVersionUID = 1L;

    private Long filterUnit;
    private String q;
    private List<R> rows;

    // the entry being written (editing: id and version set)
    private Long editId;
    private int editVersion;

    protected abstract UnitRegisterService<R, D> register();

    /** The lines the screen's filters select. */
    protected abstract List<R> find();

    /** Puts the line's own fields into the form. */
    protected abstract void fill(R row);

    /** Empties the form's own fields (a new entry). */
    protected abstract void clearFields();

    public void search() {
        rows = find();
    }

    public List<R> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    public void edit(R r) {
        editId = r.id();
        editVersion = r.version();
        setUnitId(r.unitId());
        fill(r);
    }

    public void clear() {
        editId = null;
        clearFields();
    }

    /**
     * Saves the entry being written: corrects the one being edited, else adds it for the chosen unit. Once saved,
     * {@code saved} (given the entry's id) tells the user, and the form empties and the list is read again; a refusal
     * is shown in {@code formId}, next to the fields, with nothing typed lost.
     */
    protected void saveEntry(D draft, String formId, LongConsumer saved) {
        try {
            if (editId != null) {
                register().update(editId, editVersion, draft);
            } else {
                editId = register().create(chosenUnit(), draft);
            }
            saved.accept(editId);
            clear();
            search();
        } catch (BusinessException e) {
            Faces.show(e, formId);
        }
    }

    public Long getEditId() { return editId; }
    public Long getFilterUnit() { return filterUnit; }
    public void setFilterUnit(Long filterUnit) { this.filterUnit = filterUnit; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
