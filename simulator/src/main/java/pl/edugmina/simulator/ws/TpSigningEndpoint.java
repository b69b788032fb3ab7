package pl.edugmina.simulator.ws;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import org.apache.cxf.interceptor.InInterceptors;
import pl.edugmina.simulator.config.SimulatorSettings;
import pl.edugmina.simulator.pz.PzIds;
import pl.edugmina.simulator.pz.PzInvalidInput;
import pl.edugmina.simulator.pz.PzRequests;
import pl.edugmina.simulator.store.PzStore;
import pl.edugmina.simulator.store.TpService;
import pl.gov.pz.ws.signing.TpSigning;

import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Profil Zaufany's TpSigning5 at {@code /epuap-sim/tpSigning5} (pz.gov.pl {@code ep-services/tpSigning5}).
 * {@code addDocumentToSigning} keeps the document (required, at most 10 MB, well-formed XML without a
 * DTD) with the return addresses (absolute http/https) and answers the URL of the simulator's signing page,
 * {@code <base>/epuap-sim/pz/podpis/<id>} ({@code <base>}: {@code epuap.sim.public-url} /
 * {@code EPUAP_SIM_PUBLIC_URL}, else the request's {@code scheme://host:port}), where the citizen's
 * browser goes. {@code getSignedDocument} takes that URL back (or the bare id) and answers the signed
 * document once the citizen has signed it; before that, after a cancel or for an unknown id it answers a
 * {@code soap:Client} fault saying which. The signer is described in the signature as EPSignature unless
 * the citizen chose PodpisZP. Requests must be signed like ePUAP's ({@link SimWsSecurity}).
 */
@WebService(endpointInterface = "pl.gov.pz.ws.signing.TpSigning", serviceName = "TpSigningService", portName = "TpSigning",
        targetNamespace = "http://signing.ws.comarch.gov")
@InInterceptors(classes = {SimWsSecurity.VerifySignature.class, SimWsSecurity.RequireSignedBodyAndTimestamp.class})
public class TpSigningEndpoint implements TpSigning {

    private static final Logger LOG = Logger.getLogger(TpSigningEndpoint.class.getName());

    @EJB
    private PzStore store;

    @Resource
    private WebServiceContext context;

    /** Which service this endpoint plays (the legacy TpSigning subclass answers PodpisZP only). */
    protected TpService service() {
        return TpService.TP_SIGNING5;
    }

    @Override
    public String addDocumentToSigning(byte[] doc, String successURL, String failureURL, String additionalInfo) {
        String success;
        String failure;
        String info;
        try {
            PzRequests.document(doc);
            success = PzRequests.returnUrl("successURL", successURL);
            failure = PzRequests.returnUrl("failureURL", failureURL);
            info = PzRequests.additionalInfo(additionalInfo);
        } catch (PzInvalidInput e) {
            LOG.fine(() -> service().code() + " addDocumentToSigning refused: " + e.getMessage());
            throw PzFaults.client(e.getMessage());
        }
        String id = PzIds.newToken();
        store.create(id, service(), doc, success, failure, info);
        String url = PzIds.pageUrl(baseUrl(), contextPath(), id);
        LOG.info(() -> "Profil Zaufany simulator: " + service().code() + " addDocumentToSigning " + doc.length + " B -> " + id);
        return url;
    }

    @Override
    public byte[] getSignedDocument(String id) {
        try {
            return signed(id, store::signedDocument);
        } catch (PzInvalidInput e) {
            LOG.fine(() -> service().code() + " getSignedDocument: " + e.getMessage());
            throw PzFaults.client(e.getMessage());
        }
    }

    /**
     * The signed document {@code idOrUrl} names (the signing-page URL or the bare id); a {@link PzInvalidInput}
     * with a different message for a malformed id, an unknown one, one still waiting and one cancelled.
     */
    static byte[] signed(String idOrUrl, Function<String, Optional<PzStore.SignedDocument>> find) {
        if (idOrUrl == null || idOrUrl.isBlank()) {
            throw new PzInvalidInput("Nie podano identyfikatora dokumentu (id)");
        }
        String id = PzIds.idFrom(idOrUrl).orElseThrow(() -> new PzInvalidInput("Niepoprawny identyfikator dokumentu „"
                + PzRequests.abbreviate(idOrUrl.strip(), 200) + "”: oczekiwano adresu zwróconego przez addDocumentToSigning "
                + "albo samego identyfikatora"));
        PzStore.SignedDocument d = find.apply(id)
                .orElseThrow(() -> new PzInvalidInput("Nie ma dokumentu przekazanego do podpisu o identyfikatorze " + id));
        return switch (d.status()) {
            case SIGNED -> d.signed();
            case PENDING -> throw new PzInvalidInput("Dokument " + id + " nie został jeszcze podpisany: użytkownik "
                    + "nie zakończył podpisywania profilem zaufanym");
            case CANCELLED -> throw new PzInvalidInput("Użytkownik anulował podpisywanie dokumentu " + id
                    + "; dokument nie zostanie podpisany");
        };
    }

    private HttpServletRequest request() {
        Object r = context == null ? null : context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
        return r instanceof HttpServletRequest h ? h : null;
    }

    private String baseUrl() {
        HttpServletRequest r = request();
        Optional<String> configured = SimulatorSettings.publicUrl();
        if (r == null) {
            return PzIds.baseUrl(configured.or(() -> Optional.of("http://localhost:8080")), null, null, 0);
        }
        return PzIds.baseUrl(configured, r.getScheme(), r.getServerName(), r.getServerPort());
    }

    private String contextPath() {
        HttpServletRequest r = request();
        return r == null ? PzIds.CONTEXT_ROOT : r.getContextPath();
    }
}
