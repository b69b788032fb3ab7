package pl.edugmina.integration.pz;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import pl.edugmina.contracts.TrustedProfileIdentity;
import pl.edugmina.correspondence.application.PortalLetters;
import pl.edugmina.correspondence.domain.Correspondence.SignatureVerdict;
import pl.edugmina.correspondence.domain.PortalLetter;
import pl.edugmina.integration.bus.CamelBootstrap;
import pl.edugmina.integration.epuap.InboundQueue;
import pl.edugmina.integration.epuap.OutboundService;
import pl.edugmina.integration.epuap.SignatureVerifier;
import pl.edugmina.integration.epuap.WnioDokumentParser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A citizen's letter from the portal, signed with Profil Zaufany: the letter is built and recorded,
 * sent to signing (the citizen's browser goes to the returned address), and when the provider sends the
 * browser back the signed document is fetched and accepted only if (1) it is the very document sent,
 * with a signature added, (2) the signature is valid (EU DSS, offline) and (3) it was made by Profil
 * Zaufany's own certificate, which names the signer (PodpisZP or EPSignature). Accepted, it is stored as an
 * inbound document and queued for the intake, which registers it. No call to the provider runs inside
 * a database transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalLetterService {

    private static final Logger LOG = Logger.getLogger(PortalLetterService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    private PortalLetters letters;

    @Inject
    private TrustedProfile pz;

    @Inject
    private SignatureVerifier verifier;

    @Inject
    private PzSettings settings;

    @Inject
    private InboundQueue queue;

    @Inject
    private CamelBootstrap bus;

    public record Started(long id, String signingUrl) {
    }

    public record Outcome(long letterId, PortalLetter.Status status, String message) {
    }

    /**
     * Checks and records the letter and sends it to signing; returns where to send the browser.
     * {@code appUrl} is this application's address as the browser sees it (e.g. {@code https://host/edugmina}),
     * used unless {@code EDUGMINA_PUBLIC_URL} is set.
     */
    public Started start(PortalLetters.Draft draft, String appUrl) {
        String addressee = letters.validate(draft, OutboundService.officeName());
        byte[] xml = CitizenLetterDocument.xml(draft, addressee);
        String token = token();
        long id = letters.create(draft, addressee, xml, token);
        String base = settings.publicUrl() != null ? settings.publicUrl() : appUrl;
        String back = base + "/portal/signed.xhtml?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String url;
        try {
            url = pz.addDocumentToSigning(xml, back + "&r=ok", back + "&r=cancel", "Pismo do: " + addressee + " – " + draft.subject().strip());
        } catch (TrustedProfile.TrustedProfileException e) {
            letters.failed(token, e.getMessage());
            throw e;
        }
        letters.signingAt(id, url);
        return new Started(id, url);
    }

    /** The browser came back from the provider ({@code cancelled}: through the failure address). Safe to repeat. */
    public Outcome complete(String token, boolean cancelled) {
        PortalLetter l = letters.byToken(token);
        if (l.status() != PortalLetter.Status.SIGNING) {
            return new Outcome(l.id(), l.status(), l.failureReason());
        }
        if (cancelled) {
            letters.cancelled(token);
            return new Outcome(l.id(), PortalLetter.Status.CANCELLED, null);
        }
        byte[] signed;
        try {
            signed = pz.getSignedDocument(l.signingUrl());
        } catch (TrustedProfile.TrustedProfileException e) {
            // maybe transient: the letter stays SIGNING and the citizen can check again
            return new Outcome(l.id(), PortalLetter.Status.SIGNING, e.getMessage());
        }
        SignedCopy accepted;
        try {
            accepted = verifySignedCopy(l.document(), signed);
        } catch (RefusedCopy e) {
            LOG.info(() -> "EDU-BUS-072 portal letter " + l.id() + " not accepted: " + e.getMessage());
            letters.failed(token, e.getMessage());
            return new Outcome(l.id(), PortalLetter.Status.FAILED, e.getMessage());
        }
        long inboundId = letters.signed(token, signed, accepted.signer(), accepted.signedAt());
        queue.offer(bus.producer(), inboundId);
        return new Outcome(l.id(), PortalLetter.Status.SIGNED, null);
    }

    /** A signed copy accepted: who signed (as Profil Zaufany names them) and when. */
    public record SignedCopy(String signer, java.time.Instant signedAt) {
    }

    /** A signed copy refused, with the reason in Polish (shown to the citizen). */
    public static final class RefusedCopy extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedCopy(String message) {
            super(message);
        }
    }

    /**
     * Accepts {@code signed} only if it is {@code original} with a signature appended and nothing else changed, the
     * signature is valid (EU DSS, offline) and it was made by Profil Zaufany's own certificate, which names the signer.
     * Used for the portal's letters and the recruitment applications alike.
     */
    public SignedCopy verifySignedCopy(byte[] original, byte[] signed) throws RefusedCopy {
        Document sent;
        Document back;
        try {
            sent = WnioDokumentParser.parseXml(original);
            back = WnioDokumentParser.parseXml(signed);
        } catch (WnioDokumentParser.InvalidDocumentException e) {
            throw new RefusedCopy("Podpisany dokument jest nieczytelny: " + e.getMessage());
        }
        if (!sameContent(sent, back)) {
            throw new RefusedCopy("Podpisany dokument różni się od pisma przekazanego do podpisu");
        }
        SignatureVerifier.Result r = verifier.verifyWithSigner(signed);
        if (r.check().verdict() != SignatureVerdict.VALID) {
            throw new RefusedCopy("Podpis nie został potwierdzony: " + r.check().detail());
        }
        Optional<TrustedProfileIdentity> who = trustedProfileSigner(back, r.signerSubject());
        if (who.isEmpty()) {
            throw new RefusedCopy("Dokument nie jest podpisany profilem zaufanym");
        }
        return new SignedCopy(who.get().displayName() + " (Profil Zaufany)", r.check().signedAt());
    }

    /** The person Profil Zaufany names in {@code doc}'s signature, believed only if its own certificate signed. */
    public Optional<TrustedProfileIdentity> trustedProfileSigner(Document doc, String signerSubject) {
        return settings.isTrustedProfileSigner(signerSubject) ? TrustedProfileIdentity.fromSignature(doc) : Optional.empty();
    }

    /** Whether {@code signed} is {@code sent} with enveloped signatures appended to its root and nothing else changed. */
    static boolean sameContent(Document sent, Document signed) {
        Node root = signed.getDocumentElement().cloneNode(true);
        for (Node n = root.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n.getNodeType() == Node.ELEMENT_NODE && WnioDokumentParser.DS.equals(n.getNamespaceURI()) && "Signature".equals(n.getLocalName())) {
                root.removeChild(n);
            }
            n = next;
        }
        trimTrailingWhitespace(root);
        Node expected = sent.getDocumentElement().cloneNode(true);
        trimTrailingWhitespace(expected);
        return expected.isEqualNode(root);
    }

    private static void trimTrailingWhitespace(Node root) {
        Node last = root.getLastChild();
        while (last != null && last.getNodeType() == Node.TEXT_NODE && last.getNodeValue().isBlank()) {
            Node prev = last.getPreviousSibling();
            root.removeChild(last);
            last = prev;
        }
    }

    private static String token() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
