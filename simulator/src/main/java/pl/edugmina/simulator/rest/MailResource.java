package pl.edugmina.simulator.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.simulator.mail.MailSink;
import pl.edugmina.simulator.mail.ReceivedMail;

import java.util.List;
import java.util.Map;

/** What the development SMTP sink received (EduGmina's e-mails in development and tests). Under {@code /epuap-sim/api/mail}. */
@Path("/mail")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class MailResource {

    @EJB
    MailSink sink;

    /** Newest first: {@code to} filters by recipient (part of the address, any case), {@code limit} 1..1000. */
    @GET
    public List<ReceivedMail> list(@QueryParam("to") String to, @QueryParam("limit") @DefaultValue("100") String limit) {
        return sink.box().list(to, InboxResource.number("limit", limit, 1, 1000));
    }

    /** Whether the sink listens and where (host, port), or why not; how many mails it keeps. */
    @GET
    @Path("/status")
    public MailSink.Status status() {
        return sink.status();
    }

    @GET
    @Path("/{id}")
    public ReceivedMail one(@PathParam("id") long id) {
        return sink.box().get(id).orElseThrow(() -> Errors.notFound("Nie ma wiadomości " + id + " (mogła zostać usunięta)"));
    }

    /** The message as received (RFC 5322), e.g. to open it in a mail program. */
    @GET
    @Path("/{id}/raw")
    @Produces("message/rfc822")
    public Response raw(@PathParam("id") long id) {
        byte[] raw = sink.box().raw(id).orElseThrow(() -> Errors.notFound("Nie ma wiadomości " + id + " (mogła zostać usunięta)"));
        return Response.ok(raw, "message/rfc822").header("Content-Disposition", "attachment; filename=\"wiadomosc-" + id + ".eml\"").build();
    }

    /** Forgets every received message. */
    @DELETE
    public Map<String, Integer> clear() {
        return Map.of("deleted", sink.box().clear());
    }
}
