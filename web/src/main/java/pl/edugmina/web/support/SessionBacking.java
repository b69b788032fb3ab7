package pl.edugmina.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.io.IOException;

/** Who is logged in, for the layout (menus only; the services decide what is allowed). */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    private ActorService actors;

    @Inject
    private AuditService audit;

    @Inject
    private jakarta.security.enterprise.SecurityContext securityContext;

    private Actor actor;
    private String displayName;

    public Actor getActor() {
        if (actor == null) {
            actor = actors.current();
        }
        return actor;
    }

    public boolean isLoggedIn() {
        return getActor().isAuthenticated();
    }

    public String getDisplayName() {
        if (displayName == null) {
            if (!isLoggedIn()) {
                return displayName = "";
            }
            // kept in the session: the name does not change while the user works
            var session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
            String key = "edugmina.displayName." + getActor().login();
            displayName = (String) session.computeIfAbsent(key, k -> actors.displayName(getActor().login()));
        }
        return displayName;
    }

    /** When to warn about the session's end: 5 minutes before it (the timeout is in web.xml). */
    public long getWarningAfterMillis() {
        var session = (jakarta.servlet.http.HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        int timeoutSeconds = session == null ? 1800 : session.getMaxInactiveInterval();
        return Math.max(60, timeoutSeconds - 300) * 1000L;
    }

    public boolean isRegistryUser() {
        return getActor().canViewRegistry();
    }

    public boolean isCorrespondenceUser() {
        return getActor().canUseCorrespondence();
    }

    public boolean isMessageSender() {
        return getActor().canSendMessages();
    }

    public boolean isMessageRecipient() {
        return getActor().isUnitUser();
    }

    /** Unread messages of the user's units (shown in the menu); 0 for everyone else. */
    public long getUnreadMessages() {
        return getActor().isUnitUser() ? jakarta.enterprise.inject.spi.CDI.current()
                .select(pl.edugmina.messaging.application.MessageService.class).get().unreadCount() : 0;
    }

    /** The department's calls for applications (nabory wniosków). */
    public boolean isApplicationCallsUser() {
        return getActor().canCreateApplicationCalls();
    }

    /** "Moje oceny": department staff may sit on committees. */
    public boolean isCommitteeMember() {
        return getActor().canSitOnCommittee();
    }

    /** "Wnioski": a unit's users follow (and its director and secretariat write) the unit's applications. */
    public boolean isApplicant() {
        return getActor().isUnitUser();
    }

    /** A unit's users: their units' repair requests ("Naprawy"). */
    public boolean isRepairRequester() {
        return getActor().isUnitUser();
    }

    /** The department: the city-wide repair needs. */
    public boolean isRepairReviewer() {
        return getActor().seesAllUnits();
    }

    /** The registers kept by units and viewed city-wide (contracts, innovations, job offers). */
    public boolean isRegisterUser() {
        return getActor().canViewRegisters();
    }

    /** "Rekrutacja – komisja": a unit's director and secretariat verify the recruitment applications for their unit. */
    public boolean isRecruitmentCommission() {
        return getActor().isUnitUser() && getActor().sitsOnRecruitmentCommission();
    }

    public boolean isCitizen() {
        return getActor().canWritePortalLetters();
    }

    /** Requests for the justification and appeals in recruitment: units' directors and secretariats, the department. */
    public boolean isRecruitmentAppealsUser() {
        Actor a = getActor();
        return a.seesAllRecruitmentApplications() || a.has(pl.edugmina.security.Role.UNIT_DIRECTOR) || a.has(pl.edugmina.security.Role.UNIT_SECRETARY);
    }

    public boolean isRegistryManager() {
        return getActor().canManageRegistry();
    }

    public boolean isAdmin() {
        return getActor().canAdministerUsers();
    }

    public String logout() throws ServletException, IOException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        String login = isLoggedIn() ? getActor().login() : null;
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        request.logout();
        ec.invalidateSession();
        if (login != null) {
            audit.record(login, AuditAction.LOGOUT, "AppUser", null, null);
        }
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml?loggedOut=true");
        return null;
    }
}
