package pl.edugmina.contracts;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The person a Profil Zaufany signature or session belongs to, as Profil Zaufany describes it, in
 * either of its two forms:
 * <ul>
 *   <li>{@code ppzp:PodpisZP} ({@value #PPZP}): {@code DaneZP/DaneZPOsobyFizycznej} with {@code os:Imie},
 *       {@code os:Nazwisko}, {@code os:PESEL} ({@value #OSOBA}) and {@code ppzp:IdKontaUzytkownikaEpuap};
 *       the form of TpUserInfo's {@code claimedRole} and of the older signatures (and again of TpSigning5
 *       since March 2025);</li>
 *   <li>{@code pz:EPSignature} ({@value #PODPIS_ZAUFANY}): {@code NaturalPerson} with {@code FirstName},
 *       {@code CurrentFamilyName}, {@code DateOfBirth}, {@code PersonalIdentifier}, and {@code SignatureData}.</li>
 * </ul>
 * In a signed document the description sits in the XAdES signed properties (the signer's claimed role),
 * either as XML elements or as XML text; both are read. Anything elsewhere is ignored: the document's
 * author, or whoever handled the signed document, could have added it.
 */
public record TrustedProfileIdentity(String givenName, String surname, String pesel, String epuapAccount, Format format) {

    public static final String PPZP = "http://crd.gov.pl/xml/schematy/ppzp/";
    public static final String OSOBA = "http://crd.gov.pl/xml/schematy/osoba/2009/03/06/";
    public static final String PODPIS_ZAUFANY = "http://crd.gov.pl/xml/schematy/podpis_zaufany/";
    private static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    private static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";
    private static final int MAX_ROLE_BYTES = 64 * 1024;

    public enum Format { PODPIS_ZP, EP_SIGNATURE }

    public TrustedProfileIdentity {
        if (isBlank(givenName) || isBlank(surname)) {
            throw new IllegalArgumentException("imię i nazwisko są wymagane");
        }
        givenName = givenName.strip();
        surname = surname.strip();
        pesel = normalizePesel(pesel);
    }

    /** Never the PESEL: records' toString ends up in logs. */
    @Override
    public String toString() {
        return "TrustedProfileIdentity[" + displayName() + ", " + format + "]";
    }

    public String displayName() {
        return givenName + " " + surname;
    }

    /**
     * The identity Profil Zaufany described in the signed properties ({@code xades:SignedProperties}) of the
     * first {@code ds:Signature} of {@code doc}: only there is it covered by the signature. Anything in an
     * unsigned part (an extra {@code ds:Object}, unsigned properties) or in another signature is ignored, so
     * a validly signed document cannot be given a second, invented signer.
     */
    public static Optional<TrustedProfileIdentity> fromSignature(Document doc) {
        NodeList signatures = doc.getElementsByTagNameNS(DS, "Signature");
        if (signatures.getLength() == 0) {
            return Optional.empty();
        }
        NodeList signed = ((Element) signatures.item(0)).getElementsByTagNameNS(XADES, "SignedProperties");
        for (int i = 0; i < signed.getLength(); i++) {
            Element properties = (Element) signed.item(i);
            Optional<TrustedProfileIdentity> found = fromElements(properties);
            if (found.isPresent()) {
                return found;
            }
            NodeList roles = properties.getElementsByTagNameNS(XADES, "ClaimedRole");
            for (int r = 0; r < roles.getLength(); r++) {
                String text = roles.item(r).getTextContent();
                if (text != null && text.contains("<")) {
                    found = fromXml(text);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Reads a {@code PodpisZP} or {@code EPSignature} document (e.g. TpUserInfo's claimedRole); empty if it is neither or incomplete. */
    public static Optional<TrustedProfileIdentity> fromXml(String xml) {
        if (xml == null || xml.isBlank()) {
            return Optional.empty();
        }
        byte[] bytes = xml.strip().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_ROLE_BYTES) {
            return Optional.empty();
        }
        try {
            return fromElements(SecureXml.parse(bytes, MAX_ROLE_BYTES));
        } catch (SecureXml.UnsafeXmlException e) {
            return Optional.empty();
        }
    }

    private static Optional<TrustedProfileIdentity> fromElements(Node scope) {
        Element ep = first(scope, PODPIS_ZAUFANY, "EPSignature");
        if (ep != null) {
            Element person = first(ep, PODPIS_ZAUFANY, "NaturalPerson");
            if (person != null) {
                return build(text(person, PODPIS_ZAUFANY, "FirstName"), text(person, PODPIS_ZAUFANY, "CurrentFamilyName"),
                        text(person, PODPIS_ZAUFANY, "PersonalIdentifier"), null, Format.EP_SIGNATURE);
            }
        }
        Element zp = first(scope, PPZP, "PodpisZP");
        if (zp != null) {
            Element person = first(zp, PPZP, "DaneZPOsobyFizycznej");
            if (person != null) {
                return build(text(person, OSOBA, "Imie"), text(person, OSOBA, "Nazwisko"), text(person, OSOBA, "PESEL"),
                        text(person, PPZP, "IdKontaUzytkownikaEpuap"), Format.PODPIS_ZP);
            }
        }
        return Optional.empty();
    }

    private static Optional<TrustedProfileIdentity> build(String given, String surname, String pesel, String account, Format format) {
        if (isBlank(given) || isBlank(surname)) {
            return Optional.empty();
        }
        return Optional.of(new TrustedProfileIdentity(given, surname, pesel, account, format));
    }

    /** This identity as a {@code ppzp:PodpisZP} document. */
    public String toPodpisZP() {
        return "<ppzp:PodpisZP xmlns:ppzp=\"" + PPZP + "\" xmlns:os=\"" + OSOBA + "\"><ppzp:DaneZP><ppzp:DaneZPOsobyFizycznej>"
                + "<os:Nazwisko os:rodzajCzlonu=\"pierwszy\">" + esc(surname) + "</os:Nazwisko>"
                + "<os:Imie>" + esc(givenName) + "</os:Imie>"
                + (pesel == null ? "" : "<os:PESEL>" + esc(pesel) + "</os:PESEL>")
                + (epuapAccount == null ? "" : "<ppzp:IdKontaUzytkownikaEpuap>" + esc(epuapAccount) + "</ppzp:IdKontaUzytkownikaEpuap>")
                + "</ppzp:DaneZPOsobyFizycznej></ppzp:DaneZP></ppzp:PodpisZP>";
    }

    /** This identity as a {@code pz:EPSignature} document issued at {@code issued} by {@code issuer}. */
    public String toEpSignature(String issuer, Instant issued) {
        return "<pz:EPSignature xmlns:pz=\"" + PODPIS_ZAUFANY + "\"><pz:NaturalPerson>"
                + "<pz:CurrentFamilyName>" + esc(surname) + "</pz:CurrentFamilyName>"
                + "<pz:FirstName>" + esc(givenName) + "</pz:FirstName>"
                + (pesel == null ? "" : "<pz:PersonalIdentifier>" + esc(pesel) + "</pz:PersonalIdentifier>")
                + "</pz:NaturalPerson><pz:SignatureData><pz:IdentityIssuer>" + esc(issuer) + "</pz:IdentityIssuer>"
                + "<pz:IdentityIssueTimestamp>" + issued + "</pz:IdentityIssueTimestamp></pz:SignatureData></pz:EPSignature>";
    }

    /** PESEL without the eIDAS prefix some issuers add ({@code PNOPL-}); null if blank. */
    static String normalizePesel(String value) {
        if (isBlank(value)) {
            return null;
        }
        String v = value.strip();
        return v.regionMatches(true, 0, "PNOPL-", 0, 6) ? v.substring(6) : v;
    }

    private static Element first(Node scope, String ns, String name) {
        if (scope instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
            return e;
        }
        NodeList list = scope instanceof Document d ? d.getElementsByTagNameNS(ns, name) : ((Element) scope).getElementsByTagNameNS(ns, name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static String text(Element scope, String ns, String name) {
        Element e = first(scope, ns, name);
        return e == null ? null : e.getTextContent().strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
