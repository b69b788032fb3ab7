package pl.edugmina.simulator.docs;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import pl.edugmina.contracts.SecureXml;
import pl.edugmina.contracts.TrustedProfileIdentity;
import pl.edugmina.contracts.TrustedProfileIdentity.Format;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing as the simulated Profil Zaufany: valid for the application's trust anchors, the citizen readable back. */
class TrustedProfileSigningTest {

    private static final long MAX = 10L * 1024 * 1024;
    private static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";

    private static XadesSigner signer;
    private static DssVerifier dss;

    @BeforeAll
    static void keys() throws Exception {
        signer = XadesSigner.load(Keystores.signers(), Keystores.PASSWORD);
        dss = new DssVerifier(Keystores.trustAnchors(), Keystores.PASSWORD);
    }

    @AfterAll
    static void close() {
        signer.close();
    }

    private static byte[] letter() {
        return EForm.build(new LetterSpec(41, "Wniosek o przyjęcie do przedszkola", Sender.PERSON, "Urząd Miasta Lublin", 1, 2,
                OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC)));
    }

    @Test
    void tpSigning5_signature_carries_the_citizen_as_epsignature_and_is_valid() throws Exception {
        TrustedProfileIdentity who = new TrustedProfileIdentity("Zażółć", "Gęślą-Jaźń", "80010112357", null, Format.EP_SIGNATURE);
        byte[] signed = signer.signAsTrustedProfile(letter(), "wniosek.xml", who);

        assertValidProfilZaufanySignature(signed);
        Document d = SecureXml.parse(signed, MAX);
        String role = d.getElementsByTagNameNS(XADES, "ClaimedRole").item(0).getTextContent();
        assertThat(role).startsWith("<pz:EPSignature").contains("<pz:IdentityIssuer>" + XadesSigner.PZ_ISSUER + "</pz:IdentityIssuer>");
        TrustedProfileIdentity read = TrustedProfileIdentity.fromSignature(d).orElseThrow();
        assertThat(read).isEqualTo(who);
    }

    @Test
    void tpSigning_signature_carries_the_citizen_as_podpiszp_and_is_valid() throws Exception {
        TrustedProfileIdentity who = new TrustedProfileIdentity("Jan", "Testowy", "80010112357", "jan.testowy", Format.PODPIS_ZP);
        byte[] signed = signer.signAsTrustedProfile(letter(), "wniosek.xml", who);

        assertValidProfilZaufanySignature(signed);
        Document d = SecureXml.parse(signed, MAX);
        assertThat(d.getElementsByTagNameNS(XADES, "ClaimedRole").item(0).getTextContent()).startsWith("<ppzp:PodpisZP");
        assertThat(TrustedProfileIdentity.fromSignature(d)).contains(who);
        // the letter itself is unchanged: its own oso:PESEL is not taken for the signer's
        assertThat(d.getElementsByTagNameNS(EForm.NS_OSO, "PESEL").item(0).getTextContent()).isEqualTo("80010112345");
    }

    @Test
    void the_claimed_role_is_text_so_the_markup_of_names_cannot_break_out() throws Exception {
        TrustedProfileIdentity who = new TrustedProfileIdentity("Jan</pz:FirstName><x>", "O'Brien & <Syn>", null, null, Format.EP_SIGNATURE);
        byte[] signed = signer.signAsTrustedProfile(letter(), "wniosek.xml", who);

        assertValidProfilZaufanySignature(signed);
        Document d = SecureXml.parse(signed, MAX);
        assertThat(d.getElementsByTagName("x").getLength()).isZero();
        assertThat(TrustedProfileIdentity.fromSignature(d)).contains(who);
    }

    @Test
    void an_unsigned_document_names_nobody_and_a_citizen_signature_is_not_a_trusted_profile() throws Exception {
        assertThat(TrustedProfileIdentity.fromSignature(SecureXml.parse(letter(), MAX))).isEmpty();
        byte[] citizen = signer.signAsCitizen(letter(), "wniosek.xml");
        assertThat(TrustedProfileIdentity.fromSignature(SecureXml.parse(citizen, MAX))).isEmpty();
    }

    private static void assertValidProfilZaufanySignature(byte[] signed) throws Exception {
        Document d = SecureXml.parse(signed, MAX);
        Element root = d.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("Dokument");
        SimpleReport r = dss.validate(signed);
        String id = r.getFirstSignatureId();
        assertThat(r.getSignaturesCount()).isEqualTo(1);
        assertThat(r.getIndication(id)).as("%s %s", r.getAdESValidationErrors(id), r.getSubIndication(id))
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(r.getSignatureFormat(id)).isEqualTo(SignatureLevel.XAdES_BASELINE_B);
        assertThat(r.getSignedBy(id)).isEqualTo("Profil Zaufany (symulator)");
        assertThat(new String(signed, StandardCharsets.UTF_8)).doesNotContain("<!DOCTYPE");
    }
}
