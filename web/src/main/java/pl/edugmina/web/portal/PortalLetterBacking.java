package pl.edugmina.web.portal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import pl.edugmina.common.ValidationException;
import pl.edugmina.correspondence.application.PortalLetters;
import pl.edugmina.integration.pz.PortalLetterService;
import pl.edugmina.integration.pz.TrustedProfile;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitView;
import pl.edugmina.web.support.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** portal/new.xhtml: a citizen writes a letter to the department or a unit and signs it with Profil Zaufany. */
@Named
@ViewScoped
public class PortalLetterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortalLetterService service;

    @Inject
    private UnitRegistryService units;

    private Long unitId;
    private String givenName;
    private String surname;
    private String address;
    private String subject;
    private String body;

    /** Records the letter, sends it to signing and takes the browser to Profil Zaufany. */
    public void sign() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            var started = service.start(new PortalLetters.Draft(unitId, givenName, surname, address, subject, body), appUrl(fc.getExternalContext()));
            fc.getExternalContext().redirect(started.signingUrl());
        } catch (ValidationException e) {
            Faces.show(e, "portalForm");
        } catch (TrustedProfile.TrustedProfileException e) {
            Faces.error("portal.signing.unavailable", e.getMessage());
        }
    }

    /** This application's address as the browser reached it, e.g. {@code http://localhost:8080/edugmina}. */
    static String appUrl(ExternalContext ec) {
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        String url = req.getRequestURL().toString();
        return url.substring(0, url.length() - req.getRequestURI().length()) + req.getContextPath();
    }

    public List<UnitView.Ref> getUnitOptions() {
        return units.openUnits();
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getSurname() { return surname; }
    public void setSurname(String surname) { this.surname = surname; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
