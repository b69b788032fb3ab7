package pl.edugmina.common;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record meanwhile, or a unique value is already taken. */
@ApplicationException(rollback = true)
public class ConflictException extends BusinessException {
    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
