package pl.edugmina.it.support;

import jakarta.json.JsonObject;

import java.util.List;

/** Small helpers over the unit registry API. */
public final class Registry {

    private Registry() {
    }

    public static List<JsonObject> units(Api api, Object... filters) {
        Object[] q = new Object[filters.length + 4];
        System.arraycopy(filters, 0, q, 0, filters.length);
        q[filters.length] = "first";
        q[filters.length + 1] = 0;
        q[filters.length + 2] = "size";
        q[filters.length + 3] = 1000;
        return api.get("/api/units?" + Api.query(q)).expect(200).rows();
    }

    public static JsonObject unit(Api api, long id) {
        return api.get("/api/units/" + id).expect(200).obj();
    }

    public static long id(JsonObject row) {
        return row.getJsonNumber("id").longValue();
    }

    public static String put(long id, JsonObject unit) {
        return "/api/units/" + id + "?version=" + unit.getJsonNumber("version").longValue();
    }

    /** A REGON-9 with a correct check digit, from 8 leading digits. */
    public static String regon9(String first8) {
        int[] w = {8, 9, 2, 3, 4, 5, 6, 7};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (first8.charAt(i) - '0') * w[i];
        }
        return first8 + (sum % 11 % 10);
    }

    /** A NIP with a correct check digit, from 9 leading digits (null when none exists). */
    public static String nip(String first9) {
        int[] w = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (first9.charAt(i) - '0') * w[i];
        }
        int check = sum % 11;
        return check == 10 ? null : first9 + check;
    }
}
