package pl.edugmina.simulator.ws;

import jakarta.jws.WebService;
import org.apache.cxf.interceptor.InInterceptors;
import pl.edugmina.simulator.store.TpService;

/**
 * Profil Zaufany's older TpSigning at {@code /epuap-sim/tpSigning} (pz.gov.pl {@code pz-services/tpSigning}):
 * the same messages and behaviour as {@link TpSigningEndpoint}, but the signature always describes the
 * signer as {@code ppzp:PodpisZP}, whatever the citizen chooses on the signing page.
 */
@WebService(endpointInterface = "pl.gov.pz.ws.signing.TpSigning", serviceName = "TpSigningService", portName = "TpSigning",
        targetNamespace = "http://signing.ws.comarch.gov")
@InInterceptors(classes = {SimWsSecurity.VerifySignature.class, SimWsSecurity.RequireSignedBodyAndTimestamp.class})
public class TpSigningLegacyEndpoint extends TpSigningEndpoint {

    @Override
    protected TpService service() {
        return TpService.TP_SIGNING;
    }
}
