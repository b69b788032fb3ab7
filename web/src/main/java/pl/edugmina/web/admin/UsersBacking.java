package pl.edugmina.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.accounts.application.UserAdminService;
import pl.edugmina.accounts.application.UserAdminService.UserForm;
import pl.edugmina.accounts.application.UserAdminService.UserRow;
import pl.edugmina.common.BusinessException;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitView;
import pl.edugmina.security.Role;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** admin/users.xhtml: accounts, roles, units, one-time passwords. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdminService users;

    @Inject
    private UnitRegistryService registry;

    private String text;
    private List<UserRow> rows;
    private List<UnitView.Ref> units;

    private Long editedId;
    private String login;
    private String displayName;
    private String email;
    private List<Role> roles = new ArrayList<>();
    private Long unitId;
    private boolean editing;
    private String oneTimePassword;

    @PostConstruct
    void init() {
        units = registry.options();
        search();
    }

    public void search() {
        rows = users.list(text);
    }

    public void startNew() {
        editedId = null;
        login = displayName = email = null;
        roles = new ArrayList<>();
        unitId = null;
        editing = true;
        oneTimePassword = null;
    }

    public void startEdit(UserRow r) {
        editedId = r.id();
        login = r.login();
        displayName = r.displayName();
        email = r.email();
        roles = new ArrayList<>(r.roles());
        unitId = r.unitId();
        editing = true;
        oneTimePassword = null;
    }

    public void save() {
        try {
            UserForm form = new UserForm(login, displayName, email, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), unitId);
            if (editedId == null) {
                oneTimePassword = users.create(form);
                Faces.info("user.created", login, oneTimePassword);
            } else {
                users.update(editedId, form);
                Faces.info("user.saved");
            }
            editing = false;
            search();
        } catch (BusinessException e) {
            Faces.show(e, "userForm");
        }
    }

    public void resetPassword(UserRow r) {
        oneTimePassword = users.resetPassword(r.id());
        Faces.info("user.passwordReset", r.login(), oneTimePassword);
        search();
    }

    public void setEnabled(UserRow r, boolean enabled) {
        try {
            users.setEnabled(r.id(), enabled);
            search();
        } catch (BusinessException e) {
            Faces.show(e, "usersForm");
        }
    }

    public void cancel() {
        editing = false;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String roleNames(UserRow r) {
        List<String> names = new ArrayList<>();
        r.roles().forEach(role -> names.add(Faces.text(role.messageKey())));
        return String.join(", ", names);
    }

    public List<UserRow> getRows() { return rows; }
    public List<UnitView.Ref> getUnits() { return units; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isEditing() { return editing; }
    public Long getEditedId() { return editedId; }
    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
}
