package pl.edugmina.web.repairs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.repairs.application.RepairService;
import pl.edugmina.common.Money;
import pl.edugmina.repairs.domain.RepairStatus;
import pl.edugmina.web.support.Faces;

import java.math.BigDecimal;
import java.util.List;

/** The repairs' dictionaries in the user's language, and amounts as Polish money, for every repairs screen. */
@Named("repairDict")
@RequestScoped
public class RepairDictionaryBacking {

    @Inject
    private RepairService repairs;

    private RepairService.Dictionaries dict;

    private RepairService.Dictionaries dict() {
        if (dict == null) {
            dict = repairs.dictionaries();
        }
        return dict;
    }

    /** Entries users may choose (retired ones stay readable on old requests). */
    public List<RepairService.Entry> getCategories() {
        return dict().categories().stream().filter(RepairService.Entry::active).toList();
    }

    public List<RepairService.Entry> getPriorities() {
        return dict().priorities().stream().filter(RepairService.Entry::active).toList();
    }

    public RepairStatus[] getStatuses() {
        return RepairStatus.values();
    }

    public String category(String code) {
        return name(dict().categories(), code);
    }

    public String priority(String code) {
        return name(dict().priorities(), code);
    }

    public String name(RepairService.Entry e) {
        return "en".equals(Faces.locale().getLanguage()) ? e.nameEn() : e.namePl();
    }

    private String name(List<RepairService.Entry> entries, String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst().map(this::name).orElse(code);
    }

    public String money(BigDecimal amount) {
        return Money.format(amount);
    }
}
