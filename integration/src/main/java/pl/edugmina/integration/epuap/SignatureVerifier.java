package pl.edugmina.integration.epuap;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.enumerations.ValidationLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.dss.xades.validation.XMLDocumentValidator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import pl.edugmina.contracts.PlatformJaxp;
import pl.edugmina.correspondence.application.SignatureCheck;
import pl.edugmina.correspondence.domain.Correspondence.SignatureVerdict;
import pl.edugmina.integration.bus.XPathForSignatures;
import pl.edugmina.platform.Settings;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.logging.Logger;

/**
 * Verifies the XAdES signature of an inbound document with EU DSS, offline: the trust anchors come
 * from a configured keystore ({@code EDUGMINA_SIGNATURE_TRUST_ANCHORS}, PKCS#12, every certificate
 * in it is an anchor); no AIA, OCSP or CRL source is set, so nothing is fetched during validation.
 * The policy ({@code META-INF/dss/edugmina-constraint.xml}) is DSS's default with the revocation
 * checks ignored, since no revocation data can be fetched offline (ADR 0008).
 */
@ApplicationScoped
public class SignatureVerifier {

    private static final Logger LOG = Logger.getLogger(SignatureVerifier.class.getName());

    private CommonCertificateVerifier verifier;
    private ValidationPolicy policy;

