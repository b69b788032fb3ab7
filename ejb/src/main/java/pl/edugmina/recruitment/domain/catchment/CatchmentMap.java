package pl.edugmina.recruitment.domain.catchment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All catchment areas of the city, looked up by address: streets are compared normalised ({@link StreetNames}), then
 * the house number against each rule's range. An address should be in exactly one area; {@link #conflicts()} lists
 * the rules of different areas that share numbers, to be fixed when the areas are entered.
 */
public final class CatchmentMap {

    private record Entry(CatchmentArea area, CatchmentArea.Rule rule, String locality) {
    }

    private final List<CatchmentArea> areas;
    private final Map<String, List<Entry>> byStreet = new HashMap<>();

    public CatchmentMap(List<CatchmentArea> areas) {
        this.areas = List.copyOf(areas);
        for (CatchmentArea a : this.areas) {
            for (CatchmentArea.Rule r : a.rules()) {
                String locality = r.locality() == null ? null : StreetNames.normalise(r.locality());
                byStreet.computeIfAbsent(StreetNames.normalise(r.street()), s -> new ArrayList<>()).add(new Entry(a, r, locality));
            }
        }
    }

    public List<CatchmentArea> areas() {
        return areas;
    }

    /** Every area the address falls in (normally one; none for an address outside all areas or not a number). */
    public List<CatchmentArea> areasFor(Address address) {
        HouseNumber number;
        try {
            number = HouseNumber.parse(address.houseNumber());
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        String locality = address.locality() == null ? null : StreetNames.normalise(address.locality());
        Set<CatchmentArea> found = new LinkedHashSet<>();
        for (Entry e : byStreet.getOrDefault(StreetNames.normalise(address.street()), List.of())) {
            if ((e.locality() == null || e.locality().equals(locality)) && e.rule().numbers().contains(number)) {
                found.add(e.area());
            }
        }
        return List.copyOf(found);
    }

    /** The area of the address when there is exactly one. */
    public Optional<CatchmentArea> areaFor(Address address) {
        List<CatchmentArea> found = areasFor(address);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Whether the child at this address belongs to the school's area (admitted to class I on declaration). */
    public boolean inCatchment(Address address, String unitId) {
        return areasFor(address).stream().anyMatch(a -> a.unitId().equals(unitId));
    }

    /** Pairs of rules of different areas on the same street whose numbers overlap, described for the clerk. */
    public List<String> conflicts() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<Entry>> street : byStreet.entrySet()) {
            List<Entry> es = street.getValue();
            for (int i = 0; i < es.size(); i++) {
                for (int j = i + 1; j < es.size(); j++) {
                    Entry a = es.get(i);
                    Entry b = es.get(j);
                    boolean sameLocality = a.locality() == null || b.locality() == null || a.locality().equals(b.locality());
                    if (a.area() != b.area() && sameLocality && a.rule().numbers().overlaps(b.rule().numbers())) {
                        out.add(street.getKey() + ": " + a.area().name() + " and " + b.area().name());
                    }
                }
            }
        }
        out.sort(null);
        return out;
    }
}
