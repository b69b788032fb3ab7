package pl.edugmina.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.registry.application.UnitGroupService;
import pl.edugmina.registry.application.UnitGroupService.GroupRow;

import java.util.List;

@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private UnitGroupService groups;

    private List<GroupRow> typeCounts;

    public List<GroupRow> getTypeCounts() {
        if (typeCounts == null) {
            typeCounts = groups.builtInGroups();
        }
        return typeCounts;
    }
}
