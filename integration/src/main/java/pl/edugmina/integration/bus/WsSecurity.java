package pl.edugmina.integration.bus;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.ws.security.wss4j.DefaultCryptoCoverageChecker;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import pl.edugmina.contracts.PlatformJaxp;
import pl.edugmina.contracts.WsSecurityProfile;

/**
 * The service bus's side of the ePUAP WS-Security profile ({@link WsSecurityProfile}): outgoing
 * requests are signed with the system's key; incoming ones must carry a valid signature by a
 * trusted certificate covering both the Body and the Timestamp.
 */
public final class WsSecurity {

    private WsSecurity() {
    }

    /**
     * A client of {@code type} at {@code address}, built from the interface's annotations (not from a WSDL,
     * so CXF's policy engine does not reinterpret a contract's policy), with the timeouts and every request
     * signed.
     */
    public static <T> T signedPort(Class<T> type, String ns, String serviceName, String portName, String address,
                                   int connectTimeoutMs, int receiveTimeoutMs, WsSecuritySettings settings) {
        javax.xml.namespace.QName portQName = new javax.xml.namespace.QName(ns, portName);
        jakarta.xml.ws.Service service = jakarta.xml.ws.Service.create(new javax.xml.namespace.QName(ns, serviceName));
        service.addPort(portQName, jakarta.xml.ws.soap.SOAPBinding.SOAP11HTTP_BINDING, address);
        T port = service.getPort(portQName, type);
        java.util.Map<String, Object> rc = ((jakarta.xml.ws.BindingProvider) port).getRequestContext();
        rc.put(jakarta.xml.ws.BindingProvider.ENDPOINT_ADDRESS_PROPERTY, address);
        rc.put("jakarta.xml.ws.client.connectionTimeout", connectTimeoutMs);
        rc.put("jakarta.xml.ws.client.receiveTimeout", receiveTimeoutMs);
        signRequests(port, settings);
        return port;
    }

    /** Signs every request that {@code port} (a JAX-WS client proxy) sends. */
    public static void signRequests(Object port, WsSecuritySettings settings) {
        Client client = ClientProxy.getClient(port);
        client.getOutInterceptors().add(new WSS4JOutInterceptor(
                WsSecurityProfile.signing(settings.signingCrypto(), settings.keyAlias(), settings.keyPasswordCallback())));
    }

    /** In-interceptor for endpoints (named in {@code @InInterceptors}: needs a no-argument constructor). */
    public static class VerifySignature extends WSS4JInInterceptor {
        public VerifySignature() {
            super(WsSecurityProfile.verification(new WsSecuritySettings().verificationCrypto()));
        }
    }

    /** Refuses a request whose signature does not cover the Body and the Timestamp. */
    public static class RequireSignedBodyAndTimestamp extends DefaultCryptoCoverageChecker {
        public RequireSignedBodyAndTimestamp() {
            super();
            setSignBody(true);
            setSignTimestamp(true);
            setSignAddressingHeaders(false);
        }

        /** The check evaluates XPath expressions: the JDK's XPathFactory, found without a provider look-up ({@link PlatformJaxp}). */
        @Override
        public void handleMessage(org.apache.cxf.binding.soap.SoapMessage message) {
            PlatformJaxp.run(() -> super.handleMessage(message));
        }
    }
}
