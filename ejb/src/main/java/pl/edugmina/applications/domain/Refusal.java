package pl.edugmina.applications.domain;

import java.util.List;

/**
 * Why the rules refuse something: the field (or aspect) it concerns, a message key of the resource bundles and its
 * arguments. The application services turn a list of refusals into a {@code ValidationException} (HTTP 422 with the
 * Polish texts); the domain itself knows no container.
 */
public record Refusal(String field, String messageKey, List<Object> arguments) {

    public Refusal(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }

    public Refusal {
        arguments = List.copyOf(arguments);
    }

    /** Thrown by constructors and checks with every refusal at once. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Refusal> refusals;

        public Refused(List<Refusal> refusals) {
            super(refusals.toString());
            this.refusals = List.copyOf(refusals);
        }

        public List<Refusal> refusals() {
            return refusals;
        }
    }

    static void throwIfAny(List<Refusal> refusals) {
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
    }
}
