package pl.edugmina.recruitment.application;

import jakarta.ejb.ApplicationException;
import pl.edugmina.common.BusinessException;

/**
 * A recruitment e-form from ePUAP that cannot submit the draft it names: the key says why
 * ({@code recruitment.epuap.notMatched.*}), {@link #reason()} says it in Polish for the correspondence register's history
 * (never the child's PESEL). Nothing of the submission is written.
 */
@ApplicationException(rollback = true)
public class EpuapNotMatched extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public EpuapNotMatched(String what, String reason, Object... arguments) {
        super("recruitment.epuap.notMatched." + what, arguments);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
