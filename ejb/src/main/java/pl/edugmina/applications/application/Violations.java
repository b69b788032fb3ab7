package pl.edugmina.applications.application;

import pl.edugmina.applications.domain.Refusal;
import pl.edugmina.common.ValidationException;

import java.util.List;

/** The domain's refusals as the container's validation failure (HTTP 422, messages next to the fields). */
final class Violations {

    private Violations() {
    }

    static ValidationException of(List<Refusal> refusals) {
        return new ValidationException(refusals.stream()
                .map(r -> new ValidationException.Violation(r.field(), r.messageKey(), r.arguments())).toList());
    }

    static ValidationException of(Refusal.Refused e) {
        return of(e.refusals());
    }

    static ValidationException one(String field, String key, Object... args) {
        return new ValidationException(List.of(new ValidationException.Violation(field, key, args)));
    }
}
