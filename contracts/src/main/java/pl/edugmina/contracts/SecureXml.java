package pl.edugmina.contracts;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Parsing XML that came from outside, safely: no DTD at all (so no external or recursive
 * entities), no XInclude, no fetching of anything the document points to (schemas, stylesheets),
 * a limit on the size before parsing and on the depth of elements while parsing.
 */
public final class SecureXml {

    /** Deepest element nesting accepted; real e-forms stay well below 40. */
    public static final int MAX_DEPTH = 100;

    private static final String JDK_MAX_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    private static final String JDK_ENTITY_LIMIT = "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit";

    private SecureXml() {
    }

    /** Thrown for input that is not well-formed, too large, too deep or uses a DTD. */
    public static final class UnsafeXmlException extends Exception {
        public UnsafeXmlException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The JDK's own parser ({@code newDefaultInstance}): the limits below are its attributes, and no
     * provider lookup runs per document (in WildFly {@code newInstance()} scans the modules' service
     * files every time, a measurable part of the intake's CPU).
     */
    public static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute(JDK_MAX_DEPTH, MAX_DEPTH);
            f.setAttribute(JDK_ENTITY_LIMIT, 0);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("XML parser cannot be secured: " + e.getMessage(), e);
        }
        return f;
    }

    /** Parses {@code xml} if it is at most {@code maxBytes} long; never reaches the network or the disk. */
    public static Document parse(byte[] xml, long maxBytes) throws UnsafeXmlException {
        if (xml == null || xml.length == 0) {
            throw new UnsafeXmlException("Dokument jest pusty", null);
        }
        if (xml.length > maxBytes) {
            throw new UnsafeXmlException("Dokument ma " + xml.length + " B, więcej niż dopuszczalne " + maxBytes + " B", null);
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("Odwołanie do zasobu zewnętrznego jest niedozwolone: " + systemId);
            });
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new UnsafeXmlException(reason(e), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new UnsafeXmlException("Nie można odczytać dokumentu XML: " + e.getMessage(), e);
        }
    }

    private static String reason(SAXException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("DOCTYPE")) {
            return "Dokument zawiera deklarację DOCTYPE (DTD), niedozwoloną ze względów bezpieczeństwa";
        }
        if (m.contains("maxElementDepth") || m.contains("depth")) {
            return "Dokument ma zbyt głęboko zagnieżdżone elementy (limit " + MAX_DEPTH + ")";
        }
        return "Dokument nie jest poprawnym XML: " + m;
    }
}
