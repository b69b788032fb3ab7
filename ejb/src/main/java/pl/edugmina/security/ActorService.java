package pl.edugmina.security;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.accounts.domain.AppUser;

import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Resolves the caller into an {@link Actor}: roles and unit come from the account in the database,
 * so a change of roles applies at once and nothing trusts the client. Work the system does itself at
 * start-up (the demo content) may name who it acts as with {@link #actingAs}; no request can.
 */
@Stateless
public class ActorService {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private jakarta.enterprise.inject.Instance<ActorCache> cache;

    /** Who the system acts as in this thread ({@link #actingAs}); null: the caller. */
    private static final ThreadLocal<Actor> ACTING = new ThreadLocal<>();

    /**
     * Runs {@code work} in this thread as {@code actor} instead of the caller, and returns its result. For the
     * system's own work at start-up, which has no caller: loading the demo content through the services, so that
     * it passes the same rules and is recorded (history, audit log) under the demo users' names. Local EJB calls
     * run in the calling thread, so every service called by {@code work} sees {@code actor}; the previous actor is
     * restored afterwards, also when {@code work} fails. Only code inside the application can call this; nothing
     * a request sends reaches it.
     */
    public static <T> T actingAs(Actor actor, Supplier<T> work) {
        if (actor == null) {
            throw new IllegalArgumentException("an actor is required");
        }
        Actor previous = ACTING.get();
        ACTING.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTING.remove();
            } else {
                ACTING.set(previous);
            }
        }
    }

    /** As {@link #actingAs(Actor, Supplier)}, for work without a result. */
    public static void actingAs(Actor actor, Runnable work) {
        actingAs(actor, () -> {
            work.run();
            return null;
        });
    }

    public Actor current() {
        Actor acting = ACTING.get();
        if (acting != null) {
            return acting;
        }
        Principal p = context.getCallerPrincipal();
        if (p == null || p.getName() == null || "anonymous".equals(p.getName())) {
            return Actor.anonymous();
        }
        ActorCache c = requestCache();
        Actor cached = c == null ? null : c.get(p.getName());
        if (cached != null) {
            return cached;
        }
        Actor a = forLogin(p.getName());
        if (c != null) {
            c.put(a);
        }
        return a;
    }

    private ActorCache requestCache() {
        try {
            ActorCache c = cache.get();
            c.get("");
            return c;
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return null;
        }
    }

    public Actor forLogin(String login) {
        // the account with its unit and roles in one statement (it runs on every request)
        List<AppUser> users = em.createQuery("select u from AppUser u left join fetch u.unit left join fetch u.roles where u.login = :l",
                        AppUser.class)
                .setParameter("l", login).getResultList();
        if (users.isEmpty() || !users.get(0).enabled()) {
            return Actor.anonymous();
        }
        AppUser u = users.get(0);
        Set<Long> scope = new HashSet<>();
        Long unitId = u.unit() == null ? null : u.unit().id();
        if (unitId != null) {
            scope.add(unitId);
            scope.addAll(em.createQuery("select c.id from Unit c where c.parent.id = :p", Long.class)
                    .setParameter("p", unitId).getResultList());
        }
        return new Actor(u.login(), u.roles(), unitId, scope);
    }

    public String displayName(String login) {
        return em.createQuery("select u.displayName from AppUser u where u.login = :l", String.class)
                .setParameter("l", login).getResultStream().findFirst().orElse(login);
    }
}
