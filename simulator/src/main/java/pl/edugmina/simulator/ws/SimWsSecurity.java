package pl.edugmina.simulator.ws;

import org.apache.cxf.ws.security.wss4j.DefaultCryptoCoverageChecker;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import pl.edugmina.contracts.PlatformJaxp;
import pl.edugmina.contracts.WsSecurityProfile;
import pl.edugmina.simulator.config.SimulatorSettings;

/**
 * ePUAP's side of the WS-Security profile ({@link WsSecurityProfile}): every request must carry a
 * Timestamp and an X.509 signature (BinarySecurityToken) by a certificate in the simulator's
 * truststore ({@code epuap.sim.wss.truststore} / {@code EPUAP_SIM_WSS_TRUSTSTORE}, by default the
 * application's development certificate), covering the Body and the Timestamp. Anything else gets a
 * SOAP fault from the interceptor before the endpoint is called. Action-based WSS4J interceptors:
 * the endpoints do not publish the contract's WS-Policy (see ADR 0003).
 */
public final class SimWsSecurity {

    private SimWsSecurity() {
    }

    /** Named in {@code @InInterceptors}: needs a no-argument constructor. */
    public static class VerifySignature extends WSS4JInInterceptor {
        public VerifySignature() {
            super(WsSecurityProfile.verification(WsSecurityProfile.truststore(
                    SimulatorSettings.wssTruststore(), SimulatorSettings.wssTruststorePassword())));
        }
    }

    /** Refuses a request whose signature does not cover both the Body and the Timestamp. */
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
