package pl.edugmina.web.repairs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitView;
import pl.edugmina.repairs.application.RepairService;
import pl.edugmina.common.Money;
import pl.edugmina.repairs.domain.PoolBalance;
import pl.edugmina.repairs.domain.RepairStatus;
import pl.edugmina.web.correspondence.CorrespondenceListBacking;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * repairs/list.xhtml (a unit's requests) and repairs/needs.xhtml (the department's city-wide needs: filters, sums by
 * category and priority, the year's pool and setting it).
 */
@Named
@ViewScoped
public class RepairListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepairService repairs;

    @Inject
    private UnitRegistryService units;

    private Long unitId;
    private String category;
    private String priority;
    private String status;
    private String q;
    private int year = LocalDate.now(RepairService.OFFICE_ZONE).getYear();
    private String newPool;
    private List<RepairService.Row> rows;
    private RepairService.Needs needs;
    private List<UnitView.Ref> unitOptions;

    private RepairService.Filter filter() {
        return new RepairService.Filter(unitId, category, priority, status == null || status.isBlank() ? null : RepairStatus.valueOf(status), q);
    }

    public void search() {
        rows = repairs.list(filter());
    }

    public List<RepairService.Row> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    public void searchNeeds() {
        needs = repairs.needs(filter(), year);
    }

    public RepairService.Needs getNeeds() {
        if (needs == null) {
            searchNeeds();
        }
        return needs;
    }

    public PoolBalance getPool() {
        return getNeeds().pool();
    }

    public void setPool() {
        BigDecimal a = newPool == null ? null : Money.parse(newPool).orElse(null);
        try {
            if (a == null) {
                throw new ValidationException(List.of(new ValidationException.Violation("amount", "repair.amount.invalid")));
            }
            repairs.setPool(year, a);
            Faces.info("repair.pool.saved", String.valueOf(year), Money.format(a));
            newPool = null;
        } catch (BusinessException e) {
            Faces.show(e, "poolForm");
        }
        searchNeeds();
    }

    public List<UnitView.Ref> getUnitOptions() {
        if (unitOptions == null) {
            unitOptions = units.openUnits();
        }
        return unitOptions;
    }

    /** Pool years offered: last year to two years ahead. */
    public List<Integer> getYears() {
        int now = LocalDate.now(RepairService.OFFICE_ZONE).getYear();
        return List.of(now - 1, now, now + 1, now + 2);
    }

    public String time(Instant t) {
        return CorrespondenceListBacking.time(t);
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getNewPool() { return newPool; }
    public void setNewPool(String newPool) { this.newPool = newPool; }
}
