package pl.edugmina.web.registers;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.Money;
import pl.edugmina.common.ValidationException;
import pl.edugmina.contracts.application.ContractRegisterService;
import pl.edugmina.contracts.domain.ContractDraft;
import pl.edugmina.contracts.domain.RateKind;
import pl.edugmina.web.support.Faces;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * registers/contracts.xhtml: a unit keeps its contracts with external parties (each flagged when below the city's
 * minimum rate, with the reason); the department sees the whole city, sets the minimum rates and exports the list.
 */
@Named
@ViewScoped
public class ContractsBacking extends DeletableRegisterBacking<ContractRegisterService.Row, ContractDraft> {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractRegisterService contracts;

    // filters besides the unit and the text
    private String filterType;
    private boolean flaggedOnly;

    // the entry being written
    private String partyName;
    private String partyNip;
    private String subject;
    private String type;
    private LocalDate dateFrom;
    private LocalDate dateTo;
    private String rateKind = RateKind.HOURLY.name();
    private String amount;
    private String hours;

    // a minimum rate
    private String rateType = "ZLECENIE";
    private int rateYear = LocalDate.now(ContractRegisterService.OFFICE_ZONE).getYear();
    private String rateRateKind = RateKind.HOURLY.name();
    private String rateAmount;

    public ContractsBacking() {
        super("contract.deleted");
    }

    @Override
    protected ContractRegisterService register() {
        return contracts;
    }

    @Override
    protected List<ContractRegisterService.Row> find() {
        return contracts.list(filter());
    }

    public void save() {
        BigDecimal a = parse("amount", amount);
        BigDecimal h = parse("hours", hours);
        if (jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            return; // an amount that is not an amount: named next to its field
        }
        ContractDraft d = new ContractDraft(partyName, partyNip, subject, type, dateFrom, dateTo,
                rateKind == null || rateKind.isBlank() ? null : RateKind.valueOf(rateKind), a, h);
        saveEntry(d, "contractForm", id -> {
            ContractRegisterService.Row saved = contracts.get(id);
            if (saved.flag() != null) {
                Faces.warn("contract.savedFlagged", saved.flag());
            } else {
                Faces.info("contract.saved");
            }
        });
    }

    @Override
    protected void fill(ContractRegisterService.Row r) {
        partyName = r.partyName();
        partyNip = r.partyNip();
        subject = r.subject();
        type = r.typeCode();
        dateFrom = r.dateFrom();
        dateTo = r.dateTo();
        rateKind = r.rateKind().name();
        amount = plain(r.amount());
        hours = r.hours() == null ? null : r.hours().stripTrailingZeros().toPlainString().replace('.', ',');
    }

    @Override
    protected void clearFields() {
        partyName = null;
        partyNip = null;
        subject = null;
        type = null;
        dateFrom = null;
        dateTo = null;
        rateKind = RateKind.HOURLY.name();
        amount = null;
        hours = null;
    }

    public void setRate() {
        BigDecimal a = rateAmount == null || rateAmount.isBlank() ? null : Money.parse(rateAmount).orElse(null);
        try {
            if (rateAmount != null && !rateAmount.isBlank() && a == null) {
                throw new ValidationException(List.of(new ValidationException.Violation("rateAmount", "repair.amount.invalid")));
            }
            contracts.setMinimumRate(rateType, rateYear, RateKind.valueOf(rateRateKind), a);
            Faces.info(a == null ? "contract.minimum.removed" : "contract.minimum.saved");
            rateAmount = null;
            search();
        } catch (BusinessException e) {
            Faces.show(Faces.renamed(e, "amount", "rateAmount"), "rateForm");
        }
    }

    public List<ContractRegisterService.Rate> getMinimumRates() {
        return contracts.minimumRates();
    }

    public List<ContractRegisterService.Type> getTypes() {
        return contracts.types().stream().filter(ContractRegisterService.Type::active).toList();
    }

