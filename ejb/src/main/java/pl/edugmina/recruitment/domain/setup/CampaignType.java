package pl.edugmina.recruitment.domain.setup;

import java.util.Set;

/**
 * The kinds of recruitment a city runs (nabór), each to its own kind of units of the registry (RSPO type ids): a
 * kindergarten campaign to kindergartens and the pre-school classes of primary schools, class I to primary schools,
 * secondary to licea, technika, branżowe and post-secondary schools, a dormitory campaign to bursy. A zespół (100)
 * may be named for any of them: its schools are often registered under it.
 */
public enum CampaignType {
    KINDERGARTEN(Set.of(1, 2, 100)),
    CLASS_ONE(Set.of(2, 82, 100)),
    SECONDARY(Set.of(14, 16, 93, 94, 19, 82, 100)),
    DORMITORY(Set.of(27, 100));

    private final Set<Integer> unitTypes;

    CampaignType(Set<Integer> unitTypes) {
        this.unitTypes = unitTypes;
    }

    /** Whether a unit of this RSPO type may offer classes (groups) in a campaign of this kind. */
    public boolean admitsUnitType(int unitTypeId) {
        return unitTypes.contains(unitTypeId);
    }

    /** Only class I has catchment areas (obwody): children living in a school's area are admitted on declaration. */
    public boolean hasCatchment() {
        return this == CLASS_ONE;
    }

    /** The type for a text (any case, surrounding spaces ignored), or null when it names none. */
    public static CampaignType parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
