package pl.edugmina.simulator.pz;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import pl.edugmina.contracts.SecureXml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the signing page tells the citizen about the document: for an e-form ({@code wnio:Dokument} in a
 * {@code http://crd.gov.pl/} namespace) its title ({@code str:NazwaDokumentu}), addressee, sender, text
 * ({@code wnio:TrescDokumentu/wnio:Wartosc}) and attachment names; for any other XML the beginning of
 * the XML itself ({@link #excerpt}). Plain text: the page escapes it.
 *
 * @param excerpt the first {@value #EXCERPT} characters of the XML if it is not an e-form, else null
 */
public record DocumentSummary(String title, String addressee, String sender, String text, boolean textCut,
                              List<String> attachments, String excerpt, boolean excerptCut) {

    /** Characters of the letter's text shown. */
    public static final int MAX_TEXT = 10_000;
    /** Characters of non-form XML shown. */
    public static final int EXCERPT = 2_000;

    private static final String CRD = "http://crd.gov.pl/";
    private static final String DS = "http://www.w3.org/2000/09/xmldsig#";

    /** Whether the document was recognised as an e-form. */
    public boolean isForm() {
        return excerpt == null;
    }

    public static DocumentSummary of(byte[] xml) {
        try {
            Document d = SecureXml.parse(xml, PzRequests.MAX_DOCUMENT_BYTES);
            Element root = d.getDocumentElement();
            if ("Dokument".equals(root.getLocalName()) && crd(root)) {
                return form(root);
            }
        } catch (SecureXml.UnsafeXmlException e) {
            // shown as text below
        }
        String s = new String(xml, StandardCharsets.UTF_8);
        boolean cut = s.length() > EXCERPT;
        return new DocumentSummary(null, null, null, null, false, List.of(), cut ? s.substring(0, EXCERPT) : s, cut);
    }

    private static DocumentSummary form(Element root) {
        String title = text(first(root, "NazwaDokumentu"));
        String addressee = party(first(root, "Adresaci"));
        String sender = party(first(root, "Nadawcy"));
        StringBuilder body = new StringBuilder();
        Element tresc = first(root, "TrescDokumentu");
        if (tresc != null) {
            for (Node n = tresc.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "Wartosc".equals(e.getLocalName())) {
                    append(body, e.getTextContent());
                }
            }
            if (body.isEmpty()) { // another form: its own elements, without the attachments' Base64
                appendTextOutside(body, tresc);
            }
        }
        List<String> attachments = new ArrayList<>();
        NodeList zal = root.getElementsByTagNameNS("*", "Zalacznik");
        for (int i = 0; i < zal.getLength(); i++) {
            Element z = (Element) zal.item(i);
            if (crd(z)) {
                String name = z.getAttribute("nazwaPliku");
                attachments.add(name.isBlank() ? "załącznik " + (i + 1) : name);
            }
        }
        String text = body.toString().strip();
        boolean cut = text.length() > MAX_TEXT;
        return new DocumentSummary(title, addressee, sender, text.isEmpty() ? null : cut ? text.substring(0, MAX_TEXT) : text,
                cut, List.copyOf(attachments), null, false);
    }

    /** An institution's name or a person's first name and surname under {@code scope} (str:Adresaci, str:Nadawcy). */
    private static String party(Element scope) {
        if (scope == null) {
            return null;
        }
        String inst = text(first(scope, "NazwaInstytucji"));
        if (inst != null) {
            return inst;
        }
        String given = text(first(scope, "Imie"));
        String surname = text(first(scope, "Nazwisko"));
        String p = ((given == null ? "" : given) + " " + (surname == null ? "" : surname)).strip();
        return p.isEmpty() ? null : p;
    }

    private static void appendTextOutside(StringBuilder b, Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if (!"Zalaczniki".equals(c.getLocalName()) && !"Zalacznik".equals(c.getLocalName()) && !DS.equals(c.getNamespaceURI())) {
                    appendTextOutside(b, c);
                }
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                append(b, n.getNodeValue());
            }
        }
    }

    private static void append(StringBuilder b, String s) {
        if (s != null && !s.isBlank()) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(s.strip());
        }
    }

    private static boolean crd(Element e) {
        return e.getNamespaceURI() != null && e.getNamespaceURI().startsWith(CRD);
    }

    private static Element first(Element scope, String localName) {
        NodeList l = scope.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            if (crd(e)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
