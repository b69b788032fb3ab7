package pl.edugmina.integration.epuap;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import pl.edugmina.contracts.SecureXml;
import pl.edugmina.correspondence.application.InboundContent;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads an e-form ({@code wnio:Dokument}) by the fixed CRD namespaces — the {@code wnio}
 * namespace differs per form, so only the root's local name is checked. Sender and addressee come
 * from {@code str:Nadawcy}/{@code str:Adresaci} ({@code oso:Osoba} or {@code inst:Instytucja}),
 * the subject from {@code str:NazwaDokumentu} (or the document description), attachments from
 * {@code str:Zalacznik}. Never follows the stylesheet or schema the document points to.
 */
public final class WnioDokumentParser {

    public static final String META = "http://crd.gov.pl/xml/schematy/meta/2009/11/16/";
    public static final String STR = "http://crd.gov.pl/xml/schematy/struktura/2009/11/16/";
    public static final String OSO = "http://crd.gov.pl/xml/schematy/osoba/2009/11/16/";
    public static final String INST = "http://crd.gov.pl/xml/schematy/instytucja/2009/11/16/";
    public static final String ADR = "http://crd.gov.pl/xml/schematy/adres/2009/11/09/";
    public static final String DS = "http://www.w3.org/2000/09/xmldsig#";

    /** Largest document accepted (the raw XML, attachments included). */
    public static final long MAX_BYTES = 30L * 1024 * 1024;
    static final int MAX_ATTACHMENTS = 100;
    static final int MAX_BODY_CHARS = 20_000;

    private WnioDokumentParser() {
    }

    /** A document that cannot be registered as it is; the message says why, in Polish, for the official. */
    public static final class InvalidDocumentException extends Exception {
        public InvalidDocumentException(String message) {
            super(message);
        }
    }

    public static Document parseXml(byte[] xml) throws InvalidDocumentException {
        try {
            return SecureXml.parse(xml, MAX_BYTES);
        } catch (SecureXml.UnsafeXmlException e) {
            throw new InvalidDocumentException(e.getMessage());
        }
    }

    public static InboundContent read(Document doc) throws InvalidDocumentException {
        Element root = doc.getDocumentElement();
        if (!"Dokument".equals(root.getLocalName()) || root.getNamespaceURI() == null) {
            throw new InvalidDocumentException("To nie jest e-formularz wnio:Dokument (element główny: " + root.getNodeName() + ")");
        }
        String formNamespace = root.getNamespaceURI();
        Element opis = child(root, formNamespace, "OpisDokumentu");
        Element dane = child(root, formNamespace, "DaneDokumentu");
        Element tresc = child(root, formNamespace, "TrescDokumentu");
        if (dane == null && tresc == null) {
            throw new InvalidDocumentException("Dokument nie ma części DaneDokumentu ani TrescDokumentu");
        }
        String formId = formId(opis);
        String subject = first(dane, STR, "NazwaDokumentu");
        if (subject == null) {
            subject = opis == null ? null : text(child(opis, META, "OpisDokumentu"));
        }
        if (subject == null && tresc != null) {
            subject = firstLocal(tresc, "Tytul");
        }
        Party sender = party(dane == null ? null : child(dane, STR, "Nadawcy"));
        Party addressee = party(dane == null ? null : child(dane, STR, "Adresaci"));
        List<InboundContent.Attachment> attachments = attachments(root);
        String body = tresc == null ? null : body(tresc);
        return new InboundContent(sender.kind, sender.name, sender.address, addressee.name,
                subject == null ? "(bez tytułu)" : truncate(subject, 1000), formNamespace, formId, body, attachments);
    }

    /** Text of the first element named {@code localName} in any namespace, or null. */
    public static String firstText(Document doc, String localName) {
        NodeList l = doc.getElementsByTagNameNS("*", localName);
        return l.getLength() == 0 ? null : text((Element) l.item(0));
    }

    /** Whether the document carries an XML signature (ds:Signature) anywhere. */
    public static boolean isSigned(Document doc) {
        return doc.getElementsByTagNameNS(DS, "Signature").getLength() > 0;
    }

    private record Party(String kind, String name, String address) {
    }

    private static Party party(Element list) {
        if (list == null) {
            return new Party(null, null, null);
        }
        Element person = descendant(list, OSO, "Osoba");
        if (person != null) {
            String name = join(" ", text(child(person, OSO, "Imie")), text(child(person, OSO, "Nazwisko")));
            return new Party("PERSON", name, address(descendant(person, ADR, "Adres")));
        }
        Element inst = descendant(list, INST, "Instytucja");
        if (inst != null) {
            return new Party("INSTITUTION", text(descendant(inst, INST, "NazwaInstytucji")), address(descendant(inst, ADR, "Adres")));
        }
        return new Party(null, null, null);
    }

