package pl.edugmina.integration.diagnostics;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.jboss.ws.api.annotation.WebContext;
import pl.edugmina.integration.bus.WsSecurity;
import pl.edugmina.integration.diagnostics.ws.DiagnosticsPort;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import java.security.cert.X509Certificate;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Signed echo at {@code /ws/diagnostics}: answers only requests signed by a trusted certificate,
 * and tells who signed. Proves the bus's WS-Security set-up in every environment.
 */
@Stateless
@WebService(
        serviceName = "DiagnosticsService",
        portName = "DiagnosticsPort",
        targetNamespace = "urn:edugmina:diagnostics:1",
        endpointInterface = "pl.edugmina.integration.diagnostics.ws.DiagnosticsPort",
        wsdlLocation = "META-INF/wsdl/diagnostics.wsdl")
@WebContext(contextRoot = "/ws", urlPattern = "/diagnostics")
@InInterceptors(classes = {WsSecurity.VerifySignature.class, WsSecurity.RequireSignedBodyAndTimestamp.class})
public class DiagnosticsEndpoint implements DiagnosticsPort {

    @Resource
    private WebServiceContext context;

    @Override
    public void echo(String text, jakarta.xml.ws.Holder<String> echoed, jakarta.xml.ws.Holder<String> signer,
                     jakarta.xml.ws.Holder<XMLGregorianCalendar> receivedAt) {
        echoed.value = text;
        signer.value = signerOf(context);
        receivedAt.value = now();
    }

    @SuppressWarnings("unchecked")
    static String signerOf(WebServiceContext ctx) {
        Object results = ctx.getMessageContext().get(WSHandlerConstants.RECV_RESULTS);
        if (results instanceof List<?> list) {
            for (WSHandlerResult r : (List<WSHandlerResult>) list) {
                for (WSSecurityEngineResult er : r.getResults()) {
                    Object cert = er.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
                    if (cert instanceof X509Certificate x) {
                        return x.getSubjectX500Principal().getName();
                    }
                }
            }
        }
        // unreachable when the verifying interceptor is in place: it refuses unsigned requests
        throw new IllegalStateException("no verified signature on the request");
    }

    private static XMLGregorianCalendar now() {
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(new GregorianCalendar(TimeZone.getTimeZone("UTC")));
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
