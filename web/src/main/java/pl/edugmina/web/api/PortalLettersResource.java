package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.correspondence.application.PortalLetters;
import pl.edugmina.integration.pz.PortalLetterService;
import pl.edugmina.integration.pz.TrustedProfile;

import java.net.URI;
import java.util.List;

/**
 * A citizen's letters on the portal (the same as the screens "Moje pisma"): list, one letter, its
 * document, a new letter sent to Profil Zaufany for signing, and the return from the provider.
 */
@Path("portal/letters")
@Produces(MediaType.APPLICATION_JSON)
public class PortalLettersResource {

    @Inject
    private PortalLetters letters;

    @Inject
    private PortalLetterService service;

    @GET
    public List<PortalLetters.View> mine() {
        return letters.mine();
    }

    @GET
    @Path("{id}")
    public PortalLetters.View one(@PathParam("id") long id) {
        return letters.mine(id);
    }

    @GET
    @Path("{id}/document")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") long id) {
        return CorrespondenceResource.file(letters.document(id));
    }

    /**
     * {unitId?, givenName, surname, address?, subject, body} → 201 {id, signingUrl}: send the citizen's
     * browser to {@code signingUrl}; 502 {message} if Profil Zaufany refused or is unreachable.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body, @Context HttpServletRequest request) {
        JsonValue unit = body.get("unitId");
        PortalLetters.Draft draft = new PortalLetters.Draft(unit instanceof JsonNumber n ? n.longValue() : null,
                body.getString("givenName", null), body.getString("surname", null), body.getString("address", null),
                body.getString("subject", null), body.getString("body", null));
        String url = request.getRequestURL().toString();
        String appUrl = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        try {
            PortalLetterService.Started s = service.start(draft, appUrl);
            return Response.status(201).location(URI.create("/api/portal/letters/" + s.id()))
                    .entity(Json.createObjectBuilder().add("id", s.id()).add("signingUrl", s.signingUrl()).build()).build();
        } catch (TrustedProfile.TrustedProfileException e) {
            return Response.status(502).entity(Json.createObjectBuilder().add("message", e.getMessage()).build()).build();
        }
    }

    /** The provider sent the browser back: {@code t} the letter's token, {@code r} {@code ok} or {@code cancel}. */
    @POST
    @Path("returned")
    public PortalLetterService.Outcome returned(@QueryParam("t") String token, @QueryParam("r") String result) {
        return service.complete(token, "cancel".equals(result));
    }
}
