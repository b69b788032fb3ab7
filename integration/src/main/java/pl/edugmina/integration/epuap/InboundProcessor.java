package pl.edugmina.integration.epuap;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.w3c.dom.Document;
import pl.edugmina.correspondence.application.CorrespondenceRegister;
import pl.edugmina.correspondence.application.InboundContent;
import pl.edugmina.correspondence.application.SignatureCheck;

import java.util.logging.Logger;

/**
 * Turns a stored inbound document into a register entry: secure parsing, XAdES verification,
 * registration. Parsing and verification run outside any transaction; registration is one
 * transaction that only succeeds for a document still waiting (so running twice is harmless).
 * A document that cannot be read is marked rejected with the reason and never blocks the others.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundProcessor {

    private static final Logger LOG = Logger.getLogger(InboundProcessor.class.getName());

    @EJB
    private CorrespondenceRegister register;

    @Inject
    private SignatureVerifier verifier;

    @EJB
    private pl.edugmina.correspondence.application.OutboundRegister outbound;

    @EJB
    private pl.edugmina.integration.pz.PortalLetterService portalLetters;

    public void process(long inboundId) {
        try {
            processOnce(inboundId);
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "EDU-BUS-031 processing inbound document " + inboundId + " failed", e);
            register.processingFailed(inboundId, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private void processOnce(long inboundId) {
        CorrespondenceRegister.Pending pending = register.pending(inboundId);
        if (pending == null) {
            return;
        }
        InboundContent content;
        Document doc;
        try {
            doc = WnioDokumentParser.parseXml(pending.content());
            if ("UPD".equals(doc.getDocumentElement().getLocalName())) {
                fileReceipt(inboundId, doc, pending);
                return;
            }
            content = WnioDokumentParser.read(doc);
        } catch (WnioDokumentParser.InvalidDocumentException e) {
            LOG.info(() -> "EDU-BUS-030 inbound document " + inboundId + " rejected: " + e.getMessage());
            register.rejectInbound(inboundId, e.getMessage());
            return;
        }
        SignatureCheck signature = WnioDokumentParser.isSigned(doc) ? signature(doc, pending.content()) : SignatureCheck.unsigned();
        register.registerInbound(inboundId, content, signature);
    }

    /**
     * The verdict; for a valid Profil Zaufany signature the signer is the person Profil Zaufany names
     * in it (PodpisZP or EPSignature), not the provider's certificate.
     */
    private SignatureCheck signature(Document doc, byte[] content) {
        SignatureVerifier.Result r = verifier.verifyWithSigner(content);
        SignatureCheck c = r.check();
        if (c.verdict() != pl.edugmina.correspondence.domain.Correspondence.SignatureVerdict.VALID) {
            return c;
        }
        return portalLetters.trustedProfileSigner(doc, r.signerSubject())
                .map(who -> new SignatureCheck(c.verdict(), c.detail() + "; podpis zaufany", who.displayName() + " (Profil Zaufany)",
                        c.signedAt(), c.level()))
                .orElse(c);
    }

    /** A proof of delivery (UPD) of a letter sent with WS-Doręczyciel: matched by the delivery order or document id. */
    private void fileReceipt(long inboundId, Document doc, CorrespondenceRegister.Pending pending) {
        String zlecenie = WnioDokumentParser.firstText(doc, "IdentyfikatorZlecenia");
        String documentId = WnioDokumentParser.firstText(doc, "IdentyfikatorDokumentu");
        Long letter = outbound.delivered(zlecenie, documentId,
                pending.fileName() == null ? "UPD-" + zlecenie + ".xml" : pending.fileName(), pending.content());
        if (letter == null) {
            register.rejectInbound(inboundId, "Poświadczenie doręczenia (UPD) nie pasuje do żadnego wysłanego pisma (zlecenie "
                    + zlecenie + ", dokument " + documentId + ")");
        } else {
            register.receiptFiled(inboundId, letter);
        }
    }
}
