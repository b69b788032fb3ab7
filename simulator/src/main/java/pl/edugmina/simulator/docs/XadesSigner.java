package pl.edugmina.simulator.docs;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Date;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Signs XML documents with an ENVELOPED XAdES-BASELINE-B signature (RSA-SHA256, SHA-256 digests, the
 * signing certificate and its chain in ds:KeyInfo), {@code ds:Signature} appended as the last child of
 * the root element, by the test citizen ({@value #CITIZEN}) or the untrusted stranger ({@value #STRANGER}).
 *
 * <p>Thread-safe and cheap per document: the keystore is read once; each concurrent caller borrows a
 * "lane" (its own token, key entries and XAdES services, created once and reused). DSS's certificate
 * objects cache verification state and are not safe to share between threads signing at the same time
 * (sharing them made DSS log spurious issuer mismatches).
 */
public final class XadesSigner implements AutoCloseable {

    /** Alias of the test citizen's key (chain to CN=EduGmina Test CA). */
    public static final String CITIZEN = "citizen";
    /** Alias of the untrusted signer's key (chain to CN=Nieznane CA). */
    public static final String STRANGER = "stranger";

    private final byte[] keystore;
    private final String password;
    private final Queue<Lane> idle = new ConcurrentLinkedQueue<>();

    private XadesSigner(byte[] keystore, String password) {
        this.keystore = keystore;
        this.password = password;
        idle.add(new Lane()); // fails now, not at the first document, if the keystore is wrong
    }

    public static XadesSigner load(Path keystore, String password) throws IOException {
        return new XadesSigner(Files.readAllBytes(keystore), password);
    }

    public byte[] signAsCitizen(byte[] xml, String name) {
        return sign(xml, name, true);
    }

    public byte[] signAsStranger(byte[] xml, String name) {
        return sign(xml, name, false);
    }

    private byte[] sign(byte[] xml, String name, boolean citizen) {
        Lane lane = idle.poll();
        if (lane == null) {
            lane = new Lane();
        }
        try {
            return citizen ? lane.sign(xml, name, lane.citizen, lane.citizenService)
                    : lane.sign(xml, name, lane.stranger, lane.strangerService);
        } finally {
            idle.add(lane);
        }
    }

    @Override
    public void close() {
        for (Lane l; (l = idle.poll()) != null; ) {
            l.token.close();
        }
    }

    private final class Lane {
        final Pkcs12SignatureToken token;
        final DSSPrivateKeyEntry citizen;
        final DSSPrivateKeyEntry stranger;
        final XAdESService citizenService;
        final XAdESService strangerService;

        Lane() {
            token = new Pkcs12SignatureToken(keystore, new KeyStore.PasswordProtection(password.toCharArray()));
            citizen = token.getKey(CITIZEN);
            stranger = token.getKey(STRANGER);
            if (citizen == null || stranger == null) {
                token.close();
                throw new IllegalStateException("Magazyn kluczy podpisujących nie zawiera aliasów '" + CITIZEN + "' i '" + STRANGER + "'");
            }
            citizenService = service(citizen);
            strangerService = service(stranger);
        }

        /**
         * B-level signing needs no revocation data, no AIA, no TSA: nothing goes online. DSS still checks
         * the signing certificate before signing and, finding no revocation data for it, would log a
         * warning per document; so each key gets a signing-only verifier that declares its own certificate
         * a trust anchor, for which DSS looks for no revocation data. (The validating side trusts only
         * the CA: edugmina-trust-anchors.p12.)
         */
        private XAdESService service(DSSPrivateKeyEntry key) {
            CommonCertificateVerifier verifier = new CommonCertificateVerifier();
            verifier.setAIASource(null);
            verifier.setCrlSource(null);
            verifier.setOcspSource(null);
            CommonTrustedCertificateSource own = new CommonTrustedCertificateSource();
            own.addCertificate(key.getCertificate());
            verifier.setTrustedCertSources(own);
            return new XAdESService(verifier);
        }

        byte[] sign(byte[] xml, String name, DSSPrivateKeyEntry key, XAdESService service) {
            DSSDocument doc = new InMemoryDocument(xml, name, MimeTypeEnum.XML);
            XAdESSignatureParameters p = new XAdESSignatureParameters();
            p.setSignatureLevel(SignatureLevel.XAdES_BASELINE_B);
            p.setSignaturePackaging(SignaturePackaging.ENVELOPED);
            p.setDigestAlgorithm(DigestAlgorithm.SHA256);
            p.setSigningCertificate(key.getCertificate());
            p.setCertificateChain(key.getCertificateChain());
            p.bLevel().setSigningDate(new Date());
            // the whole chain goes into ds:KeyInfo although this verifier "trusts" the signing certificate
            p.bLevel().setTrustAnchorBPPolicy(false);
            ToBeSigned tbs = service.getDataToSign(doc, p);
            SignatureValue value = token.sign(tbs, p.getDigestAlgorithm(), key);
            return DSSUtils.toByteArray(service.signDocument(doc, p, value));
        }
    }
}
