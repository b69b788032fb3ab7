package pl.edugmina.simulator.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.simulator.store.OutboxStore;
import pl.edugmina.simulator.store.SentDocument;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the system sent to the simulated ePUAP; the addressee's pick-up (which produces the UPD). */
@Path("/sent")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SentResource {

    @EJB
    OutboxStore outbox;

    @GET
    public List<SentDocument> list(@QueryParam("channel") String channel, @QueryParam("limit") @DefaultValue("100") String limit) {
        if (channel != null && !channel.isBlank() && !channel.equals("nadaj") && !channel.equals("dorecz")) {
            throw Errors.badRequest("Nieznany kanał „" + channel + "”; dozwolone: nadaj, dorecz");
        }
        return outbox.list(channel, InboxResource.number("limit", limit, 1, 10_000));
    }

    @GET
    @Path("/{id}")
    public SentDocument one(@PathParam("id") long id) {
        return outbox.summary(id).orElseThrow(() -> Errors.notFound("Nie ma nadanego dokumentu " + id));
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id) {
        OutboxStore.Content c = outbox.content(id).orElseThrow(() -> Errors.notFound("Nie ma nadanego dokumentu " + id));
        String name = c.nazwaPliku() == null ? "dokument-" + id : c.nazwaPliku();
        return Response.ok(c.zawartosc(), mediaType(c.typPliku()))
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    private static MediaType mediaType(String type) {
        try {
            return type == null || type.isBlank() ? MediaType.APPLICATION_OCTET_STREAM_TYPE : MediaType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
    }

    @POST
    @Path("/{id}/pick-up")
    public OutboxStore.PickUp pickUp(@PathParam("id") long id) {
        try {
            return outbox.pickUp(id).orElseThrow(() -> Errors.notFound("Nie ma nadanego dokumentu " + id));
        } catch (OutboxStore.NotDeliverable e) {
            throw Errors.conflict(e.getMessage());
        }
    }
}
