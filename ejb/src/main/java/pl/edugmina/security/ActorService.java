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

/**
 * Resolves the caller into an {@link Actor}: roles and unit come from the account in the database,
 * so a change of roles applies at once and nothing trusts the client.
 */
@Stateless
public class ActorService {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private jakarta.enterprise.inject.Instance<ActorCache> cache;

    public Actor current() {
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
        List<AppUser> users = em.createQuery("select u from AppUser u left join fetch u.unit where u.login = :l", AppUser.class)
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
