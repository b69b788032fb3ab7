package pl.edugmina.simulator.ws;

import pl.gov.epuap.wsdl.obiekty.StatusTyp;
import pl.gov.epuap.wsdl.obiekty.WyjatekTyp;

import javax.xml.XMLConstants;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

/** Conversions between the generated JAX-WS types and the simulator's. */
final class Soap {

    private Soap() {
    }

    static StatusTyp ok() {
        StatusTyp s = new StatusTyp();
        s.setKod(1);
        s.setKomunikat("OK");
        return s;
    }

    static WyjatekTyp wyjatek(int kod, String komunikat) {
        WyjatekTyp w = new WyjatekTyp();
        w.setKod(kod);
        w.setKomunikat(komunikat);
        return w;
    }

    static XMLGregorianCalendar xml(OffsetDateTime t) {
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(GregorianCalendar.from(t.toZonedDateTime()));
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime time(XMLGregorianCalendar c) {
        return c == null ? null : c.toGregorianCalendar().toZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The bytes of an XML header or body part as received (a stream as is, a DOM tree serialised). */
    static byte[] bytes(Source source) {
        if (source == null) {
            return null;
        }
        try {
            if (source instanceof StreamSource ss) {
                if (ss.getInputStream() != null) {
                    try (InputStream in = ss.getInputStream()) {
                        return in.readAllBytes();
                    }
                }
                if (ss.getReader() != null) {
                    try (Reader r = ss.getReader()) {
                        StringBuilder b = new StringBuilder();
                        char[] buf = new char[8192];
                        for (int n; (n = r.read(buf)) > 0; ) {
                            b.append(buf, 0, n);
                        }
                        return b.toString().getBytes(StandardCharsets.UTF_8);
                    }
                }
            }
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(source, new StreamResult(out));
            return out.toByteArray();
        } catch (IOException | TransformerException e) {
            throw new IllegalArgumentException("Nie można odczytać danych XML: " + e.getMessage(), e);
        }
    }

    /**
     * An xsd:anyType body part as bytes. JAXB gives the wrapper element ({@code ext:Dokument}) as a DOM
     * element: the document is its only child element (serialised with the namespaces it uses); a wrapper
     * holding anything else (text, several elements) is kept whole.
     */
    static byte[] bytes(Object any) {
        if (any == null) {
            return null;
        }
        if (any instanceof org.w3c.dom.Element e) {
            org.w3c.dom.Element only = onlyChildElement(e);
            return bytes(new DOMSource(only != null ? only : e));
        }
        if (any instanceof org.w3c.dom.Node n) {
            return bytes(new DOMSource(n));
        }
        if (any instanceof jakarta.xml.bind.JAXBElement<?> e) {
            return bytes(e.getValue());
        }
        if (any instanceof byte[] b) {
            return b;
        }
        if (any instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException("Nieobsługiwana postać dokumentu: " + any.getClass().getName());
    }

    private static org.w3c.dom.Element onlyChildElement(org.w3c.dom.Element wrapper) {
        org.w3c.dom.Element found = null;
        for (org.w3c.dom.Node c = wrapper.getFirstChild(); c != null; c = c.getNextSibling()) {
            switch (c.getNodeType()) {
                case org.w3c.dom.Node.ELEMENT_NODE -> {
                    if (found != null) {
                        return null;
                    }
                    found = (org.w3c.dom.Element) c;
                }
                case org.w3c.dom.Node.TEXT_NODE, org.w3c.dom.Node.CDATA_SECTION_NODE -> {
                    if (!c.getNodeValue().isBlank()) {
                        return null;
                    }
                }
                default -> {
                    // comments, processing instructions: ignored
                }
            }
        }
        return found;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
