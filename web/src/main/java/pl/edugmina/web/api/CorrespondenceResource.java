package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.correspondence.application.CorrespondenceService;
import pl.edugmina.correspondence.application.EpuapInboxes;
import pl.edugmina.correspondence.domain.Correspondence;
import pl.edugmina.integration.epuap.EpuapGateway;
import pl.edugmina.platform.Page;

import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.List;

/** The correspondence register: search, the document view, files, assignment, rejected documents, inbox status. */
@Path("correspondence")
@Produces(MediaType.APPLICATION_JSON)
public class CorrespondenceResource {

    @Inject
    private CorrespondenceService register;

    @Inject
    private EpuapInboxes inboxes;

    @Inject
    private EpuapGateway epuap;

    @Inject
    private pl.edugmina.integration.epuap.OutboundService outboundService;

    @Inject
    private pl.edugmina.correspondence.application.OutboundRegister outbound;

    @GET
    public Page<CorrespondenceService.Row> search(@QueryParam("direction") String direction, @QueryParam("q") String text,
                                                  @QueryParam("status") String status, @QueryParam("verdict") String verdict,
                                                  @QueryParam("unitId") Long unitId,
                                                  @QueryParam("first") @DefaultValue("0") int first,
                                                  @QueryParam("size") @DefaultValue("50") int size) {
        return register.search(new CorrespondenceService.Query(
                parse(Correspondence.Direction.class, direction), text, status,
                parse(Correspondence.SignatureVerdict.class, verdict), unitId, null, null, first, size));
    }

    @GET
    @Path("{id}")
    public CorrespondenceService.Detail detail(@PathParam("id") long id) {
        return register.view(id);
    }

    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        return file(register.attachment(id, attachment));
    }

    @GET
    @Path("{id}/original")
    @Produces(MediaType.WILDCARD)
    public Response original(@PathParam("id") long id) {
        return file(register.original(id));
    }

    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public CorrespondenceService.Detail assign(@PathParam("id") long id, JsonObject body) {
        JsonValue unit = body.get("unitId");
        register.assign(id, body.getString("jrwa", null),
                unit instanceof JsonNumber n ? n.longValue() : null, body.getString("assignee", null));
        return register.view(id);
    }

    /** Answers an inbound item through ePUAP: {channel: SKRYTKA|DORECZYCIEL, subject, body, recipientAddress?, recipientName?}. */
    @POST
    @Path("{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") long id, JsonObject body) {
        long letter = outboundService.reply(id, new pl.edugmina.integration.epuap.OutboundService.Reply(
                parse(pl.edugmina.correspondence.domain.OutboundLetter.Channel.class, body.getString("channel", null)),
                body.getString("recipientAddress", null), body.getString("recipientName", null),
                body.getString("subject", null), body.getString("body", null)));
        return created(letter);
    }

    /** A new letter through ePUAP: {channel, recipientAddress, recipientName?, subject, body, unitId?}. */
    @POST
    @Path("letters")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(JsonObject body) {
        JsonValue unit = body.get("unitId");
        long letter = outboundService.send(new pl.edugmina.integration.epuap.OutboundService.Letter(
                parse(pl.edugmina.correspondence.domain.OutboundLetter.Channel.class, body.getString("channel", null)),
                body.getString("recipientAddress", null), body.getString("recipientName", null),
                body.getString("subject", null), body.getString("body", null),
                unit instanceof JsonNumber n ? n.longValue() : null));
        return created(letter);
    }

    @GET
    @Path("{id}/letter")
    public pl.edugmina.correspondence.application.OutboundRegister.LetterView letter(@PathParam("id") long id) {
        return outbound.letter(id);
    }

    @GET
    @Path("{id}/letter/receipt")
    @Produces(MediaType.WILDCARD)
    public Response receipt(@PathParam("id") long id) {
        return file(outbound.receipt(id));
    }

    @GET
    @Path("{id}/letter/pdf")
    @Produces(MediaType.WILDCARD)
    public Response pdf(@PathParam("id") long id) {
        return file(outbound.pdf(id));
    }

    @GET
    @Path("{id}/letter/document")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") long id) {
        return file(outbound.document(id));
    }

    @POST
    @Path("{id}/letter/resend")
    public Response resend(@PathParam("id") long id) {
        outbound.requeue(id);
        return Response.accepted().build();
    }

    @GET
    @Path("rejected")
    public List<CorrespondenceService.Rejected> rejected() {
        return register.rejected();
    }

    @GET
    @Path("rejected/{inboundId}/original")
    @Produces(MediaType.WILDCARD)
    public Response rejectedOriginal(@PathParam("inboundId") long inboundId) {
        return file(register.rejectedOriginal(inboundId));
    }

    @POST
    @Path("rejected/{inboundId}/retry")
    public Response retry(@PathParam("inboundId") long inboundId) {
        epuap.retry(inboundId);
        return Response.accepted().build();
    }

    @GET
    @Path("inboxes")
    public List<EpuapInboxes.Status> inboxes() {
        return inboxes.visible();
    }

    /** 201 with the new register entry's id and address. */
    private static Response created(long id) {
        return Response.status(201).entity(jakarta.json.Json.createObjectBuilder().add("id", id).build())
                .location(java.net.URI.create("/api/correspondence/" + id)).build();
    }

    static Response file(CorrespondenceService.File f) {
        String encoded = URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(f.content(), f.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(400);
        }
    }
}
