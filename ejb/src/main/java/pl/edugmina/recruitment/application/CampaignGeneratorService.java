package pl.edugmina.recruitment.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.platform.Settings;
import pl.edugmina.recruitment.infrastructure.BulkInsert;
import pl.edugmina.recruitment.infrastructure.CampaignGenerator;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Synthetic recruitment campaigns for benchmarks and demonstrations ({@link CampaignGenerator}), written in one
 * transaction. Exists only where {@code EDUGMINA_RECRUITMENT_GENERATOR=true} (otherwise "not found", whoever asks),
 * and then only for the administrator. Audited.
 */
@Stateless
public class CampaignGeneratorService {

    private static final Logger LOG = Logger.getLogger(CampaignGeneratorService.class.getName());
    static final Set<String> TYPES = Set.of("KINDERGARTEN", "CLASS_ONE", "SECONDARY", "DORMITORY");

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    @Inject
    private CandidatePins pins;

    /** Null fields take defaults: SECONDARY, 2026/2027, 1,000 candidates, 7 preferences, 40 classes, seed 2026. */
    public record Request(String type, String schoolYear, String name, Integer candidates, Integer classes, Integer preferences, Long seed,
                          String drawSeed) {
    }

    public CampaignGenerator.Generated generate(Request r) {
        if (!Settings.recruitmentGeneratorEnabled()) {
            throw new NotFoundException("generator", "recruitment");
        }
        Actor me = actors.current();
        if (!me.canGenerateRecruitmentCampaigns()) {
            audit.recordIndependently(me.login(), AuditAction.ACCESS_DENIED, "RecruitmentCampaign", null, "generator");
            throw new AccessDeniedException();
        }
        String type = r.type() == null ? "SECONDARY" : r.type().strip();
        String year = r.schoolYear() == null ? "2026/2027" : r.schoolYear().strip();
        int candidates = r.candidates() == null ? 1_000 : r.candidates();
        int classes = r.classes() == null ? 40 : r.classes();
        int preferences = r.preferences() == null ? 7 : r.preferences();
        long seed = r.seed() == null ? 2026 : r.seed();
        String drawSeed = r.drawSeed() == null || r.drawSeed().isBlank() ? "nabor-" + year.replace('/', '-') + "-" + seed : r.drawSeed().strip();
        String name = r.name() == null || r.name().isBlank()
                ? String.format("Nabór wygenerowany (%s, %s): %d kandydatów, %d klas", type, year, candidates, classes) : r.name().strip();
        List<ValidationException.Violation> errors = new ArrayList<>();
        if (!TYPES.contains(type)) {
            errors.add(new ValidationException.Violation("type", "recruitment.campaign.type"));
        }
        if (!year.matches("[0-9]{4}/[0-9]{4}") || Integer.parseInt(year.substring(5)) != Integer.parseInt(year.substring(0, 4)) + 1) {
            errors.add(new ValidationException.Violation("schoolYear", "recruitment.campaign.schoolYear"));
        }
        if (candidates < 0 || candidates > 500_000) {
            errors.add(new ValidationException.Violation("candidates", "recruitment.generator.range", 0, 500_000));
        }
        if (classes < 1 || classes > 20_000) {
            errors.add(new ValidationException.Violation("classes", "recruitment.generator.range", 1, 20_000));
        }
        if (preferences < 1 || preferences > 20) {
            errors.add(new ValidationException.Violation("preferences", "recruitment.generator.range", 1, 20));
        }
        if (name.length() > 300) {
            errors.add(new ValidationException.Violation("name", "validation.tooLong", 300));
        }
        if (drawSeed.length() > AllocationService.MAX_SEED) {
            errors.add(new ValidationException.Violation("drawSeed", "validation.tooLong", AllocationService.MAX_SEED));
        }
        ValidationException.throwIfAny(errors);
        BulkInsert.Mode mode = "batch".equalsIgnoreCase(Settings.recruitmentBulkWrite()) ? BulkInsert.Mode.BATCH : BulkInsert.Mode.COPY;
        CampaignGenerator.Generated g;
        try (Connection c = dataSource.getConnection()) {
            g = CampaignGenerator.generate(c, new CampaignGenerator.Spec(type, year, name, candidates, classes, preferences, seed, drawSeed),
                    me.login(), mode, pins::hmac);
        } catch (SQLException | IllegalStateException e) {
            throw new IllegalStateException("generating the campaign failed: " + e.getMessage(), e);
        }
        audit.record(me.login(), AuditAction.CREATE, "RecruitmentCampaign", g.campaignId(), String.format(
                "Wygenerowany nabór testowy: %d kandydatów × %d preferencji, %d klas w %d placówkach", g.candidates(), preferences,
                g.classes(), g.units()));
        CampaignGenerator.Generated done = g;
        LOG.info(() -> String.format("EDU-REC-020 generated campaign %d: %d candidates, %d applications, %d classes, %d guardians in %d ms (%s)",
                done.campaignId(), done.candidates(), done.applications(), done.classes(), done.guardians(), done.millis(), done.kind()));
        return g;
    }
}
