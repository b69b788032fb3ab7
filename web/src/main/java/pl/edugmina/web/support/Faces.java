package pl.edugmina.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.ValidationException;

import java.util.Locale;

/** Small helpers for backing beans: messages in the user's language, violations next to their fields. */
public final class Faces {

    private Faces() {
    }

    /** The user's chosen language (Polish unless they switched), not the browser's Accept-Language. */
    /** The session's LocaleBacking through its client proxy: looked up once (CDI.current() on every message was costly). */
    private static volatile LocaleBacking localeBacking;

    public static Locale locale() {
        try {
            LocaleBacking b = localeBacking;
            if (b == null) {
                b = jakarta.enterprise.inject.spi.CDI.current().select(LocaleBacking.class).get();
                localeBacking = b;
            }
            return b.getLocale();
        } catch (RuntimeException e) {
            return Messages.POLISH;
        }
    }

    public static String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }

    public static void info(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
        fc.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void warn(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text(key, args), null));
        fc.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    /**
     * The failure with the violations of the field {@code from} named {@code to}: for a screen whose input for that
     * field has another id (so that the message stands next to it). Anything else is returned as it is.
     */
    public static BusinessException renamed(BusinessException e, String from, String to) {
        if (!(e instanceof ValidationException v) || from.equals(to)) {
            return e;
        }
        return new ValidationException(v.violations().stream()
                .map(x -> from.equals(x.field()) ? new ValidationException.Violation(to, x.messageKey(), x.arguments()) : x).toList());
    }

    /**
     * Shows a business failure: each field violation next to its input ({@code formId:field}),
     * anything else at the top of the page.
     */
    public static void show(BusinessException e, String formId) {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (e instanceof ValidationException v) {
            for (var violation : v.violations()) {
                String msg = Messages.get(locale(), violation.messageKey(), violation.arguments());
                UIComponent field = fc.getViewRoot().findComponent(":" + formId + ":" + violation.field());
                FacesMessage m = new FacesMessage(FacesMessage.SEVERITY_ERROR, msg, null);
                if (field != null) {
                    fc.addMessage(field.getClientId(fc), m);
                } else {
                    fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            violation.field() + ": " + msg, null));
                }
            }
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("error.validation"), null));
        } else {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(locale(), e.messageKey(), e.arguments()), null));
        }
        fc.validationFailed();
    }
}
