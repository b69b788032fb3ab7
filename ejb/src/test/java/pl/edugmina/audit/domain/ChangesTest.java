package pl.edugmina.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangesTest {

    private static Map<String, String> map(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static JsonObject parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    @Test
    void diffListsOnlyChangedFieldsWithBeforeAndAfter() {
        Map<String, String> before = map("name", "SP 1", "phone", "814661234", "email", "a@b.pl");
        Map<String, String> after = map("name", "SP 1", "phone", "814660000", "email", "a@b.pl");

        Map<String, String[]> d = Changes.diff(before, after);

        assertThat(d).containsOnlyKeys("phone");
        assertThat(d.get("phone")).containsExactly("814661234", "814660000");
    }

    @Test
    void noChangesGiveAnEmptyDiff() {
        Map<String, String> same = map("name", "SP 1", "flatNo", null);

        assertThat(Changes.diff(same, new HashMap<>(same))).isEmpty();
        assertThat(Changes.toJson(Changes.diff(same, same))).isEqualTo("{}");
    }

    @Test
    void settingAndClearingAValueAreChanges() {
        Map<String, String> before = map("email", null, "website", "https://sp1.example");
        Map<String, String> after = map("email", "sp1@edu.example", "website", null);

        Map<String, String[]> d = Changes.diff(before, after);

        assertThat(d).containsOnlyKeys("email", "website");
        assertThat(d.get("email")).containsExactly(null, "sp1@edu.example");
        assertThat(d.get("website")).containsExactly("https://sp1.example", null);
    }

    @Test
    void creationHasAnEmptyBeforeAndListsEveryNonNullValue() {
        Map<String, String> after = map("rspoNumber", "73440", "name", "Przedszkole nr 5", "flatNo", null);

        Map<String, String[]> d = Changes.diff(Map.of(), after);

        assertThat(d).containsOnlyKeys("rspoNumber", "name");
        assertThat(d.get("rspoNumber")).containsExactly(null, "73440");
        assertThat(d.get("name")).containsExactly(null, "Przedszkole nr 5");
    }

    @Test
    void removalListsEveryNonNullValueWithANullAfter() {
        Map<String, String> before = map("rspoNumber", "73440", "name", "Przedszkole nr 5", "flatNo", null);

        Map<String, String[]> d = Changes.diff(before, Map.of());

        assertThat(d).containsOnlyKeys("rspoNumber", "name");
        assertThat(d.get("rspoNumber")).containsExactly("73440", null);
        assertThat(d.get("name")).containsExactly("Przedszkole nr 5", null);
    }

    @Test
    void diffKeepsTheOrderOfTheAfterMapThenRemovedFields() {
        Map<String, String> before = map("a", "1", "gone", "x", "b", "1");
        Map<String, String> after = map("c", "2", "b", "2", "a", "2");

        assertThat(Changes.diff(before, after).keySet()).containsExactly("c", "b", "a", "gone");
    }

    @Test
    void toJsonHasBeforeAndAfterPerField() {
        Map<String, String[]> d = Changes.diff(map("phone", "1", "email", null), map("phone", "2", "email", "x@y.pl"));

        String json = Changes.toJson(d);

        assertThat(json).isEqualTo("{\"phone\":{\"before\":\"1\",\"after\":\"2\"},"
                + "\"email\":{\"before\":null,\"after\":\"x@y.pl\"}}");
        JsonObject o = parse(json);
        assertThat(o.getJsonObject("phone").getString("before")).isEqualTo("1");
        assertThat(o.getJsonObject("email").get("before")).isEqualTo(JsonValue.NULL);
        assertThat(o.getJsonObject("email").getString("after")).isEqualTo("x@y.pl");
    }

    @Test
    void toJsonEscapesQuotesBackslashesAndNewlines() {
        String nasty = "Szkoła \"Pod Dębem\"\\ul. Długa\r\n\ttab";
        Map<String, String[]> d = Changes.diff(map("name", "old"), map("name", nasty));

        String json = Changes.toJson(d);

        assertThat(json).contains("\\\"Pod Dębem\\\"", "\\\\ul.", "\\r\\n\\t").doesNotContain("\n", "\r", "\t");
        assertThat(parse(json).getJsonObject("name").getString("after")).isEqualTo(nasty);
    }

    @Test
    void toJsonEscapesControlCharacters() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }
        all.append('\u007f').append("\u2028 zażółć \uD83D\uDE00");
        String value = all.toString();

        String json = Changes.toJson(Changes.diff(map(), map("note", value)));

        for (int i = 0; i < json.length(); i++) {
            assertThat(json.charAt(i)).as("raw control character at %d", i).isGreaterThanOrEqualTo(' ');
        }
        assertThat(json).contains("\\u0000", "\\u0001", "\\u0008", "\\u001f");
        assertThat(parse(json).getJsonObject("note").getString("after")).isEqualTo(value);
    }

    @Test
    void keysAreEscapedToo() {
        String key = "we\"ird\\key\n";

        String json = Changes.toJson(Changes.diff(map(), map(key, "v")));

        assertThat(parse(json).getJsonObject(key).getString("after")).isEqualTo("v");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\"", "\\", "\\\"", "'", "</script>", "{\"a\":1}", "null", "\u0000"})
    void everyValueSurvivesARoundTripThroughAJsonParser(String value) {
        String json = Changes.toJson(Changes.diff(map("f", value), map("f", value + "x")));

        JsonObject f = parse(json).getJsonObject("f");
        assertThat(f.getString("before")).isEqualTo(value);
        assertThat(f.getString("after")).isEqualTo(value + "x");
    }
}
