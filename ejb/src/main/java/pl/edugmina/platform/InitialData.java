package pl.edugmina.platform;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.accounts.domain.AppUser;
import pl.edugmina.accounts.domain.PasswordHasher;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.registry.application.ImportResult;
import pl.edugmina.registry.application.UnitImportService;
import pl.edugmina.registry.domain.StaffMember;
import pl.edugmina.registry.domain.Unit;
import pl.edugmina.registry.domain.UnitGroup;
import pl.edugmina.security.Role;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * What an empty database gets at first start: either the demo city with its demo content
 * ({@link DemoContent}: messages, applications, repairs, registers; when demo data is switched
 * on) or a single administrator whose password comes from configuration or is generated and
 * printed once to the server log. Nothing happens when accounts already exist.
 */
@Stateless
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

    /** The password of every demo account; demo data only, documented in the README. */
    public static final String DEMO_PASSWORD = "Lublin2026demo";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    @Inject
    private UnitImportService importer;

    @Inject
    private AuditService audit;

    @Inject
    private DemoContent demoContent;

    public void loadIfEmpty() {
        long users = em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        if (settings.demoData()) {
            loadDemoCity();
        } else {
            createFirstAdministrator();
        }
    }

    private void createFirstAdministrator() {
        String configured = settings.initialAdminPassword();
        boolean generated = configured == null;
        String password = generated ? PasswordHasher.oneTimePassword() : configured;
        AppUser admin = new AppUser("admin", "Administrator", null, new PasswordHasher().hash(password.toCharArray()), EnumSet.of(Role.ADMIN), null);
        admin.resetPassword(admin.passwordHash());
        em.persist(admin);
        audit.record("system", AuditAction.CREATE, "AppUser", null, "first administrator");
        if (generated) {
            // printed once, on purpose: the only way to get into a fresh production installation
            System.out.println("EduGmina: first administrator 'admin' created with one-time password: " + password);
        }
        LOG.info("EDU-PLT-010 first administrator created; password must be changed at first login");
    }

    private void loadDemoCity() {
        long t0 = System.nanoTime();
        ImportResult units = importer.applyAsSystem(resource("demo/rspo-lublin.json"));
        Map<Integer, Unit> byRspo = new HashMap<>();
        em.createQuery("select u from Unit u join fetch u.type", Unit.class).getResultList().forEach(u -> byRspo.put(u.rspoNumber(), u));
        int staff = loadStaff(byRspo);
        loadGroups(byRspo);
        loadDemoUsers(byRspo);
        LOG.info(String.format("EDU-PLT-011 demo city loaded: %d units, %d staff, in %d ms",
                units.created(), staff, (System.nanoTime() - t0) / 1_000_000));
        // in the same transaction: a failure leaves the database empty, and the next start tries again
        demoContent.load();
    }

    private int loadStaff(Map<Integer, Unit> byRspo) {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream("demo/staff-lublin.csv"), StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null) {
                return 0;
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(";", -1);
                Unit unit = f[0].isBlank() ? null : byRspo.get(Integer.parseInt(f[0].strip()));
                if (!f[0].isBlank() && unit == null) {
                    continue;
                }
                em.persist(new StaffMember(unit, f[1], f[2], f[3], f.length > 4 ? f[4] : null, f.length > 5 ? f[5] : null));
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private void loadGroups(Map<Integer, Unit> byRspo) {
        List<Unit> units = byRspo.values().stream().sorted((a, b) -> a.rspoNumber() - b.rspoNumber()).toList();
        Set<Unit> czechow = new HashSet<>();
        Set<Unit> sport = new HashSet<>();
        Set<Unit> epuap = new HashSet<>();
        int i = 0;
        for (Unit u : units) {
            if (u.type().id() == 1 && i++ % 5 == 0) {
                czechow.add(u);
            }
            if (u.type().id() == 2 && u.rspoNumber() % 4 == 0) {
                sport.add(u);
            }
            if (u.epuapAddress() != null) {
                epuap.add(u);
            }
        }
        group("Przedszkola dzielnicy Czechów", "Przedszkola na terenie dzielnicy Czechów Północny i Południowy", czechow);
        group("Szkoły z oddziałami sportowymi", "Szkoły podstawowe prowadzące oddziały sportowe", sport);
        group("Placówki z własną skrytką ePUAP", "Placówki odbierające korespondencję na własną skrytkę ePUAP", epuap);
    }

    private void group(String name, String description, Set<Unit> members) {
        UnitGroup g = new UnitGroup(name, description);
        g.replaceMembers(members);
        em.persist(g);
    }

    private void loadDemoUsers(Map<Integer, Unit> byRspo) {
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash(DEMO_PASSWORD.toCharArray());
        Unit school = byRspo.values().stream()
                .filter(u -> u.type().id() == 2 && u.parent() == null)
                .min((a, b) -> a.rspoNumber() - b.rspoNumber()).orElseThrow();
        Unit complex = byRspo.values().stream()
                .filter(u -> u.type().id() == 100)
                .min((a, b) -> a.rspoNumber() - b.rspoNumber()).orElseThrow();
        user("admin", "Administrator systemu", Role.ADMIN, null, hash);
        user("dyrektor.wydzialu", "Anna Wiśniewska (Dyrektor Wydziału Oświaty)", Role.DEPT_DIRECTOR, null, hash);
        user("kierownik", "Tomasz Zieliński (Kierownik Referatu)", Role.DEPT_HEAD, null, hash);
        user("referent", "Katarzyna Lewandowska (Referent)", Role.DEPT_OFFICER, null, hash);
        user("dyrektor.szkoly", "Dyrektor – " + school.name(), Role.UNIT_DIRECTOR, school, hash);
        user("sekretariat", "Sekretariat – " + school.name(), Role.UNIT_SECRETARY, school, hash);
        user("ksiegowosc", "Księgowość – " + school.name(), Role.UNIT_ACCOUNTANT, school, hash);
        user("dyrektor.zespolu", "Dyrektor – " + complex.name(), Role.UNIT_DIRECTOR, complex, hash);
        user("rodzic", "Jan Kowalski (rodzic)", Role.CITIZEN, null, hash);
        // the demo school has its own ePUAP inbox (in the simulator), so unit-addressed mail can be shown
        em.persist(new pl.edugmina.correspondence.domain.EpuapInbox("Skrytka – " + school.name(), "SP" + school.rspoNumber(),
                "skrytka", "/SP" + school.rspoNumber() + "/skrytka", school.id(), 30));
    }

    private void user(String login, String name, Role role, Unit unit, String hash) {
        em.persist(new AppUser(login, name, login + "@lublin.example", hash, EnumSet.of(role), unit));
    }

    private static byte[] resource(String path) {
        try (InputStream in = stream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = InitialData.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }
}
