package pl.edugmina.messaging.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A structured answer form designed by the sender of a message, so that units answer with data instead
 * of files: fields of type text, number, date, choice (one of a list) or table (rows of typed columns).
 * {@link #check} turns what a unit typed into a normalised answer, or tells it, field by field and row
 * by row, what is wrong (in Polish). Definitions and answers travel as JSON.
 *
 * <p>Definition: {@code [{key, label, type, required, options?[], columns?[{key, label, type, required, options?[]}]}]};
 * keys are assigned ({@code f1}, {@code f2}…, columns {@code c1}…) when the sender leaves them out.
 * Answer: {@code {f1: "tekst", f2: 12.5, f3: "2026-12-01", f4: "tak", f5: [{c1: "…", c2: 3}, …]}}.
 */
public record ReplyForm(List<Field> fields) {

    public static final int MAX_FIELDS = 50;
    public static final int MAX_COLUMNS = 15;
    public static final int MAX_OPTIONS = 50;
    public static final int MAX_ROWS = 500;
    public static final int MAX_LABEL = 300;
    public static final int MAX_TEXT = 2000;
    /** Largest number a number field takes (absolute value), and its decimal places. */
    public static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000");
    public static final int MAX_SCALE = 4;

    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    public enum Type {
        TEXT, NUMBER, DATE, CHOICE, TABLE;

        public String polish() {
            return switch (this) {
                case TEXT -> "tekst";
                case NUMBER -> "liczba";
                case DATE -> "data";
                case CHOICE -> "wybór z listy";
                case TABLE -> "tabela";
            };
        }
    }

    /** A column of a table field (never itself a table). */
    public record Column(String key, String label, Type type, boolean required, List<String> options) {
        public Column {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    public record Field(String key, String label, Type type, boolean required, List<String> options, List<Column> columns) {
        public Field {
            options = options == null ? List.of() : List.copyOf(options);
            columns = columns == null ? List.of() : List.copyOf(columns);
        }
    }

    /** What is wrong: the field's key (and for a table the row, from 1, and column key), and why, in Polish. */
    public record Problem(String field, Integer row, String column, String message) {

        /** "Pole „Liczba uczniów”: …" or "Tabela „Kadra”, wiersz 3, kolumna „Etaty”: …". */
        public String describe(ReplyForm form) {
            Field f = form.field(field).orElse(null);
            if (f == null) {
                return message;
            }
            if (row == null) {
                return "Pole „" + f.label() + "”: " + message;
            }
            String col = f.columns().stream().filter(c -> c.key().equals(column)).map(Column::label).findFirst().orElse(column);
            return "Tabela „" + f.label() + "”, wiersz " + row + (col == null ? "" : ", kolumna „" + col + "”") + ": " + message;
        }
    }

    /** The outcome of {@link #check}: the normalised answer, or the problems (never both). */
    public record Checked(JsonObject answer, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public ReplyForm {
        fields = List.copyOf(fields);
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    // ---------------------------------------------------------------- definition

    /**
     * Reads and checks a definition; throws {@link InvalidDefinition} listing every problem (Polish).
     * Labels are trimmed, options de-duplicated, missing keys assigned.
     */
    public static ReplyForm parse(JsonArray definition) {
        List<String> problems = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        if (definition.isEmpty()) {
            problems.add("formularz nie ma żadnego pola");
        }
        if (definition.size() > MAX_FIELDS) {
            problems.add("formularz może mieć najwyżej " + MAX_FIELDS + " pól");
        }
        Set<String> keys = new LinkedHashSet<>();
        int n = 0;
        for (JsonValue v : definition) {
            n++;
            if (!(v instanceof JsonObject o)) {
                problems.add("pole " + n + ": oczekiwano obiektu");
                continue;
            }
            String where = "pole " + n;
            String key = key(o, "f" + n, where, keys, problems);
            String label = label(o, where, problems);
            Type type = type(o, where, problems);
            boolean required = o.getBoolean("required", false);
            List<String> options = type == Type.CHOICE ? options(o, where, problems) : List.of();
            List<Column> columns = new ArrayList<>();
            if (type == Type.TABLE) {
                JsonArray cols = o.get("columns") instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
                if (cols.isEmpty() || cols.size() > MAX_COLUMNS) {
                    problems.add(where + " („" + label + "”): tabela musi mieć od 1 do " + MAX_COLUMNS + " kolumn");
                }
                Set<String> colKeys = new LinkedHashSet<>();
                int c = 0;
                for (JsonValue cv : cols) {
                    c++;
                    String cwhere = where + ", kolumna " + c;
                    if (!(cv instanceof JsonObject co)) {
                        problems.add(cwhere + ": oczekiwano obiektu");
                        continue;
                    }
                    Type ctype = type(co, cwhere, problems);
                    if (ctype == Type.TABLE) {
                        problems.add(cwhere + ": kolumna tabeli nie może być tabelą");
                    }
                    columns.add(new Column(key(co, "c" + c, cwhere, colKeys, problems), label(co, cwhere, problems), ctype,
                            co.getBoolean("required", false), ctype == Type.CHOICE ? options(co, cwhere, problems) : List.of()));
                }
            }
            fields.add(new Field(key, label, type, required, options, columns));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinition(problems);
        }
        return new ReplyForm(fields);
    }

    /** A definition the sender cannot use, with every reason. */
    public static final class InvalidDefinition extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        public InvalidDefinition(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private static String key(JsonObject o, String fallback, String where, Set<String> taken, List<String> problems) {
        String key = o.get("key") instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip() : fallback;
        if (!key.matches("[A-Za-z][A-Za-z0-9_]{0,39}")) {
            problems.add(where + ": niedozwolony klucz „" + key + "”");
        } else if (!taken.add(key)) {
            problems.add(where + ": klucz „" + key + "” powtarza się");
        }
        return key;
    }

    private static String label(JsonObject o, String where, List<String> problems) {
        String label = o.get("label") instanceof JsonString s ? s.getString().strip() : "";
        if (label.isEmpty()) {
            problems.add(where + ": podaj etykietę");
        } else if (label.length() > MAX_LABEL) {
            problems.add(where + ": etykieta dłuższa niż " + MAX_LABEL + " znaków");
        }
        return label;
    }

    private static Type type(JsonObject o, String where, List<String> problems) {
        String t = o.get("type") instanceof JsonString s ? s.getString().strip().toUpperCase(Locale.ROOT) : "";
        try {
            return Type.valueOf(t);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": nieznany typ pola „" + t + "” (dozwolone: tekst, liczba, data, wybór z listy, tabela)");
            return Type.TEXT;
        }
    }

    private static List<String> options(JsonObject o, String where, List<String> problems) {
        Set<String> options = new LinkedHashSet<>();
        if (o.get("options") instanceof JsonArray a) {
            for (JsonValue v : a) {
                if (v instanceof JsonString s && !s.getString().isBlank()) {
                    options.add(s.getString().strip());
                }
            }
        }
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            problems.add(where + ": lista wyboru musi mieć od 2 do " + MAX_OPTIONS + " różnych pozycji");
        }
        if (options.stream().anyMatch(s -> s.length() > MAX_LABEL)) {
            problems.add(where + ": pozycja listy dłuższa niż " + MAX_LABEL + " znaków");
        }
        return List.copyOf(options);
    }

    public JsonArray toJson() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Field f : fields) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("key", f.key()).add("label", f.label()).add("type", f.type().name())
                    .add("required", f.required());
            if (!f.options().isEmpty()) {
                o.add("options", Json.createArrayBuilder(f.options()));
            }
            if (!f.columns().isEmpty()) {
                JsonArrayBuilder cols = Json.createArrayBuilder();
                for (Column c : f.columns()) {
                    JsonObjectBuilder co = Json.createObjectBuilder().add("key", c.key()).add("label", c.label()).add("type", c.type().name())
                            .add("required", c.required());
                    if (!c.options().isEmpty()) {
                        co.add("options", Json.createArrayBuilder(c.options()));
                    }
                    cols.add(co);
                }
                o.add("columns", cols);
            }
            a.add(o);
        }
        return a.build();
    }

    // ---------------------------------------------------------------- answers

    /**
     * Checks what a unit typed. Values may come as JSON strings (as typed: "12,5", "01.12.2026") or as
     * numbers; unknown keys are refused, blank values are "no answer", table rows with every cell blank
     * are dropped. The normalised answer holds numbers as JSON numbers and dates as ISO strings.
     */
    public Checked check(JsonObject answer) {
        List<Problem> problems = new ArrayList<>();
        JsonObjectBuilder out = Json.createObjectBuilder();
        for (String key : answer.keySet()) {
            if (field(key).isEmpty()) {
                problems.add(new Problem(key, null, null, "formularz nie ma pola „" + key + "”"));
            }
        }
        for (Field f : fields) {
            JsonValue v = answer.get(f.key());
            if (f.type() == Type.TABLE) {
                JsonArray rows = v instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
                if (v != null && v != JsonValue.NULL && !(v instanceof JsonArray)) {
                    problems.add(new Problem(f.key(), null, null, "oczekiwano wierszy tabeli"));
                }
                JsonArrayBuilder kept = Json.createArrayBuilder();
                int count = 0;
                int rowNo = 0;
                for (JsonValue rv : rows) {
                    rowNo++;
                    JsonObject row = rv instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
                    if (row.values().stream().allMatch(ReplyForm::blank)) {
                        continue;
                    }
                    count++;
                    JsonObjectBuilder r = Json.createObjectBuilder();
                    final int at = rowNo;
                    for (String ck : row.keySet()) {
                        if (f.columns().stream().noneMatch(c -> c.key().equals(ck))) {
                            problems.add(new Problem(f.key(), at, null, "tabela nie ma kolumny „" + ck + "”"));
                        }
                    }
                    for (Column c : f.columns()) {
                        value(c.type(), c.required(), c.options(), row.get(c.key()), m -> problems.add(new Problem(f.key(), at, c.key(), m)))
                                .ifPresent(val -> r.add(c.key(), val));
                    }
                    kept.add(r);
                }
                if (count > MAX_ROWS) {
                    problems.add(new Problem(f.key(), null, null, "najwyżej " + MAX_ROWS + " wierszy"));
                }
                if (f.required() && count == 0) {
                    problems.add(new Problem(f.key(), null, null, "wpisz co najmniej jeden wiersz"));
                }
                out.add(f.key(), kept);
            } else {
                value(f.type(), f.required(), f.options(), v, m -> problems.add(new Problem(f.key(), null, null, m)))
                        .ifPresent(val -> out.add(f.key(), val));
            }
        }
        return problems.isEmpty() ? new Checked(out.build(), List.of()) : new Checked(null, List.copyOf(problems));
    }

    private static boolean blank(JsonValue v) {
        return v == null || v == JsonValue.NULL || (v instanceof JsonString s && s.getString().isBlank());
    }

    private static Optional<JsonValue> value(Type type, boolean required, List<String> options, JsonValue v,
                                             java.util.function.Consumer<String> problem) {
        if (blank(v)) {
            if (required) {
                problem.accept("to pole jest wymagane");
            }
            return Optional.empty();
        }
        String text = v instanceof JsonString s ? s.getString().strip() : v.toString();
        switch (type) {
            case TEXT -> {
                if (text.length() > MAX_TEXT) {
                    problem.accept("najwyżej " + MAX_TEXT + " znaków");
                    return Optional.empty();
                }
                return Optional.of(Json.createValue(text));
            }
            case NUMBER -> {
                Optional<BigDecimal> n = number(text);
                if (n.isEmpty()) {
                    problem.accept("„" + abbreviate(text) + "” nie jest liczbą");
                } else if (n.get().abs().compareTo(MAX_NUMBER) >= 0 || n.get().stripTrailingZeros().scale() > MAX_SCALE) {
                    problem.accept("liczba poza zakresem (do " + MAX_SCALE + " miejsc po przecinku, mniej niż bilion)");
                } else {
                    return Optional.of(Json.createValue(n.get().stripTrailingZeros()));
                }
                return Optional.empty();
            }
            case DATE -> {
                Optional<LocalDate> d = date(text);
                if (d.isEmpty()) {
                    problem.accept("„" + abbreviate(text) + "” nie jest datą (dd.mm.rrrr)");
                    return Optional.empty();
                }
                return Optional.of(Json.createValue(d.get().toString()));
            }
            case CHOICE -> {
                if (!options.contains(text)) {
                    problem.accept("wybierz jedną z pozycji: " + String.join(", ", options));
                    return Optional.empty();
                }
                return Optional.of(Json.createValue(text));
            }
            default -> throw new IllegalStateException("a table inside a table");
        }
    }

    /** "12,5", "1 234,50", "-3", "12.5" → a number; anything else → empty. */
    static Optional<BigDecimal> number(String text) {
        String t = text.replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (!t.matches("[-+]?\\d{1,20}(\\.\\d{1,20})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t));
    }

    /** "2026-12-01" or "01.12.2026" → a date; anything else → empty. */
    static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, POLISH_DATE)) {
            try {
                LocalDate d = LocalDate.parse(text, f.withResolverStyle(java.time.format.ResolverStyle.STRICT));
                if (d.getYear() >= 1900 && d.getYear() <= 2200) {
                    return Optional.of(d);
                }
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The cell text of a normalised value for a sheet or a screen: numbers with a decimal comma. */
    public static String display(JsonValue v) {
        if (v == null || v == JsonValue.NULL) {
            return "";
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v.toString().replace('.', ',');
    }

    /** Row maps of a table answer (column key → value), for the screens. */
    public static List<Map<String, JsonValue>> rows(JsonObject answer, String key) {
        return answer.get(key) instanceof JsonArray a ? a.getValuesAs(JsonObject.class).stream().map(o -> (Map<String, JsonValue>) o).toList()
                : List.of();
    }
}
