package pl.edugmina.security;

import jakarta.enterprise.context.RequestScoped;

/** The caller as resolved once per request: a page calls several services, each asks who is calling. */
@RequestScoped
public class ActorCache {

    private Actor actor;

    Actor get(String login) {
        return actor != null && actor.login().equals(login) ? actor : null;
    }

    void put(Actor a) {
        this.actor = a;
    }
}
