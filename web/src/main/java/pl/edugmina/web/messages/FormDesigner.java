package pl.edugmina.web.messages;

import jakarta.json.JsonArray;
import pl.edugmina.messaging.domain.ReplyForm;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A form (text, number, date, choice, table fields) being designed on a screen, for WEB-INF/includes/form-designer.xhtml:
 * the same fields as the answer form of a message, usable wherever a screen defines a {@link ReplyForm}.
 */
public class FormDesigner implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<FieldRow> fields = new ArrayList<>();

    public void addField() {
        fields.add(new FieldRow());
    }

    public void removeField(FieldRow f) {
        fields.remove(f);
    }

    public void addColumn(FieldRow f) {
        f.getColumns().add(new FieldRow());
    }

    public void removeColumn(FieldRow f, FieldRow column) {
        f.getColumns().remove(column);
    }

    /** The definition, or null when no field was added. */
    public JsonArray toJson() {
        return FieldRow.toJson(fields);
    }

    public List<FieldRow> getFields() {
        return fields;
    }

    public ReplyForm.Type[] getFieldTypes() {
        return ReplyForm.Type.values();
    }

    public List<ReplyForm.Type> getColumnTypes() {
        return Arrays.stream(ReplyForm.Type.values()).filter(t -> t != ReplyForm.Type.TABLE).toList();
    }
}
