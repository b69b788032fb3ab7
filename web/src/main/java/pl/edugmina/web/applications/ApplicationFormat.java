package pl.edugmina.web.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import pl.edugmina.common.Money;
import pl.edugmina.web.correspondence.CorrespondenceListBacking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Values of the applications' screens as Polish readers expect them: dd.MM.yyyy, "12 500,00 zł", "7,75". */
@Named("fmt")
@ApplicationScoped
public class ApplicationFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String time(Instant t) {
        return t == null ? "" : CorrespondenceListBacking.time(t);
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : Money.format(amount);
    }

    public String score(BigDecimal p) {
        return p == null ? "" : p.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** "ewa, jan", or a dash for none. */
    public String join(java.util.Collection<String> items) {
        return items == null || items.isEmpty() ? "—" : String.join(", ", items);
    }

    /** Points as an input shows them: "7,5". */
    static String points(BigDecimal p) {
        return p == null ? "" : p.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** An amount as the input shows it: "12500,50". */
    static String input(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }
}
