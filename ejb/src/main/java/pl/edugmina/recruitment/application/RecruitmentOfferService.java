package pl.edugmina.recruitment.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.recruitment.domain.setup.CampaignDraft;
import pl.edugmina.recruitment.domain.setup.CampaignStatus;
import pl.edugmina.recruitment.domain.setup.CampaignType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static pl.edugmina.platform.SqlValues.instant;

/**
 * The public offer of the city's recruitment (no account needed, no personal data): the campaigns from their opening
 * until they close, with their timetable, the published seed of the draw, and per unit its classes with seats, free
 * places and last year's threshold.
 *
 * <p>Free places: the seats (plus seats added on appeal) less the admitted of the campaign's published final
 * allocation; the seats while none is published. Last year's threshold: the cut-off points of the class with the same
 * unit and name in the previous school year's campaign of the same kind (the newest with a published allocation); none
 * when there was no such class or nobody was admitted to it. During the campaign's SUPPLEMENTARY stage (ADR 0016) only
 * the classes with places free for the supplementary round are listed, with those places.
 */
@Stateless
public class RecruitmentOfferService {

    public static final int MAX_QUERY = 200;
    private static final Locale PL = Locale.forLanguageTag("pl-PL");

    @PersistenceContext
    private EntityManager em;

    @jakarta.ejb.EJB
    private SupplementaryRound supplementary;

    public record OfferStage(String stage, LocalDate from, LocalDate to) {
    }

    public record OfferClass(long id, String name, String profile, String languages, String extendedSubjects, int seats, int freePlaces,
                             BigDecimal lastYearThreshold) {
    }

    public record OfferUnit(long unitId, String name, String street, String buildingNo, String postalCode, String locality, String website,
                            List<OfferClass> classes) {
    }

    public record OfferCampaign(long id, String type, String schoolYear, String name, String status, int maxPreferences, String drawSeed,
                                boolean allocationPublished, String previousSchoolYear, List<OfferStage> stages, List<OfferUnit> units) {
    }

    /**
     * The open campaigns, optionally of one kind ({@code type}) and narrowed to units whose name contains
     * {@code unit} (any case); a campaign left without units by the filter is not listed. An unknown kind lists nothing.
     */
    public List<OfferCampaign> offer(String type, String unit) {
        String t = type == null || type.isBlank() ? null : type.strip();
        if (t != null && CampaignType.parse(t) == null) {
            return List.of();
        }
        String q = unit == null || unit.isBlank() ? null : unit.strip().toLowerCase(PL);
        if (q != null && q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        // the statuses are the enum's own names, never input
        String statuses = Arrays.stream(CampaignStatus.values()).filter(CampaignStatus::isPublic).map(s -> "'" + s.name() + "'")
                .collect(java.util.stream.Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> campaigns = em.createNativeQuery("""
                select id, type, school_year, name, status, max_preferences, seed, published_run_id from recruitment_campaign
                where status in (%s) and (cast(?1 as text) is null or type = cast(?1 as text)) order by type, school_year desc, id""".formatted(statuses))
                .setParameter(1, t == null ? null : CampaignType.parse(t).name()).getResultList();
        List<OfferCampaign> out = new ArrayList<>();
        for (Object[] c : campaigns) {
            long id = num(c[0]);
            Long published = c[7] == null ? null : num(c[7]);
            String year = (String) c[2];
            // in the supplementary round (ADR 0016) only the classes with free places, and the places free now
            Map<Long, Integer> free = published != null && supplementary.open(id) ? supplementary.freePlaces(id) : null;
            List<OfferUnit> units = units(id, published, (String) c[1], year, q, free);
            if (units.isEmpty() && (q != null || free != null)) {
                continue;
            }
            out.add(new OfferCampaign(id, (String) c[1], year, (String) c[3], (String) c[4], ((Number) c[5]).intValue(), (String) c[6],
                    published != null, CampaignDraft.validSchoolYear(year) ? CampaignDraft.previousSchoolYear(year) : null, stages(id), units));
        }
        return out;
    }

    private List<OfferStage> stages(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select stage, starts_at, ends_at from recruitment_stage where campaign_id = ?1 order by starts_at, stage")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new OfferStage((String) r[0], CampaignService.startDay(instant(r[1])), CampaignService.endDay(instant(r[2]))))
                .toList();
    }

    private List<OfferUnit> units(long id, Long published, String type, String year, String q, Map<Long, Integer> supplementaryFree) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.id, u.name, u.street, u.building_no, u.postal_code, u.locality, u.website,
                       k.id, k.name, k.profile, k.languages, k.extended_subjects, k.seats, s.seats + s.seats_added - s.admitted
                from recruitment_class k join unit u on u.id = k.unit_id
                left join recruitment_allocation_class s on s.run_id = cast(?2 as bigint) and s.class_id = k.id
                where k.campaign_id = ?1 order by lower(u.name), u.id, k.name, k.id""")
                .setParameter(1, id).setParameter(2, published).getResultList();
        Map<String, BigDecimal> thresholds = lastYear(type, year);
        Map<Long, OfferUnit> units = new LinkedHashMap<>();
        for (Object[] r : rows) {
            // the name compared in Java, Polish letters lower-cased whatever the database's locale
            if (q != null && !((String) r[1]).toLowerCase(PL).contains(q)) {
                continue;
            }
            if (supplementaryFree != null && supplementaryFree.getOrDefault(num(r[7]), 0) == 0) {
                continue;
            }
            long unitId = num(r[0]);
            OfferUnit u = units.computeIfAbsent(unitId, k -> new OfferUnit(unitId, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], new ArrayList<>()));
            int seats = ((Number) r[12]).intValue();
            int free = supplementaryFree != null ? supplementaryFree.get(num(r[7]))
                    : published == null || r[13] == null ? seats : Math.max(0, ((Number) r[13]).intValue());
            u.classes().add(new OfferClass(num(r[7]), (String) r[8], (String) r[9], (String) r[10], (String) r[11], seats, free,
                    thresholds.get(unitId + "\u0000" + r[8])));
        }
        return List.copyOf(units.values());
    }

    /** unit id + NUL + class name → the cut-off points of that class in last year's published allocation of the same kind. */
    private Map<String, BigDecimal> lastYear(String type, String year) {
        Map<String, BigDecimal> out = new HashMap<>();
        if (!CampaignDraft.validSchoolYear(year)) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select k.unit_id, k.name, s.cut_points from recruitment_allocation_class s join recruitment_class k on k.id = s.class_id
                where s.run_id = (select c.published_run_id from recruitment_campaign c
                                  where c.type = ?1 and c.school_year = ?2 and c.published_run_id is not null order by c.id desc limit 1)
                  and s.cut_points is not null""")
                .setParameter(1, type).setParameter(2, CampaignDraft.previousSchoolYear(year)).getResultList();
        for (Object[] r : rows) {
            out.put(num(r[0]) + "\u0000" + r[1], BigDecimal.valueOf(num(r[2]), 2));
        }
        return out;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
