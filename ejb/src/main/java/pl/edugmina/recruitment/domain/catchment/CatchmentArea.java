package pl.edugmina.recruitment.domain.catchment;

import java.util.List;

/**
 * The catchment area (obwód) of a primary school, as the city's resolution lists it: streets with the house numbers
 * that belong to it. {@code unitId} is the school (its registry id or RSPO number as text).
 */
public record CatchmentArea(String unitId, String name, List<Rule> rules) {

    /** One line of the resolution: a street (in a locality, if given) and which of its numbers. */
    public record Rule(String locality, String street, HouseNumberRange numbers) {
        public Rule {
            if (street == null || street.isBlank() || numbers == null) {
                throw new IllegalArgumentException("a rule needs a street and a range of numbers");
            }
        }

        public static Rule of(String street, HouseNumberRange numbers) {
            return new Rule(null, street, numbers);
        }
    }

    public CatchmentArea {
        rules = List.copyOf(rules);
    }
}
