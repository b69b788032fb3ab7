package pl.edugmina.common;

import jakarta.ejb.ApplicationException;

/** The caller's role or unit scope does not allow this operation. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {
    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
