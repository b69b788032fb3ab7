package pl.edugmina.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.recruitment.application.AllocationService;
import pl.edugmina.recruitment.application.AllocationService.CampaignView;
import pl.edugmina.recruitment.application.AllocationService.ClassRow;
import pl.edugmina.recruitment.application.AllocationService.Run;
import pl.edugmina.recruitment.application.AllocationService.StartRequest;
import pl.edugmina.recruitment.application.PublicResultsService;
import pl.edugmina.recruitment.domain.allocation.AllocationMode;
import pl.edugmina.security.ActorService;
import pl.edugmina.web.api.RecruitmentResource;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * recruitment/allocation.xhtml: the department's allocation screen. Without {@code campaign} the choice of campaigns;
 * with it the campaign's runs, starting a dry run (another seed optional) or the final one (head of section, director;
 * superseding a published one: director, with a reason), the progress of the run going on (polled until it ends), the
 * class summary of a chosen run and a candidate's explanation by code. Each action is one AllocationService call.
 */
@Named
@ViewScoped
public class AllocationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(OFFICE_ZONE);

    @Inject
    private AllocationService allocations;

    @Inject
    private PublicResultsService published;

    @Inject
    private ActorService actors;

    private Long campaign;
    private Long run;
    private List<CampaignView> campaigns;
    private CampaignView view;
    private List<Run> runs;
    private Run selected;
    private List<ClassRow> classes;
    private String seed;
    private String reason;
    private String code;
    private Explained explained;

    /** A candidate's explanation as shown: the summary and one sentence per preference. */
    public record Explained(String code, long runId, String summary, List<RecruitmentResource.ExplainedLine> lines) implements Serializable {
    }

    public void load() {
        if (campaign == null) {
            campaigns = allocations.campaigns();
            return;
        }
        refresh();
        Long show = run;
        if (show == null && view.publishedRunId() != null) {
            show = view.publishedRunId();
        }
        if (show == null) {
            show = runs.stream().filter(r -> "DONE".equals(r.status())).map(Run::id).findFirst().orElse(null);
        }
        if (show != null) {
            select(show);
        }
    }

    private void refresh() {
        view = allocations.campaign(campaign);
        runs = allocations.runs(campaign);
    }

    // ---------------------------------------------------------------- start and follow

    public void startDryRun() {
        start(new StartRequest(AllocationMode.DRY_RUN, seed, false, null), "recruitment.run.startedDry");
    }

    public void startFinal() {
        start(new StartRequest(AllocationMode.FINAL, null, false, null), "recruitment.run.startedFinal");
    }

    public void supersede() {
        start(new StartRequest(AllocationMode.FINAL, null, true, reason), "recruitment.run.startedSupersede");
    }

    private void start(StartRequest request, String done) {
        try {
            long id = allocations.start(campaign, request);
            Faces.info(done, id);
            reason = null;
            refresh();
        } catch (BusinessException e) {
            Faces.show(e, "startForm");
        }
    }

    /** The run going on, if any (newest first: at most one runs). */
    public Run getCurrent() {
        return runs == null ? null : runs.stream().filter(r -> "RUNNING".equals(r.status())).findFirst().orElse(null);
    }

    public boolean isRunning() {
        return getCurrent() != null;
    }

    /** Polled while a run goes on: its progress; when it ends, the runs again and its classes. */
    public void poll() {
        Run before = getCurrent();
        refresh();
        if (before != null && !isRunning()) {
            Run after = runs.stream().filter(r -> r.id() == before.id()).findFirst().orElse(null);
            if (after != null && "DONE".equals(after.status())) {
                select(after.id());
                Faces.info("recruitment.run.finished", after.id());
            } else if (after != null) {
                Faces.error("recruitment.run.failed", after.id(), after.error() == null ? "" : after.error());
            }
        }
    }

    // ---------------------------------------------------------------- results

    public void select(long runId) {
        try {
            selected = allocations.run(runId);
            run = runId;
            classes = "DONE".equals(selected.status()) ? allocations.classes(runId) : List.of();
            explained = null;
        } catch (BusinessException e) {
            Faces.show(e, "runsForm");
        }
    }

    public void explain() {
        explained = null;
        if (selected == null) {
            return;
        }
        if (code == null || code.isBlank()) {
            Faces.show(new pl.edugmina.common.ValidationException(List.of(
                    new pl.edugmina.common.ValidationException.Violation("code", "validation.required"))), "explainForm");
            return;
        }
        try {
            AllocationService.CandidateOutcome o = allocations.candidate(selected.id(), code.strip());
            List<RecruitmentResource.ExplainedLine> lines = o.lines().stream().map(RecruitmentResource::line).toList();
            String summary = o.placedClass() == null
                    ? Faces.text("recruitment.explain.notPlaced", lines.size())
                    : Faces.text("recruitment.explain.placed", RecruitmentResource.label(o.placedClass()), o.placedPreference());
            explained = new Explained(o.code(), o.runId(), summary, lines);
        } catch (pl.edugmina.common.NotFoundException e) {
            Faces.show(new pl.edugmina.common.ValidationException(List.of(
                    new pl.edugmina.common.ValidationException.Violation("code", "recruitment.run.noCandidate", code.strip()))), "explainForm");
        } catch (BusinessException e) {
            Faces.show(e, "explainForm");
        }
    }

    // ---------------------------------------------------------------- for the page

    public boolean isMayRunFinal() {
        return actors.current().canRunFinalAllocation() && view != null && view.publishedRunId() == null;
    }

    public boolean isMaySupersede() {
        return actors.current().canSupersedeFinalAllocation() && view != null && view.publishedRunId() != null;
    }

    /** When the public sees the published results (the campaign's QUALIFIED_LIST stage), or null before publication. */
    public String getPublicFrom() {
        return campaign == null ? null : published.campaign(campaign).map(c -> time(c.visibleFrom())).orElse(null);
    }

    public String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    public String points(BigDecimal p) {
        return p == null ? "—" : RecruitmentResource.points(p);
    }

    public String cutOff(AllocationService.Key k) {
        return k == null ? "—" : RecruitmentResource.points(k.points()) + (k.tier() > 0 ? " " + Faces.text("recruitment.run.precedence") : "");
    }

    public String millis(Integer ms) {
        return ms == null ? "—" : String.format(Faces.locale(), "%,d ms", ms);
    }

    public String phase(Run r) {
        return Faces.text("recruitment.run.phase." + r.phase());
    }

    public Long getCampaign() { return campaign; }
    public void setCampaign(Long campaign) { this.campaign = campaign; }
    public Long getRun() { return run; }
    public void setRun(Long run) { this.run = run; }
    public List<CampaignView> getCampaigns() { return campaigns; }
    public CampaignView getView() { return view; }
    public List<Run> getRuns() { return runs; }
    public Run getSelected() { return selected; }
    public List<ClassRow> getClasses() { return classes; }
    public String getSeed() { return seed; }
    public void setSeed(String seed) { this.seed = seed; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Explained getExplained() { return explained; }
}
