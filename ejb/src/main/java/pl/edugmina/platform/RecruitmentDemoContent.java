package pl.edugmina.platform;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.recruitment.application.CampaignService;
import pl.edugmina.recruitment.application.CandidatePins;
import pl.edugmina.recruitment.domain.allocation.AllocationMode;
import pl.edugmina.recruitment.domain.allocation.AllocationResult;
import pl.edugmina.recruitment.domain.allocation.DeferredAcceptance;
import pl.edugmina.recruitment.domain.setup.CampaignDraft;
import pl.edugmina.recruitment.domain.setup.CatchmentDraft;
import pl.edugmina.recruitment.domain.setup.ClassDraft;
import pl.edugmina.recruitment.domain.setup.Stage;
import pl.edugmina.recruitment.domain.setup.Timetable;
import pl.edugmina.recruitment.infrastructure.BulkInsert;
import pl.edugmina.recruitment.infrastructure.CampaignReader;
import pl.edugmina.recruitment.infrastructure.ResultWriter;
import pl.edugmina.recruitment.infrastructure.ResultsPublisher;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The demo city's recruitment (issue 5), loaded with the rest of the demo content: this year's kindergarten and class I
 * campaigns, open for applications today (the timetable is relative to the day of loading), with classes in several
 * units including the demo school, the law's default criteria and, for class I, a few catchment streets; and last
 * year's class I campaign, closed, with a published final allocation of made-up candidates, so that the public offer
 * shows last year's thresholds and the public results and lists (nabor/wyniki, nabor/listy.xhtml) have last year's
 * codes. The campaigns are set up through {@link CampaignService} as the referent (rules and audit as on the screens);
 * last year's candidates and the allocation run are written directly, allocated by the same domain code as a real run
 * ({@link DeferredAcceptance}, {@link ResultWriter}) and published by the FINAL run's own publisher
 * ({@link ResultsPublisher}, as AllocationStore.save does), in the same transaction.
 */
@Stateless
public class RecruitmentDemoContent {

    private static final Logger LOG = Logger.getLogger(RecruitmentDemoContent.class.getName());
    private static final String[] FIRST = {"Zofia", "Jan", "Hanna", "Antoni", "Maja", "Szymon", "Julia", "Franciszek", "Lena", "Filip"};
    /** The one demo candidate with a PIN, for trying the public results page (demo data only, documented in the README). */
    public static final String DEMO_CODE = "DEMO-0001";
    public static final String DEMO_PIN = "20262026";
    private static final String[] LAST = {"Nowak", "Wójcik", "Kamińska", "Lis", "Mazur", "Krawczyk", "Zając", "Król", "Wróbel", "Sikora"};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private CampaignService campaigns;

    @EJB
    private AuditService audit;

    @Inject
    private CandidatePins pins;

    /** What was loaded (for the demo content's summary). */
    public record Loaded(long kindergarten, long classOne, long lastYear, int lastYearCandidates) {
    }

    public Loaded load(LocalDate today) {
        long school = ((Number) em.createNativeQuery("select unit_id from app_user where login = 'dyrektor.szkoly'").getSingleResult()).longValue();
        List<Long> primaries = new ArrayList<>(List.of(school));
        primaries.addAll(ids("select id from unit where type_id = 2 and parent_id is null and id <> ?1 order by rspo_number", school, 2));
        List<Long> kindergartens = ids("select id from unit where type_id = 1 order by rspo_number", null, 3);
        int first = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
        String year = first + "/" + (first + 1);
        String previous = (first - 1) + "/" + first;

        long lastYear = as(() -> classOne(previous, "Nabór do klas I szkół podstawowych " + previous, today.minusYears(1), primaries, 8));
        int candidates = allocateLastYear(lastYear, primaries, today);
        as(() -> {
            campaigns.changeStatus(lastYear, "CLOSED");
            return null;
        });

        long classOne = as(() -> classOne(year, "Nabór do klas I szkół podstawowych " + year, today, primaries, 24));
        as(() -> {
            campaigns.changeStatus(classOne, "APPLICATIONS");
            return null;
        });
        long kindergarten = as(() -> {
            long id = campaigns.create(new CampaignDraft("KINDERGARTEN", year, "Nabór do przedszkoli " + year, 3, "nabor-przedszkola-" + year.replace('/', '-')));
            campaigns.setStages(id, timetable(today));
            for (long k : kindergartens) {
                campaigns.addClass(id, new ClassDraft(k, "Grupa 3-latków", null, null, null, 25));
                campaigns.addClass(id, new ClassDraft(k, "Grupa 4-latków", null, "angielski", null, 5));
            }
            campaigns.addClass(id, new ClassDraft(school, "Oddział przedszkolny 0a", "6-latki", "angielski", null, 20));
            campaigns.loadDefaultCriteria(id);
            campaigns.changeStatus(id, "APPLICATIONS");
            return id;
        });
        LOG.info(String.format("EDU-PLT-013 demo recruitment loaded: kindergarten campaign %d and class I campaign %d open, last year's class I"
                + " campaign %d closed with %d candidates allocated and published", kindergarten, classOne, lastYear, candidates));
        return new Loaded(kindergarten, classOne, lastYear, candidates);
    }

