package pl.edugmina.integration.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a permanent refusal of an e-mail (the server answered 5xx: no such mailbox, sender refused, message
 * refused) from a transient failure (no connection, time-out, 4xx "try again later"). Permanent ones are not
 * retried; transient ones are, with the broker's back-off.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    /** Whether sending again cannot help: some exception in the chain carries an SMTP reply code 5xx or invalid addresses. */
    static boolean isPermanent(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            int code = replyCode(t);
            if (code >= 500 && code < 600) {
                return true;
            }
            if (code >= 400 && code < 500) {
                return false;
            }
            if (t instanceof SendFailedException sfe && sfe.getInvalidAddresses() != null && sfe.getInvalidAddresses().length > 0
                    && (sfe.getValidUnsentAddresses() == null || sfe.getValidUnsentAddresses().length == 0)) {
                return true;
            }
        }
        return false;
    }

    /** The reason as kept and logged: the SMTP reply (or the exception's message) of each exception in the chain. */
    static String reason(Throwable failure) {
        StringBuilder sb = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (sb.indexOf(m) < 0) {
                if (sb.length() > 0) {
                    sb.append(" ← ");
                }
                sb.append(m);
            }
        }
        return sb.toString();
    }

    /**
     * The SMTP reply code the provider recorded ({@code getReturnCode()} of Angus Mail's SMTP exceptions, read by
     * name so the code depends on the Jakarta Mail API only); -1 when there is none.
     */
    static int replyCode(Throwable t) {
        try {
            Method m = t.getClass().getMethod("getReturnCode");
            Object v = m.invoke(t);
            return v instanceof Integer i ? i : -1;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException me && me.getNextException() != null) {
            return me.getNextException();
        }
        return t.getCause();
    }
}
