package pl.edugmina.web.support;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The user's language: Polish by default, English on request; kept for the session. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.POLISH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public String change(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Messages.POLISH;
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getViewRoot().setLocale(locale);
        return fc.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public String text(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
