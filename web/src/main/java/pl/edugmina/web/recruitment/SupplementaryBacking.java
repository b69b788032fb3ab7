package pl.edugmina.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.recruitment.application.AllocationService.Run;
import pl.edugmina.recruitment.application.SupplementaryRound;
import pl.edugmina.recruitment.domain.allocation.AllocationMode;
import pl.edugmina.security.ActorService;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.util.List;

/**
 * The supplementary round's part of recruitment/allocation.xhtml (ADR 0016): its state, its runs, starting a dry run
 * or the final one (head of section, director; once), the progress of a run going on (polled), and a run's classes
 * shown by the page's {@link AllocationBacking} (the same class summary and explanations as the main round's). Each
 * action is one SupplementaryRound call.
 */
@Named
@ViewScoped
public class SupplementaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupplementaryRound supplementary;

    @Inject
    private AllocationBacking page;

    @Inject
    private ActorService actors;

    private SupplementaryRound.Status status;
    private List<Run> runs;

    private Long campaign() {
        return page.getCampaign();
    }

    public SupplementaryRound.Status getStatus() {
        if (status == null && campaign() != null) {
            refresh();
        }
        return status;
    }

    public List<Run> getRuns() {
        if (runs == null && campaign() != null) {
            refresh();
        }
        return runs;
    }

    private void refresh() {
        status = supplementary.status(campaign());
        runs = supplementary.runs(campaign());
    }

    public void startDryRun() {
        start(AllocationMode.DRY_RUN);
    }

    public void startFinal() {
        start(AllocationMode.FINAL);
    }

    private void start(AllocationMode mode) {
        try {
            long id = supplementary.start(campaign(), mode, null);
            Faces.info("recruitment.supplementary.started", id);
            refresh();
            // a small round may be done before the page asks: its classes at once (no poll to wait for)
            runs.stream().filter(r -> r.id() == id && "DONE".equals(r.status())).findFirst().ifPresent(r -> page.select(id));
        } catch (BusinessException e) {
            Faces.show(e, "suppForm");
            refresh();
        }
    }

    public Run getCurrent() {
        return getRuns() == null ? null : runs.stream().filter(r -> "RUNNING".equals(r.status())).findFirst().orElse(null);
    }

    public boolean isRunning() {
        return getCurrent() != null;
    }

    /** Polled while a run goes on; when it ends, its classes are shown. */
    public void poll() {
        Run before = getCurrent();
        refresh();
        if (before != null && !isRunning()) {
            Run after = runs.stream().filter(r -> r.id() == before.id()).findFirst().orElse(null);
            if (after != null && "DONE".equals(after.status())) {
                page.select(after.id());
                Faces.info("recruitment.run.finished", after.id());
            } else if (after != null) {
                Faces.error("recruitment.run.failed", after.id(), after.error() == null ? "" : after.error());
            }
        }
    }

    /** Runs may start: the main round is published and the SUPPLEMENTARY stage has begun. */
    public boolean isMayStart() {
        return getStatus() != null && status.started() && !isRunning();
    }

    public boolean isMayRunFinal() {
        return isMayStart() && status.supplementaryRunId() == null && actors.current().canRunFinalAllocation();
    }

    public String stage() {
        SupplementaryRound.Status s = getStatus();
        if (s == null || s.stageFrom() == null) {
            return Faces.text("recruitment.supplementary.noStage");
        }
        return page.time(s.stageFrom()) + " – " + page.time(s.stageTo());
    }
}