    /** Applications from three days before {@code day} for two weeks, then the other stages one after another. */
    static Map<Stage, Timetable.Period> timetable(LocalDate day) {
        Map<Stage, Timetable.Period> m = new EnumMap<>(Stage.class);
        m.put(Stage.APPLICATIONS, new Timetable.Period(day.minusDays(3), day.plusDays(14)));
        m.put(Stage.VERIFICATION, new Timetable.Period(day.plusDays(15), day.plusDays(21)));
        m.put(Stage.QUALIFIED_LIST, new Timetable.Period(day.plusDays(22), day.plusDays(22)));
        m.put(Stage.CONFIRMATION, new Timetable.Period(day.plusDays(23), day.plusDays(29)));
        m.put(Stage.ADMITTED_LIST, new Timetable.Period(day.plusDays(30), day.plusDays(30)));
        m.put(Stage.APPEALS, new Timetable.Period(day.plusDays(31), day.plusDays(45)));
        m.put(Stage.SUPPLEMENTARY, new Timetable.Period(day.plusDays(46), day.plusDays(60)));
        return m;
    }

    /** A class I campaign in preparation made complete: timetable, classes 1a and 1b (and a sports class) per school, criteria, streets. */
    private long classOne(String year, String name, LocalDate day, List<Long> schools, int seats) {
        long id = campaigns.create(new CampaignDraft("CLASS_ONE", year, name, 3, "nabor-klasy-1-" + year.replace('/', '-')));
        campaigns.setStages(id, timetable(day));
        for (long s : schools) {
            campaigns.addClass(id, new ClassDraft(s, "1a", null, "angielski", null, seats));
            campaigns.addClass(id, new ClassDraft(s, "1b", null, "angielski", null, seats));
        }
        campaigns.addClass(id, new ClassDraft(schools.get(0), "1s", "sportowy (piłka nożna)", "angielski", "wychowanie fizyczne", seats));
        campaigns.loadDefaultCriteria(id);
        List<CatchmentDraft.Line> lines = new ArrayList<>();
        long a = schools.get(0);
        long b = schools.get(Math.min(1, schools.size() - 1));
        long c = schools.get(Math.min(2, schools.size() - 1));
        lines.add(new CatchmentDraft.Line(a, null, "Lipowa", "ALL", null, null));
        lines.add(new CatchmentDraft.Line(a, null, "Narutowicza", "ODD", "1", "49"));
        lines.add(new CatchmentDraft.Line(b, null, "Narutowicza", "EVEN", null, null));
        lines.add(new CatchmentDraft.Line(b, null, "Okopowa", "ALL", "1", "20"));
        lines.add(new CatchmentDraft.Line(c, null, "Okopowa", "ALL", "21", null));
        lines.add(new CatchmentDraft.Line(c, null, "Aleje Racławickie", "ALL", null, null));
        campaigns.setCatchment(id, b == a || c == b ? lines.subList(0, 2) : lines);
        return id;
    }

