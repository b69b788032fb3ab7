package pl.edugmina.messaging.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The e-mail telling a unit's users that a message from the department is waiting: the subject, the unit, whether
 * and by when an answer is expected, and a link to the message at that unit. Never the message's text, its files or
 * who wrote it (the link needs a login; the mail may be read on any device).
 */
public final class NewMessageMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private NewMessageMail() {
    }

    public static String subject(String messageSubject) {
        return "EduGmina: nowa wiadomość – " + messageSubject;
    }

    /** {@code baseUrl}: the application's public address without a trailing slash. */
    public static String text(String baseUrl, long messageId, long unitId, String unitName, String messageSubject,
                              boolean replyRequired, LocalDate deadline) {
        String link = baseUrl + "/messages/message.xhtml?id=" + messageId + "&unit=" + unitId;
        return "Dzień dobry,\n\n"
                + "Wydział Oświaty przesłał nową wiadomość do placówki: " + unitName + ".\n"
                + "Temat: " + messageSubject.strip().replaceAll("\\s+", " ") + "\n"
                + (replyRequired ? "Wymagana odpowiedź" + (deadline == null ? "" : " do " + deadline.format(DATE)) + ".\n" : "")
                + "\nWiadomość można przeczytać w systemie EduGmina po zalogowaniu:\n"
                + link + "\n\n"
                + "Ta wiadomość została wysłana automatycznie. Prosimy na nią nie odpowiadać.\n";
    }
}
