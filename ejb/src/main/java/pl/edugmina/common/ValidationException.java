package pl.edugmina.common;

import jakarta.ejb.ApplicationException;

import java.util.ArrayList;
import java.util.List;

/** Input that breaks field rules; each violation names the field and a message key. */
@ApplicationException(rollback = true)
public class ValidationException extends BusinessException {

    public record Violation(String field, String messageKey, List<Object> arguments) {
        public Violation(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }

        /** A violation for each of a draft's problems, in their order (a list more may be added to). */
        public static List<Violation> allOf(List<? extends FieldProblem> problems) {
            List<Violation> out = new ArrayList<>();
            problems.forEach(p -> out.add(new Violation(p.field(), p.messageKey(), p.arguments())));
            return out;
        }
    }

    /** Refuses the input when anything is wrong with it. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
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
