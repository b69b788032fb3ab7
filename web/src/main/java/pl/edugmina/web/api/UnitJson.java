package pl.edugmina.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import pl.edugmina.common.ValidationException;
import pl.edugmina.common.ValidationException.Violation;
import pl.edugmina.registry.application.UnitRow;
import pl.edugmina.registry.application.UnitView;
import pl.edugmina.registry.domain.UnitData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** JSON form of the registry's read models and of {@link UnitData}. */
final class UnitJson {

    private UnitJson() {
    }

    static JsonObject row(UnitRow r) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", r.id()).add("rspoNumber", r.rspoNumber()).add("typeId", r.typeId())
                .add("publicUnit", r.publicUnit()).add("active", r.active());
        put(b, "name", r.name());
        put(b, "shortName", r.shortName());
        put(b, "typeName", r.typeName());
        put(b, "address", r.address());
        put(b, "locality", r.locality());
        put(b, "phone", r.phone());
        put(b, "email", r.email());
        put(b, "directorName", r.directorName());
        put(b, "regon", r.regon());
        put(b, "nip", r.nip());
        return b.build();
    }

    static JsonObject view(UnitView v) {
        JsonArrayBuilder children = Json.createArrayBuilder();
        v.children().forEach(c -> children.add(Json.createObjectBuilder().add("id", c.id()).add("name", c.name())));
        JsonArrayBuilder groups = Json.createArrayBuilder();
        v.groups().forEach(c -> groups.add(Json.createObjectBuilder().add("id", c.id()).add("name", c.name())));
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", v.id()).add("version", v.version())
                .add("children", children).add("groups", groups)
                .add("active", v.active()).add("editable", v.editable()).add("fullyEditable", v.fullyEditable())
                .add("data", data(v.data()));
        put(b, "typeName", v.typeName());
        put(b, "parentName", v.parentName());
        if (v.parentId() == null) {
            b.addNull("parentId");
        } else {
            b.add("parentId", v.parentId());
        }
        put(b, "address", v.address());
        return b.build();
    }

    static JsonObject data(UnitData d) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        num(b, "rspoNumber", d.rspoNumber());
        put(b, "name", d.name());
        put(b, "shortName", d.shortName());
        num(b, "typeId", d.typeId());
        b.add("publicUnit", d.publicUnit());
        put(b, "runningBody", d.runningBody());
        num(b, "parentRspoNumber", d.parentRspoNumber());
        put(b, "regon", d.regon());
        put(b, "nip", d.nip());
        put(b, "street", d.street());
        put(b, "buildingNo", d.buildingNo());
        put(b, "flatNo", d.flatNo());
        put(b, "postalCode", d.postalCode());
        put(b, "locality", d.locality());
        put(b, "terytVoivodeship", d.terytVoivodeship());
        put(b, "terytCounty", d.terytCounty());
        put(b, "terytCommune", d.terytCommune());
        put(b, "terytLocality", d.terytLocality());
        if (d.latitude() == null) {
            b.addNull("latitude");
        } else {
            b.add("latitude", d.latitude());
        }
        if (d.longitude() == null) {
            b.addNull("longitude");
        } else {
            b.add("longitude", d.longitude());
        }
        put(b, "phone", d.phone());
        put(b, "email", d.email());
        put(b, "website", d.website());
        put(b, "epuapAddress", d.epuapAddress());
        put(b, "directorName", d.directorName());
        put(b, "activeFrom", d.activeFrom() == null ? null : d.activeFrom().toString());
        put(b, "activeTo", d.activeTo() == null ? null : d.activeTo().toString());
        return b.build();
    }

    /** Reads a {@link UnitData}; a value of the wrong JSON type is a validation error on that field. */
    static UnitData parse(JsonObject o) {
        List<Violation> v = new ArrayList<>();
        UnitData d = new UnitData(
                integer(o, "rspoNumber", v), string(o, "name", v), string(o, "shortName", v), integer(o, "typeId", v),
                !o.containsKey("publicUnit") || o.isNull("publicUnit") || o.get("publicUnit") == JsonValue.TRUE,
                string(o, "runningBody", v), integer(o, "parentRspoNumber", v), string(o, "regon", v), string(o, "nip", v),
                string(o, "street", v), string(o, "buildingNo", v), string(o, "flatNo", v), string(o, "postalCode", v),
                string(o, "locality", v), string(o, "terytVoivodeship", v), string(o, "terytCounty", v),
                string(o, "terytCommune", v), string(o, "terytLocality", v), decimal(o, "latitude", v),
                decimal(o, "longitude", v), string(o, "phone", v), string(o, "email", v), string(o, "website", v),
                string(o, "epuapAddress", v), string(o, "directorName", v), date(o, "activeFrom", v), date(o, "activeTo", v));
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return d;
    }

    private static String string(JsonObject o, String k, List<Violation> v) {
        JsonValue x = o.get(k);
        if (x == null || x == JsonValue.NULL) {
            return null;
        }
        if (x instanceof JsonString s) {
            return s.getString();
        }
        if (x instanceof JsonNumber n) {
            return n.toString();
        }
        v.add(new Violation(k, "validation.type"));
        return null;
    }

    private static Integer integer(JsonObject o, String k, List<Violation> v) {
        JsonValue x = o.get(k);
        if (x == null || x == JsonValue.NULL) {
            return null;
        }
        try {
            if (x instanceof JsonNumber n) {
                return n.intValueExact();
            }
            if (x instanceof JsonString s) {
                return Integer.valueOf(s.getString().strip());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // reported below
        }
        v.add(new Violation(k, "validation.number"));
        return null;
    }

    private static BigDecimal decimal(JsonObject o, String k, List<Violation> v) {
        JsonValue x = o.get(k);
        if (x == null || x == JsonValue.NULL) {
            return null;
        }
        try {
            if (x instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (x instanceof JsonString s) {
                return new BigDecimal(s.getString().strip().replace(',', '.'));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(new Violation(k, "validation.number"));
        return null;
    }

    private static LocalDate date(JsonObject o, String k, List<Violation> v) {
        String s = string(o, k, v);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            v.add(new Violation(k, "validation.date"));
            return null;
        }
    }

    private static void put(JsonObjectBuilder b, String k, String v) {
        if (v == null) {
            b.addNull(k);
        } else {
            b.add(k, v);
        }
    }

    private static void num(JsonObjectBuilder b, String k, Integer v) {
        if (v == null) {
            b.addNull(k);
        } else {
            b.add(k, v);
        }
    }
}
