package pl.edugmina.integration.bus;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.ws.security.wss4j.DefaultCryptoCoverageChecker;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;

import java.util.HashMap;
import java.util.Map;

/**
 * The one WS-Security profile of the service bus, as ePUAP requires it (see the integrator's
 * sign-policy.wsdl): X.509 BinarySecurityToken, a Timestamp, and an RSA-SHA256 signature over the
 * Body and the Timestamp with exclusive canonicalisation. Outgoing requests are signed with the
 * system's key; incoming ones must carry a valid signature by a trusted certificate covering both.
 */
public final class WsSecurity {

    public static final String SIGNED_PARTS =
            "{Element}{http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd}Timestamp;"
            + "{Element}{http://schemas.xmlsoap.org/soap/envelope/}Body";
    private static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    private static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    private static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";

    private WsSecurity() {
    }

    /** Signs every request that {@code port} (a JAX-WS client proxy) sends. */
    public static void signRequests(Object port, WsSecuritySettings settings) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
        p.put(ConfigurationConstants.USER, settings.keyAlias());
        p.put(ConfigurationConstants.SIG_PROP_REF_ID, "edugmina.signingCrypto");
        p.put("edugmina.signingCrypto", settings.signingCrypto());
        p.put(ConfigurationConstants.PW_CALLBACK_REF, settings.keyPasswordCallback());
        p.put(ConfigurationConstants.SIG_KEY_ID, "DirectReference");
        p.put(ConfigurationConstants.SIGNATURE_PARTS, SIGNED_PARTS);
        p.put(ConfigurationConstants.SIG_ALGO, RSA_SHA256);
        p.put(ConfigurationConstants.SIG_DIGEST_ALGO, SHA256);
        p.put(ConfigurationConstants.SIG_C14N_ALGO, EXC_C14N);
        p.put(ConfigurationConstants.MUST_UNDERSTAND, "true");
        Client client = ClientProxy.getClient(port);
        client.getOutInterceptors().add(new WSS4JOutInterceptor(p));
    }

    /** Verification settings for endpoints: signature by a trusted certificate, timestamp fresh. */
    static Map<String, Object> verification(WsSecuritySettings settings) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
        p.put(ConfigurationConstants.SIG_VER_PROP_REF_ID, "edugmina.verificationCrypto");
        p.put("edugmina.verificationCrypto", settings.verificationCrypto());
        p.put(ConfigurationConstants.SIG_ALGO, RSA_SHA256);
        p.put(ConfigurationConstants.SIG_DIGEST_ALGO, SHA256);
        p.put(ConfigurationConstants.TTL_TIMESTAMP, "300");
        p.put(ConfigurationConstants.ENABLE_REVOCATION, "false");
        p.put(ConfigurationConstants.IS_BSP_COMPLIANT, "true");
        return p;
    }

    /** In-interceptor for endpoints (named in {@code @InInterceptors}: needs a no-argument constructor). */
    public static class VerifySignature extends WSS4JInInterceptor {
        public VerifySignature() {
            super(verification(new WsSecuritySettings()));
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
