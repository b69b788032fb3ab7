package pl.edugmina.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.Server;
import pl.edugmina.it.support.SoapSigner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.edugmina.it.support.SoapSigner.SERVICE_NS;
import static pl.edugmina.it.support.SoapSigner.SOAP_NS;

/**
 * The signed diagnostics echo as an integrator sees it: requests signed (here, with the JDK's own
 * XML signature API, independent of the server's WSS4J) by the trusted system certificate are
 * answered; anything unsigned, signed by an unknown key, or altered after signing is refused.
 */
class SoapSignatureIT extends DeployedApplication {

    private static final URI ENDPOINT = Server.APP.resolve("ws/diagnostics");
    private static final String SYSTEM_DN = "CN=EduGmina system (development certificate),O=EduGmina,L=Lublin,C=PL";



    private static SoapSigner trusted() {
        return SoapSigner.fromPkcs12(Path.of(System.getProperty("edugmina.keystores"), "edugmina-wss.p12"),
                "edugmina", "changeit".toCharArray());
    }

    private static SoapSigner untrusted() {
        try {
            // a self-signed key the server has never heard of (test resource)
            Path file = Path.of(SoapSignatureIT.class.getResource("/untrusted.p12").toURI());
            return SoapSigner.fromPkcs12(file, "intruder", "changeit".toCharArray());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void requestSignedByTrustedKeyIsEchoedWithSigner() throws Exception {
        String text = "Zażółć gęślą jaźń " + System.nanoTime();
        HttpResponse<String> r = send(SoapSigner.serialize(trusted().signedEcho(text)));

        assertThat(r.statusCode()).as(r.body() + "\n" + Server.logTail(40)).isEqualTo(200);
        Document response = SoapSigner.parse(r.body());
        assertThat(SoapSigner.text(response, SOAP_NS, "Fault")).as(r.body()).isNull();
        assertThat(SoapSigner.text(response, SERVICE_NS, "echoed")).as(r.body()).isEqualTo(text);
        assertThat(SoapSigner.text(response, SERVICE_NS, "signer")).as(r.body()).isEqualTo(SYSTEM_DN);
        assertThat(SoapSigner.text(response, SERVICE_NS, "receivedAt")).as(r.body()).isNotBlank();
    }

    @Test
    void requestSignedByUntrustedKeyIsRefused() throws Exception {
        String text = "intruder " + System.nanoTime();
        assertRefused(send(SoapSigner.serialize(untrusted().signedEcho(text))), text);
    }

    @Test
    void bodyModifiedAfterSigningIsRefused() throws Exception {
        String text = "original " + System.nanoTime();
        Document signed = trusted().signedEcho(text);
        Element textElement = (Element) signed.getElementsByTagNameNS(SERVICE_NS, "text").item(0);
        String forged = "forged " + System.nanoTime();
        textElement.setTextContent(forged);
        HttpResponse<String> r = send(SoapSigner.serialize(signed));
        assertRefused(r, forged);
        assertThat(r.body()).doesNotContain(text);
    }

    @Test
    void signedBodyMovedAsideForAForgedOneNeverServesTheForgedText() throws Exception {
        // signature wrapping: the signed Body (still found by its wsu:Id) goes into a header element and a
        // forged Body takes its place
        String text = "original " + System.nanoTime();
        Document signed = trusted().signedEcho(text);
        Element envelope = signed.getDocumentElement();
        Element body = (Element) signed.getElementsByTagNameNS(SOAP_NS, "Body").item(0);
        Element header = (Element) signed.getElementsByTagNameNS(SOAP_NS, "Header").item(0);
        Element wrapper = signed.createElementNS("urn:example:wrapper", "w:Wrapper");
        header.appendChild(wrapper);
        wrapper.appendChild(body);
        Element forgedBody = (Element) body.cloneNode(true);
        forgedBody.removeAttributeNS(SoapSigner.WSU_NS, "Id");
        String forged = "forged " + System.nanoTime();
        forgedBody.getElementsByTagNameNS(SERVICE_NS, "text").item(0).setTextContent(forged);
        envelope.appendChild(forgedBody);
        HttpResponse<String> r = send(SoapSigner.serialize(signed));
        // what a user of the service notices: the forged text never reaches it. WildFly's CXF answers with the
        // signed text (it reads the signed Body) or refuses the request; either way nothing forged is echoed
        assertThat(r.body()).doesNotContain(forged);
        if (r.statusCode() == 200) {
            assertThat(SoapSigner.text(SoapSigner.parse(r.body()), SERVICE_NS, "echoed")).isEqualTo(text);
        } else {
            assertRefused(r, forged);
        }
    }

    @Test
    void forgedBodyHiddenInAHeaderBeforeTheSignedOneIsRefused() throws Exception {
        // the other way round: the signed Body stays where it is, an unsigned forged Body waits in a header
        String text = "original " + System.nanoTime();
        Document signed = trusted().signedEcho(text);
        Element body = (Element) signed.getElementsByTagNameNS(SOAP_NS, "Body").item(0);
        Element header = (Element) signed.getElementsByTagNameNS(SOAP_NS, "Header").item(0);
        Element forgedBody = (Element) body.cloneNode(true);
        forgedBody.removeAttributeNS(SoapSigner.WSU_NS, "Id");
        String forged = "forged " + System.nanoTime();
        forgedBody.getElementsByTagNameNS(SERVICE_NS, "text").item(0).setTextContent(forged);
        Element wrapper = signed.createElementNS("urn:example:wrapper", "w:Wrapper");
        wrapper.appendChild(forgedBody);
        header.insertBefore(wrapper, header.getFirstChild());
        assertRefused(send(SoapSigner.serialize(signed)), forged);
    }

    @Test
    void expiredTimestampIsRefused() throws Exception {
        String text = "stale " + System.nanoTime();
        Document signed = trusted().signedEcho(text, Instant.now().minus(Duration.ofMinutes(20)), true);
        assertRefused(send(SoapSigner.serialize(signed)), text);
    }

    @Test
    void signatureNotCoveringTheTimestampIsRefused() throws Exception {
        String text = "body only " + System.nanoTime();
        assertRefused(send(SoapSigner.serialize(trusted().signedEcho(text, Instant.now(), false))), text);
    }

    @Test
    void signatureNotCoveringTheBodyIsRefused() throws Exception {
        String text = "timestamp only " + System.nanoTime();
        assertRefused(send(SoapSigner.serialize(trusted().signedEcho(text, Instant.now(), true, false))), text);
    }

    @Test
    void unsignedRequestIsRefused() throws Exception {
        String text = "unsigned " + System.nanoTime();
        assertRefused(send(SoapSigner.unsignedEcho(text)), text);
    }

    @Test
    void serverSideClientSignsAndEchoesForAdmin() {
        String text = "round trip " + System.nanoTime();
        JsonObject r = Api.as("admin").post("/api/admin/diagnostics/soap-round-trip",
                text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8").expect(200).obj();
        assertThat(r.getString("echoed")).isEqualTo(text);
        assertThat(r.getString("signer")).contains("CN=EduGmina system");
        assertThat(r.getString("endpoint")).contains("/ws/diagnostics");
        assertThat(r.getJsonNumber("millis").longValue()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void serverSideRoundTripIsForAdminsOnly() {
        Api.Response r = Api.as("referent").post("/api/admin/diagnostics/soap-round-trip",
                "x".getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8").expect(403);
        assertThat(r.contentType()).contains("application/json");
        assertThat(r.obj().getString("message")).isNotBlank();
    }

    private static void assertRefused(HttpResponse<String> r, String text) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
        assertThat(r.body()).as("no internals in the fault").doesNotContain("at org.", "at java.", "Exception:");
        Document response = SoapSigner.parse(r.body());
        assertThat(response.getElementsByTagNameNS(SOAP_NS, "Fault").getLength()).as(r.body()).isEqualTo(1);
        assertThat(SoapSigner.text(response, SERVICE_NS, "echoResponse")).isNull();
        assertThat(r.body()).doesNotContain(text);
    }

    private static HttpResponse<String> send(String envelope) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(ENDPOINT)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:edugmina:diagnostics:1:echo\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
