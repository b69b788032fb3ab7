package pl.edugmina.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import pl.edugmina.common.ValidationException;
import pl.edugmina.recruitment.domain.setup.CampaignDraft;
import pl.edugmina.recruitment.domain.setup.CatchmentDraft;
import pl.edugmina.recruitment.domain.setup.ClassDraft;
import pl.edugmina.recruitment.domain.setup.CriterionDraft;
import pl.edugmina.recruitment.domain.setup.Stage;
import pl.edugmina.recruitment.domain.setup.Timetable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the campaign set-up API read into the domain's drafts: a value of the wrong JSON type, a date that is
 * not RRRR-MM-DD or a number that is not one is refused with the field named (422), before the service is called.
 */
final class RecruitmentSetupJson {

    private final List<ValidationException.Violation> errors = new ArrayList<>();

    static CampaignDraft campaign(JsonObject b) {
        RecruitmentSetupJson j = new RecruitmentSetupJson();
        CampaignDraft d = new CampaignDraft(j.string(b, "type", "type"), j.string(b, "schoolYear", "schoolYear"), j.string(b, "name", "name"),
                j.integer(b, "maxPreferences", "maxPreferences"), j.string(b, "seed", "seed"));
        j.done();
        return d;
    }

    static ClassDraft classDraft(JsonObject b) {
        RecruitmentSetupJson j = new RecruitmentSetupJson();
        JsonValue u = b.get("unitId");
        Long unitId = null;
        if (u instanceof JsonNumber n) {
            unitId = n.longValue();
        } else if (u != null && u != JsonValue.NULL) {
            j.errors.add(new ValidationException.Violation("unitId", "validation.number"));
        }
        ClassDraft d = new ClassDraft(unitId, j.string(b, "name", "name"), j.string(b, "profile", "profile"), j.string(b, "languages", "languages"),
                j.string(b, "extendedSubjects", "extendedSubjects"), j.integer(b, "seats", "seats"));
        j.done();
        return d;
    }

    /** {@code [{stage, from, to}]} or {@code {stages: [...]}}; dates RRRR-MM-DD. */
    static Map<Stage, Timetable.Period> stages(JsonValue body) {
        RecruitmentSetupJson j = new RecruitmentSetupJson();
        Map<Stage, Timetable.Period> out = new EnumMap<>(Stage.class);
        for (JsonObject s : j.list(body, "stages")) {
            Stage stage = Stage.parse(j.string(s, "stage", "stages"));
            if (stage == null) {
                j.errors.add(new ValidationException.Violation("stages", "recruitment.setup.stage.unknown", String.valueOf(s.get("stage"))));
                continue;
            }
            String field = Timetable.field(stage);
            if (out.containsKey(stage)) {
                j.errors.add(new ValidationException.Violation(field, "recruitment.setup.stage.twice"));
            }
            out.put(stage, new Timetable.Period(j.date(s, "from", field), j.date(s, "to", field)));
        }
        j.done();
        return out;
    }

    /** {@code [{code, group, label, points, proof?}]} or {@code {criteria: [...]}}; points a number or text ("7,5"). */
    static List<CriterionDraft> criteria(JsonValue body) {
        RecruitmentSetupJson j = new RecruitmentSetupJson();
        List<CriterionDraft> out = new ArrayList<>();
        List<JsonObject> items = j.list(body, "criteria");
        for (int i = 0; i < items.size(); i++) {
            JsonObject c = items.get(i);
            out.add(new CriterionDraft(j.string(c, "code", CriterionDraft.field(i, "code")), j.string(c, "group", CriterionDraft.field(i, "group")),
                    j.string(c, "label", CriterionDraft.field(i, "label")), j.decimal(c, "points", CriterionDraft.field(i, "points")),
                    j.string(c, "proof", CriterionDraft.field(i, "proof"))));
        }
        j.done();
        return out;
    }

    /** {@code [{unitId, locality?, street, parity?, from?, to?}]} or {@code {catchment: [...]}}. */
    static List<CatchmentDraft.Line> catchment(JsonValue body) {
        RecruitmentSetupJson j = new RecruitmentSetupJson();
        List<CatchmentDraft.Line> out = new ArrayList<>();
        List<JsonObject> items = j.list(body, "catchment");
        for (int i = 0; i < items.size(); i++) {
            JsonObject c = items.get(i);
            JsonValue u = c.get("unitId");
            Long unitId = u instanceof JsonNumber n ? n.longValue() : null;
            if (u != null && u != JsonValue.NULL && unitId == null) {
                j.errors.add(new ValidationException.Violation(CatchmentDraft.field(i, "unitId"), "validation.number"));
            }
            out.add(new CatchmentDraft.Line(unitId, j.string(c, "locality", CatchmentDraft.field(i, "locality")),
                    j.string(c, "street", CatchmentDraft.field(i, "street")), j.string(c, "parity", CatchmentDraft.field(i, "parity")),
                    j.houseNumber(c, "from", CatchmentDraft.field(i, "from")), j.houseNumber(c, "to", CatchmentDraft.field(i, "to"))));
        }
        j.done();
        return out;
    }

    // ---------------------------------------------------------------- values

    private List<JsonObject> list(JsonValue body, String key) {
        JsonValue v = body instanceof JsonObject o ? o.get(key) : body;
        if (v == null || v == JsonValue.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray a)) {
            errors.add(new ValidationException.Violation(key, "validation.type"));
            return List.of();
        }
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue item : a) {
            if (item instanceof JsonObject o) {
                out.add(o);
            } else {
                errors.add(new ValidationException.Violation(key, "validation.type"));
            }
        }
        return out;
    }

    private String string(JsonObject o, String key, String field) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new ValidationException.Violation(field, "validation.type"));
        return null;
    }

    /** A house number given as a number (12) or as text ("12a"). */
    private String houseNumber(JsonObject o, String key, String field) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.toString() : string(o, key, field);
    }

    private Integer integer(JsonObject o, String key, String field) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
            return n.intValue();
        }
        errors.add(new ValidationException.Violation(field, "validation.number"));
        return null;
    }

    private BigDecimal decimal(JsonObject o, String key, String field) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s) {
            BigDecimal d = parseDecimal(s.getString());
            if (d != null) {
                return d;
            }
        }
        errors.add(new ValidationException.Violation(field, "validation.number"));
        return null;
    }

    /** "7,5", "7.5", " 12 " → the number; null when the text is not one. */
    static BigDecimal parseDecimal(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (!t.matches("-?[0-9]{1,9}(\\.[0-9]{1,6})?")) {
            return null;
        }
        return new BigDecimal(t);
    }

    private LocalDate date(JsonObject o, String key, String field) {
        String s = string(o, key, field);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            errors.add(new ValidationException.Violation(field, "validation.date"));
            return null;
        }
    }

    private void done() {
        ValidationException.throwIfAny(errors);
    }
}
