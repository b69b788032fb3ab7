package pl.edugmina.platform.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Withheld notifications (the demo content): checked as always, then neither recorded nor sent. The bean here has no
 * database and no JMS: a mail that were not withheld would fail on them.
 */
class NotificationsWithheldTest {

    @Test
    void aWithheldMailIsCountedAndNothingIsQueued() {
        Notifications n = new Notifications();
        long[] ids = new long[2];
        int withheld = Notifications.withheld(() -> {
            ids[0] = n.queue("dyrektor.szkoly@lublin.example", "EduGmina: nowa wiadomość", "Link do wiadomości.");
            ids[1] = n.queue("sekretariat@lublin.example", "EduGmina: nowa wiadomość", "Link do wiadomości.");
        });
        assertThat(withheld).isEqualTo(2);
        assertThat(ids).containsOnly(-1L);
    }

    @Test
    void aWrongMailIsStillAProgrammingError() {
        Notifications n = new Notifications();
        assertThatThrownBy(() -> Notifications.withheld(() -> n.queue("nie adres", "Temat", "Treść")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nestedWorkCountsIntoTheOuterAndEndsWithIt() {
        Notifications n = new Notifications();
        int[] inner = new int[1];
        int outer = Notifications.withheld(() -> {
            n.queue("a@lublin.example", "Temat", "Treść");
            inner[0] = Notifications.withheld(() -> n.queue("b@lublin.example", "Temat", "Treść"));
        });
        assertThat(inner[0]).isEqualTo(1);
        assertThat(outer).isEqualTo(2);
        // outside the work a mail is queued for real: with no database here, that fails
        assertThatThrownBy(() -> n.queue("c@lublin.example", "Temat", "Treść")).isInstanceOf(NullPointerException.class);
    }
}
