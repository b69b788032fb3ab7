package pl.edugmina.integration.recruitment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.w3c.dom.Document;
import pl.edugmina.common.BusinessException;
import pl.edugmina.correspondence.application.HandedOverItems;
import pl.edugmina.correspondence.application.SignatureCheck;
import pl.edugmina.correspondence.domain.Correspondence.SignatureVerdict;
import pl.edugmina.integration.epuap.SignatureVerifier;
import pl.edugmina.integration.epuap.WnioDokumentParser;
import pl.edugmina.integration.pz.PortalLetterService;
import pl.edugmina.recruitment.application.EpuapApplication;
import pl.edugmina.recruitment.application.EpuapNotMatched;
import pl.edugmina.recruitment.application.RecruitmentApplications.Submitted;
import pl.edugmina.recruitment.application.RecruitmentFormHandler;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Recruitment applications received as e-forms through ePUAP, after the register handed them to the recruitment module
 * ({@code InboundItemRegistered} of kind RECRUITMENT, and the sweeper for items whose event was lost): the stored
 * document is parsed safely ({@code SecureXml}) and read ({@link RecruitmentEForm}), its signature must be VALID (EU
 * DSS, offline; the signer named by Profil Zaufany's own certificate, or the signing certificate's holder), and the
 * parent's draft is matched and submitted ({@link RecruitmentEpuapHandover}). Whatever cannot be matched — unreadable
 * content, a signature that is not valid, an unknown number, another child, a draft already submitted, a closed
 * campaign — goes back to an official with the reason in the item's history. Parsing and verification run outside any
 * transaction; an item is handled exactly once however often it is delivered.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecruitmentEpuapIntake {

    private static final Logger LOG = Logger.getLogger(RecruitmentEpuapIntake.class.getName());
    private static final String KIND = RecruitmentFormHandler.KIND;
    /** Unexpected errors on one item before it goes to an official. */
    static final int MAX_ATTEMPTS = 5;
    /** Items are swept when their event should long have been handled, up to this age. */
    static final Duration SWEEP_AFTER = Duration.ofMinutes(2);
    static final Duration SWEEP_UNTIL = Duration.ofDays(30);

    @EJB
    private HandedOverItems items;

    @EJB
    private RecruitmentEpuapHandover handover;

    @EJB
    private PortalLetterService trustedProfile;

    @Inject
    private SignatureVerifier verifier;

    /** Handles register item {@code correspondenceId} if it is a recruitment e-form still waiting; never throws. */
    public void process(long correspondenceId) {
        try {
            processOnce(correspondenceId);
        } catch (RuntimeException e) {
            // the class names only: a database error's message may quote the child's data
            String what = causes(e);
            LOG.warning(() -> "EDU-REC-031 recruitment e-form in register item " + correspondenceId + " failed: " + what);
            try {
                items.failedAttempt(correspondenceId, KIND, what, MAX_ATTEMPTS);
            } catch (RuntimeException again) {
                LOG.warning(() -> "EDU-REC-031 the failure of register item " + correspondenceId + " could not be recorded ("
                        + causes(again) + "); the sweeper tries again");
            }
        }
    }

    /** Items handed to recruitment whose handling was lost or failed: handled again; returns how many were looked at. */
    public int sweep() {
        Instant now = Instant.now();
        List<Long> ids = items.unhandled(KIND, now.minus(SWEEP_UNTIL), now.minus(SWEEP_AFTER), 500);
        ids.forEach(this::process);
        if (!ids.isEmpty()) {
            LOG.info(() -> "EDU-REC-032 recruitment e-forms handled again after a lost or failed delivery: " + ids.size());
        }
        return ids.size();
    }

    private void processOnce(long correspondenceId) {
        HandedOverItems.Item item = items.waiting(correspondenceId, KIND);
        if (item == null) {
            return;
        }
        Document doc;
        EpuapApplication form;
        try {
            doc = WnioDokumentParser.parseXml(item.content());
            form = RecruitmentEForm.read(doc);
        } catch (WnioDokumentParser.InvalidDocumentException e) {
            notMatched(item, e.getMessage());
            return;
        }
        SignatureVerifier.Result verified = verifier.verifyWithSigner(item.content());
        SignatureCheck check = verified.check();
        if (check.verdict() != SignatureVerdict.VALID) {
            notMatched(item, "podpis e-formularza nie jest prawidłowy (" + check.verdict() + ": " + check.detail() + ")");
            return;
        }
        Optional<String> pz = trustedProfile.trustedProfileSigner(doc, verified.signerSubject()).map(p -> p.displayName());
        String signerName = pz.orElseGet(() -> commonName(verified.signerSubject()));
        if (signerName == null) {
            notMatched(item, "nie można ustalić, kto podpisał e-formularz");
            return;
        }
        String signer = pz.map(n -> n + " (Profil Zaufany)").orElse(check.signer());
        try {
            Submitted s = handover.submit(item.id(), form, signerName, signer, item.content(), check.signedAt(), item.inboundDocumentId());
            if (s != null) {
                LOG.info(() -> "EDU-REC-030 register item " + item.registerNumber() + " submitted recruitment application " + s.id());
            }
        } catch (EpuapNotMatched e) {
            notMatched(item, e.reason());
        } catch (BusinessException e) {
            notMatched(item, "wniosku nie można złożyć (" + e.messageKey() + ")");
        }
    }

    private void notMatched(HandedOverItems.Item item, String reason) {
        if (items.handBack(item.id(), KIND, "wniosek rekrutacyjny z ePUAP – " + reason)) {
            LOG.info(() -> "EDU-REC-033 register item " + item.registerNumber() + " not matched to a recruitment application");
        }
    }

    static String causes(Throwable e) {
        StringBuilder b = new StringBuilder(e.getClass().getSimpleName());
        for (Throwable c = e.getCause(); c != null && c != c.getCause() && b.length() < 300; c = c.getCause()) {
            b.append(" ← ").append(c.getClass().getSimpleName());
        }
        return b.toString();
    }

    /** The CN of a certificate subject (RFC 2253), or null. */
    static String commonName(String subject) {
        if (subject == null) {
            return null;
        }
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }
}
