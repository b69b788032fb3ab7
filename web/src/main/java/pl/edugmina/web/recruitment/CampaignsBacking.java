package pl.edugmina.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.recruitment.application.CampaignService;
import pl.edugmina.recruitment.domain.setup.CampaignDraft;
import pl.edugmina.recruitment.domain.setup.CampaignType;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** recruitment/campaigns.xhtml: the department's recruitment campaigns and a new one. */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

    private List<CampaignService.Summary> rows;
    private String type = CampaignType.KINDERGARTEN.name();
    private String schoolYear = upcomingSchoolYear(LocalDate.now(CampaignService.OFFICE_ZONE));
    private String name;
    private Integer maxPreferences = 3;
    private String seed;

    /** The school year the next recruitment fills: from September on, the one after next September. */
    static String upcomingSchoolYear(LocalDate today) {
        int first = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
        return first + "/" + (first + 1);
    }

    public List<CampaignService.Summary> getRows() {
        if (rows == null) {
            rows = campaigns.list();
        }
        return rows;
    }

    public String create() {
        try {
            long id = campaigns.create(new CampaignDraft(type, schoolYear, name, maxPreferences, seed));
            Faces.info("recruitment.setup.created");
            return "/recruitment/campaign?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            Faces.show(e, "newForm");
            return null;
        }
    }

    public CampaignType[] getTypes() {
        return CampaignType.values();
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getSchoolYear() { return schoolYear; }
    public void setSchoolYear(String schoolYear) { this.schoolYear = schoolYear; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getMaxPreferences() { return maxPreferences; }
    public void setMaxPreferences(Integer maxPreferences) { this.maxPreferences = maxPreferences; }
    public String getSeed() { return seed; }
    public void setSeed(String seed) { this.seed = seed; }
}
