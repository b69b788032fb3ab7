package pl.edugmina.web.recruitment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.recruitment.application.PublicListsService;
import pl.edugmina.recruitment.application.PublicListsService.UnitLists;
import pl.edugmina.recruitment.application.PublicResultsService;
import pl.edugmina.recruitment.application.PublicResultsService.PublicCampaign;
import pl.edugmina.recruitment.application.PublicResultsService.PublicUnit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * nabor/listy.xhtml, without login: the campaigns whose results are public, a campaign's units (seats, qualified, free
 * places) and a unit's lists of codes per class (PublicListsService). Everything is in the address ({@code nabor},
 * {@code placowka}), so a list can be bookmarked or sent; a campaign or unit that is not public says so instead.
 */
@Named
@RequestScoped
public class PublicListsBacking {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(AllocationBacking.OFFICE_ZONE);

    @Inject
    private PublicResultsService results;

    @Inject
    private PublicListsService lists;

    private Long campaignId;
    private Long unitId;
    private PublicCampaign campaign;
    private List<PublicUnit> units;
    private UnitLists unitLists;
    private boolean notFound;
    private boolean loaded;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (campaignId == null) {
            return;
        }
        try {
            campaign = results.visibleCampaign(campaignId);
            if (unitId != null) {
                unitLists = lists.unitLists(campaignId, unitId);
            } else {
                units = results.units(campaignId);
            }
        } catch (NotFoundException e) {
            notFound = true;
            campaign = null;
            units = null;
            unitLists = null;
        }
    }

    /** The campaigns whose results the public sees now. */
    public List<PublicCampaign> getCampaigns() {
        Instant now = Instant.now();
        return results.publishedCampaigns().stream().filter(c -> c.visible(now)).toList();
    }

    public PublicCampaign getCampaign() {
        load();
        return campaign;
    }

    public List<PublicUnit> getUnits() {
        load();
        return units;
    }

    public UnitLists getUnitLists() {
        load();
        return unitLists;
    }

    public boolean isNotFound() {
        load();
        return notFound;
    }

    public String when(Instant t) {
        return t == null ? "" : WHEN.format(t);
    }

    /** "152,45", or a dash when the class has no threshold. */
    public String points(BigDecimal p) {
        return p == null ? "—" : p.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
}
