package pl.edugmina.web.applications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import pl.edugmina.applications.application.ApplicationCallService;
import pl.edugmina.applications.domain.CallRules;
import pl.edugmina.common.Money;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.web.messages.FormDesigner;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** applications/call-new.xhtml: the department opens a call for applications with its rules, criteria and forms. */
@Named
@ViewScoped
public class CallNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationCallService calls;

    /** A scoring criterion as typed. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String label;
        private String maxPoints = "10";
        private String weight = "1";

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getMaxPoints() { return maxPoints; }
        public void setMaxPoints(String maxPoints) { this.maxPoints = maxPoints; }
        public String getWeight() { return weight; }
        public void setWeight(String weight) { this.weight = weight; }
    }

    private Integer kindId = 1;
    private String name;
    private String description;
    private LocalDate opensOn = CallRules.today(Instant.now());
    private LocalDate closesOn = CallRules.today(Instant.now()).plusMonths(1);
    private List<Integer> eligibleTypes = new ArrayList<>();
    /** Unit type id → limit as typed (blank: the default). */
    private Map<Integer, String> limits = new HashMap<>();
    private Integer defaultLimit = 3;
    private String budget;
    private String maxPerApplication;
    private boolean partialAllowed;
    private LocalDate reportDue;
    private final List<CriterionRow> criteria = new ArrayList<>(List.of(new CriterionRow()));
    private final FormDesigner applicationForm = new FormDesigner();
    private final FormDesigner reportForm = new FormDesigner();

    public String create() {
        List<ValidationException.Violation> errors = new ArrayList<>();
        BigDecimal budgetValue = amount(budget, "budget", true, errors);
        BigDecimal maxValue = amount(maxPerApplication, "maxPerApplication", false, errors);
        Map<Integer, Integer> limitValues = new HashMap<>();
        limits.forEach((type, text) -> {
            if (text != null && !text.isBlank()) {
                try {
                    limitValues.put(type, Integer.valueOf(text.strip()));
                } catch (NumberFormatException e) {
                    errors.add(new ValidationException.Violation("limits", "application.call.limit.range", CallRules.MAX_LIMIT));
                }
            }
        });
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            JsonArrayBuilder c = Json.createArrayBuilder();
            for (CriterionRow r : criteria) {
                JsonObjectBuilder o = Json.createObjectBuilder().add("label", r.label == null ? "" : r.label);
                o.add("maxPoints", r.maxPoints == null ? "" : r.maxPoints.strip().replace(',', '.'));
                o.add("weight", r.weight == null || r.weight.isBlank() ? "1" : r.weight.strip().replace(',', '.'));
                c.add(o);
            }
            long id = calls.create(new ApplicationCallService.NewCall(kindId, name, description, opensOn, closesOn, new HashSet<>(eligibleTypes),
                    limitValues, defaultLimit, budgetValue, maxValue, partialAllowed, c.build(), applicationForm.toJson(), reportForm.toJson(),
                    reportDue));
            Faces.info("application.call.created");
            return "/applications/call?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            Faces.show(e, "callForm");
            return null;
        }
    }

    private static BigDecimal amount(String text, String field, boolean required, List<ValidationException.Violation> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new ValidationException.Violation(field, "validation.required"));
            }
            return null;
        }
        return Money.parseNonNegative(text).orElseGet(() -> {
            errors.add(new ValidationException.Violation(field, "application.amount.invalid"));
            return null;
        });
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(CriterionRow r) {
        criteria.remove(r);
    }

    public List<ApplicationCallService.Kind> getKinds() {
        return calls.kinds();
    }

    public List<Map.Entry<Integer, String>> getUnitTypes() {
        return new ArrayList<>(calls.unitTypeNames().entrySet());
    }

    public Integer getKindId() { return kindId; }
    public void setKindId(Integer kindId) { this.kindId = kindId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public List<Integer> getEligibleTypes() { return eligibleTypes; }
    public void setEligibleTypes(List<Integer> eligibleTypes) { this.eligibleTypes = eligibleTypes; }
    public Map<Integer, String> getLimits() { return limits; }
    public Integer getDefaultLimit() { return defaultLimit; }
    public void setDefaultLimit(Integer defaultLimit) { this.defaultLimit = defaultLimit; }
    public String getBudget() { return budget; }
    public void setBudget(String budget) { this.budget = budget; }
    public String getMaxPerApplication() { return maxPerApplication; }
    public void setMaxPerApplication(String maxPerApplication) { this.maxPerApplication = maxPerApplication; }
    public boolean isPartialAllowed() { return partialAllowed; }
    public void setPartialAllowed(boolean partialAllowed) { this.partialAllowed = partialAllowed; }
    public LocalDate getReportDue() { return reportDue; }
    public void setReportDue(LocalDate reportDue) { this.reportDue = reportDue; }
    public List<CriterionRow> getCriteria() { return criteria; }
    public FormDesigner getApplicationForm() { return applicationForm; }
    public FormDesigner getReportForm() { return reportForm; }
}
