package pl.edugmina.recruitment.domain.points;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The numbers of the law and of an example city, in one place, for a new campaign's configuration (the campaign keeps
 * its own copy; nothing here is read by the calculators). Checked against the domain notes, not yet against the
 * current text of the act and the regulation: verify before a real campaign.
 */
public final class RecruitmentDefaults {

    /** Tiers above points: laureates of national olympiads (secondary), children from the catchment area (class I). */
    public record Precedence(int laureate, int catchment) {
    }

    private RecruitmentDefaults() {
    }

    public static Precedence precedence() {
        return new Precedence(1, 1);
    }

    /** The seven statutory criteria (Prawo oświatowe art. 131 ust. 2), of equal value (1 point each here). */
    public static CriteriaSet statutoryCriteria() {
        BigDecimal one = BigDecimal.ONE;
        return new CriteriaSet(List.of(
                new Criterion("WIELODZIETNOSC", "wielodzietność rodziny kandydata", one),
                new Criterion("NIEPELNOSPRAWNOSC_KANDYDATA", "niepełnosprawność kandydata", one),
                new Criterion("NIEPELNOSPRAWNOSC_JEDNEGO_RODZICA", "niepełnosprawność jednego z rodziców kandydata", one),
                new Criterion("NIEPELNOSPRAWNOSC_OBOJGA_RODZICOW", "niepełnosprawność obojga rodziców kandydata", one),
                new Criterion("NIEPELNOSPRAWNOSC_RODZENSTWA", "niepełnosprawność rodzeństwa kandydata", one),
                new Criterion("SAMOTNE_WYCHOWYWANIE", "samotne wychowywanie kandydata w rodzinie", one),
                new Criterion("PIECZA_ZASTEPCZA", "objęcie kandydata pieczą zastępczą", one)));
    }

    /**
     * Kindergarten: the statutory criteria, and an <em>example</em> of a city's stage-2 criteria (each city sets its
     * own by resolution, at most 6).
     */
    public static KindergartenCriteria kindergarten() {
        return new KindergartenCriteria(statutoryCriteria(), new CriteriaSet(List.of(
                new Criterion("RODZICE_PRACUJA", "oboje rodzice (rodzic samotnie wychowujący) pracują lub studiują", new BigDecimal("20")),
                new Criterion("PODATEK_W_GMINIE", "rodzice rozliczają podatek dochodowy w gminie", new BigDecimal("15")),
                new Criterion("RODZENSTWO_W_PLACOWCE", "rodzeństwo kandydata uczęszcza do tej placówki", new BigDecimal("10")))),
                6);
    }

    /**
     * Secondary school (up to 200 points): exam Polish and maths 0.35, a foreign language 0.30 per percent; grades
     * 6/5/4/3/2 → 18/17/14/8/2 in four subjects; certificate with distinction 7; achievements up to 18; volunteering 3.
     */
    public static SecondaryPointsConfig secondary() {
        return new SecondaryPointsConfig(
                Map.of("JEZYK_POLSKI", new BigDecimal("0.35"), "MATEMATYKA", new BigDecimal("0.35"), "JEZYK_OBCY", new BigDecimal("0.30")),
                Map.of(6, new BigDecimal("18"), 5, new BigDecimal("17"), 4, new BigDecimal("14"), 3, new BigDecimal("8"), 2, new BigDecimal("2")),
                4, new BigDecimal("7"), new BigDecimal("18"), new BigDecimal("3"), new BigDecimal("200"));
    }

    /**
     * Secondary school: the points of one achievement by its level (the regulation's table, simplified to its
     * common rows): code → {label, points}. The sum is capped by {@link SecondaryPointsConfig#achievementsCap()}.
     */
    public static Map<String, Map.Entry<String, BigDecimal>> secondaryAchievements() {
        Map<String, Map.Entry<String, BigDecimal>> m = new java.util.LinkedHashMap<>();
        m.put("FINALISTA_PRZEDMIOTOWY", Map.entry("finalista konkursu przedmiotowego kuratora oświaty", new BigDecimal("10")));
        m.put("LAUREAT_TEMATYCZNY", Map.entry("laureat konkursu tematycznego lub interdyscyplinarnego", new BigDecimal("7")));
        m.put("FINALISTA_TEMATYCZNY", Map.entry("finalista konkursu tematycznego lub interdyscyplinarnego", new BigDecimal("5")));
        m.put("MIEDZYNARODOWY", Map.entry("wysokie miejsce w zawodach międzynarodowych", new BigDecimal("4")));
        m.put("KRAJOWY", Map.entry("wysokie miejsce w zawodach krajowych", new BigDecimal("3")));
        m.put("WOJEWODZKI", Map.entry("wysokie miejsce w zawodach wojewódzkich", new BigDecimal("2")));
        m.put("POWIATOWY", Map.entry("wysokie miejsce w zawodach powiatowych", new BigDecimal("1")));
        return m;
    }

    /** Secondary second tier: health limiting the choice of school first, then the statutory criteria. */
    public static SecondTierCriteria secondarySecondTier() {
        return new SecondTierCriteria(new CriteriaSet(List.of(
                new Criterion("PROBLEMY_ZDROWOTNE", "problemy zdrowotne ograniczające możliwość wyboru kierunku kształcenia", BigDecimal.ONE))),
                statutoryCriteria());
    }
}
