package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.edugmina.common.ValidationException;
import pl.edugmina.messaging.application.MessageService;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Tracked messages department → units: the same operations as the screens "Wiadomości". */
@Path("messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    @Inject
    private MessageService messages;

    /**
     * {subject, body (plain text) or bodyHtml (formatted, sanitised on arrival), replyRequired, deadline? (YYYY-MM-DD), unitIds?[], unitTypeIds?[], groupIds?[], files?[{name, base64}],
     * surveyTemplate?{name, base64}, replyForm?[{label, type: TEXT|NUMBER|DATE|CHOICE|TABLE, required, options?[], columns?[…]}]}
     * → 201 {id}: sent at once or
     * waiting for the approval chain (see the tracking's {@code message.status}).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(JsonObject b) {
        long id = messages.send(draft(b), files(b), surveyTemplate(b));
        return Response.status(201).location(URI.create("/api/messages/" + id)).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    /** A unit writes to the department: {unitId, subject, body, files?} → 201 {id}. */
    @POST
    @Path("to-department")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response writeToDepartment(JsonObject b) {
        if (!(b.get("unitId") instanceof JsonNumber unit)) {
            throw new ValidationException(List.of(new ValidationException.Violation("unitId", "validation.required")));
        }
        long id = messages.writeToDepartment(unit.longValue(), b.getString("subject", null), b.getString("body", null), files(b));
        return Response.status(201).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    /**
     * Where allowed ({@code EDUGMINA_MESSAGE_UNIT_TO_UNIT}), a unit writes to other units: {unitId, subject, body, replyRequired,
     * deadline?, unitIds[], files?} → 201 {id}; 403 when units may not write to each other.
     */
    @POST
    @Path("to-units")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response writeToUnits(JsonObject b) {
        if (!(b.get("unitId") instanceof JsonNumber unit)) {
            throw new ValidationException(List.of(new ValidationException.Violation("unitId", "validation.required")));
        }
        long id = messages.writeToUnits(unit.longValue(), b.getString("subject", null), b.getString("body", null),
                b.getBoolean("replyRequired", false), date(b.getString("deadline", null)), ids(b.getJsonArray("unitIds"), JsonNumber::longValue),
                files(b));
        return Response.status(201).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    /** What the caller's units wrote (to the department and to other units). */
    @GET
    @Path("written")
    public List<MessageService.WrittenRow> written() {
        return messages.writtenByMyUnits();
    }

    /** The department's list of what units wrote to it: {rows, unread}. */
    @GET
    @Path("from-units")
    public JsonObject fromUnits(@QueryParam("q") String q) {
        var arr = Json.createArrayBuilder();
        for (var r : messages.fromUnits(q)) {
            var o = Json.createObjectBuilder().add("id", r.id()).add("unitId", r.unitId()).add("unitName", r.unitName())
                    .add("author", r.author()).add("subject", r.subject()).add("sentAt", r.sentAt().toString()).add("unread", r.unread())
                    .add("answers", r.answers());
            if (r.deptOpenedAt() != null) {
                o.add("openedAt", r.deptOpenedAt().toString()).add("openedBy", r.deptOpenedBy());
            }
            arr.add(o);
        }
        return Json.createObjectBuilder().add("rows", arr).add("unread", messages.unreadFromUnits()).build();
    }

    /** Opens a unit's message (recorded as read by the department). */
    @GET
    @Path("from-units/{id}")
    public MessageService.FromUnitView fromUnit(@PathParam("id") long id) {
        return messages.openFromUnit(id);
    }

    /** The department answers a unit's message (same body as POST /api/messages, recipients ignored) → 201 {id}. */
    @POST
    @Path("from-units/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answerUnit(@PathParam("id") long id, JsonObject b) {
        long answer = messages.answerUnit(id, draft(b), files(b));
        return Response.status(201).entity(Json.createObjectBuilder().add("id", answer).build()).build();
    }

    /** The author corrects a returned message and submits it again (same body as POST). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resubmit(@PathParam("id") long id, JsonObject b) {
        messages.resubmit(id, draft(b));
        return Response.noContent().build();
    }

    /** {comment?}: the holder of the pending step accepts. */
    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") long id, JsonObject b) {
        messages.approve(id, b.getString("comment", null));
        return Response.noContent().build();
    }

    /** {comment}: the holder of the pending step sends it back to the author. */
    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response returnToAuthor(@PathParam("id") long id, JsonObject b) {
        messages.returnToAuthor(id, b.getString("comment", null));
        return Response.noContent().build();
    }

    @GET
    @Path("awaiting")
    public List<MessageService.SentRow> awaiting() {
        return messages.awaiting();
    }

    @GET
    @Path("sent")
    public List<MessageService.SentRow> sent() {
        return messages.sent();
    }

    @GET
    @Path("inbox")
    public JsonObject inbox(@QueryParam("q") String q, @QueryParam("archived") boolean archived) {
        var rows = messages.inbox(q, archived);
        var arr = Json.createArrayBuilder();
        rows.forEach(r -> arr.add(Json.createObjectBuilder().add("id", r.id()).add("unitId", r.unitId()).add("unitName", r.unitName())
                .add("subject", r.subject()).add("unread", r.unread()).add("status", r.status().name()).add("reminders", r.reminders())));
        return Json.createObjectBuilder().add("unread", messages.unreadCount()).add("rows", arr).build();
    }

    @GET
    @Path("{id}/tracking")
    public MessageService.Tracking tracking(@PathParam("id") long id) {
        return messages.tracking(id);
    }

    @GET
    @Path("{id}/units/{unit}")
    public MessageService.UnitView open(@PathParam("id") long id, @PathParam("unit") long unit) {
        return messages.open(id, unit);
    }

    @GET
    @Path("{id}/units/{unit}/replies")
    public List<MessageService.Reply> replies(@PathParam("id") long id, @PathParam("unit") long unit) {
        return messages.replies(id, unit);
    }

    /** {body, files?: [{name, base64}], form?: {fieldKey: value or [{columnKey: value}]}} → 201 {id} */
    @POST
    @Path("{id}/units/{unit}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") long id, @PathParam("unit") long unit, JsonObject b) {
        long reply = messages.reply(id, unit, b.getString("body", null), files(b),
                b.get("form") instanceof JsonObject form ? form : null);
        return Response.status(201).entity(Json.createObjectBuilder().add("id", reply).build()).build();
    }

    /** Every unit's latest answer with its files and a summary sheet, as one ZIP (streamed). */
    @GET
    @Path("{id}/answers.zip")
    @Produces("application/zip")
    public Response answersZip(@PathParam("id") long id) {
        messages.tracking(id); // 404 / 403 before the response starts
        jakarta.ws.rs.core.StreamingOutput body = out -> messages.writeAnswersZip(id, out);
        return Response.ok(body, "application/zip").header("Content-Disposition", "attachment; filename=\"odpowiedzi-" + id + ".zip\"").build();
    }

    /** The survey's answers merged into one workbook (streamed); 404 when the message is not a survey. */
    @GET
    @Path("{id}/survey.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response surveyWorkbook(@PathParam("id") long id) {
        if (!messages.tracking(id).message().survey()) { // 404 / 403 before the response starts
            throw new pl.edugmina.common.NotFoundException("survey", id);
        }
        jakarta.ws.rs.core.StreamingOutput body = out -> messages.writeSurveyWorkbook(id, out);
        return Response.ok(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"zestawienie-" + id + ".xlsx\"").build();
    }

    /** The answers to the message's form as one workbook (streamed); 404 when the message has no form. */
    @GET
    @Path("{id}/form.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response formWorkbook(@PathParam("id") long id) {
        if (messages.tracking(id).message().replyForm() == null) { // 404 / 403 before the response starts
            throw new pl.edugmina.common.NotFoundException("form", id);
        }
        jakarta.ws.rs.core.StreamingOutput body = out -> messages.writeFormWorkbook(id, out);
        return Response.ok(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"formularz-" + id + ".xlsx\"").build();
    }

    /** {archived: true|false}: moves the message to the caller's archive or back to the inbox. */
    @PUT
    @Path("{id}/archived")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response archive(@PathParam("id") long id, JsonObject b) {
        messages.archive(id, b.getBoolean("archived", true));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/reminders")
    public JsonObject remind(@PathParam("id") long id) {
        return Json.createObjectBuilder().add("reminded", messages.remind(id)).build();
    }

    /** {deadline: YYYY-MM-DD} */
    @PUT
    @Path("{id}/deadline")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deadline(@PathParam("id") long id, JsonObject b) {
        messages.extendDeadline(id, date(b.getString("deadline", null)));
        return Response.noContent().build();
    }

    /** {@code files: [{name, base64}]} (the web screens upload files as multipart). */
    private static List<MessageService.NewFile> files(JsonObject b) {
        JsonArray a = b.getJsonArray("files");
        if (a == null) {
            return List.of();
        }
        return a.getValuesAs(JsonObject.class).stream().map(f -> file(f, "files")).toList();
    }

    /** {@code surveyTemplate: {name, base64}}: the XLSX template of an Excel survey, or null. */
    private static MessageService.NewFile surveyTemplate(JsonObject b) {
        JsonObject f = b.getJsonObject("surveyTemplate");
        return f == null ? null : file(f, "surveyTemplate");
    }

    private static MessageService.NewFile file(JsonObject f, String field) {
        try {
            return new MessageService.NewFile(f.getString("name", null), java.util.Base64.getMimeDecoder().decode(f.getString("base64", "")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new ValidationException.Violation(field, "message.file.base64")));
        }
    }

    @GET
    @Path("attachments/{id}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id) {
        MessageService.File f = messages.file(id);
        return CorrespondenceResource.file(new pl.edugmina.correspondence.application.CorrespondenceService.File(f.fileName(), f.mediaType(), f.content()));
    }

    private static MessageService.Draft draft(JsonObject b) {
        return new MessageService.Draft(b.getString("subject", null), b.getString("body", null),
                b.getBoolean("replyRequired", false), date(b.getString("deadline", null)),
                ids(b.getJsonArray("unitIds"), JsonNumber::longValue), ids(b.getJsonArray("unitTypeIds"), JsonNumber::intValue),
                ids(b.getJsonArray("groupIds"), JsonNumber::longValue),
                MessageService.replyForm(b.get("replyForm") instanceof JsonArray a ? a : null), unitRoles(b.getJsonArray("unitRoles")),
                ids(b.getJsonArray("userIds"), JsonNumber::longValue), ids(b.getJsonArray("userGroupIds"), JsonNumber::longValue),
                b.getString("bodyHtml", null));
    }

    /** {@code unitRoles: ["UNIT_DIRECTOR", …]}: only these roles in each unit; a name that is not a unit role → 422. */
    private static Set<pl.edugmina.security.Role> unitRoles(JsonArray a) {
        Set<pl.edugmina.security.Role> out = new LinkedHashSet<>();
        if (a != null) {
            for (jakarta.json.JsonValue v : a) {
                try {
                    out.add(pl.edugmina.security.Role.valueOf(((jakarta.json.JsonString) v).getString()));
                } catch (ClassCastException | IllegalArgumentException e) {
                    throw new ValidationException(List.of(new ValidationException.Violation("unitRoles", "message.unitRoles.invalid")));
                }
            }
        }
        return out;
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(new ValidationException.Violation("deadline", "validation.date")));
        }
    }

    private static <T> Set<T> ids(JsonArray a, Function<JsonNumber, T> f) {
        Set<T> out = new LinkedHashSet<>();
        if (a != null) {
            a.getValuesAs(JsonNumber.class).forEach(n -> out.add(f.apply(n)));
        }
        return out;
    }
}
