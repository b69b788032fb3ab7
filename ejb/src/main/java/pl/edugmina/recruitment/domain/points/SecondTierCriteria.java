package pl.edugmina.recruitment.domain.points;

import java.util.Set;

/**
 * The statutory criteria that break a tie on points (e.g. in secondary schools: first candidates whose health limits
 * the choice of school, then the statutory criteria of equal value: large family, disabilities, single parent, foster
 * care). The value given to the allocation's second tier is lexicographic: each {@code preceding} criterion met
 * outweighs all {@code equalValue} ones ({@code preceding met × (equalValue size + 1) + equalValue met}).
 */
public record SecondTierCriteria(CriteriaSet preceding, CriteriaSet equalValue) {

    public long value(Set<String> precedingMet, Set<String> equalValueMet) {
        return (long) preceding.count(precedingMet) * (equalValue.size() + 1) + equalValue.count(equalValueMet);
    }
}
