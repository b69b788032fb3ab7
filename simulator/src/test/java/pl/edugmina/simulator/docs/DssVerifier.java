package pl.edugmina.simulator.docs;

import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.xades.validation.XMLDocumentValidator;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;

/** Validates XAdES offline as the application will: trust anchors from a PKCS#12, no revocation, no network. */
final class DssVerifier {

    private final CommonCertificateVerifier verifier;
    private final ValidationPolicy policy;

    DssVerifier(Path trustAnchors, String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustAnchors)) {
            ks.load(in, password.toCharArray());
        }
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        for (String alias : Collections.list(ks.aliases())) {
            if (ks.isCertificateEntry(alias)) {
                trusted.addCertificate(new CertificateToken((X509Certificate) ks.getCertificate(alias)));
            }
        }
        verifier = new CommonCertificateVerifier();
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(null);
        verifier.setTrustedCertSources(trusted);
        try (InputStream in = DssVerifier.class.getResourceAsStream("/offline-validation-policy.xml")) {
            policy = ValidationPolicyLoader.fromValidationPolicy(in).create();
        }
    }

    SimpleReport validate(byte[] xml) {
        SignedDocumentValidator v = new XMLDocumentValidator(new InMemoryDocument(xml, "doc.xml", MimeTypeEnum.XML));
        v.setCertificateVerifier(verifier);
        return v.validateDocument(policy).getSimpleReport();
    }
}