    @PostConstruct
    void init() {
        boolean jaxen = XPathForSignatures.install();
        if (!jaxen) {
            LOG.warning("EDU-BUS-051 EU DSS was loaded before its XPath engine could be chosen: signature validation "
                    + "uses the JDK's XPath, about a quarter slower");
        }
        try {
            CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
            Path file = Path.of(trustAnchorsFile());
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                ks.load(in, trustAnchorsPassword().toCharArray());
            }
            int n = 0;
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.getCertificate(alias) instanceof X509Certificate c) {
                    anchors.addCertificate(new CertificateToken(c));
                    n++;
                }
            }
            CommonCertificateVerifier cv = new CommonCertificateVerifier();
            cv.setAIASource(null);
            cv.setOcspSource(null);
            cv.setCrlSource(null);
            cv.setTrustedCertSources(anchors);
            verifier = cv;
            try (InputStream in = SignatureVerifier.class.getClassLoader().getResourceAsStream("META-INF/dss/edugmina-constraint.xml")) {
                policy = ValidationPolicyLoader.fromValidationPolicy(in).create();
            }
            useDefaultProvidersForXmlSignatures();
            int count = n;
            LOG.info(() -> "EDU-BUS-050 signature verification ready with " + count + " trust anchors from " + file
                    + (jaxen ? "; XPath by Jaxen" : "; XPath by the JDK"));
        } catch (Exception e) {
            throw new IllegalStateException("Signature trust anchors cannot be loaded: " + e.getMessage(), e);
        }
    }

    /**
     * EU DSS, when its XAdES classes load, tells Santuario (our copy in the EAR) to take every XML-signature
     * algorithm from BouncyCastle; BouncyCastle's SHA-256 is plain Java, several times slower than the
     * JDK's (which uses the CPU's SHA instructions), and digesting the signed document is a large part of
     * verification. Afterwards Santuario is set back to the providers' order: the JDK's where it has the
     * algorithm, BouncyCastle (registered by DSS) for the rest, e.g. RSASSA-PSS.
     */
    static void useDefaultProvidersForXmlSignatures() {
        try {
            Class.forName("eu.europa.esig.dss.xades.validation.XAdESSignature", true, SignatureVerifier.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        org.apache.xml.security.algorithms.JCEMapper.setProviderId(null);
    }

    public static String trustAnchorsFile() {
        return Settings.value("edugmina.signature.trust-anchors", "EDUGMINA_SIGNATURE_TRUST_ANCHORS",
                Path.of(System.getProperty("jboss.server.config.dir", ".")).resolve("edugmina-trust-anchors.p12").toString());
    }

    private static String trustAnchorsPassword() {
        return Settings.value("edugmina.signature.trust-anchors-password", "EDUGMINA_SIGNATURE_TRUST_ANCHORS_PASSWORD", "changeit");
    }

    /** A verdict and the signing certificate's subject (RFC 2253), null when unsigned or unknown. */
    public record Result(SignatureCheck check, String signerSubject) {
    }

    /** The verdict on the first signature of {@code signedXml}; {@link SignatureVerdict#UNSIGNED} if there is none. */
    public SignatureCheck verify(byte[] signedXml) {
        return verifyWithSigner(signedXml).check();
    }

    public Result verifyWithSigner(byte[] signedXml) {
        // DSS and Santuario look up a DocumentBuilderFactory and XPathFactory for each document: found at once
        Reports reports = PlatformJaxp.call(() -> {
            XMLDocumentValidator v = new XMLDocumentValidator(new InMemoryDocument(signedXml, "dokument.xml", MimeTypeEnum.XML));
            v.setCertificateVerifier(verifier);
            v.setEnableEtsiValidationReport(false);
            v.setValidationLevel(ValidationLevel.BASIC_SIGNATURES);
            return v.validateDocument(policy);
        });
        SimpleReport sr = reports.getSimpleReport();
        if (sr.getSignaturesCount() == 0) {
            return new Result(SignatureCheck.unsigned(), null);
        }
        String id = sr.getFirstSignatureId();
        SignatureWrapper sig = reports.getDiagnosticData().getSignatureById(id);
        CertificateWrapper cert = sig == null ? null : sig.getSigningCertificate();
        String signer = cert == null ? null : signerName(cert);
        Date time = sr.getSigningTime(id);
        Indication indication = sr.getIndication(id);
        SubIndication sub = sr.getSubIndication(id);
        SignatureVerdict verdict = switch (indication) {
            case TOTAL_PASSED, PASSED -> SignatureVerdict.VALID;
            case TOTAL_FAILED, FAILED -> SignatureVerdict.INVALID;
            default -> SignatureVerdict.INDETERMINATE;
        };
        String level = sr.getSignatureFormat(id) == null ? null : sr.getSignatureFormat(id).name();
        return new Result(new SignatureCheck(verdict, describe(verdict, sub), signer, time == null ? null : time.toInstant(), level),
                cert == null ? null : cert.getCertificateDN());
    }

    private static String signerName(CertificateWrapper cert) {
        String cn = cert.getCommonName();
        String serial = cert.getSubjectSerialNumber();
        return serial == null || serial.isBlank() ? cn : cn + " (" + serial + ")";
    }

    static String describe(SignatureVerdict verdict, SubIndication sub) {
        if (verdict == SignatureVerdict.VALID) {
            return "Podpis prawidłowy; certyfikat podpisującego pochodzi od zaufanego wystawcy";
        }
        if (sub == null) {
            return verdict == SignatureVerdict.INVALID ? "Podpis nieprawidłowy" : "Nie można rozstrzygnąć ważności podpisu";
        }
        return switch (sub) {
            case HASH_FAILURE -> "Podpis nieprawidłowy: treść dokumentu zmieniono po podpisaniu (HASH_FAILURE)";
            case SIG_CRYPTO_FAILURE -> "Podpis nieprawidłowy: wartość podpisu nie zgadza się z certyfikatem (SIG_CRYPTO_FAILURE)";
            case NO_CERTIFICATE_CHAIN_FOUND -> "Certyfikat podpisującego nie pochodzi od zaufanego wystawcy (NO_CERTIFICATE_CHAIN_FOUND)";
            case NO_SIGNING_CERTIFICATE_FOUND -> "W podpisie brak certyfikatu podpisującego (NO_SIGNING_CERTIFICATE_FOUND)";
            case REVOKED, REVOKED_NO_POE, REVOKED_CA_NO_POE -> "Certyfikat podpisującego został unieważniony (" + sub.name() + ")";
            case OUT_OF_BOUNDS_NO_POE, OUT_OF_BOUNDS_NOT_REVOKED, EXPIRED ->
                    "Certyfikat podpisującego nie był ważny w chwili podpisu (" + sub.name() + ")";
            case FORMAT_FAILURE -> "Podpis ma niepoprawną budowę (FORMAT_FAILURE)";
            default -> (verdict == SignatureVerdict.INVALID ? "Podpis nieprawidłowy" : "Nie można rozstrzygnąć ważności podpisu")
                    + " (" + sub.name() + ")";
        };
    }

}
