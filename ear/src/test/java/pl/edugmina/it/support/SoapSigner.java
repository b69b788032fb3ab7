package pl.edugmina.it.support;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

/**
 * An independent WS-Security (X.509 token profile) implementation built only on the JDK's
 * javax.xml.crypto.dsig API: a SOAP 1.1 envelope with a wsse:Security header holding a
 * wsu:Timestamp, an X.509 BinarySecurityToken and a ds:Signature (RSA-SHA256, SHA-256 digests,
 * exclusive c14n) over the Body and the Timestamp by wsu:Id, its KeyInfo a
 * SecurityTokenReference pointing at the token. Deliberately shares no code with the server's
 * WSS4J set-up, so that the test proves interoperability, not agreement with itself.
 */
public final class SoapSigner {

    public static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    public static final String WSU_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    public static final String X509V3 = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3";
    public static final String BASE64 = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";
    public static final String SERVICE_NS = "urn:edugmina:diagnostics:1";
    private static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

    private final PrivateKey key;
    private final X509Certificate certificate;

    private SoapSigner(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    public static SoapSigner fromPkcs12(Path file, String alias, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            PrivateKey key = (PrivateKey) ks.getKey(alias, password);
            X509Certificate cert = (X509Certificate) ks.getCertificate(alias);
            if (key == null || cert == null) {
                throw new IllegalArgumentException("no key entry '" + alias + "' in " + file);
            }
            return new SoapSigner(key, cert);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load " + file, e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The unsigned echo request (no Security header at all). */
    public static String unsignedEcho(String text) {
        return serialize(parse(envelope(text, false)));
    }

    /** A signed echo request, as a DOM (to tamper with before serializing). */
    public Document signedEcho(String text) {
        return signedEcho(text, Instant.now(), true);
    }

    /**
     * A signed echo request with a Timestamp created at {@code created} (valid 5 minutes), signing
     * the Timestamp too unless {@code signTimestamp} is false (then only the Body is signed).
     */
    public Document signedEcho(String text, Instant createdAt, boolean signTimestamp) {
        return signedEcho(text, createdAt, signTimestamp, true);
    }

    /** As {@link #signedEcho(String, Instant, boolean)}, leaving the Body out of the signature if {@code signBody} is false. */
    public Document signedEcho(String text, Instant createdAt, boolean signTimestamp, boolean signBody) {
        Document doc = parse(envelope(text, true));
        Element security = (Element) doc.getElementsByTagNameNS(WSSE_NS, "Security").item(0);
        Element timestamp = (Element) doc.getElementsByTagNameNS(WSU_NS, "Timestamp").item(0);
        Element token = (Element) doc.getElementsByTagNameNS(WSSE_NS, "BinarySecurityToken").item(0);
        Element body = (Element) doc.getElementsByTagNameNS(SOAP_NS, "Body").item(0);

        Instant created = createdAt.truncatedTo(ChronoUnit.MILLIS);
        setText(doc, timestamp, "Created", created);
        setText(doc, timestamp, "Expires", created.plus(Duration.ofMinutes(5)));
        try {
            token.setTextContent(Base64.getEncoder().encodeToString(certificate.getEncoded()));
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        // wsu:Id is not a DTD/schema ID: tell the DOM so that the dereferencer finds "#id"
        for (Element e : List.of(timestamp, token, body)) {
            e.setIdAttributeNS(WSU_NS, "Id", true);
        }

        try {
            XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
            DigestMethod sha256 = f.newDigestMethod(DigestMethod.SHA256, null);
            List<Transform> excC14n = List.of(f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null));
            Reference toBody = f.newReference("#" + body.getAttributeNS(WSU_NS, "Id"), sha256, excC14n, null, null);
            Reference toTimestamp = f.newReference("#" + timestamp.getAttributeNS(WSU_NS, "Id"), sha256, excC14n, null, null);
            SignedInfo signedInfo = f.newSignedInfo(
                    f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    f.newSignatureMethod(RSA_SHA256, null),
                    signTimestamp && signBody ? List.of(toTimestamp, toBody) : signBody ? List.of(toBody) : List.of(toTimestamp));

            Element str = doc.createElementNS(WSSE_NS, "wsse:SecurityTokenReference");
            str.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:wsse", WSSE_NS);
            Element ref = doc.createElementNS(WSSE_NS, "wsse:Reference");
            ref.setAttributeNS(null, "URI", "#" + token.getAttributeNS(WSU_NS, "Id"));
            ref.setAttributeNS(null, "ValueType", X509V3);
            str.appendChild(ref);
            KeyInfoFactory kif = f.getKeyInfoFactory();
            KeyInfo keyInfo = kif.newKeyInfo(List.of(new DOMStructure(str)), "KI-1");

            XMLSignature signature = f.newXMLSignature(signedInfo, keyInfo, null, "SIG-1", null);
            DOMSignContext ctx = new DOMSignContext(key, security);
            ctx.setDefaultNamespacePrefix("ds");
            signature.sign(ctx);
        } catch (Exception e) {
            throw new IllegalStateException("signing failed", e);
        }
        return doc;
    }

    private static void setText(Document doc, Element timestamp, String child, Instant value) {
        Node n = timestamp.getElementsByTagNameNS(WSU_NS, child).item(0);
        n.setTextContent(DateTimeFormatter.ISO_INSTANT.format(value));
    }

    private static String envelope(String text, boolean secured) {
        String header = !secured ? "" : """
                <soapenv:Header>\
                <wsse:Security xmlns:wsse="%s" xmlns:wsu="%s" soapenv:mustUnderstand="1">\
                <wsu:Timestamp wsu:Id="TS-1"><wsu:Created/><wsu:Expires/></wsu:Timestamp>\
                <wsse:BinarySecurityToken EncodingType="%s" ValueType="%s" wsu:Id="X509-1"/>\
                </wsse:Security>\
                </soapenv:Header>""".formatted(WSSE_NS, WSU_NS, BASE64, X509V3);
        return """
                <?xml version="1.0" encoding="UTF-8"?>\
                <soapenv:Envelope xmlns:soapenv="%s">%s\
                <soapenv:Body xmlns:wsu="%s" wsu:Id="id-body">\
                <d:echo xmlns:d="%s"><d:text>%s</d:text></d:echo>\
                </soapenv:Body></soapenv:Envelope>""".formatted(SOAP_NS, header, WSU_NS, SERVICE_NS, escape(text));
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return dbf.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("not XML: " + xml, e);
        }
    }

    public static String serialize(Document doc) {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text of the first element {@code {ns}localName}, or null. */
    public static String text(Document doc, String ns, String localName) {
        NodeList list = doc.getElementsByTagNameNS(ns, localName);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
