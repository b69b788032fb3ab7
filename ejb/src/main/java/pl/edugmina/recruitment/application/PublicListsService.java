package pl.edugmina.recruitment.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.recruitment.application.PublicResultsService.PublicCampaign;
import pl.edugmina.recruitment.application.PublicResultsService.PublicClass;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lists a unit publishes online, without login (nabor/listy.xhtml, {@code GET /api/public/recruitment-results/
 * campaigns/{id}/units/{unitId}/lists}): per class the codes of the qualified and not qualified candidates (from the
 * start of the QUALIFIED_LIST stage, as the published run has them), and from the start of the ADMITTED_LIST stage the
 * admitted (qualified, and the will to attend confirmed where there is an application) and the not admitted (qualified
 * without the confirmation), with the free places left after admission. Codes only: the lists with names hang at the unit (ResultListsService).
 */
@ApplicationScoped
public class PublicListsService {

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

    @Inject
    private PublicResultsService published;

    /** One class's public lists; {@code admitted} and {@code notAdmitted} are empty until the admitted lists are published. */
    public record ClassLists(PublicClass classInfo, List<String> admitted, List<String> notAdmitted, int freeAfterAdmission) {
    }

    /** A unit's lists in a campaign: {@code admittedFrom} is when the admitted lists are (or were) published, if planned. */
    public record UnitLists(PublicCampaign campaign, long unitId, String unitName, boolean admittedPublished, Instant admittedFrom,
                            List<ClassLists> classes) {
    }

    /** The unit's lists in a campaign the public sees now (404 for a campaign not public or a unit without classes in it). */
    public UnitLists unitLists(long campaignId, long unitId) {
        PublicCampaign campaign = published.visibleCampaign(campaignId);
        List<PublicClass> classes = PublicResultsService.classRows(dataSource, "campaign_id = ? and unit_id = ?", campaignId, unitId);
        if (classes.isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        Optional<Instant> admittedFrom = admittedListFrom(campaignId);
        Optional<Set<String>> notConfirmed = notAdmitted(campaignId, classes.stream().flatMap(k -> k.qualifiedCodes().stream()).toList());
        List<ClassLists> out = classes.stream().map(k -> {
            if (notConfirmed.isEmpty()) {
                return new ClassLists(k, List.of(), List.of(), k.freePlaces());
            }
            List<String> admitted = k.qualifiedCodes().stream().filter(c -> !notConfirmed.get().contains(c)).toList();
            List<String> notAdmitted = k.qualifiedCodes().stream().filter(notConfirmed.get()::contains).toList();
            return new ClassLists(k, admitted, notAdmitted, Math.max(0, k.seats() - admitted.size()));
        }).toList();
        return new UnitLists(campaign, unitId, classes.get(0).unitName(), notConfirmed.isPresent(), admittedFrom.orElse(null), out);
    }

    /**
     * Of the {@code qualified} codes, those not admitted: the parents did not confirm the will to attend (or withdrew
     * the application); a candidate without an application (an imported or generated campaign) has nothing to confirm
     * and is admitted, as in the supplementary round (ADR 0016). Empty until the campaign's ADMITTED_LIST stage begins.
     */
    public Optional<Set<String>> notAdmitted(long campaignId, List<String> qualified) {
        boolean published = admittedListFrom(campaignId).map(t -> !t.isAfter(Instant.now())).orElse(false);
        if (!published) {
            return Optional.empty();
        }
        Set<String> out = new HashSet<>();
        if (qualified.isEmpty()) {
            return Optional.of(out);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select code from recruitment_application
                where campaign_id = ? and code = any(?) and (confirmed_at is null or status = 'WITHDRAWN')""")) {
            ps.setLong(1, campaignId);
            ps.setArray(2, c.createArrayOf("text", qualified.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return Optional.of(out);
    }

    private Optional<Instant> admittedListFrom(long campaignId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select starts_at from recruitment_stage where campaign_id = ? and stage = 'ADMITTED_LIST'")) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

}
