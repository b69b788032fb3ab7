package pl.edugmina.contracts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading who signed with Profil Zaufany, in both of its forms, and only from inside a signature. */
class TrustedProfileIdentityTest {

    private static final TrustedProfileIdentity ANNA =
            new TrustedProfileIdentity("Anna", "Nowak", "85021512345", "anowak", TrustedProfileIdentity.Format.PODPIS_ZP);

    private static Document parse(String xml) throws Exception {
        return SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8), 1_000_000);
    }

    private static String signed(String claimedRoleContent) {
        return "<wnio:Dokument xmlns:wnio=\"urn:wnio\"><wnio:Tresc>x</wnio:Tresc>"
                + "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:Object>"
                + "<xades:QualifyingProperties xmlns:xades=\"http://uri.etsi.org/01903/v1.3.2#\"><xades:SignedProperties>"
                + "<xades:SignedSignatureProperties><xades:SignerRole><xades:ClaimedRoles><xades:ClaimedRole>"
                + claimedRoleContent
                + "</xades:ClaimedRole></xades:ClaimedRoles></xades:SignerRole></xades:SignedSignatureProperties>"
                + "</xades:SignedProperties></xades:QualifyingProperties></ds:Object></ds:Signature></wnio:Dokument>";
    }

    @Test
    void podpisZpAsElementsInTheClaimedRole() throws Exception {
        var who = TrustedProfileIdentity.fromSignature(parse(signed(ANNA.toPodpisZP())));
        assertThat(who).hasValueSatisfying(w -> {
            assertThat(w.displayName()).isEqualTo("Anna Nowak");
            assertThat(w.pesel()).isEqualTo("85021512345");
            assertThat(w.epuapAccount()).isEqualTo("anowak");
            assertThat(w.format()).isEqualTo(TrustedProfileIdentity.Format.PODPIS_ZP);
        });
    }

    @Test
    void epSignatureAsEscapedTextInTheClaimedRole() throws Exception {
        String ep = ANNA.toEpSignature("Profil Zaufany", Instant.parse("2026-11-27T10:00:00Z"))
                .replace("85021512345", "PNOPL-85021512345");
        String escaped = ep.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        var who = TrustedProfileIdentity.fromSignature(parse(signed(escaped)));
        assertThat(who).hasValueSatisfying(w -> {
            assertThat(w.displayName()).isEqualTo("Anna Nowak");
            assertThat(w.pesel()).as("eIDAS prefix dropped").isEqualTo("85021512345");
            assertThat(w.format()).isEqualTo(TrustedProfileIdentity.Format.EP_SIGNATURE);
        });
    }

    @Test
    void aDescriptionOutsideTheSignatureIsNotBelieved() throws Exception {
        String forged = "<wnio:Dokument xmlns:wnio=\"urn:wnio\"><wnio:Tresc>" + ANNA.toPodpisZP() + "</wnio:Tresc>"
                + "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"/></wnio:Dokument>";
        assertThat(TrustedProfileIdentity.fromSignature(parse(forged))).isEmpty();
        assertThat(TrustedProfileIdentity.fromSignature(parse("<a/>"))).isEmpty();
    }

    @Test
    void aDescriptionAddedToAnUnsignedPartOfTheSignatureIsNotBelieved() throws Exception {
        TrustedProfileIdentity bob = new TrustedProfileIdentity("Bob", "Podstawiony", "90010100000", null, TrustedProfileIdentity.Format.EP_SIGNATURE);
        String genuine = signed(ANNA.toPodpisZP());
        // someone adds, after signing, an unsigned ds:Object naming another person, placed before the signed properties
        String tampered = genuine.replace("<ds:Object>", "<ds:Object>" + bob.toEpSignature("PZ", Instant.now()) + "</ds:Object><ds:Object>");
        assertThat(TrustedProfileIdentity.fromSignature(parse(tampered))).hasValueSatisfying(w -> assertThat(w.displayName()).isEqualTo("Anna Nowak"));
        String onlyUnsigned = "<wnio:Dokument xmlns:wnio=\"urn:wnio\"><ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:Object>"
                + bob.toEpSignature("PZ", Instant.now()) + "</ds:Object></ds:Signature></wnio:Dokument>";
        assertThat(TrustedProfileIdentity.fromSignature(parse(onlyUnsigned))).isEmpty();
        // a second signature does not lend its description to the first
        String second = "<wnio:Dokument xmlns:wnio=\"urn:wnio\"><ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"/>"
                + signed(bob.toPodpisZP()).replace("<wnio:Dokument xmlns:wnio=\"urn:wnio\"><wnio:Tresc>x</wnio:Tresc>", "").replace("</wnio:Dokument>", "")
                + "</wnio:Dokument>";
        assertThat(TrustedProfileIdentity.fromSignature(parse(second))).isEmpty();
    }

    @Test
    void userInfoClaimedRoleAndIncompleteOrHostileData() {
        assertThat(TrustedProfileIdentity.fromXml(ANNA.toPodpisZP())).contains(ANNA);
        assertThat(TrustedProfileIdentity.fromXml("<ppzp:PodpisZP xmlns:ppzp=\"" + TrustedProfileIdentity.PPZP + "\"/>")).isEmpty();
        assertThat(TrustedProfileIdentity.fromXml("nie XML")).isEmpty();
        assertThat(TrustedProfileIdentity.fromXml(null)).isEmpty();
        assertThat(TrustedProfileIdentity.fromXml("<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>")).isEmpty();
    }

    @Test
    void namesAreEscapedAndThePeselNeverPrinted() {
        var odd = new TrustedProfileIdentity("Zoë <b>", "O'Brien & Syn", "85021512345", null, TrustedProfileIdentity.Format.EP_SIGNATURE);
        assertThat(TrustedProfileIdentity.fromXml(odd.toEpSignature("PZ", Instant.now()))).hasValueSatisfying(w ->
                assertThat(w.displayName()).isEqualTo("Zoë <b> O'Brien & Syn"));
        assertThat(odd.toString()).doesNotContain("85021512345");
    }
}
