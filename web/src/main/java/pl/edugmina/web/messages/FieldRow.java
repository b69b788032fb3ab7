package pl.edugmina.web.messages;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import pl.edugmina.messaging.domain.ReplyForm;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A field (or a table's column) of the answer form as the sender designs it on messages/new.xhtml. */
public class FieldRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String label;
    private ReplyForm.Type type = ReplyForm.Type.TEXT;
    private boolean required;
    /** Choice options, separated by semicolons or new lines. */
    private String options;
    private List<FieldRow> columns = new ArrayList<>();

    public static List<FieldRow> of(ReplyForm form) {
        List<FieldRow> out = new ArrayList<>();
        for (ReplyForm.Field f : form.fields()) {
            FieldRow r = row(f.label(), f.type(), f.required(), f.options());
            f.columns().forEach(c -> r.columns.add(row(c.label(), c.type(), c.required(), c.options())));
            out.add(r);
        }
        return out;
    }

    private static FieldRow row(String label, ReplyForm.Type type, boolean required, List<String> options) {
        FieldRow r = new FieldRow();
        r.label = label;
        r.type = type;
        r.required = required;
        r.options = String.join("; ", options);
        return r;
    }

    /** The definition as {@link ReplyForm#parse} reads it; null when no field was added. */
    public static JsonArray toJson(List<FieldRow> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (FieldRow f : fields) {
            JsonObjectBuilder o = f.json();
            if (f.type == ReplyForm.Type.TABLE) {
                JsonArrayBuilder cols = Json.createArrayBuilder();
                f.columns.forEach(c -> cols.add(c.json()));
                o.add("columns", cols);
            }
            a.add(o);
        }
        return a.build();
    }

    private JsonObjectBuilder json() {
        JsonObjectBuilder o = Json.createObjectBuilder().add("label", label == null ? "" : label)
                .add("type", (type == null ? ReplyForm.Type.TEXT : type).name()).add("required", required);
        if (type == ReplyForm.Type.CHOICE) {
            JsonArrayBuilder opts = Json.createArrayBuilder();
            Arrays.stream(options == null ? new String[0] : options.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(opts::add);
            o.add("options", opts);
        }
        return o;
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public ReplyForm.Type getType() { return type; }
    public void setType(ReplyForm.Type type) { this.type = type; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
    public List<FieldRow> getColumns() { return columns; }
}
