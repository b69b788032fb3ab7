package pl.edugmina.recruitment.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.recruitment.application.PublicResultsService.PublicClass;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The published lists with the candidates' names, to print and post at the unit (the law publishes names only there;
 * online the lists show codes): per class the qualified (zakwalifikowani) and the not qualified (niezakwalifikowani),
 * each in alphabetical order of surname and first name (Polish collation). The department's officials see every unit's
 * classes; a unit's director and secretariat their units' (403 for another unit's class, audited). Every list read is
 * audited as access to personal data.
 */
@Stateless
public class ResultListsService {

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    @Inject
    private PublicResultsService published;

    @Inject
    private PublicListsService publicLists;

    public record Person(String code, String lastName, String firstName) {
    }

    /** {@code supplementary}: admitted in the supplementary round (ADR 0016), empty before its FINAL is published. */
    /**
     * {@code admitted} / {@code notAdmitted}: from the ADMITTED_LIST stage, the qualified split by the confirmation of
     * the will to attend ({@code admittedPublished}); empty before.
     */
    public record NamedLists(PublicResultsService.PublicCampaign campaign, PublicClass classInfo, List<Person> qualified,
                             List<Person> notQualified, Instant printedAt, List<Person> supplementary, boolean admittedPublished,
                             List<Person> admitted, List<Person> notAdmitted) {
    }

    private Actor allowed() {
        Actor me = actors.current();
        if (!me.canViewRecruitmentLists()) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentCampaign", null, "listy wyników naboru");
            throw new AccessDeniedException();
        }
        return me;
    }

    /** The campaigns with published results (the department's and units' choice of lists). */
    public List<PublicResultsService.PublicCampaign> campaigns() {
        allowed();
        return published.publishedCampaigns();
    }

    /** The published classes the user may print: all for the department, their units' for a unit's users. */
    public List<PublicClass> classes(long campaignId) {
        Actor me = allowed();
        campaign(campaignId);
        List<PublicClass> all = PublicResultsService.classRows(dataSource, "campaign_id = ?", campaignId);
        return all.stream().filter(k -> me.canViewRecruitmentListsOf(k.unitId())).toList();
    }

    /** One class's lists with names, alphabetical. Audited. */
    public NamedLists lists(long campaignId, long classId) {
        Actor me = allowed();
        PublicResultsService.PublicCampaign campaign = campaign(campaignId);
        List<PublicClass> rows = PublicResultsService.classRows(dataSource, "campaign_id = ? and class_id = ?", campaignId, classId);
        if (rows.isEmpty()) {
            throw new NotFoundException("class", classId);
        }
        PublicClass k = rows.get(0);
        if (!me.canViewRecruitmentListsOf(k.unitId())) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentClass", classId,
                    "Lista wyników naboru " + campaignId + " klasy innej placówki");
            throw new AccessDeniedException();
        }
        Map<String, Person> people = new HashMap<>();
        List<String> codes = new ArrayList<>(k.qualifiedCodes());
        codes.addAll(k.notQualifiedCodes());
        List<String> supplementaryCodes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select unnest(supplementary_codes) from recruitment_public_class where campaign_id = ? and class_id = ?")) {
            ps.setLong(1, campaignId);
            ps.setLong(2, classId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    supplementaryCodes.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        codes.addAll(supplementaryCodes);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select code, last_name, first_name from recruitment_candidate where campaign_id = ? and code = any(?)")) {
            ps.setLong(1, campaignId);
            ps.setArray(2, c.createArrayOf("text", codes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    people.put(rs.getString(1), new Person(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Collator pl = Collator.getInstance(Locale.forLanguageTag("pl-PL"));
        Comparator<Person> alphabetical = Comparator.comparing(Person::lastName, pl).thenComparing(Person::firstName, pl)
                .thenComparing(Person::code);
        // a candidate deleted since (retention) is no longer on the list
        List<Person> qualified = k.qualifiedCodes().stream().map(people::get).filter(java.util.Objects::nonNull).sorted(alphabetical).toList();
        List<Person> notQualified = k.notQualifiedCodes().stream().map(people::get).filter(java.util.Objects::nonNull).sorted(alphabetical)
                .toList();
        List<Person> supplementary = supplementaryCodes.stream().map(people::get).filter(java.util.Objects::nonNull).sorted(alphabetical)
                .toList();
        audit.record(me.login(), AuditAction.VIEW_PERSONAL_DATA, "RecruitmentClass", classId, String.format(
                "Listy wyników naboru %d z nazwiskami: %s, %s (%d zakwalifikowanych, %d niezakwalifikowanych%s)", campaignId, k.unitName(),
                k.className(), qualified.size(), notQualified.size(),
                supplementary.isEmpty() ? "" : ", " + supplementary.size() + " przyjętych w rekrutacji uzupełniającej"));
        java.util.Optional<java.util.Set<String>> notConfirmed = publicLists.notAdmitted(campaignId, k.qualifiedCodes());
        List<Person> admitted = notConfirmed.map(n -> qualified.stream().filter(p -> !n.contains(p.code())).toList()).orElse(List.of());
        List<Person> notAdmitted = notConfirmed.map(n -> qualified.stream().filter(p -> n.contains(p.code())).toList()).orElse(List.of());
        return new NamedLists(campaign, k, qualified, notQualified, Instant.now(), supplementary, notConfirmed.isPresent(), admitted,
                notAdmitted);
    }

    private PublicResultsService.PublicCampaign campaign(long campaignId) {
        return published.campaign(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
    }
}
