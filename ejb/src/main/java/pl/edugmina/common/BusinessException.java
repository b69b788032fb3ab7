package pl.edugmina.common;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A rule of the business was broken. Carries a message key from the resource bundles
 * ({@code messages*.properties}) and its arguments; the screens translate it, nothing shows a stack trace.
 * Rolls the transaction back: nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
