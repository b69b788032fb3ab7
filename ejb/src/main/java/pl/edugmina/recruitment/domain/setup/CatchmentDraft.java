package pl.edugmina.recruitment.domain.setup;

import pl.edugmina.common.FieldChecks;
import pl.edugmina.recruitment.domain.catchment.CatchmentArea;
import pl.edugmina.recruitment.domain.catchment.CatchmentMap;
import pl.edugmina.recruitment.domain.catchment.HouseNumberRange;
import pl.edugmina.recruitment.domain.catchment.StreetNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catchment areas (obwody) of a class I campaign as the department enters them: lines of the council's
 * resolution, each a school, a locality, a street, which numbers (all, odd or even) and from/to (either open).
 * Refused: a line without a street or locality, a number that is not a house number ("12", "12a"), an empty range,
 * and two schools' lines that share a house number on the same street ({@link CatchmentMap#conflicts()}): an address
 * belongs to one area.
 */
public final class CatchmentDraft {

    public static final int MAX_LINES = 5_000;

    public record Line(Long unitId, String locality, String street, String parity, String from, String to) {
        public Line {
            locality = FieldChecks.stripToNull(locality);
            street = FieldChecks.stripToNull(street);
            parity = parity == null || parity.isBlank() ? "ALL" : parity.strip().toUpperCase(Locale.ROOT);
            from = FieldChecks.stripToNull(from);
            to = FieldChecks.stripToNull(to);
        }

        public Line withLocality(String l) {
            return new Line(unitId, l, street, parity, from, to);
        }
    }

    private CatchmentDraft() {
    }

    public static String field(int index, String name) {
        return "catchment[" + index + "]." + name;
    }

    /** The numbers of a line, or null when they are not valid. */
    public static HouseNumberRange range(Line l) {
        try {
            return HouseNumberRange.of(HouseNumberRange.Parity.valueOf(l.parity()), l.from(), l.to());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** @param unitNames the schools' names, to say which areas overlap */
    public static List<SetupProblem> problems(List<Line> lines, Map<Long, String> unitNames) {
        FieldChecks<SetupProblem> checks = new FieldChecks<>(SetupProblem::new);
        if (lines.size() > MAX_LINES) {
            checks.add("catchment", "recruitment.setup.catchment.tooMany", MAX_LINES);
            return checks.list();
        }
        record Valid(int index, Line line, CatchmentArea.Rule rule) {
        }
        Map<String, List<Valid>> byStreet = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            boolean ok = checks.required(field(i, "unitId"), l.unitId());
            checks.requiredText(field(i, "locality"), l.locality(), 100);
            checks.requiredText(field(i, "street"), l.street(), 200);
            ok &= l.locality() != null && l.locality().length() <= 100 && l.street() != null && l.street().length() <= 200;
            if (!List.of("ALL", "ODD", "EVEN").contains(l.parity())) {
                checks.add(field(i, "parity"), "recruitment.setup.catchment.parityValue");
                ok = false;
            }
            ok &= houseNumber(checks, field(i, "from"), l.from());
            ok &= houseNumber(checks, field(i, "to"), l.to());
            if (!ok) {
                continue;
            }
            HouseNumberRange range = range(l);
            if (range == null) {
                checks.add(field(i, "to"), "recruitment.setup.catchment.emptyRange");
                continue;
            }
            byStreet.computeIfAbsent(StreetNames.normalise(l.street()), s -> new ArrayList<>())
                    .add(new Valid(i, l, new CatchmentArea.Rule(l.locality(), l.street(), range)));
        }
        for (List<Valid> street : byStreet.values()) {
            for (int j = 1; j < street.size(); j++) {
                Valid b = street.get(j);
                for (int i = 0; i < j; i++) {
                    Valid a = street.get(i);
                    if (a.line().unitId().equals(b.line().unitId())) {
                        continue;
                    }
                    CatchmentMap pair = new CatchmentMap(List.of(
                            new CatchmentArea(String.valueOf(a.line().unitId()), "a", List.of(a.rule())),
                            new CatchmentArea(String.valueOf(b.line().unitId()), "b", List.of(b.rule()))));
                    if (!pair.conflicts().isEmpty()) {
                        checks.add(field(b.index(), "street"), "recruitment.setup.catchment.overlap", b.line().street(),
                                unitNames.getOrDefault(a.line().unitId(), String.valueOf(a.line().unitId())), a.index() + 1);
                        break;
                    }
                }
            }
        }
        return checks.list();
    }

    private static boolean houseNumber(FieldChecks<SetupProblem> checks, String field, String value) {
        if (value == null) {
            return true;
        }
        if (value.length() > 20 || !value.matches("\\d{1,6}\\s*[a-zA-Z]?")) {
            checks.add(field, "recruitment.setup.catchment.number");
            return false;
        }
        return true;
    }
}
