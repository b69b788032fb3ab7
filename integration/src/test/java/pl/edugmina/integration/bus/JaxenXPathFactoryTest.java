package pl.edugmina.integration.bus;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Jaxen engine given to EU DSS answers as the JDK's engine does, for the kinds of expressions DSS
 * evaluates on a XAdES signature (relative paths from the signature, id look-ups, counts, string values,
 * namespaces), and offers no function that could fetch anything.
 */
class JaxenXPathFactoryTest {

    private static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    private static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";

    private static final String DOC = """
            <?xml version="1.0" encoding="UTF-8"?>
            <wnio:Dokument xmlns:wnio="http://crd.gov.pl/wzor/2017/10/24/4566/" xmlns:str="http://crd.gov.pl/xml/schematy/struktura/2009/11/16/">
              <wnio:TrescDokumentu><wnio:Tytul>Pismo</wnio:Tytul></wnio:TrescDokumentu>
              <str:Zalaczniki><str:Zalacznik nazwaPliku="a.pdf">QUJD</str:Zalacznik><str:Zalacznik nazwaPliku="b.pdf">REVG</str:Zalacznik></str:Zalaczniki>
              <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Id="sig-1">
                <ds:SignedInfo>
                  <ds:Reference Id="r-1" URI=""><ds:DigestValue>AAA=</ds:DigestValue></ds:Reference>
                  <ds:Reference Id="r-2" Type="http://uri.etsi.org/01903#SignedProperties" URI="#xades-sig-1"><ds:DigestValue>BBB=</ds:DigestValue></ds:Reference>
                </ds:SignedInfo>
                <ds:SignatureValue Id="v-1">CCC=</ds:SignatureValue>
                <ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIB</ds:X509Certificate><ds:X509Certificate>MIIC</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
                <ds:Object><xades:QualifyingProperties xmlns:xades="http://uri.etsi.org/01903/v1.3.2#" Target="#sig-1">
                  <xades:SignedProperties Id="xades-sig-1"><xades:SignedSignatureProperties>
                    <xades:SigningTime>2026-11-27T10:00:00Z</xades:SigningTime>
                  </xades:SignedSignatureProperties></xades:SignedProperties>
                </xades:QualifyingProperties></ds:Object>
              </ds:Signature>
            </wnio:Dokument>
            """;

    private static final List<String> NODE_SETS = List.of(
            "//ds:Signature",
            "./ds:SignedInfo/ds:Reference",
            "./ds:KeyInfo/ds:X509Data/ds:X509Certificate",
            "./ds:Object/xades:QualifyingProperties/xades:SignedProperties/xades:SignedSignatureProperties/xades:SigningTime",
            "//*[@Id='xades-sig-1']",
            "./ds:SignedInfo/ds:Reference[@Type='http://uri.etsi.org/01903#SignedProperties']",
            "./ds:Object/xades:QualifyingProperties/xades:UnsignedProperties/xades:UnsignedSignatureProperties/*",
            "ancestor::*",
            "..//str:Zalacznik[2]",
            "./*");

    private static final List<String> VALUES = List.of(
            "count(./ds:SignedInfo/ds:Reference)",
            "count(./ds:Object/xades:QualifyingProperties/xades:UnsignedProperties)",
            "string(./ds:SignatureValue)",
            "normalize-space(./ds:Object//xades:SigningTime)",
            "./ds:SignedInfo/ds:Reference[1]/@URI",
            "concat(local-name(..), '/', namespace-uri(.))",
            "boolean(./ds:KeyInfo)",
            "sum(//ds:Reference/@Id[false()]) + 2 * 3",
            "starts-with(@Id, 'sig') and not(contains(@Id, 'x'))",
            "substring-after(./ds:SignedInfo/ds:Reference[2]/@URI, '#')");

