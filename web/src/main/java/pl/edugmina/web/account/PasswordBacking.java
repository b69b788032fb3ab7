package pl.edugmina.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.accounts.application.UserAdminService;
import pl.edugmina.common.BusinessException;
import pl.edugmina.web.support.Faces;

/** account/password.xhtml: the user sets their own password (required after a one-time password). */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private UserAdminService users;

    @Inject
    private jakarta.security.enterprise.SecurityContext security;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public boolean isRequired() {
        var p = security.getCallerPrincipal();
        return p != null && users.passwordChangeRequired(p.getName());
    }

    public String change() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            Faces.error("account.mismatch");
            return null;
        }
        try {
            users.changeOwnPassword(currentPassword == null ? new char[0] : currentPassword.toCharArray(), newPassword.toCharArray());
            Faces.info("account.changed");
            return "/index?faces-redirect=true";
        } catch (BusinessException e) {
            Faces.show(e, "passwordForm");
            return null;
        } finally {
            currentPassword = newPassword = repeatPassword = null;
        }
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String v) { currentPassword = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String v) { repeatPassword = v; }
}
