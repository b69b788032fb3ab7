package pl.edugmina.audit.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Before → after of the fields that changed, as the JSON stored with an audit event. */
public final class Changes {

    private Changes() {
    }

    /** Only the fields whose values differ; {@code before} may be empty for a creation. */
    public static Map<String, String[]> diff(Map<String, String> before, Map<String, String> after) {
        Map<String, String[]> d = new LinkedHashMap<>();
        for (String k : after.keySet()) {
            String b = before.get(k);
            String a = after.get(k);
            if (!Objects.equals(b, a)) {
                d.put(k, new String[] {b, a});
            }
        }
        for (String k : before.keySet()) {
            if (!after.containsKey(k) && before.get(k) != null) {
                d.put(k, new String[] {before.get(k), null});
            }
        }
        return d;
    }

    public static String toJson(Map<String, String[]> diff) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (var e : diff.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append(quote(e.getKey())).append(":{\"before\":").append(quote(e.getValue()[0]))
                    .append(",\"after\":").append(quote(e.getValue()[1])).append('}');
        }
        return sb.append('}').toString();
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