    /**
     * Last year: open, closed for verification, then 60 made-up candidates (no PESEL, no application: all the qualified
     * count as admitted) each listing three classes with points (some from the catchment area, placed above points),
     * allocated once as FINAL and published; only {@link #DEMO_CODE} has a PIN ({@link #DEMO_PIN}).
     */
    private int allocateLastYear(long campaign, List<Long> schools, LocalDate today) {
        as(() -> {
            campaigns.changeStatus(campaign, "APPLICATIONS");
            campaigns.changeStatus(campaign, "VERIFICATION");
            return null;
        });
        @SuppressWarnings("unchecked")
        List<Number> classes = em.createNativeQuery("select id from recruitment_class where campaign_id = ?1 order by id").setParameter(1, campaign)
                .getResultList();
        Random random = new Random(2026);
        int count = 60;
        // the sequence hands out blocks of 50 (pooled-lo): 60 candidates need two blocks, never ids past the block taken
        long[] ids = new long[count];
        for (int i = 0; i < count; i += 50) {
            long base = ((Number) em.createNativeQuery("select nextval('recruitment_candidate_seq')").getSingleResult()).longValue();
            for (int k = i; k < Math.min(count, i + 50); k++) {
                ids[k] = base + (k - i);
            }
        }
        for (int i = 0; i < count; i++) {
            long id = ids[i];
            String code = String.format("DEMO-%04d", i + 1);
            em.createNativeQuery("""
                    insert into recruitment_candidate (id, campaign_id, code, first_name, last_name, birth_date, created_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, now())""")
                    .setParameter(1, id).setParameter(2, campaign).setParameter(3, code)
                    .setParameter(4, FIRST[random.nextInt(FIRST.length)]).setParameter(5, LAST[random.nextInt(LAST.length)])
                    .setParameter(6, today.minusYears(7).minusDays(random.nextInt(360))).executeUpdate();
            if (code.equals(DEMO_CODE)) {
                em.createNativeQuery("update recruitment_candidate set pin_hmac = ?1 where id = ?2")
                        .setParameter(1, pins.hmac(code, DEMO_PIN)).setParameter(2, id).executeUpdate();
            }
            List<Number> shuffled = new ArrayList<>(classes);
            java.util.Collections.shuffle(shuffled, random);
            for (int rank = 1; rank <= 3; rank++) {
                em.createNativeQuery("""
                        insert into recruitment_preference (campaign_id, candidate_id, rank, class_id, tier, points, second_tier)
                        values (?1, ?2, ?3, ?4, ?5, ?6, 0)""")
                        .setParameter(1, campaign).setParameter(2, id).setParameter(3, rank).setParameter(4, shuffled.get(rank - 1).longValue())
                        .setParameter(5, rank == 1 && random.nextInt(6) == 0 ? 1 : 0).setParameter(6, 200L * random.nextInt(8)).executeUpdate();
            }
        }
        String seed = (String) em.createNativeQuery("select seed from recruitment_campaign where id = ?1").setParameter(1, campaign).getSingleResult();
        long run = ((Number) em.createNativeQuery("""
                insert into recruitment_allocation_run (id, campaign_id, mode, seed, status, phase, progress, started_by, started_at, finished_at)
                values (nextval('recruitment_allocation_run_seq'), ?1, 'FINAL', ?2, 'DONE', 'FINISHED', 100, 'kierownik', now(), now()) returning id""")
                .setParameter(1, campaign).setParameter(2, seed).getSingleResult()).longValue();
        // the same connection as the statements above (this transaction's), so the rows just written are there
        em.unwrap(Session.class).doWork(c -> {
            CampaignReader.Loaded loaded = CampaignReader.read(c, campaign, seed, 3, CampaignReader.Progress.NONE);
            AllocationResult result = DeferredAcceptance.allocate(loaded.campaign(), AllocationMode.FINAL);
            ResultWriter.write(c, run, loaded, result, BulkInsert.Mode.BATCH, n -> { });
            try (PreparedStatement ps = c.prepareStatement("""
                    update recruitment_allocation_run set classes = ?, seats = ?, candidates = ?, applications = ?, placed = ?, rounds = ?,
                        proposals = ? where id = ?""")) {
                ps.setInt(1, loaded.classIds().length);
                ps.setInt(2, loaded.seatsTotal());
                ps.setInt(3, loaded.candidateIds().length);
                ps.setInt(4, loaded.applications());
                ps.setInt(5, result.placedCount());
                ps.setInt(6, result.rounds());
                ps.setLong(7, result.proposals());
                ps.setLong(8, run);
                ps.executeUpdate();
            }
            // the public rows (results per code, lists per class, the publication), as the department's FINAL writes them
            // in the same transaction as making it the campaign's published run (below)
            ResultsPublisher.Published p = ResultsPublisher.publish(c, campaign, run);
            LOG.info(() -> String.format("EDU-REC-050 results of campaign %d published from run %d: %d candidates (%d qualified), %d classes in %d ms",
                    p.campaignId(), p.runId(), p.candidates(), p.qualified(), p.classes(), p.millis()));
        });
        em.createNativeQuery("update recruitment_campaign set published_run_id = ?1, status = 'ALLOCATED', version = version + 1 where id = ?2")
                .setParameter(1, run).setParameter(2, campaign).executeUpdate();
        audit.record("kierownik", AuditAction.CREATE, "RecruitmentAllocationRun", run,
                "Przydział FINAL naboru " + campaign + " (dane demonstracyjne: " + count + " kandydatów); wynik opublikowany");
        return count;
    }

    private List<Long> ids(String sql, Long param, int max) {
        var q = em.createNativeQuery(sql);
        if (param != null) {
            q.setParameter(1, param);
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = q.setMaxResults(max).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    private <T> T as(Supplier<T> work) {
        Actor referent = actors.forLogin("referent");
        if (!referent.isAuthenticated()) {
            throw new IllegalStateException("demo user missing: referent");
        }
        return ActorService.actingAs(referent, work);
    }
}
