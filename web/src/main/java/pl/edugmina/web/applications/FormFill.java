package pl.edugmina.web.applications;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import pl.edugmina.messaging.domain.ReplyForm;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ReplyForm} being filled in on a screen (WEB-INF/includes/form-fill.xhtml): what the user typed, field by
 * field and row by row, as text; checked by the service (which names every wrong value in Polish).
 */
public class FormFill implements Serializable {

    private static final long serialVersionUID = 1L;

    private Map<String, String> values = new HashMap<>();
    private Map<String, List<Map<String, String>>> tables = new HashMap<>();

    /** Starts from a stored answer (or nothing): decimal comma, dd.MM.yyyy; tables get at least three rows. */
    public static FormFill of(ReplyForm form, JsonObject answer) {
        FormFill fill = new FormFill();
        if (form == null) {
            return fill;
        }
        JsonObject last = answer == null ? JsonValue.EMPTY_JSON_OBJECT : answer;
        for (ReplyForm.Field f : form.fields()) {
            if (f.type() == ReplyForm.Type.TABLE) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (var r : ReplyForm.rows(last, f.key())) {
                    Map<String, String> row = new HashMap<>();
                    r.forEach((k, v) -> row.put(k, text(f.columns().stream().filter(c -> c.key().equals(k)).findFirst()
                            .map(ReplyForm.Column::type).orElse(null), v)));
                    rows.add(row);
                }
                while (rows.size() < 3) {
                    rows.add(new HashMap<>());
                }
                fill.tables.put(f.key(), rows);
            } else if (last.containsKey(f.key())) {
                fill.values.put(f.key(), text(f.type(), last.get(f.key())));
            }
        }
        return fill;
    }

    private static String text(ReplyForm.Type type, JsonValue v) {
        String s = ReplyForm.display(v);
        if (type == ReplyForm.Type.DATE && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(s).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        }
        if (type == ReplyForm.Type.NUMBER) {
            return s.replace('.', ',');
        }
        return s;
    }

    public void addRow(String key) {
        tables.computeIfAbsent(key, k -> new ArrayList<>()).add(new HashMap<>());
    }

    public void removeRow(String key, Map<String, String> row) {
        tables.getOrDefault(key, new ArrayList<>()).remove(row);
    }

    /** What was typed, as the service takes it (blank values left out, blank table rows kept for the row numbers). */
    public JsonObject toJson() {
        JsonObjectBuilder b = Json.createObjectBuilder();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.add(k, v);
            }
        });
        tables.forEach((k, rows) -> {
            JsonArrayBuilder a = Json.createArrayBuilder();
            for (Map<String, String> row : rows) {
                JsonObjectBuilder o = Json.createObjectBuilder();
                row.forEach((c, v) -> {
                    if (v != null && !v.isBlank()) {
                        o.add(c, v);
                    }
                });
                a.add(o);
            }
            b.add(k, a);
        });
        return b.build();
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, List<Map<String, String>>> getTables() {
        return tables;
    }
}
