package pl.edugmina.simulator.docs;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The simulator's certificates (poświadczenia), as plain unsigned XML in the namespace
 * {@value #NS}:
 * <ul>
 * <li>UPP (Urzędowe Poświadczenie Przedłożenia), returned by {@code skrytka.nadaj} as the
 * response's {@code zalacznik} {@code upp.xml};</li>
 * <li>UPD (Urzędowe Poświadczenie Doręczenia), put into the sender's reply inbox when the addressee
 * picks up a document sent by {@code doreczyciel.dorecz}.</li>
 * </ul>
 * Both carry the SHA-256 (Base64) of the certified document. The real ePUAP signs them (XAdES);
 * the simulator does not.
 */
public final class Receipts {

    public static final String NS = "urn:pl:edugmina:epuap-sim:poswiadczenia:1";

    private Receipts() {
    }

    public record Upp(String identyfikatorUpp, String identyfikatorDokumentu, OffsetDateTime data, String nadawca,
                      String adresSkrytki, String adresOdpowiedzi, String nazwaPliku, byte[] dokument, boolean probne) {
    }

    public record Upd(String identyfikatorDokumentu, String identyfikatorZlecenia, OffsetDateTime dataDoreczenia,
                      String adresat, String nadawca, String nazwaPliku, byte[] dokument) {
    }

    public static byte[] upp(Upp u) {
        Document d = newDocument();
        Element root = d.createElementNS(NS, "UPP");
        d.appendChild(root);
        add(root, "IdentyfikatorPoswiadczenia", u.identyfikatorUpp());
        add(root, "IdentyfikatorDokumentu", u.identyfikatorDokumentu());
        add(root, "DataPoswiadczenia", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(u.data()));
        add(root, "Nadawca", u.nadawca());
        add(root, "AdresSkrytkiAdresata", u.adresSkrytki());
        if (u.adresOdpowiedzi() != null) {
            add(root, "AdresOdpowiedzi", u.adresOdpowiedzi());
        }
        add(root, "NazwaPliku", u.nazwaPliku());
        add(root, "SkrotDokumentu", Skrot.sha256(u.dokument())).setAttribute("algorytm", "SHA-256");
        add(root, "Probne", Boolean.toString(u.probne()));
        return serialize(d);
    }

    public static byte[] upd(Upd u) {
        Document d = newDocument();
        Element root = d.createElementNS(NS, "UPD");
        d.appendChild(root);
        add(root, "IdentyfikatorDokumentu", u.identyfikatorDokumentu());
        add(root, "IdentyfikatorZlecenia", u.identyfikatorZlecenia());
        add(root, "DataDoreczenia", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(u.dataDoreczenia()));
        add(root, "Adresat", u.adresat());
        add(root, "Nadawca", u.nadawca());
        add(root, "NazwaPliku", u.nazwaPliku());
        add(root, "SkrotDokumentu", Skrot.sha256(u.dokument())).setAttribute("algorytm", "SHA-256");
        return serialize(d);
    }

    private static Element add(Element parent, String name, String value) {
        Element e = parent.getOwnerDocument().createElementNS(NS, name);
        e.setTextContent(value == null ? "" : value);
        parent.appendChild(e);
        return e;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] serialize(Document d) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(d), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