    private static String address(Element adr) {
        if (adr == null) {
            return null;
        }
        String street = join(" ", text(child(adr, ADR, "Ulica")), join("/", text(child(adr, ADR, "Budynek")), text(child(adr, ADR, "Lokal"))));
        String town = join(" ", text(child(adr, ADR, "KodPocztowy")), text(child(adr, ADR, "Miejscowosc")));
        return join(", ", street, town);
    }

    private static String formId(Element opis) {
        if (opis == null) {
            return null;
        }
        NodeList ids = opis.getElementsByTagNameNS(META, "Identyfikator");
        for (int i = 0; i < ids.getLength(); i++) {
            Element id = (Element) ids.item(i);
            if ("idFormularza".equals(id.getAttribute("typIdentyfikatora"))) {
                return text(child(id, META, "Wartosc"));
            }
        }
        return null;
    }

    private static List<InboundContent.Attachment> attachments(Element root) throws InvalidDocumentException {
        NodeList list = root.getElementsByTagNameNS(STR, "Zalacznik");
        if (list.getLength() > MAX_ATTACHMENTS) {
            throw new InvalidDocumentException("Dokument ma " + list.getLength() + " załączników, więcej niż dopuszczalne " + MAX_ATTACHMENTS);
        }
        List<InboundContent.Attachment> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element z = (Element) list.item(i);
            String name = z.getAttribute("nazwaPliku");
            if (name.isBlank()) {
                name = "zalacznik-" + (i + 1);
            }
            String encoding = z.getAttribute("kodowanie");
            Element data = child(z, STR, "DaneZalacznika");
            String raw = data == null ? "" : data.getTextContent();
            byte[] bytes;
            if (encoding.isBlank() || "base64".equalsIgnoreCase(encoding)) {
                try {
                    bytes = decodeBase64(raw);
                } catch (IllegalArgumentException e) {
                    throw new InvalidDocumentException("Załącznik „" + name + "” nie jest poprawnie zakodowany w base64");
                }
            } else {
                throw new InvalidDocumentException("Załącznik „" + name + "” ma nieobsługiwane kodowanie: " + encoding);
            }
            String format = z.getAttribute("format");
            result.add(new InboundContent.Attachment(safeFileName(name), format.isBlank() ? null : format, bytes));
        }
        return result;
    }

    /**
     * Base64 text as forms carry it (wrapped in lines, indented): the white space is skipped, anything else that
     * is not base64 is refused ({@link IllegalArgumentException}). Works on the text's bytes: a character beyond
     * Latin-1 becomes '?', which the decoder refuses like any other stray character.
     */
    static byte[] decodeBase64(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int n = 0;
        for (byte c : b) {
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                b[n++] = c;
            }
        }
        return Base64.getDecoder().decode(n == b.length ? b : java.util.Arrays.copyOf(b, n));
    }

    /**
     * The form's readable text: everything under TrescDokumentu except attachments and signatures,
     * spaces collapsed, paragraphs (a blank line between them) kept.
     */
    private static String body(Element tresc) {
        StringBuilder sb = new StringBuilder();
        collectText(tresc, sb);
        String text = sb.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\n ?", "\n").replaceAll("\n{3,}", "\n\n").strip();
        return text.isEmpty() ? null : truncate(text, MAX_BODY_CHARS);
    }

    private static void collectText(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                if ((STR.equals(c.getNamespaceURI()) && "Zalaczniki".equals(c.getLocalName())) || DS.equals(c.getNamespaceURI())) {
                    continue;
                }
                collectText(c, sb);
                sb.append('\n');
            }
        }
    }

    static String safeFileName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        return base.isEmpty() || base.equals(".") || base.equals("..") ? "zalacznik" : truncate(base, 200);
    }

    private static Element child(Element parent, String ns, String local) {
        if (parent == null) {
            return null;
        }
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && local.equals(c.getLocalName()) && ns.equals(c.getNamespaceURI())) {
                return (Element) c;
            }
        }
        return null;
    }

    private static Element descendant(Element parent, String ns, String local) {
        if (parent == null) {
            return null;
        }
        NodeList l = parent.getElementsByTagNameNS(ns, local);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static String first(Element parent, String ns, String local) {
        return text(descendant(parent, ns, local));
    }

    private static String firstLocal(Element parent, String local) {
        NodeList l = parent.getElementsByTagNameNS("*", local);
        return l.getLength() == 0 ? null : text((Element) l.item(0));
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    private static String join(String sep, String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null || b.isBlank() ? null : b;
        }
        return b == null || b.isBlank() ? a : a + sep + b;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
