package pl.edugmina.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.recruitment.application.PublicResultsService;
import pl.edugmina.recruitment.application.ResultListsService;
import pl.edugmina.web.api.RecruitmentResource;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * recruitment/lists.xhtml: the published lists with names for the unit's notice board (and the department): the
 * campaigns, then the classes the user may print, then one class's lists, alphabetical, ready to print. The service
 * decides who sees which class and audits every list shown.
 */
@Named
@ViewScoped
public class ResultListsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(AllocationBacking.OFFICE_ZONE);

    @Inject
    private ResultListsService lists;

    private Long campaign;
    private Long classId;
    private List<PublicResultsService.PublicCampaign> campaigns;
    private List<PublicResultsService.PublicClass> classes;
    private ResultListsService.NamedLists named;

    public void load() {
        if (campaign == null) {
            campaigns = lists.campaigns();
        } else if (classId == null) {
            classes = lists.classes(campaign);
        } else {
            named = lists.lists(campaign, classId);
        }
    }

    public String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    public String points(BigDecimal p) {
        return p == null ? "—" : RecruitmentResource.points(p);
    }

    public Long getCampaign() { return campaign; }
    public void setCampaign(Long campaign) { this.campaign = campaign; }
    public Long getClassId() { return classId; }
    public void setClassId(Long classId) { this.classId = classId; }
    public List<PublicResultsService.PublicCampaign> getCampaigns() { return campaigns; }
    public List<PublicResultsService.PublicClass> getClasses() { return classes; }
    public ResultListsService.NamedLists getNamed() { return named; }
}
