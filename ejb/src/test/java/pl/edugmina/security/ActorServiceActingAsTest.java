package pl.edugmina.security;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The system acting as a named actor at start-up: seen by every service in the thread, restored afterwards. */
class ActorServiceActingAsTest {

    private static Actor referent() {
        return new Actor("referent", EnumSet.of(Role.DEPT_OFFICER), null, Set.of());
    }

    private static Actor school() {
        return new Actor("sekretariat", EnumSet.of(Role.UNIT_SECRETARY), 7L, Set.of(7L));
    }

    @Test
    void theServiceSeesTheActorNamedForTheWork() {
        ActorService service = new ActorService();
        assertThat(ActorService.actingAs(referent(), () -> service.current().login())).isEqualTo("referent");
    }

    @Test
    void nestedWorkActsAsTheInnerActorAndTheOuterOneComesBack() {
        ActorService service = new ActorService();
        ActorService.actingAs(referent(), () -> {
            assertThat(ActorService.actingAs(school(), () -> service.current().unitScope())).containsExactly(7L);
            assertThat(service.current().login()).isEqualTo("referent");
        });
    }

    @Test
    void theActorIsRestoredWhenTheWorkFails() {
        ActorService service = new ActorService();
        ActorService.actingAs(referent(), () -> {
            assertThatThrownBy(() -> ActorService.actingAs(school(), (Runnable) () -> {
                throw new IllegalStateException("refused");
            })).hasMessage("refused");
            assertThat(service.current().login()).isEqualTo("referent");
        });
    }

    @Test
    void anotherThreadIsNotAffected() throws Exception {
        String[] seen = new String[1];
        ActorService.actingAs(referent(), () -> {
            Thread t = new Thread(() -> seen[0] = ActorService.actingAs(school(), () -> new ActorService().current().login()));
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(new ActorService().current().login()).isEqualTo("referent");
        });
        assertThat(seen[0]).isEqualTo("sekretariat");
    }

    @Test
    void anActorIsRequired() {
        assertThatThrownBy(() -> ActorService.actingAs(null, () -> 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
