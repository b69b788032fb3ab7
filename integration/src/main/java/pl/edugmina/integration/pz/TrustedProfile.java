package pl.edugmina.integration.pz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import pl.edugmina.contracts.TrustedProfileIdentity;
import pl.edugmina.integration.bus.WsSecurity;
import pl.edugmina.integration.bus.WsSecuritySettings;
import pl.gov.pz.ws.signing.TpSigning;
import pl.gov.pz.ws.userinfo.TpUserInfo;
import pl.gov.pz.ws.userinfo.TpUserInfoService;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The Profil Zaufany adapter: TpSigning5 (a document goes to signing, the citizen signs at the
 * provider, the signed document is fetched back) and TpUserInfo (who a Profil Zaufany session
 * belongs to). Clients generated from the contracts' WSDLs, every request signed with the system's
 * certificate like the ePUAP ones. Faults and transport failures become {@link TrustedProfileException}
 * with a message a citizen can read.
 */
@ApplicationScoped
public class TrustedProfile {

    private static final Logger LOG = Logger.getLogger(TrustedProfile.class.getName());

    @Inject
    private PzSettings settings;

    @Inject
    private WsSecuritySettings wss;

    private final Map<String, Object> ports = new ConcurrentHashMap<>();

    /**
     * The provider refused or could not be reached; {@link #getMessage()} is for the user (Polish). An
     * application exception: it reaches the caller as is through EJB boundaries (nothing to roll back).
     */
    @jakarta.ejb.ApplicationException
    public static class TrustedProfileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TrustedProfileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Sends {@code document} to signing; returns the address to send the citizen's browser to (also the document's id at the provider). */
    public String addDocumentToSigning(byte[] document, String successUrl, String failureUrl, String additionalInfo) {
        try {
            String url = signing().addDocumentToSigning(document, successUrl, failureUrl, additionalInfo);
            if (url == null || url.isBlank()) {
                throw new TrustedProfileException("Profil Zaufany nie zwrócił adresu strony podpisu", null);
            }
            return url.strip();
        } catch (SOAPFaultException e) {
            throw refused("przyjęcia dokumentu do podpisu", e);
        } catch (WebServiceException e) {
            throw unreachable(e);
        }
    }

    /** The signed document behind {@code id} (the address {@link #addDocumentToSigning} returned). */
    public byte[] getSignedDocument(String id) {
        try {
            byte[] doc = signing().getSignedDocument(id);
            if (doc == null || doc.length == 0) {
                throw new TrustedProfileException("Profil Zaufany nie zwrócił podpisanego dokumentu", null);
            }
            return doc;
        } catch (SOAPFaultException e) {
            throw refused("wydania podpisanego dokumentu", e);
        } catch (WebServiceException e) {
            throw unreachable(e);
        }
    }

    /** Who the Profil Zaufany session {@code tgsid} belongs to; empty if the provider describes no person. */
    public Optional<UserInfo> userInfo(String tgsid) {
        try {
            TpUserInfo info = userInfoPort().getTpUserInfo(tgsid, "0");
            if (info == null) {
                return Optional.empty();
            }
            return TrustedProfileIdentity.fromXml(info.getClaimedRole()).map(id -> new UserInfo(id, info.getAccountEmailAddress()));
        } catch (SOAPFaultException e) {
            throw refused("wydania danych użytkownika", e);
        } catch (WebServiceException e) {
            throw unreachable(e);
        }
    }

    public record UserInfo(TrustedProfileIdentity identity, String email) {
    }

    public String userInfoUrl() {
        return settings.userInfoUrl();
    }

    private TrustedProfileException refused(String what, SOAPFaultException e) {
        String reason = e.getFault() == null ? null : e.getFault().getFaultString();
        LOG.info(() -> "EDU-BUS-070 Profil Zaufany refused " + what + ": " + reason);
        return new TrustedProfileException("Profil Zaufany odmówił " + what + (reason == null ? "" : ": " + reason), e);
    }

    private TrustedProfileException unreachable(WebServiceException e) {
        LOG.warning(() -> "EDU-BUS-071 Profil Zaufany unreachable: " + e);
        return new TrustedProfileException("Profil Zaufany jest chwilowo niedostępny; spróbuj ponownie za kilka minut", e);
    }

    TpSigning signing() {
        return port(TpSigning.class, "http://signing.ws.comarch.gov", "TpSigningService", "TpSigning", settings.signingUrl());
    }

    TpUserInfoService userInfoPort() {
        return port(TpUserInfoService.class, "http://userinfo.zp.epuap.gov.pl", "TpUserInfoServiceService", "tpUserInfo",
                settings.userInfoUrl());
    }

    private <T> T port(Class<T> type, String ns, String serviceName, String portName, String address) {
        return type.cast(ports.computeIfAbsent(type.getName() + " " + address, k -> WsSecurity.signedPort(type, ns, serviceName, portName,
                address, settings.connectTimeoutMs(), settings.receiveTimeoutMs(), wss)));
    }
}
