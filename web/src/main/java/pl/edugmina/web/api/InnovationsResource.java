package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import pl.edugmina.innovations.application.InnovationRegisterService;
import pl.edugmina.innovations.domain.InnovationDraft;
import pl.edugmina.innovations.domain.InnovationKind;
import pl.edugmina.innovations.domain.InnovationStatus;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static pl.edugmina.web.api.RegisterJson.date;

/**
 * The register of pedagogical innovations: the same operations as the screen "Innowacje". POST, GET, PUT and DELETE of
 * an entry as every register with deletion ({@link DeletableUnitRegisterResource}); a new entry answers 201 {id}.
 */
@Path("innovations")
@Produces(MediaType.APPLICATION_JSON)
public class InnovationsResource extends DeletableUnitRegisterResource<InnovationRegisterService.Row, InnovationDraft> {

    @Inject
    private InnovationRegisterService innovations;

    public InnovationsResource() {
        super("/api/innovations/");
    }

    @GET
    public List<InnovationRegisterService.Row> list(@QueryParam("unitId") Long unitId, @QueryParam("kind") String kind,
                                                    @QueryParam("status") String status, @QueryParam("year") Integer year, @QueryParam("q") String q) {
        return innovations.list(new InnovationRegisterService.Filter(unitId, parse(InnovationKind.class, kind), parse(InnovationStatus.class, status),
                year, q));
    }

    @Override
    protected InnovationRegisterService register() {
        return innovations;
    }

    /**
     * {unitId, title, kinds: [ORGANIZATIONAL|CURRICULAR|METHODOLOGICAL], subjectArea?, classes, dateFrom, dateTo?, authors,
     * status: PLANNED|RUNNING|FINISHED|CANCELLED, description?}
     */
    @Override
    protected InnovationDraft draft(JsonObject b) {
        Set<InnovationKind> kinds = EnumSet.noneOf(InnovationKind.class);
        JsonArray a = b.getJsonArray("kinds");
        if (a != null) {
            for (JsonString s : a.getValuesAs(JsonString.class)) {
                try {
                    kinds.add(InnovationKind.valueOf(s.getString().strip().toUpperCase()));
                } catch (IllegalArgumentException e) {
                    throw RegisterJson.invalid("kinds", "innovation.kind.unknown", s.getString());
                }
            }
        }
        InnovationStatus status = RegisterJson.constant(InnovationStatus.class, b.getString("status", null), "status", "innovation.status.unknown");
        return new InnovationDraft(b.getString("title", null), kinds, b.getString("subjectArea", null), b.getString("classes", null),
                date(b, "dateFrom"), date(b, "dateTo"), b.getString("authors", null), status, b.getString("description", null));
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
