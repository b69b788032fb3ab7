package pl.edugmina.recruitment.domain.setup;

import pl.edugmina.recruitment.domain.points.Criterion;
import pl.edugmina.recruitment.domain.points.KindergartenCriteria;
import pl.edugmina.recruitment.domain.points.RecruitmentDefaults;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The criteria a new campaign starts from when the department asks for "the law's defaults": the numbers of
 * {@link RecruitmentDefaults} with the documents that prove each criterion (Prawo oświatowe art. 150 ust. 2 for the
 * statutory ones). The city's own criteria are an example to be replaced by its council's resolution. The campaign
 * keeps its own copy; changing this class changes no existing campaign.
 */
public final class DefaultCriteria {

    private static final String DISABILITY_CHILD = "orzeczenie o potrzebie kształcenia specjalnego wydane ze względu na niepełnosprawność, "
            + "orzeczenie o niepełnosprawności lub o stopniu niepełnosprawności";
    private static final String DISABILITY = "orzeczenie o niepełnosprawności lub o stopniu niepełnosprawności lub orzeczenie równoważne";
    private static final Map<String, String> PROOF = Map.ofEntries(
            Map.entry("WIELODZIETNOSC", "oświadczenie o wielodzietności rodziny kandydata"),
            Map.entry("NIEPELNOSPRAWNOSC_KANDYDATA", DISABILITY_CHILD),
            Map.entry("NIEPELNOSPRAWNOSC_JEDNEGO_RODZICA", DISABILITY),
            Map.entry("NIEPELNOSPRAWNOSC_OBOJGA_RODZICOW", DISABILITY),
            Map.entry("NIEPELNOSPRAWNOSC_RODZENSTWA", DISABILITY),
            Map.entry("SAMOTNE_WYCHOWYWANIE", "prawomocny wyrok sądu rodzinnego orzekający rozwód lub separację lub akt zgonu oraz oświadczenie "
                    + "o samotnym wychowywaniu dziecka"),
            Map.entry("PIECZA_ZASTEPCZA", "dokument poświadczający objęcie dziecka pieczą zastępczą"),
            Map.entry("RODZICE_PRACUJA", "oświadczenie rodziców o zatrudnieniu, prowadzeniu działalności lub nauce w trybie dziennym"),
            Map.entry("PODATEK_W_GMINIE", "oświadczenie o rozliczaniu podatku dochodowego w urzędzie skarbowym właściwym dla gminy"),
            Map.entry("RODZENSTWO_W_PLACOWCE", "oświadczenie rodzica o uczęszczaniu rodzeństwa kandydata do tej placówki"),
            Map.entry("PROBLEMY_ZDROWOTNE", "zaświadczenie lekarskie o problemach zdrowotnych ograniczających możliwość wyboru kierunku kształcenia"));

    private DefaultCriteria() {
    }

    /** The defaults for a kind of campaign, in the order shown. */
    public static List<CriterionDraft> forType(CampaignType type) {
        List<CriterionDraft> out = new ArrayList<>();
        switch (type) {
            case KINDERGARTEN -> {
                KindergartenCriteria k = RecruitmentDefaults.kindergarten();
                k.statutory().criteria().forEach(c -> out.add(draft(c, "STATUTORY")));
                k.municipal().criteria().forEach(c -> out.add(draft(c, "MUNICIPAL")));
            }
            case CLASS_ONE -> {
                // children from the catchment area are admitted on declaration; the others by the city's criteria (an example)
                out.add(new CriterionDraft("RODZENSTWO_W_SZKOLE", "MUNICIPAL", "rodzeństwo kandydata uczęszcza do tej szkoły",
                        new BigDecimal("8"), "oświadczenie rodzica o uczęszczaniu rodzeństwa kandydata do tej szkoły"));
                out.add(new CriterionDraft("RODZIC_PRACUJE_W_OBWODZIE", "MUNICIPAL", "miejsce pracy rodzica znajduje się w obwodzie szkoły",
                        new BigDecimal("4"), "oświadczenie rodzica o miejscu pracy"));
                out.add(new CriterionDraft("KREWNI_W_OBWODZIE", "MUNICIPAL",
                        "w obwodzie szkoły mieszkają krewni wspierający rodziców w opiece nad kandydatem", new BigDecimal("2"),
                        "oświadczenie rodzica o miejscu zamieszkania krewnych"));
            }
            case SECONDARY -> {
                // the statutory second tier: health first, then the criteria of equal value
                RecruitmentDefaults.secondarySecondTier().preceding().criteria().forEach(c -> out.add(draft(c, "STATUTORY")));
                RecruitmentDefaults.secondarySecondTier().equalValue().criteria().forEach(c -> out.add(draft(c, "STATUTORY")));
            }
            case DORMITORY -> RecruitmentDefaults.statutoryCriteria().criteria().forEach(c -> out.add(draft(c, "STATUTORY")));
        }
        return out;
    }

    private static CriterionDraft draft(Criterion c, String group) {
        return new CriterionDraft(c.code(), group, c.label(), c.points(), PROOF.get(c.code()));
    }
}
