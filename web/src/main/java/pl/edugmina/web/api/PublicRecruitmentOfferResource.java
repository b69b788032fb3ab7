package pl.edugmina.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import pl.edugmina.recruitment.application.RecruitmentOfferService;

import java.util.List;

/**
 * The public offer of the recruitment, without login ({@code /api/public/…} is let through by
 * {@link ApiAuthenticationFilter}): open campaigns with their timetable and published draw seed, units and classes,
 * seats, free places and last year's thresholds. No personal data.
 */
@Path("public/recruitment-offer")
@Produces(MediaType.APPLICATION_JSON)
public class PublicRecruitmentOfferResource {

    @Inject
    private RecruitmentOfferService offer;

    /** {@code ?type=KINDERGARTEN|CLASS_ONE|SECONDARY|DORMITORY&unit=part of a unit's name} (both optional). */
    @GET
    public List<RecruitmentOfferService.OfferCampaign> offer(@QueryParam("type") String type, @QueryParam("unit") String unit) {
        return offer.offer(type, unit);
    }
}
