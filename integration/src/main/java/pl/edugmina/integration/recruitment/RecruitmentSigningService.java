package pl.edugmina.integration.recruitment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import pl.edugmina.integration.pz.PortalLetterService;
import pl.edugmina.integration.pz.PzSettings;
import pl.edugmina.integration.pz.TrustedProfile;
import pl.edugmina.recruitment.application.RecruitmentApplications;
import pl.edugmina.recruitment.application.RecruitmentApplications.ForSigning;
import pl.edugmina.recruitment.application.RecruitmentApplications.Submitted;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * A parent's recruitment application signed with Profil Zaufany: the application is checked and turned into its
 * e-form ({@link RecruitmentApplicationDocument}), sent to signing, and when the provider sends the browser back the
 * signed document is fetched and accepted only if it is the very document sent, validly signed (EU DSS, offline) by
 * Profil Zaufany's own certificate, which names the signer; then the application is submitted. The same acceptance
 * rules as the portal's letters ({@link PortalLetterService#verifySignedCopy}). No call to the provider runs inside a
 * database transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecruitmentSigningService {

    private static final Logger LOG = Logger.getLogger(RecruitmentSigningService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    private RecruitmentApplications applications;

    @EJB
    private PortalLetterService letters;

    @Inject
    private TrustedProfile pz;

    @Inject
    private PzSettings settings;

    public record Started(long id, String signingUrl) {
    }

    /** What came of the return from the provider: SUBMITTED (with the code and the PIN, shown once), CANCELLED, FAILED or SIGNING. */
    public record Outcome(long applicationId, String status, String code, String pin, String message) {
    }

    /** Sends the parent's application {@code id} to signing; returns where to send the browser. */
    public Started start(long id, boolean replaceConfirmed, String appUrl) {
        String token = token();
        ForSigning f = applications.startSigning(id, replaceConfirmed, token);
        byte[] xml = RecruitmentApplicationDocument.xml(f.detail(), f.campaignName());
        applications.keepDocument(id, xml);
        String base = settings.publicUrl() != null ? settings.publicUrl() : appUrl;
        String back = base + "/portal/recruitment/signed.xhtml?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String url;
        try {
            url = pz.addDocumentToSigning(xml, back + "&r=ok", back + "&r=cancel", "Wniosek rekrutacyjny – " + f.campaignName());
        } catch (TrustedProfile.TrustedProfileException e) {
            applications.signingFailed(token, e.getMessage());
            throw e;
        }
        applications.signingAt(id, url);
        return new Started(id, url);
    }

    /** The browser came back from the provider ({@code cancelled}: through the failure address). */
    public Outcome complete(String token, boolean cancelled) {
        RecruitmentApplications.Signing s = applications.ownSigning(token);
        if (!"SIGNING".equals(s.status())) {
            return new Outcome(s.id(), s.status(), s.code(), null, null);
        }
        if (cancelled) {
            applications.signingFailed(token, "anulowano podpisywanie");
            return new Outcome(s.id(), "CANCELLED", null, null, null);
        }
        byte[] signed;
        try {
            signed = pz.getSignedDocument(s.signingUrl());
        } catch (TrustedProfile.TrustedProfileException e) {
            return new Outcome(s.id(), "SIGNING", null, null, e.getMessage());
        }
        PortalLetterService.SignedCopy accepted;
        try {
            accepted = letters.verifySignedCopy(applications.document(s.id()), signed);
        } catch (PortalLetterService.RefusedCopy e) {
            LOG.info(() -> "EDU-REC-011 recruitment application " + s.id() + " signature not accepted: " + e.getMessage());
            applications.signingFailed(token, e.getMessage());
            return new Outcome(s.id(), "FAILED", null, null, e.getMessage());
        }
        Submitted done = applications.signed(token, signed, accepted.signer(), accepted.signedAt());
        return new Outcome(s.id(), "SUBMITTED", done.code(), done.pin(), null);
    }

    private static String token() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
