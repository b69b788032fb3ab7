package pl.edugmina.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import pl.edugmina.common.ValidationException;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reading the bodies of the registers' resources (contracts, innovations, job offers) and answering a new entry. */
final class RegisterJson {

    private RegisterJson() {
    }

    /** The unit a new entry is for ({@code unitId}, required). */
    static long unitId(JsonObject b) {
        JsonNumber unit = b.getJsonNumber("unitId");
        if (unit == null) {
            throw invalid("unitId", "validation.required");
        }
        return unit.longValue();
    }

    /** A date written YYYY-MM-DD; absent, null or blank: none. */
    static LocalDate date(JsonObject b, String field) {
        String s = b.get(field) == null || b.get(field) == JsonValue.NULL ? null : b.getString(field, null);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, "validation.date");
        }
    }

    /** One of {@code type}'s constants by its name in any case; none when {@code value} is null or blank; else {@code messageKey}. */
    static <E extends Enum<E>> E constant(Class<E> type, String value, String field, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw invalid(field, messageKey);
        }
    }

    /** 201 with the new entry's location ({@code path} and its id) and {@code entity}. */
    static Response created(String path, long id, Object entity) {
        return Response.status(201).location(URI.create(path + id)).entity(entity).build();
    }

    static ValidationException invalid(String field, String messageKey, Object... arguments) {
        return new ValidationException(List.of(new ValidationException.Violation(field, messageKey, arguments)));
    }
}
