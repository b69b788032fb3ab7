package pl.edugmina.common;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** Input that breaks field rules; each violation names the field and a message key. */
@ApplicationException(rollback = true)
public class ValidationException extends BusinessException {

    public record Violation(String field, String messageKey, List<Object> arguments) {
        public Violation(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super("error.validation");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
