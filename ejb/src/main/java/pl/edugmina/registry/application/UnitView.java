package pl.edugmina.registry.application;

import pl.edugmina.registry.domain.UnitData;

import java.time.Instant;
import java.util.List;

/** Everything the unit detail page shows. */
public record UnitView(long id, int version, UnitData data, String typeName, String parentName, Long parentId,
                       List<Ref> children, List<Ref> groups, String address, boolean active,
                       boolean editable, boolean fullyEditable, Instant updatedAt) {

    public record Ref(long id, String name) {
    }
}