    @Test
    void answersAsTheJdksEngineDoesForSignatureQueries() throws Exception {
        Document doc = parse(DOC);
        Node signature = doc.getElementsByTagNameNS(DS, "Signature").item(0);
        XPath jdk = withNamespaces(XPathFactory.newDefaultInstance().newXPath());
        XPath jaxen = withNamespaces(new JaxenXPathFactory().newXPath());
        for (String expression : NODE_SETS) {
            assertThat(nodes(jaxen, expression, signature)).as(expression).isEqualTo(nodes(jdk, expression, signature));
            assertThat(jaxen.compile(expression).evaluate(signature, XPathConstants.NODE)).as(expression)
                    .isSameAs(jdk.compile(expression).evaluate(signature, XPathConstants.NODE));
        }
        assertThat(nodes(jaxen, "./ds:SignedInfo/ds:Reference", signature)).hasSize(2);
        for (String expression : VALUES) {
            for (QName type : List.of(XPathConstants.STRING, XPathConstants.NUMBER, XPathConstants.BOOLEAN)) {
                assertThat(jaxen.compile(expression).evaluate(signature, type)).as(expression + " as " + type)
                        .isEqualTo(jdk.compile(expression).evaluate(signature, type));
            }
        }
        assertThat(jaxen.evaluate("count(./ds:SignedInfo/ds:Reference)", signature, XPathConstants.NUMBER)).isEqualTo(2.0);
        assertThat(jaxen.evaluate("./ds:Object//xades:SigningTime", signature)).isEqualTo("2026-11-27T10:00:00Z");
    }

    @Test
    void refusesWhatTheJdkRefuses() throws Exception {
        Document doc = parse(DOC);
        XPath jaxen = withNamespaces(new JaxenXPathFactory().newXPath());
        assertThatThrownBy(() -> jaxen.compile("//ds:Signature[")).isInstanceOf(XPathExpressionException.class);
        assertThatThrownBy(() -> jaxen.evaluate("//nieznany:Element", doc, XPathConstants.NODESET))
                .isInstanceOf(XPathExpressionException.class);
        assertThatThrownBy(() -> jaxen.evaluate("count(//ds:Reference)", doc, XPathConstants.NODESET))
                .isInstanceOf(XPathExpressionException.class);
    }

    @Test
    void hasNoFunctionThatFetchesOrEvaluatesBeyondXPathOne() throws Exception {
        Document doc = parse(DOC);
        XPath jaxen = withNamespaces(new JaxenXPathFactory().newXPath());
        for (String call : List.of("document('http://127.0.0.1:9/x.xml')", "evaluate('//ds:Signature')", "lower-case('A')")) {
            assertThatThrownBy(() -> jaxen.evaluate(call, doc, XPathConstants.NODESET)).as(call)
                    .isInstanceOf(XPathExpressionException.class);
        }
    }

    @Test
    void variablesComeFromTheResolver() throws Exception {
        Document doc = parse(DOC);
        XPath jaxen = withNamespaces(new JaxenXPathFactory().newXPath());
        jaxen.setXPathVariableResolver(name -> "id".equals(name.getLocalPart()) ? "sig-1" : null);
        assertThat(jaxen.evaluate("count(//ds:Signature[@Id = $id])", doc, XPathConstants.NUMBER)).isEqualTo(1.0);
        assertThatThrownBy(() -> jaxen.evaluate("count(//ds:Signature[@Id = $other])", doc, XPathConstants.NUMBER))
                .isInstanceOf(XPathExpressionException.class);
    }

    @Test
    void dssTakesJaxenWhenInstalledBeforeItLoads() throws Exception {
        // a class loader of its own, so that DSS's DomUtils loads afresh whatever other tests loaded before
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        try (URLClassLoader fresh = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> installer = Class.forName(XPathForSignatures.class.getName(), true, fresh);
            assertThat(installer.getMethod("install").invoke(null)).isEqualTo(true);
            assertThat(installer.getMethod("active").invoke(null)).isEqualTo(true);
            // and the rest of the JVM keeps the JDK's engine
            assertThat(XPathFactory.newInstance().getClass().getName()).doesNotContain("Jaxen");
        }
    }

    private static List<Node> nodes(XPath xpath, String expression, Node context) throws XPathExpressionException {
        NodeList list = (NodeList) xpath.compile(expression).evaluate(context, XPathConstants.NODESET);
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i));
        }
        return out;
    }

    private static XPath withNamespaces(XPath xpath) {
        Map<String, String> ns = Map.of("ds", DS, "xades", XADES, "str", "http://crd.gov.pl/xml/schematy/struktura/2009/11/16/");
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return ns.getOrDefault(prefix, "");
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
        return xpath;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.strip().getBytes(StandardCharsets.UTF_8)));
    }
}
