package pl.edugmina.repairs.domain;

import java.util.List;

/**
 * A rule of the repairs' way was broken: a step not allowed in the current state, a missing comment, money the
 * pool does not have. Carries a message key of the resource bundles and its arguments (already formatted for
 * Polish: amounts as {@code 12 345,67 zł}); the application service turns it into a business exception.
 */
public class RepairRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public RepairRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The input the rule is about ({@code amount}, {@code comment} …), or null for the request's state. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
