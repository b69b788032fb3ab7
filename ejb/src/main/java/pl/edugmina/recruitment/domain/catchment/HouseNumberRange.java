package pl.edugmina.recruitment.domain.catchment;

/**
 * Which numbers of a street belong to an area, as catchment resolutions write them: all, odd or even numbers, from
 * and to (both included; either open). Parity is of the number without its letter. A letter belongs to its number:
 * "to 12" includes 12a and 12b; "to 12a" includes 12a but not 12b; "from 12" includes 12a.
 */
public record HouseNumberRange(Parity parity, HouseNumber from, HouseNumber to) {

    public enum Parity { ALL, ODD, EVEN }

    public HouseNumberRange {
        if (parity == null) {
            throw new IllegalArgumentException("parity is required (ALL, ODD or EVEN)");
        }
        if (from != null && to != null && from.compareTo(to) > 0 && from.number() > to.number()) {
            throw new IllegalArgumentException("a range from " + from + " to " + to + " is empty");
        }
    }

    public static HouseNumberRange all() {
        return new HouseNumberRange(Parity.ALL, null, null);
    }

    /** E.g. {@code of(ODD, "1", "35")}, {@code of(EVEN, "2", null)}: null for an open end. */
    public static HouseNumberRange of(Parity parity, String from, String to) {
        return new HouseNumberRange(parity, from == null ? null : HouseNumber.parse(from), to == null ? null : HouseNumber.parse(to));
    }

    public boolean contains(HouseNumber n) {
        if (parity == Parity.ODD && !n.odd() || parity == Parity.EVEN && n.odd()) {
            return false;
        }
        if (from != null && n.compareTo(from) < 0) {
            return false;
        }
        if (to != null) {
            return to.letter().isEmpty() ? n.number() <= to.number() : n.compareTo(to) <= 0;
        }
        return true;
    }

    /** Whether some house number is in both ranges (by number, letters ignored). */
    public boolean overlaps(HouseNumberRange o) {
        if (parity != Parity.ALL && o.parity != Parity.ALL && parity != o.parity) {
            return false;
        }
        int lo = Math.max(from == null ? 1 : from.number(), o.from == null ? 1 : o.from.number());
        int hi = Math.min(to == null ? Integer.MAX_VALUE : to.number(), o.to == null ? Integer.MAX_VALUE : o.to.number());
        Parity p = parity != Parity.ALL ? parity : o.parity;
        for (int n = lo; n <= hi && n < lo + 2; n++) {
            if (p == Parity.ALL || (p == Parity.ODD) == (n % 2 == 1)) {
                return true;
            }
        }
        return false;
    }
}
