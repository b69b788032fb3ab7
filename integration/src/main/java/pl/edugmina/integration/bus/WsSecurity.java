package pl.edugmina.integration.bus;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.ws.security.wss4j.DefaultCryptoCoverageChecker;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import pl.edugmina.contracts.WsSecurityProfile;

/**
 * The service bus's side of the ePUAP WS-Security profile ({@link WsSecurityProfile}): outgoing
 * requests are signed with the system's key; incoming ones must carry a valid signature by a
 * trusted certificate covering both the Body and the Timestamp.
 */
public final class WsSecurity {

    private WsSecurity() {
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
    }
}
