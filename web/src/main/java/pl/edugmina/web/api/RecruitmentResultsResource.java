package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import pl.edugmina.recruitment.application.PublicResultsService;
import pl.edugmina.recruitment.application.ResultListsService;

import java.util.List;

/**
 * The published lists with names, for the units (to post at their premises, as the law says) and the department:
 * the department's officials every class, a unit's director and secretariat their units' classes (403 otherwise).
 */
@Path("recruitment/results")
@Produces(MediaType.APPLICATION_JSON)
public class RecruitmentResultsResource {

    @Inject
    private ResultListsService lists;

    @GET
    @Path("campaigns")
    public List<PublicResultsService.PublicCampaign> campaigns() {
        return lists.campaigns();
    }

    /** The published classes the caller may print, with the lists of codes. */
    @GET
    @Path("campaigns/{id}/classes")
    public List<PublicResultsService.PublicClass> classes(@PathParam("id") long id) {
        return lists.classes(id);
    }

    /** One class's lists with names in alphabetical order (audited). */
    @GET
    @Path("campaigns/{id}/classes/{classId}/lists")
    public ResultListsService.NamedLists named(@PathParam("id") long id, @PathParam("classId") long classId) {
        return lists.lists(id, classId);
    }
}