    public String typeName(ContractRegisterService.Type t) {
        return "en".equals(Faces.locale().getLanguage()) ? t.nameEn() : t.namePl();
    }

    public String typeName(String code) {
        return contracts.types().stream().filter(t -> t.code().equals(code)).findFirst().map(this::typeName).orElse(code);
    }

    public RateKind[] getRateKinds() {
        return RateKind.values();
    }

    public List<RateKind> getMinimumKinds() {
        return List.of(RateKind.HOURLY, RateKind.MONTHLY);
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(ContractRegisterService.OFFICE_ZONE).getYear();
        return List.of(now - 1, now, now + 1, now + 2);
    }

    public StreamedContent getCsv() throws IOException {
        return export("csv");
    }

    public StreamedContent getXlsx() throws IOException {
        return export("xlsx");
    }

    private StreamedContent export(String format) throws IOException {
        var filter = filter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if ("xlsx".equals(format)) {
            contracts.xlsx(filter, out);
        } else {
            contracts.csv(filter, out);
        }
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name("umowy." + format)
                .contentType("xlsx".equals(format) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** The rate typed with its unit: {@code 30,50 zł/h}, {@code 250,00 zł/mies.}, {@code 1 200,00 zł}. */
    public String rate(ContractRegisterService.Row r) {
        String a = Money.format(r.amount());
        return switch (r.rateKind()) {
            case HOURLY -> a + "/h" + (r.hours() == null ? "" : " × " + r.hours().stripTrailingZeros().toPlainString().replace('.', ',') + " h");
            case MONTHLY -> a + Faces.text("contract.perMonth");
            case LUMP_SUM -> a;
        };
    }

    public String money(BigDecimal a) {
        return Money.format(a);
    }

    private ContractRegisterService.Filter filter() {
        return new ContractRegisterService.Filter(getFilterUnit(), filterType, flaggedOnly ? Boolean.TRUE : null, getQ());
    }

    private static String plain(BigDecimal a) {
        return Money.format(a).replace(" zł", "");
    }

    private static BigDecimal parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal a = Money.parse(text).orElse(null);
        if (a == null) {
            Faces.show(new ValidationException(List.of(new ValidationException.Violation(field,
                    "hours".equals(field) ? "contract.hours.invalid" : "repair.amount.invalid"))), "contractForm");
        }
        return a;
    }

    public String getFilterType() { return filterType; }
    public void setFilterType(String filterType) { this.filterType = filterType; }
    public boolean isFlaggedOnly() { return flaggedOnly; }
    public void setFlaggedOnly(boolean flaggedOnly) { this.flaggedOnly = flaggedOnly; }
    public String getPartyName() { return partyName; }
    public void setPartyName(String partyName) { this.partyName = partyName; }
    public String getPartyNip() { return partyNip; }
    public void setPartyNip(String partyNip) { this.partyNip = partyNip; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public LocalDate getDateFrom() { return dateFrom; }
    public void setDateFrom(LocalDate dateFrom) { this.dateFrom = dateFrom; }
    public LocalDate getDateTo() { return dateTo; }
    public void setDateTo(LocalDate dateTo) { this.dateTo = dateTo; }
    public String getRateKind() { return rateKind; }
    public void setRateKind(String rateKind) { this.rateKind = rateKind; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getHours() { return hours; }
    public void setHours(String hours) { this.hours = hours; }
    public String getRateType() { return rateType; }
    public void setRateType(String rateType) { this.rateType = rateType; }
    public int getRateYear() { return rateYear; }
    public void setRateYear(int rateYear) { this.rateYear = rateYear; }
    public String getRateRateKind() { return rateRateKind; }
    public void setRateRateKind(String rateRateKind) { this.rateRateKind = rateRateKind; }
    public String getRateAmount() { return rateAmount; }
    public void setRateAmount(String rateAmount) { this.rateAmount = rateAmount; }
}
