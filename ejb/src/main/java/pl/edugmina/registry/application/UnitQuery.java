package pl.edugmina.registry.application;

/**
 * Filters, sorting and paging of the registry list. Null filters mean "any".
 *
 * @param text      part of the name or short name, or an RSPO number
 * @param activeOn  only units active today ({@code true}), only inactive ({@code false}), or all (null)
 * @param sortField one of name, rspoNumber, type, locality, shortName
 */
public record UnitQuery(String text, Integer typeId, Boolean publicUnit, String locality, Long groupId,
                        Boolean activeOn, String sortField, boolean ascending, int first, int pageSize) {

    public static UnitQuery all() {
        return new UnitQuery(null, null, null, null, null, null, "name", true, 0, 10_000);
    }

    public UnitQuery page(int newFirst, int newPageSize) {
        return new UnitQuery(text, typeId, publicUnit, locality, groupId, activeOn, sortField, ascending, newFirst, newPageSize);
    }
}
