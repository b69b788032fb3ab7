package pl.edugmina.integration.diagnostics;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.integration.bus.CamelBootstrap;
import pl.edugmina.security.ActorService;

/** Administrator's check of the bus: a signed SOAP echo through Camel and JBossWS. */
@Stateless
public class DiagnosticsGateway {

    @Inject
    private CamelBootstrap bus;

    @Inject
    private ActorService actors;

    @Inject
    private pl.edugmina.integration.pz.TrustedProfile trustedProfile;

    @jakarta.ejb.EJB
    private pl.edugmina.audit.application.AuditService audit;

    /** What Profil Zaufany's TpUserInfo answers about a session: the name and format, never the PESEL itself. */
    public record PzUserInfo(String url, boolean found, String name, String format, boolean hasPesel, String email) {
    }

    /**
     * Checks the connection to Profil Zaufany (address, WS-Security, answer format) with a session id an
     * administrator obtained from a test login. Audited: the answer is personal data.
     */
    public PzUserInfo pzUserInfo(String tgsid) {
        var me = actors.current();
        if (!me.canAdministerUsers()) {
            throw new AccessDeniedException();
        }
        if (tgsid == null || tgsid.isBlank() || tgsid.length() > 200) {
            throw new pl.edugmina.common.ValidationException(java.util.List.of(
                    new pl.edugmina.common.ValidationException.Violation("tgsid", "validation.required")));
        }
        audit.record(me.login(), pl.edugmina.audit.domain.AuditAction.VIEW_PERSONAL_DATA, "TpUserInfo", null,
                "Sprawdzenie połączenia z Profilem Zaufanym (TpUserInfo)");
        var info = trustedProfile.userInfo(tgsid.strip());
        return info.map(i -> new PzUserInfo(trustedProfile.userInfoUrl(), true, i.identity().displayName(), i.identity().format().name(),
                        i.identity().pesel() != null, i.email()))
                .orElseGet(() -> new PzUserInfo(trustedProfile.userInfoUrl(), false, null, null, false, null));
    }

    public SoapRoundTrip soapRoundTrip(String text) {
        if (!actors.current().canAdministerUsers()) {
            throw new AccessDeniedException();
        }
        return bus.producer().requestBody(DiagnosticsRoutes.SOAP_ROUND_TRIP, text, SoapRoundTrip.class);
    }
}
