package pl.edugmina.recruitment.domain.setup;

import pl.edugmina.common.FieldChecks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's timetable (harmonogram): for each stage the first and the last day (office days in Europe/Warsaw; the
 * store keeps them as instants from 00:00 of the first to 23:59:59 of the last day). A stage may be left out while the
 * campaign is prepared; a campaign opens only with all of them ({@link #missing()}).
 *
 * <p>Order: applications, verification, qualified lists, confirmation of will, admitted lists and the supplementary
 * round follow one another: none starts or ends before the one before it (they may share a day, e.g. the last day of
 * verification and the publication of the lists). Appeals start no earlier than the admitted lists are published.
 * Every date within {@value FieldChecks#MIN_YEAR}–{@value FieldChecks#MAX_YEAR}.
 */
public final class Timetable {

    /** The stages that follow one another, in order; {@link Stage#APPEALS} is checked against {@link Stage#ADMITTED_LIST}. */
    static final List<Stage> SEQUENCE = List.of(Stage.APPLICATIONS, Stage.VERIFICATION, Stage.QUALIFIED_LIST, Stage.CONFIRMATION,
            Stage.ADMITTED_LIST, Stage.SUPPLEMENTARY);

    public record Period(LocalDate from, LocalDate to) {
    }

    private final Map<Stage, Period> stages;

    public Timetable(Map<Stage, Period> stages) {
        Map<Stage, Period> m = new EnumMap<>(Stage.class);
        stages.forEach((k, v) -> {
            if (k != null && v != null && (v.from() != null || v.to() != null)) {
                m.put(k, v);
            }
        });
        this.stages = Collections.unmodifiableMap(m);
    }

    public Map<Stage, Period> stages() {
        return stages;
    }

    /** What is wrong, each on the field {@code stages.<STAGE>}; empty when the timetable may be saved. */
    public List<SetupProblem> problems() {
        FieldChecks<SetupProblem> checks = new FieldChecks<>(SetupProblem::new);
        Map<Stage, Period> valid = new EnumMap<>(Stage.class);
        for (Map.Entry<Stage, Period> e : stages.entrySet()) {
            String field = field(e.getKey());
            Period p = e.getValue();
            if (p.from() == null || p.to() == null) {
                checks.add(field, "recruitment.setup.stage.bothDates");
            } else if (outOfRange(p.from()) || outOfRange(p.to())) {
                checks.add(field, "contract.date.range");
            } else if (p.to().isBefore(p.from())) {
                checks.add(field, "recruitment.setup.stage.endBeforeStart");
            } else {
                valid.put(e.getKey(), p);
            }
        }
        Stage previous = null;
        for (Stage s : SEQUENCE) {
            Period p = valid.get(s);
            if (p == null) {
                continue;
            }
            if (previous != null && before(p, valid.get(previous))) {
                checks.add(field(s), "recruitment.setup.stage.order", previous.polishName());
            }
            previous = s;
        }
        Period appeals = valid.get(Stage.APPEALS);
        Period admitted = valid.get(Stage.ADMITTED_LIST);
        if (appeals != null && admitted != null && appeals.from().isBefore(admitted.from())) {
            checks.add(field(Stage.APPEALS), "recruitment.setup.stage.appealsBeforeLists");
        }
        return checks.list();
    }

    /** The stages still without dates (a campaign opens only when none is). */
    public List<Stage> missing() {
        List<Stage> out = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (!stages.containsKey(s)) {
                out.add(s);
            }
        }
        return out;
    }

    public static String field(Stage s) {
        return "stages." + s.name();
    }

    private static boolean before(Period p, Period previous) {
        return p.from().isBefore(previous.from()) || p.to().isBefore(previous.to());
    }

    private static boolean outOfRange(LocalDate d) {
        return d.getYear() < FieldChecks.MIN_YEAR || d.getYear() > FieldChecks.MAX_YEAR;
    }
}
