package pl.edugmina.platform;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.applications.application.ApplicationCallService;
import pl.edugmina.applications.application.ApplicationService;
import pl.edugmina.applications.application.EvaluationService;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.contracts.application.ContractRegisterService;
import pl.edugmina.contracts.domain.ContractDraft;
import pl.edugmina.contracts.domain.RateKind;
import pl.edugmina.innovations.application.InnovationRegisterService;
import pl.edugmina.innovations.domain.InnovationDraft;
import pl.edugmina.innovations.domain.InnovationKind;
import pl.edugmina.innovations.domain.InnovationStatus;
import pl.edugmina.jobs.application.JobBankService;
import pl.edugmina.jobs.domain.CandidateEntry;
import pl.edugmina.jobs.domain.JobOfferDraft;
import pl.edugmina.messaging.application.MessageService;
import pl.edugmina.messaging.domain.DeliveryStatus;
import pl.edugmina.platform.mail.Notifications;
import pl.edugmina.repairs.application.RepairService;
import pl.edugmina.repairs.domain.RepairDraft;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;
import pl.edugmina.security.Role;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The demo content of the department↔units areas (issue 4), loaded with the demo city in the same transaction: a few
 * messages (one answered by the demo school, one with an answer form, one waiting for the kierownik's approval, and a
 * question from the school to the department), an open call for grants with a draft of the demo school and a call
 * whose committee has scored (the ranking), repair requests in different states against this year's pool, and the
 * registers (contracts, one below the city's minimum rate; innovations; job offers and a candidate).
 *
 * <p>Everything goes through the application services, acting as the demo users ({@link ActorService#actingAs}), so
 * the data passes the same rules as typed on the screens and every step is in the histories and the audit log under
 * the name of who would have taken it. Dates are relative to today, so the demo makes sense in any year. No e-mail is
 * queued ({@link Notifications#withheld}): the demo users' addresses are fictional. All names of people are made up.
 */
@Stateless
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    @EJB
    private MessageService messages;

    @EJB
    private ApplicationCallService calls;

    @EJB
    private ApplicationService applications;

    @EJB
    private EvaluationService evaluations;

    @EJB
    private RepairService repairs;

    @EJB
    private ContractRegisterService contracts;

    @EJB
    private InnovationRegisterService innovations;

    @EJB
    private JobBankService jobs;

    @EJB
    private RecruitmentDemoContent recruitment;

    /** The units the demo content is about: the demo school, the demo zespół and two of its member schools. */
    record Units(long school, long complex, long technikum, long branzowa) {
    }

    /** What was loaded, for the log and the audit record. */
    record Loaded(int messages, int calls, int applications, int repairs, int contracts, int innovations, int offers, int candidates) {
        /** For the audit log, in Polish. */
        String polish() {
            return "wiadomości: " + messages + ", nabory wniosków: " + calls + " (wnioski: " + applications + "), zgłoszenia napraw: " + repairs
                    + ", umowy: " + contracts + ", innowacje: " + innovations + ", oferty pracy: " + offers + ", kandydaci: " + candidates;
        }

        @Override
        public String toString() {
            return messages + " messages, " + calls + " calls (" + applications + " applications), " + repairs + " repair requests, "
                    + contracts + " contracts, " + innovations + " innovations, " + offers + " job offers, " + candidates + " candidate";
        }
    }

    /** Loads the demo content; the demo city (units, demo users) must be there, in this transaction. */
    public void load() {
        long t0 = System.nanoTime();
        LocalDate today = LocalDate.now(DeliveryStatus.OFFICE_ZONE);
        Units units = units();
        Loaded[] loaded = new Loaded[1];
        int withheld = Notifications.withheld(() -> loaded[0] = new Loaded(
                messages(units, today), 2, applications(units, today), repairs(units, today), contracts(units, today),
                innovations(units, today), offers(units, today), 1));
        recruitment.load(today);
        audit.record(Actor.system().login(), AuditAction.CREATE, "DemoContent", null, "Treści demonstracyjne: " + loaded[0].polish()
                + "; bez powiadomień e-mail");
        LOG.info(String.format("EDU-PLT-012 demo content loaded: %s; %d e-mail notifications withheld; in %d ms", loaded[0], withheld,
                (System.nanoTime() - t0) / 1_000_000));
    }

    private Units units() {
        long school = unitOf("dyrektor.szkoly");
        long complex = unitOf("dyrektor.zespolu");
        return new Units(school, complex, member(complex, 16), member(complex, 93));
    }

    private long unitOf(String login) {
        return ((Number) em.createNativeQuery("select unit_id from app_user where login = ?1").setParameter(1, login).getSingleResult()).longValue();
    }

    /** The zespół's member unit of the RSPO type {@code typeId}, or the zespół itself when it has none. */
    private long member(long complex, int typeId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from unit where parent_id = ?1 and type_id = ?2 order by rspo_number")
                .setParameter(1, complex).setParameter(2, typeId).setMaxResults(1).getResultList();
        return ids.isEmpty() ? complex : ids.get(0).longValue();
    }

    // ---------------------------------------------------------------- acting as the demo users

    private <T> T as(String login, Supplier<T> work) {
        Actor actor = actors.forLogin(login);
        if (!actor.isAuthenticated()) {
            throw new IllegalStateException("demo user missing: " + login);
        }
        return ActorService.actingAs(actor, work);
    }

    private void as(String login, Runnable work) {
        as(login, () -> {
            work.run();
            return null;
        });
    }

    // ---------------------------------------------------------------- messages

    private int messages(Units u, LocalDate today) {
        // 1. to all primary schools, through the whole approval chain; the demo school has read and answered it
        String transportHtml = "<p>Szanowni Państwo,</p><p>w związku z planowaniem dowozów na kolejny semestr prosimy o podanie "
                + "<strong>liczby uczniów korzystających z dowozu</strong> organizowanego przez Miasto, z podziałem na:</p>"
                + "<ul><li>uczniów dowożonych rano,</li><li>uczniów odwożonych po lekcjach,</li>"
                + "<li>uczniów z orzeczeniem o potrzebie kształcenia specjalnego.</li></ul>"
                + "<p>Odpowiedź prosimy przesłać w wiadomości zwrotnej, bez załączników.</p><p>Wydział Oświaty</p>";
        long transport = as("referent", () -> messages.send(new MessageService.Draft(
                "Dowozy uczniów – liczba uczniów korzystających z dowozu", "(treść sformatowana)", true, today.plusDays(10),
                Set.of(), Set.of(2), Set.of()).withRichBody(transportHtml)));
        approveAll(transport);
        as("dyrektor.szkoly", () -> messages.open(transport, u.school()));
        as("sekretariat", () -> messages.reply(transport, u.school(), """
                Z dowozu organizowanego przez Miasto korzysta 14 uczniów:
                – rano: 14,
                – po lekcjach: 11,
                – w tym z orzeczeniem o potrzebie kształcenia specjalnego: 3."""));

        // 2. an answer form to primary schools and zespoły, written by the kierownik (approved by the director);
        //    the zespół has answered, the demo school not yet
        JsonArray form = json("""
                [{"label":"Osoba do kontaktu","type":"TEXT","required":true},
                 {"label":"Liczba pracowni przedmiotowych","type":"NUMBER","required":true},
                 {"label":"Czy szkoła ma pracownię przyrodniczą?","type":"CHOICE","options":["tak","nie"],"required":true},
                 {"label":"Pracownie do doposażenia","type":"TABLE","columns":[
                    {"label":"Pracownia","type":"TEXT","required":true},
                    {"label":"Liczba stanowisk","type":"NUMBER"},
                    {"label":"Szacowany koszt (zł)","type":"NUMBER"}]}]""").asJsonArray();
        long labs = as("kierownik", () -> messages.send(new MessageService.Draft(
                "Stan pracowni przedmiotowych – dane do planu doposażenia",
                "Prosimy o wypełnienie formularza o pracowniach przedmiotowych. Dane posłużą do przygotowania planu doposażenia "
                        + "pracowni na przyszły rok budżetowy. Pracownie, które nie wymagają doposażenia, prosimy pominąć w tabeli.",
                true, today.plusDays(14), Set.of(), Set.of(2, 100), Set.of(), MessageService.replyForm(form), null)));
        approveAll(labs);
        as("dyrektor.zespolu", () -> messages.open(labs, u.complex()));
        as("dyrektor.zespolu", () -> messages.reply(labs, u.complex(), "Dane dotyczą wszystkich szkół zespołu.", List.of(),
                json("""
                        {"f1":"Marta Kępińska, wicedyrektor","f2":"9","f3":"nie",
                         "f4":[{"c1":"Pracownia gastronomiczna","c2":"16","c3":"48000"},
                               {"c1":"Pracownia informatyczna","c2":"12","c3":"36500"}]}""").asJsonObject()));

        // 3. written by the referent, waiting for the kierownik's approval
        as("referent", () -> messages.send(new MessageService.Draft(
                "Harmonogram rekrutacji do przedszkoli na rok szkolny " + (schoolYear(today) + 1) + "/" + (schoolYear(today) + 2),
                "Przekazujemy projekt harmonogramu postępowania rekrutacyjnego do przedszkoli. Prosimy o zapoznanie się z terminami "
                        + "i przygotowanie informacji dla rodziców. Zarządzenie Prezydenta Miasta zostanie opublikowane w BIP.",
                false, null, Set.of(), Set.of(1), Set.of())));

        // 4. the demo school asks the department (not read there yet)
        as("sekretariat", () -> messages.writeToDepartment(u.school(), "Pytanie o termin przekazania arkusza organizacyjnego",
                "Uprzejmie prosimy o informację, do kiedy należy przekazać projekt arkusza organizacyjnego na kolejny rok szkolny "
                        + "i czy obowiązuje w tym roku nowy wzór aneksu.", List.of()));
        return 4;
    }

    /** Takes the message through every approval step it waits for, each by the demo user holding that role. */
    private void approveAll(long id) {
        for (int step = 0; step < Role.values().length; step++) {
            Object[] m = (Object[]) em.createNativeQuery("select status, pending_role from message where id = ?1").setParameter(1, id)
                    .getSingleResult();
            if (!"PENDING".equals(m[0])) {
                return;
            }
            String approver = switch (Role.valueOf((String) m[1])) {
                case DEPT_HEAD -> "kierownik";
                case DEPT_DIRECTOR -> "dyrektor.wydzialu";
                case DEPT_OFFICER -> "referent";
                default -> "admin";
            };
            as(approver, () -> messages.approve(id, null));
        }
        throw new IllegalStateException("demo message " + id + " still waits for approval");
    }

    // ---------------------------------------------------------------- applications (wnioski)

    private int applications(Units u, LocalDate today) {
        int n = 0;
        // an open call for grants: 3 applications per school, 6 per poradnia, bursa or MDK; two criteria
        Map<Integer, Integer> limits = Map.of(27, 6, 29, 6, 34, 6);
        long grants = as("referent", () -> calls.create(new ApplicationCallService.NewCall(1,
                "Granty oświatowe " + schoolYear(today) + "/" + (schoolYear(today) + 1) + " – projekty edukacyjne szkół i placówek",
                "Dofinansowanie projektów edukacyjnych realizowanych przez szkoły i placówki oświatowe: zajęcia rozwijające "
                        + "zainteresowania, projekty przyrodnicze, artystyczne i sportowe. Wnioski składa dyrektor lub sekretariat placówki.",
                today.minusDays(7), today.plusDays(21), Set.of(1, 2, 14, 16, 93, 100, 27, 29, 34), limits, 3,
                new BigDecimal("400000.00"), new BigDecimal("15000.00"), true,
                json("""
                        [{"label":"Wartość merytoryczna i innowacyjność projektu","maxPoints":10,"weight":2},
                         {"label":"Zasadność i gospodarność kosztów","maxPoints":10,"weight":1}]""").asJsonArray(),
                json("""
                        [{"label":"Cel i opis projektu","type":"TEXT","required":true},
                         {"label":"Liczba uczestników","type":"NUMBER","required":true},
                         {"label":"Harmonogram realizacji","type":"TEXT","required":true},
                         {"label":"Kosztorys","type":"TABLE","columns":[
                            {"label":"Pozycja","type":"TEXT","required":true},
                            {"label":"Kwota (zł)","type":"NUMBER","required":true}]}]""").asJsonArray(),
                json("""
                        [{"label":"Osiągnięte rezultaty","type":"TEXT","required":true},
                         {"label":"Liczba uczestników","type":"NUMBER","required":true}]""").asJsonArray(),
                today.plusDays(21).plusMonths(8))));
        // the demo school's draft: the schedule is still missing, so it cannot be submitted yet
        as("sekretariat", () -> applications.create(grants, u.school(), new ApplicationService.Draft(
                "Szkolny ogród dydaktyczny – przyroda na wyciągnięcie ręki", new BigDecimal("12500.00"), json("""
                        {"f1":"Założenie ogrodu dydaktycznego z grządkami, kompostownikiem i stacją meteorologiczną; zajęcia przyrodnicze klas IV–VI na świeżym powietrzu.",
                         "f2":"64",
                         "f4":[{"c1":"Skrzynie i ziemia ogrodowa","c2":"4800"},{"c1":"Stacja meteorologiczna","c2":"3200"},
                               {"c1":"Narzędzia i sadzonki","c2":"4500"}]}""").asJsonObject()), List.of()));
        long techApplication = as("dyrektor.zespolu", () -> applications.create(grants, u.technikum(), new ApplicationService.Draft(
                "Kuchnie świata – warsztaty kulinarne dla uczniów klas pierwszych", new BigDecimal("9800.00"), json("""
                        {"f1":"Cykl dziesięciu warsztatów kulinarnych prowadzonych przez uczniów starszych klas dla uczniów klas pierwszych.",
                         "f2":"48","f3":"Od lutego do maja, raz na dwa tygodnie.",
                         "f4":[{"c1":"Produkty spożywcze","c2":"6300"},{"c1":"Drobny sprzęt kuchenny","c2":"3500"}]}""").asJsonObject()),
                List.of()));
        as("dyrektor.zespolu", () -> applications.submit(techApplication));
        n += 2;

        // a call that closed early, scored by a committee of two: the ranking is final, the recommendation still to do
        long equipment = as("referent", () -> calls.create(new ApplicationCallService.NewCall(5,
                "Doposażenie pracowni przedmiotowych " + today.getYear(),
                "Zakup wyposażenia pracowni przedmiotowych w szkołach podstawowych i ponadpodstawowych.",
                today.minusDays(40), today, Set.of(2, 14, 16, 93, 19, 100), Map.of(), 2,
                new BigDecimal("60000.00"), new BigDecimal("25000.00"), true,
                json("""
                        [{"label":"Potrzeby placówki i stan obecnego wyposażenia","maxPoints":10,"weight":2},
                         {"label":"Plan wykorzystania pracowni w nauczaniu","maxPoints":10,"weight":1}]""").asJsonArray(),
                json("""
                        [{"label":"Uzasadnienie potrzeby","type":"TEXT","required":true},
                         {"label":"Liczba uczniów korzystających z pracowni","type":"NUMBER","required":true}]""").asJsonArray(),
                null, null)));
        Map<Long, String[]> scores = new LinkedHashMap<>();
        long chemistry = apply("dyrektor.szkoly", equipment, u.school(), "Pracownia chemiczna – dygestorium i zestawy doświadczalne", "24000",
                "Pracownia nie ma dygestorium; doświadczenia z odczynnikami lotnymi są wyłącznie pokazami nauczyciela.", "310");
        long gastronomy = apply("dyrektor.zespolu", equipment, u.complex(), "Pracownia gastronomiczna – wyposażenie stanowisk", "25000",
                "Wymiana zużytych stołów roboczych i trzonów kuchennych na 8 stanowiskach.", "180");
        long computers = apply("dyrektor.zespolu", equipment, u.technikum(), "Pracownia informatyczna – 12 stanowisk komputerowych", "22000",
                "Komputery w pracowni mają 11 lat i nie obsługują programów wymaganych w egzaminie zawodowym.", "240");
        long workshop = apply("dyrektor.zespolu", equipment, u.branzowa(), "Pracownia obróbki – narzędzia ręczne i elektronarzędzia", "9500",
                "Uzupełnienie narzędzi do zajęć praktycznych.", "60");
        n += 4;
        as("referent", () -> calls.setCommittee(equipment, List.of("referent", "kierownik")));
        as("referent", () -> calls.startEvaluation(equipment, true));
        // referent, kierownik: {k1, k2} each; totals 2 × k1 + k2 of the averages: 26,5 / 25 / 21,5 / 18
        scores.put(computers, new String[] {"9", "9", "9", "8"});
        scores.put(chemistry, new String[] {"9", "8", "8", "8"});
        scores.put(gastronomy, new String[] {"7", "7", "8", "6"});
        scores.put(workshop, new String[] {"6", "7", "5", "7"});
        scores.forEach((application, p) -> {
            as("referent", () -> evaluations.score(application, Map.of("k1", p[0], "k2", p[1]), null));
            as("kierownik", () -> evaluations.score(application, Map.of("k1", p[2], "k2", p[3]),
                    application == workshop ? "Wniosek zasadny, ale o mniejszym zasięgu." : null));
        });
        as("referent", () -> calls.closeEvaluation(equipment));
        return n;
    }

    private long apply(String login, long callId, long unitId, String title, String amount, String reason, String pupils) {
        JsonObject answers = Json.createObjectBuilder().add("f1", reason).add("f2", pupils).build();
        return as(login, () -> {
            long id = applications.create(callId, unitId, new ApplicationService.Draft(title, new BigDecimal(amount), answers), List.of());
            applications.submit(id);
            return id;
        });
    }

    // ---------------------------------------------------------------- repairs

    private int repairs(Units u, LocalDate today) {
        int year = today.getYear();
        as("dyrektor.wydzialu", () -> repairs.setPool(year, new BigDecimal("1200000.00")));

        // new, waiting for the department
        as("sekretariat", () -> repairs.submit(u.school(), new RepairDraft("Przeciekający dach nad salą gimnastyczną",
                "Po każdym większym deszczu woda przecieka przez dach w dwóch miejscach nad salą gimnastyczną; parkiet przy ścianie "
                        + "północnej jest zawilgocony. Zajęcia w sali prowadzimy z wyłączeniem tej części.",
                "budynek B, sala gimnastyczna", "ROOF", "URGENT", new BigDecimal("86500.00")), List.of()));

        // approved from this year's pool, work under way
        long lighting = as("dyrektor.szkoly", () -> repairs.submit(u.school(), new RepairDraft(
                "Wymiana opraw oświetleniowych na korytarzach na LED",
                "Oprawy świetlówkowe na korytarzach parteru i I piętra są wyeksploatowane, część nie świeci. Wymiana na oprawy LED "
                        + "obniży też koszty energii.",
                "budynek A, korytarze parteru i I piętra", "ELECTRICAL", "PLANNED", new BigDecimal("42000.00")), List.of()));
        as("referent", () -> repairs.review(lighting));
        as("kierownik", () -> repairs.approve(lighting, year, new BigDecimal("40000.00"), "Z puli " + year + " r."));
        as("referent", () -> repairs.start(lighting, "Wykonawca wyłoniony, prace w czasie ferii."));

        // a failure endangering safety: settled, accepted by the school, closed
        long heating = as("dyrektor.zespolu", () -> repairs.submit(u.technikum(), new RepairDraft(
                "Awaria zaworu na instalacji c.o. w budynku warsztatów",
                "Nieszczelny zawór główny na instalacji centralnego ogrzewania; woda zalewa kotłownię, ogrzewanie warsztatów wyłączone.",
                "budynek warsztatów, kotłownia", "HEATING", "SAFETY_HAZARD", new BigDecimal("18400.00")), List.of()));
        as("referent", () -> repairs.review(heating));
        as("kierownik", () -> repairs.approve(heating, year, new BigDecimal("18400.00"), "Awaria – tryb pilny."));
        as("referent", () -> repairs.start(heating, null));
        as("referent", () -> repairs.settle(heating, new BigDecimal("17950.60"), "FV/" + year + "/0417", null));
        as("dyrektor.zespolu", () -> repairs.accept(heating, "Odebrano bez zastrzeżeń, ogrzewanie działa."));
        as("referent", () -> repairs.close(heating, null));

        // returned to the unit for corrections
        long fence = as("dyrektor.zespolu", () -> repairs.submit(u.complex(), new RepairDraft("Naprawa ogrodzenia boiska szkolnego",
                "Kilka przęseł ogrodzenia od strony ulicy jest wygiętych, jedna furtka nie zamyka się.", "boisko szkolne",
                "GROUNDS", "PLANNED", new BigDecimal("27000.00")), List.of()));
        as("referent", () -> repairs.review(fence));
        as("referent", () -> repairs.returnToUnit(fence, "Proszę dołączyć kosztorys i zdjęcia uszkodzonych przęseł."));
        return 4;
    }

    // ---------------------------------------------------------------- registers

    private int contracts(Units u, LocalDate today) {
        LocalDate yearStart = LocalDate.of(schoolYear(today), 9, 1);
        LocalDate yearEnd = schoolYearEnd(schoolYear(today));
        // below the city's minimum hourly rate of an umowa zlecenie: flagged on both lists
        as("sekretariat", () -> contracts.create(u.school(), new ContractDraft("Piotr Zalewski", null,
                "Prowadzenie koła szachowego dla uczniów klas IV–VI", "ZLECENIE", yearStart.plusMonths(1), yearEnd, RateKind.HOURLY,
                new BigDecimal("28.00"), new BigDecimal("60"))));
        as("sekretariat", () -> contracts.create(u.school(), new ContractDraft("Automaty Vending Wschód sp. z o.o.", null,
                "Najem powierzchni na korytarzu pod automat z napojami i przekąskami", "NAJEM", yearStart, null, RateKind.MONTHLY,
                new BigDecimal("250.00"), null)));
        as("dyrektor.zespolu", () -> contracts.create(u.complex(), new ContractDraft("Uczniowski Klub Sportowy „Sokół-6”", null,
                "Najem sali gimnastycznej w soboty, 9:00–13:00", "NAJEM", yearStart, yearEnd, RateKind.HOURLY, new BigDecimal("90.00"),
                new BigDecimal("120"))));
        return 3;
    }

    private int innovations(Units u, LocalDate today) {
        int year = schoolYear(today);
        as("dyrektor.szkoly", () -> innovations.create(u.school(), new InnovationDraft("Przyroda w terenie – lekcje w ogrodzie i parku",
                EnumSet.of(InnovationKind.METHODOLOGICAL, InnovationKind.ORGANIZATIONAL), "przyroda", "4a, 4b, 5a",
                LocalDate.of(year, 9, 1), schoolYearEnd(year), "Ewa Sadowska, Tomasz Grabowski", InnovationStatus.RUNNING,
                "Co drugą lekcję przyrody klasy prowadzą obserwacje w ogrodzie szkolnym i w pobliskim parku.")));
        as("dyrektor.zespolu", () -> innovations.create(u.technikum(), new InnovationDraft("Kuchnia regionalna Lubelszczyzny",
                EnumSet.of(InnovationKind.CURRICULAR), "technologia gastronomiczna z towaroznawstwem", "2TG, 3TG",
                LocalDate.of(year + 1, 9, 1), schoolYearEnd(year + 2), "Joanna Wierzbicka", InnovationStatus.PLANNED,
                "Program zajęć o potrawach regionalnych Lubelszczyzny, z wizytami u lokalnych producentów.")));
        return 2;
    }

    private int offers(Units u, LocalDate today) {
        long math = as("dyrektor.szkoly", () -> jobs.create(u.school(), new JobOfferDraft("Nauczyciel matematyki (zastępstwo)",
                new BigDecimal("18"), today.plusDays(35).with(TemporalAdjusters.firstDayOfNextMonth()), today.plusDays(21),
                "Zastępstwo za nauczycielkę przebywającą na urlopie macierzyńskim, do końca roku szkolnego. Wymagane kwalifikacje "
                        + "do nauczania matematyki w szkole podstawowej.")));
        as("dyrektor.zespolu", () -> jobs.create(u.technikum(), new JobOfferDraft(
                "Nauczyciel przedmiotów zawodowych w branży gastronomicznej", new BigDecimal("12"),
                today.plusDays(60).with(TemporalAdjusters.firstDayOfNextMonth()), today.plusDays(30),
                "Zajęcia praktyczne w pracowni gastronomicznej. Mile widziane doświadczenie w zawodzie kucharza.")));
        // a candidate enters themselves on the public page (no login), with the required consent
        ActorService.actingAs(Actor.anonymous(), () -> jobs.apply(new CandidateEntry("Karolina Mazurek", "karolina.mazurek@example.org",
                "matematyka, informatyka", "Magister matematyki (UMCS), przygotowanie pedagogiczne, 4 lata pracy w szkole podstawowej.",
                true, Set.of(math))));
        return 2;
    }

    // ---------------------------------------------------------------- helpers

    /** The calendar year the current school year started in (1 September). */
    static int schoolYear(LocalDate today) {
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }

    /** The end of lessons of the school year that starts in {@code startYear}: the first Friday after 20 June. */
    static LocalDate schoolYearEnd(int startYear) {
        return LocalDate.of(startYear + 1, 6, 21).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    private static jakarta.json.JsonStructure json(String text) {
        try (jakarta.json.JsonReader r = Json.createReader(new StringReader(text))) {
            return r.read();
        }
    }
}
