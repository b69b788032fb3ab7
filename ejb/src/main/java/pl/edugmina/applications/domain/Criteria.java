package pl.edugmina.applications.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring criteria of a call, in the order of their importance (the order breaks ties in the ranking): each with
 * the most points a member may give (0 to {@code maxPoints}, steps of 0.01) and an optional weight (1 when left
 * out). JSON: {@code [{key?, label, maxPoints, weight?}]}, keys {@code k1, k2…} assigned when left out.
 */
public record Criteria(List<Criterion> list) {

    public static final int MAX_CRITERIA = 20;
    public static final BigDecimal MAX_POINTS = new BigDecimal("1000");
    public static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

    public record Criterion(String key, String label, BigDecimal maxPoints, BigDecimal weight) {
    }

    public Criteria {
        list = List.copyOf(list);
    }

    /** Reads and checks a definition; {@link Refusal.Refused} names every problem (field {@code criteria}). */
    public static Criteria parse(JsonArray json) {
        List<Refusal> problems = new ArrayList<>();
        List<Criterion> out = new ArrayList<>();
        if (json == null || json.isEmpty()) {
            problems.add(new Refusal("criteria", "application.criteria.none"));
        } else if (json.size() > MAX_CRITERIA) {
            problems.add(new Refusal("criteria", "application.criteria.tooMany", MAX_CRITERIA));
        }
        Set<String> keys = new LinkedHashSet<>();
        int n = 0;
        for (JsonValue v : json == null ? JsonValue.EMPTY_JSON_ARRAY : json) {
            n++;
            if (!(v instanceof JsonObject o)) {
                problems.add(new Refusal("criteria", "application.criteria.invalid", n));
                continue;
            }
            String key = o.get("key") instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip() : "k" + n;
            if (!key.matches("[A-Za-z][A-Za-z0-9_]{0,39}") || !keys.add(key)) {
                problems.add(new Refusal("criteria", "application.criteria.key", n, key));
            }
            String label = o.get("label") instanceof JsonString s ? s.getString().strip() : "";
            if (label.isEmpty() || label.length() > 300) {
                problems.add(new Refusal("criteria", "application.criteria.label", n));
            }
            BigDecimal max = number(o.get("maxPoints"));
            if (max == null || max.signum() <= 0 || max.compareTo(MAX_POINTS) > 0 || max.stripTrailingZeros().scale() > 2) {
                problems.add(new Refusal("criteria", "application.criteria.max", n, MAX_POINTS));
            }
            BigDecimal weight = o.containsKey("weight") && o.get("weight") != JsonValue.NULL ? number(o.get("weight")) : BigDecimal.ONE;
            if (weight == null || weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0 || weight.stripTrailingZeros().scale() > 2) {
                problems.add(new Refusal("criteria", "application.criteria.weight", n, MAX_WEIGHT));
            }
            out.add(new Criterion(key, label, max, weight));
        }
        Refusal.throwIfAny(problems);
        return new Criteria(out);
    }

    private static BigDecimal number(JsonValue v) {
        if (v instanceof JsonNumber num) {
            return num.bigDecimalValue();
        }
        if (v instanceof JsonString s) {
            try {
                return new BigDecimal(s.getString().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public JsonArray toJson() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Criterion c : list) {
            a.add(Json.createObjectBuilder().add("key", c.key()).add("label", c.label()).add("maxPoints", c.maxPoints())
                    .add("weight", c.weight()));
        }
        return a.build();
    }

    /** The most an application can score: Σ maxPoints × weight. */
    public BigDecimal maxTotal() {
        return list.stream().map(c -> c.maxPoints().multiply(c.weight())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * One member's points for one application, as typed ("7,5" or "7.5"): every criterion given, each between 0 and
     * its maximum with at most two decimals, nothing else. Returns the points by key (in the criteria's order) or
     * {@link Refusal.Refused} with a refusal per criterion (field {@code points:<key>}).
     */
    public Map<String, BigDecimal> checkSheet(Map<String, String> typed) {
        Map<String, String> in = typed == null ? Map.of() : typed;
        List<Refusal> problems = new ArrayList<>();
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Criterion c : list) {
            String text = in.get(c.key());
            if (text == null || text.isBlank()) {
                problems.add(new Refusal("points:" + c.key(), "application.score.required", c.label()));
                continue;
            }
            BigDecimal p;
            try {
                p = new BigDecimal(text.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(new Refusal("points:" + c.key(), "application.score.number", c.label(), text.strip()));
                continue;
            }
            if (p.signum() < 0 || p.compareTo(c.maxPoints()) > 0 || p.stripTrailingZeros().scale() > 2) {
                problems.add(new Refusal("points:" + c.key(), "application.score.range", c.label(), c.maxPoints().stripTrailingZeros().toPlainString()));
                continue;
            }
            out.put(c.key(), p.stripTrailingZeros().scale() < 0 ? p.setScale(0) : p.stripTrailingZeros());
        }
        for (String k : in.keySet()) {
            if (list.stream().noneMatch(c -> c.key().equals(k))) {
                problems.add(new Refusal("points", "application.score.unknown", k));
            }
        }
        Refusal.throwIfAny(problems);
        return out;
    }
}
