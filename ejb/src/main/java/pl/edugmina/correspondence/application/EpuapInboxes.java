package pl.edugmina.correspondence.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.correspondence.domain.EpuapInbox;
import pl.edugmina.platform.Settings;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The ePUAP inboxes to poll. They come from configuration per environment
 * ({@code EDUGMINA_EPUAP_INBOXES}: entries {@code name|podmiot|nazwaSkrytki|adresSkrytki[|RSPO of
 * the unit]} separated by {@code ;}), synchronised into the table at start; the table also keeps
 * each inbox's polling status for the screen.
 */
@Stateless
public class EpuapInboxes {

    private static final Logger LOG = Logger.getLogger(EpuapInboxes.class.getName());
    public static final String DEFAULT_INBOXES = "Urząd Miasta – Wydział Oświaty|UMLUBLIN|oswiata|/UMLUBLIN/oswiata";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    public record Configured(String name, String podmiot, String nazwaSkrytki, String adresSkrytki, Integer unitRspo) {
    }

    public record Status(long id, String name, String podmiot, String nazwaSkrytki, String adresSkrytki, Long unitId,
                         boolean active, int pollIntervalSeconds, Instant lastPollAt, Instant lastSuccessAt,
                         String lastError, Instant lastErrorAt, Integer waiting, long receivedTotal) {
    }

    /** Parses the configuration value; throws with the position of a malformed entry. */
    public static List<Configured> parse(String value) {
        List<Configured> result = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return result;
        }
        int n = 0;
        for (String entry : value.split(";")) {
            n++;
            if (entry.isBlank()) {
                continue;
            }
            String[] f = entry.split("\\|", -1);
            if (f.length < 4 || f.length > 5 || f[1].isBlank() || f[2].isBlank() || !f[3].strip().startsWith("/")) {
                throw new IllegalArgumentException("EDUGMINA_EPUAP_INBOXES entry " + n
                        + " must be name|podmiot|nazwaSkrytki|/adres/skrytki[|RSPO]");
            }
            Integer rspo = f.length == 5 && !f[4].isBlank() ? Integer.valueOf(f[4].strip()) : null;
            result.add(new Configured(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), rspo));
        }
        return result;
    }

    /** Adds the configured inboxes that are not in the table yet (keyed by address). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void synchronise() {
        for (Configured c : parse(Settings.value("edugmina.epuap.inboxes", "EDUGMINA_EPUAP_INBOXES", DEFAULT_INBOXES))) {
            ensure(c.name(), c.podmiot(), c.nazwaSkrytki(), c.adresSkrytki(), unitByRspo(c.unitRspo()));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void ensure(String name, String podmiot, String nazwaSkrytki, String adresSkrytki, Long unitId) {
        boolean exists = !em.createQuery("select i.id from EpuapInbox i where i.adresSkrytki = :a", Long.class)
                .setParameter("a", adresSkrytki).getResultList().isEmpty();
        if (!exists) {
            em.persist(new EpuapInbox(name, podmiot, nazwaSkrytki, adresSkrytki, unitId, 30));
            LOG.info(() -> "EDU-BUS-010 ePUAP inbox added: " + adresSkrytki);
        }
    }

    private Long unitByRspo(Integer rspo) {
        if (rspo == null) {
            return null;
        }
        return em.createQuery("select u.id from Unit u where u.rspoNumber = :r", Long.class).setParameter("r", rspo)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("EDUGMINA_EPUAP_INBOXES: no unit with RSPO " + rspo));
    }

    /** The inboxes the service bus polls (system use). */
    public List<Status> active() {
        return em.createQuery("select i from EpuapInbox i where i.active = true order by i.id", EpuapInbox.class)
                .getResultList().stream().map(EpuapInboxes::status).toList();
    }

    /** The polling status screen: the department sees all inboxes, a unit its own. */
    public List<Status> visible() {
        Actor me = actors.current();
        if (!me.canUseCorrespondence()) {
            throw new AccessDeniedException();
        }
        return em.createQuery("select i from EpuapInbox i order by i.id", EpuapInbox.class).getResultList().stream()
                .filter(i -> me.canViewCorrespondenceOf(i.unitId()))
                .map(EpuapInboxes::status).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordPoll(long inboxId, Integer waiting, int received, String error) {
        EpuapInbox i = em.find(EpuapInbox.class, inboxId);
        if (i == null) {
            return;
        }
        if (error == null) {
            i.polled(Instant.now(), waiting, received);
        } else {
            i.failed(Instant.now(), error, received);
        }
    }

    private static Status status(EpuapInbox i) {
        return new Status(i.id(), i.name(), i.podmiot(), i.nazwaSkrytki(), i.adresSkrytki(), i.unitId(), i.active(),
                i.pollIntervalSeconds(), i.lastPollAt(), i.lastSuccessAt(), i.lastError(), i.lastErrorAt(), i.waiting(),
                i.receivedTotal());
    }
}
