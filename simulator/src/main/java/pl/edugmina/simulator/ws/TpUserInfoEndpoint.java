package pl.edugmina.simulator.ws;

import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import org.apache.cxf.interceptor.InInterceptors;
import pl.edugmina.contracts.TrustedProfileIdentity;
import pl.edugmina.simulator.pz.PersonForm;
import pl.edugmina.simulator.pz.PzIds;
import pl.edugmina.simulator.pz.PzInvalidInput;
import pl.edugmina.simulator.store.PzSession;
import pl.edugmina.simulator.store.PzStore;
import pl.gov.pz.ws.userinfo.TpUserInfo;
import pl.gov.pz.ws.userinfo.TpUserInfoService;

import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Profil Zaufany's TpUserInfo at {@code /epuap-sim/tpUserInfo} (pz.gov.pl {@code pz-services/tpUserInfo}):
 * for the {@code tgsid} of a login simulated with {@code POST /epuap-sim/api/pz/sessions} it answers the
 * account's e-mail address and, as {@code claimedRole}, the person as {@code ppzp:PodpisZP} XML (first
 * name, surname, PESEL, ePUAP login {@code imie.nazwisko}); any other tgsid gets a {@code soap:Client}
 * fault. {@code systemOrganisationId} is not checked. Requests must be signed like ePUAP's ({@link SimWsSecurity}).
 */
@WebService(endpointInterface = "pl.gov.pz.ws.userinfo.TpUserInfoService", serviceName = "TpUserInfoServiceService",
        portName = "tpUserInfo", targetNamespace = "http://userinfo.zp.epuap.gov.pl")
@InInterceptors(classes = {SimWsSecurity.VerifySignature.class, SimWsSecurity.RequireSignedBodyAndTimestamp.class})
public class TpUserInfoEndpoint implements TpUserInfoService {

    private static final Logger LOG = Logger.getLogger(TpUserInfoEndpoint.class.getName());

    @EJB
    private PzStore store;

    @Override
    public TpUserInfo getTpUserInfo(String tgsid, String systemOrganisationId) {
        try {
            return info(tgsid, store::session);
        } catch (PzInvalidInput e) {
            LOG.fine(() -> "tpUserInfo: " + e.getMessage());
            throw PzFaults.client(e.getMessage());
        }
    }

    /** The answer for {@code tgsid}, or a {@link PzInvalidInput} if no simulated login has it. */
    static TpUserInfo info(String tgsid, Function<String, Optional<PzSession>> find) {
        if (tgsid == null || tgsid.isBlank()) {
            throw new PzInvalidInput("Nie podano identyfikatora sesji (tgsid)");
        }
        String t = tgsid.strip();
        PzSession s = (PzIds.isToken(t) ? find.apply(t) : Optional.<PzSession>empty())
                .orElseThrow(() -> new PzInvalidInput("Nieznany identyfikator sesji (tgsid): nie ma takiego "
                        + "zalogowania w symulatorze Profilu Zaufanego"));
        TpUserInfo i = new TpUserInfo();
        i.setAccountEmailAddress(s.email());
        i.setClaimedRole(identity(s).toPodpisZP());
        return i;
    }

    static TrustedProfileIdentity identity(PzSession s) {
        return new TrustedProfileIdentity(s.givenName(), s.surname(), s.pesel(),
                PersonForm.epuapAccount(s.givenName(), s.surname()), TrustedProfileIdentity.Format.PODPIS_ZP);
    }
}
