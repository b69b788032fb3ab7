package pl.edugmina.simulator.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import pl.edugmina.simulator.pz.PersonForm;
import pl.edugmina.simulator.pz.PzIds;
import pl.edugmina.simulator.pz.PzSigningService;
import pl.edugmina.simulator.store.PzSigning;
import pl.edugmina.simulator.store.PzSigningSummary;
import pl.edugmina.simulator.store.PzStatus;
import pl.edugmina.simulator.store.PzStore;
import pl.edugmina.simulator.store.SignatureFormats;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The simulated Profil Zaufany, driven without a browser: simulated logins (the {@code tgsid} that
 * TpUserInfo knows), the documents given for signing, and the citizen's "sign" / "cancel" for
 * automated tests. Under {@code /epuap-sim/api/pz}.
 */
@Path("/pz")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PzResource {

    private static final Logger LOG = Logger.getLogger(PzResource.class.getName());

    @EJB
    PzStore store;

    @Inject
    PzSigningService signing;

    /** {@code POST /pz/sessions} body. */
    public static class NewSession {
        public String givenName;
        public String surname;
        public String pesel;
        public String email;
    }

    public record Session(String tgsid) {
    }

    /** {@code POST /pz/signings/{id}/sign} body; {@code format}: EPSignature (default) or PodpisZP. */
    public static class Signer {
        public String givenName;
        public String surname;
        public String pesel;
        public String format;
    }

    /**
     * The outcome of sign / cancel: the address the citizen's browser would be sent to.
     *
     * @param format the signer description's format (signed only)
     */
    public record Outcome(String status, String format, String successUrl, String failureUrl) {
    }

    /** A simulated Profil Zaufany login: TpUserInfo answers this person for the returned tgsid. */
    @POST
    @Path("/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Session login(NewSession body) {
        if (body == null) {
            throw Errors.badRequest("Brak danych osoby: oczekiwano JSON {givenName, surname, pesel, email}");
        }
        PersonForm person = new PersonForm(body.givenName, body.surname, body.pesel, null);
        firstError(person.errors(false));
        PersonForm.emailProblem(body.email).ifPresent(m -> {
            throw Errors.badRequest(m);
        });
        String tgsid = PzIds.newToken();
        store.createSession(tgsid, body.givenName.strip(), body.surname.strip(), blankToNull(body.pesel), blankToNull(body.email));
        LOG.info("Profil Zaufany simulator: session created");
        return new Session(tgsid);
    }

    /** The newest documents given for signing, without their content. */
    @GET
    @Path("/signings")
    public List<PzSigningSummary> list(@QueryParam("limit") @DefaultValue("100") String limit) {
        return store.list(InboxResource.number("limit", limit, 1, 10_000));
    }

    /** The citizen signs document {@code id} (what "Podpisz profilem zaufanym" on the signing page does). */
    @POST
    @Path("/signings/{id}/sign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Outcome sign(@PathParam("id") String id, Signer body) {
        if (body == null) {
            throw Errors.badRequest("Brak danych osoby podpisującej: oczekiwano JSON {givenName, surname, pesel, format}");
        }
        PersonForm person = new PersonForm(body.givenName, body.surname, body.pesel, body.format);
        firstError(person.errors(false));
        return outcome(id, signing.sign(checkedId(id), person));
    }

    /** The citizen cancels document {@code id} ("Anuluj" on the signing page). */
    @POST
    @Path("/signings/{id}/cancel")
    public Outcome cancel(@PathParam("id") String id) {
        return outcome(id, signing.cancel(checkedId(id)));
    }

    private static Outcome outcome(String id, PzSigningService.Result r) {
        switch (r.outcome()) {
            case NOT_FOUND -> throw Errors.notFound("Nie ma dokumentu przekazanego do podpisu o identyfikatorze " + id);
            case ALREADY_FINISHED -> throw Errors.conflict(r.signing().status() == PzStatus.SIGNED
                    ? "Dokument " + id + " został już podpisany"
                    : "Podpisywanie dokumentu " + id + " zostało anulowane");
            default -> {
                PzSigning s = r.signing();
                return s.status() == PzStatus.SIGNED
                        ? new Outcome(s.status().name(), SignatureFormats.code(s.format()), s.successUrl(), null)
                        : new Outcome(s.status().name(), null, null, s.failureUrl());
            }
        }
    }

    private static String checkedId(String id) {
        if (!PzIds.isToken(id)) {
            throw Errors.notFound("Nie ma dokumentu przekazanego do podpisu o identyfikatorze " + id);
        }
        return id;
    }

    private static void firstError(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw Errors.badRequest(errors.values().iterator().next());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
