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
import pl.edugmina.contracts.TrustedProfileIdentity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Signs XML documents with an ENVELOPED XAdES-BASELINE-B signature (RSA-SHA256, SHA-256 digests, the
 * signing certificate and its chain in ds:KeyInfo), {@code ds:Signature} appended as the last child of
 * the root element, by the test citizen ({@value #CITIZEN}), the untrusted stranger ({@value #STRANGER})
 * or the simulated Profil Zaufany ({@value #PROFIL_ZAUFANY}, {@link #signAsTrustedProfile}).
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
    /**
     * Alias of the simulated Profil Zaufany's key (CN=Profil Zaufany (symulator), chain to CN=EduGmina
     * Test CA). Optional in the keystore: without it only {@link #signAsTrustedProfile} fails.
     */
    public static final String PROFIL_ZAUFANY = "profil-zaufany";
    /** {@code IdentityIssuer} of the EPSignature descriptions this signer writes. */
    public static final String PZ_ISSUER = "Profil Zaufany (symulator)";

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

    /**
     * Signs as Profil Zaufany does when a citizen signs {@code xml} with a trusted profile: the signature
     * is the service's ({@value #PROFIL_ZAUFANY} key) and the citizen is described in the signer's claimed
     * role ({@code xades:SignerRole/ClaimedRoles/ClaimedRole}), as XML text in the format {@code who.format()}:
     * {@code ppzp:PodpisZP} (TpSigning) or {@code pz:EPSignature} (TpSigning5, issued by {@value #PZ_ISSUER}
     * at the signing time). The application reads it back with {@link TrustedProfileIdentity#fromSignature}.
     *
     * @throws IllegalStateException if the keystore has no {@value #PROFIL_ZAUFANY} key
     */
    public byte[] signAsTrustedProfile(byte[] xml, String name, TrustedProfileIdentity who) {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(who.format(), "who.format()");
        Lane lane = borrow();
        try {
            if (lane.profilZaufany == null) {
                throw new IllegalStateException("Magazyn kluczy podpisujących nie zawiera aliasu '" + PROFIL_ZAUFANY
                        + "' (klucz symulatora Profilu Zaufanego); wygeneruj go skryptem make-test-pki.sh");
            }
            Date now = Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)); // xades:SigningTime has seconds
            String role = who.format() == TrustedProfileIdentity.Format.EP_SIGNATURE
                    ? who.toEpSignature(PZ_ISSUER, Instant.ofEpochMilli(now.getTime()))
                    : who.toPodpisZP();
            return lane.sign(xml, name, lane.profilZaufany, lane.profilZaufanyService, now, List.of(role));
        } finally {
            idle.add(lane);
        }
    }

    private byte[] sign(byte[] xml, String name, boolean citizen) {
        Lane lane = borrow();
        try {
            return citizen ? lane.sign(xml, name, lane.citizen, lane.citizenService, new Date(), null)
                    : lane.sign(xml, name, lane.stranger, lane.strangerService, new Date(), null);
        } finally {
            idle.add(lane);
        }
    }

    /** An idle lane, or a new one if every lane is in use; the caller gives it back to {@link #idle}. */
    private Lane borrow() {
        Lane lane = idle.poll();
        return lane != null ? lane : new Lane();
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
        /** null if the keystore has no {@value #PROFIL_ZAUFANY} key */
        final DSSPrivateKeyEntry profilZaufany;
        final XAdESService profilZaufanyService;

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
            profilZaufany = token.getKey(PROFIL_ZAUFANY); // null if absent (keystores generated before it existed)
            profilZaufanyService = profilZaufany == null ? null : service(profilZaufany);
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

        /** @param claimedRoles the signer's claimed roles (text), or null for none */
        byte[] sign(byte[] xml, String name, DSSPrivateKeyEntry key, XAdESService service, Date signingDate,
                    List<String> claimedRoles) {
            DSSDocument doc = new InMemoryDocument(xml, name, MimeTypeEnum.XML);
            XAdESSignatureParameters p = new XAdESSignatureParameters();
            p.setSignatureLevel(SignatureLevel.XAdES_BASELINE_B);
            p.setSignaturePackaging(SignaturePackaging.ENVELOPED);
            p.setDigestAlgorithm(DigestAlgorithm.SHA256);
            p.setSigningCertificate(key.getCertificate());
            p.setCertificateChain(key.getCertificateChain());
            p.bLevel().setSigningDate(signingDate);
            if (claimedRoles != null) {
                p.bLevel().setClaimedSignerRoles(claimedRoles);
            }
            // the whole chain goes into ds:KeyInfo although this verifier "trusts" the signing certificate
            p.bLevel().setTrustAnchorBPPolicy(false);
            ToBeSigned tbs = service.getDataToSign(doc, p);
            SignatureValue value = token.sign(tbs, p.getDigestAlgorithm(), key);
            return DSSUtils.toByteArray(service.signDocument(doc, p, value));
        }
    }
}
