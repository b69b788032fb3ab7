package pl.edugmina.recruitment.domain.catchment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's catchment areas as stored ({@code recruitment_catchment}: one row per street and range of a unit's
 * area) turned into the {@link CatchmentMap} the scoring looks addresses up in; the area of a unit is named by its id.
 */
public final class CatchmentRows {

    /** One stored line: the unit, locality, street, parity ALL/ODD/EVEN and the range (null: an open end). */
    public record Row(long unitId, String locality, String street, String parity, String numberFrom, String numberTo) {
    }

    private CatchmentRows() {
    }

    public static CatchmentMap map(List<Row> rows) {
        Map<Long, List<CatchmentArea.Rule>> byUnit = new LinkedHashMap<>();
        for (Row r : rows) {
            HouseNumberRange.Parity parity = r.parity() == null ? HouseNumberRange.Parity.ALL : HouseNumberRange.Parity.valueOf(r.parity());
            byUnit.computeIfAbsent(r.unitId(), u -> new ArrayList<>()).add(new CatchmentArea.Rule(r.locality(), r.street(),
                    HouseNumberRange.of(parity, blankToNull(r.numberFrom()), blankToNull(r.numberTo()))));
        }
        List<CatchmentArea> areas = new ArrayList<>();
        byUnit.forEach((unit, rules) -> areas.add(new CatchmentArea(Long.toString(unit), "obwód placówki " + unit, rules)));
        return new CatchmentMap(areas);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
