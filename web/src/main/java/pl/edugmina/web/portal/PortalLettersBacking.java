package pl.edugmina.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import pl.edugmina.correspondence.application.PortalLetters;
import pl.edugmina.correspondence.domain.PortalLetter;
import pl.edugmina.integration.pz.PortalLetterService;
import pl.edugmina.web.correspondence.CorrespondenceListBacking;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * portal/letters.xhtml (the citizen's letters), portal/letter.xhtml (one letter) and
 * portal/signed.xhtml (the return from Profil Zaufany: the signed letter is fetched and accepted here).
 */
@Named
@ViewScoped
public class PortalLettersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortalLetters letters;

    @Inject
    private PortalLetterService service;

    private Long id;
    private String token;
    private String result;
    private PortalLetters.View letter;
    private PortalLetterService.Outcome outcome;

    public List<PortalLetters.View> getMine() {
        return letters.mine();
    }

    public void load() {
        if (id == null) {
            throw new pl.edugmina.common.NotFoundException("portal letter", "?");
        }
        letter = letters.mine(id);
    }

    /** The browser is back from Profil Zaufany ({@code r=ok} signed, {@code r=cancel} gave up). */
    public void returned() {
        outcome = service.complete(token, "cancel".equals(result));
        id = outcome.letterId();
        letter = letters.mine(id);
    }

    public void checkAgain() {
        returned();
    }

    public StreamedContent getDocument() {
        var f = letters.document(id);
        return pl.edugmina.web.support.Downloads.of(f.fileName(), f.mediaType(), f.content());
    }

    /** What the citizen should read about the letter's state, in their language. */
    public String describe(PortalLetters.View v) {
        if (v == null) {
            return "";
        }
        if (v.status() == PortalLetter.Status.SIGNED) {
            if (v.registerNumber() != null) {
                return Faces.text("portal.status.REGISTERED", v.registerNumber());
            }
            return Faces.text("REJECTED".equals(v.intakeStatus()) ? "portal.status.INTAKE_REJECTED" : "portal.status.SIGNED");
        }
        return Faces.text("portal.status." + v.status().name());
    }

    public boolean isWaiting() {
        return letter != null && letter.status() == PortalLetter.Status.SIGNING;
    }

    public String time(Instant t) {
        return CorrespondenceListBacking.time(t);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public PortalLetters.View getLetter() { return letter; }
    public PortalLetterService.Outcome getOutcome() { return outcome; }
}
