package pl.edugmina.common;

import jakarta.ejb.ApplicationException;

/** The requested record does not exist (or the caller may not know that it does). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {
    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
