package pl.edugmina.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import pl.edugmina.common.BusinessException;
import pl.edugmina.integration.documents.RecruitmentProtocolPdf;
import pl.edugmina.recruitment.application.RecruitmentCommission;
import pl.edugmina.recruitment.application.RecruitmentCommission.CampaignOption;
import pl.edugmina.recruitment.application.RecruitmentCommission.UnitOption;
import pl.edugmina.web.correspondence.CorrespondenceListBacking;
import pl.edugmina.web.support.Downloads;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * recruitment/commission.xhtml: the unit's recruitment commission chooses a campaign (and, working for several units,
 * the unit), sees the applications whose first choice is the unit, filtered by status, and downloads its protocol.
 */
@Named
@ViewScoped
public class CommissionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitmentCommission commission;

    private Long campaignId;
    private Long unitId;
    private String status;
    private String members;
    private List<CampaignOption> campaigns;
    private List<RecruitmentCommission.Row> rows;

    /** Chooses the campaign asked for, else the first one open for verification, else the newest; then its first unit. */
    public void load() {
        campaigns = commission.campaigns();
        if (campaigns.isEmpty()) {
            campaignId = null;
            rows = List.of();
            return;
        }
        if (campaignId == null || getCampaign() == null) {
            campaignId = campaigns.stream().filter(CampaignOption::verificationOpen).findFirst().orElse(campaigns.get(0)).id();
        }
        List<UnitOption> units = getCampaign().units();
        if (unitId == null || units.stream().noneMatch(u -> u.id() == unitId)) {
            unitId = units.get(0).id();
        }
        search();
    }

    public void search() {
        if (campaignId == null) {
            rows = List.of();
            return;
        }
        List<UnitOption> units = getCampaign() == null ? List.of() : getCampaign().units();
        if (units.stream().noneMatch(u -> u.id() == unitId) && !units.isEmpty()) {
            unitId = units.get(0).id();
        }
        try {
            rows = commission.list(campaignId, unitId, status);
        } catch (BusinessException e) {
            rows = List.of();
            Faces.show(e, "filters");
        }
    }

    public StreamedContent protocol() {
        List<String> names = members == null ? List.of() : Arrays.stream(members.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        RecruitmentCommission.Protocol p = commission.protocol(campaignId, unitId, names);
        return Downloads.of("protokol-komisji-" + campaignId + "-" + p.unitId() + ".pdf", "application/pdf", RecruitmentProtocolPdf.render(p));
    }

    public CampaignOption getCampaign() {
        if (campaigns == null || campaignId == null) {
            return null;
        }
        return campaigns.stream().filter(c -> c.id() == campaignId).findFirst().orElse(null);
    }

    public String getUnitName() {
        CampaignOption c = getCampaign();
        return c == null ? "" : c.units().stream().filter(u -> u.id() == unitId).map(UnitOption::name).findFirst().orElse("");
    }

    /** How many of the listed applications wait, were verified and were returned. */
    public String getCounts() {
        return Faces.text("recruitment.commission.counts", count("SUBMITTED"), count("VERIFIED"), count("RETURNED"));
    }

    private long count(String s) {
        return rows == null ? 0 : rows.stream().filter(r -> s.equals(r.status())).count();
    }

    public String time(Instant t) {
        return CorrespondenceListBacking.time(t);
    }

    public String date(java.time.LocalDate d) {
        return CommissionApplicationBacking.date(d);
    }

    public List<CampaignOption> getCampaigns() { return campaigns; }
    public List<RecruitmentCommission.Row> getRows() { return rows; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getMembers() { return members; }
    public void setMembers(String members) { this.members = members; }
}
