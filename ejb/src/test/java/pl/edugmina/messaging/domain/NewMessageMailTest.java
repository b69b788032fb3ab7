package pl.edugmina.messaging.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The e-mail telling a unit's users about a new message: the subject and a link, never the message's text. */
class NewMessageMailTest {

    @Test
    void carriesTheSubjectTheUnitAndALinkToTheMessageAtTheUnit() {
        String text = NewMessageMail.text("https://edugmina.lublin.example", 42, 7, "Szkoła Podstawowa nr 1",
                "Liczba uczniów\nz orzeczeniami", true, LocalDate.of(2026, 3, 9));

        assertThat(text).contains("Szkoła Podstawowa nr 1")
                .contains("Temat: Liczba uczniów z orzeczeniami\n")
                .contains("Wymagana odpowiedź do 09.03.2026.")
                .contains("\nhttps://edugmina.lublin.example/messages/message.xhtml?id=42&unit=7\n");
        assertThat(NewMessageMail.subject("Ankieta")).isEqualTo("EduGmina: nowa wiadomość – Ankieta");
    }

    @Test
    void saysNothingOfAnAnswerWhenNoneIsRequired() {
        String text = NewMessageMail.text("http://localhost:8080", 42, 7, "SP 1", "Informacja", false, null);

        assertThat(text).doesNotContain("Wymagana odpowiedź").contains("http://localhost:8080/messages/message.xhtml?id=42&unit=7");
    }

    @Test
    void aReminderSaysWhetherTheDeadlineHasPassed() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        String late = NewMessageMail.reminderText("https://edugmina.lublin.example", 42, 7, "SP 1", "Ankieta", LocalDate.of(2026, 3, 9), today);
        String coming = NewMessageMail.reminderText("https://edugmina.lublin.example", 42, 7, "SP 1", "Ankieta", LocalDate.of(2026, 3, 12), today);
        String none = NewMessageMail.reminderText("https://edugmina.lublin.example", 42, 7, "SP 1", "Ankieta", null, today);

        assertThat(late).contains("czeka na odpowiedź placówki: SP 1. Termin minął 09.03.2026.")
                .contains("\nhttps://edugmina.lublin.example/messages/message.xhtml?id=42&unit=7\n");
        assertThat(coming).contains("Termin upływa 12.03.2026.");
        assertThat(none).contains("placówki: SP 1.\n").doesNotContain("Termin");
        assertThat(NewMessageMail.reminderSubject("Ankieta")).isEqualTo("EduGmina: przypomnienie – Ankieta");
    }
}
