package pl.edugmina.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.recruitment.application.RecruitmentOfferService;
import pl.edugmina.recruitment.domain.setup.CampaignType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** nabor/oferta.xhtml: the public offer of the recruitment, without login, filtered by kind and unit name. */
@Named
@ViewScoped
public class PublicOfferBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    private RecruitmentOfferService offer;

    private String type;
    private String unit;
    private List<RecruitmentOfferService.OfferCampaign> campaigns;

    public void search() {
        campaigns = offer.offer(type, unit);
    }

    public List<RecruitmentOfferService.OfferCampaign> getCampaigns() {
        if (campaigns == null) {
            search();
        }
        return campaigns;
    }

    public CampaignType[] getTypes() {
        return CampaignType.values();
    }

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** "152,45", or a dash when there is no threshold. */
    public String points(BigDecimal p) {
        return p == null ? "—" : p.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
}
