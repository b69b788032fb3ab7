package pl.edugmina.messaging.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The e-mail telling a unit's users that a message from the department is waiting (or, as a reminder, still waits for
 * their answer): the subject, the unit, whether and by when an answer is expected, and a link to the message at that unit. Never the message's text, its files or
 * who wrote it (the link needs a login; the mail may be read on any device).
 */
public final class NewMessageMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private NewMessageMail() {
    }

    public static String subject(String messageSubject) {
        return "EduGmina: nowa wiadomość – " + messageSubject;
    }

    public static String reminderSubject(String messageSubject) {
        return "EduGmina: przypomnienie – " + messageSubject;
    }

    /** The reminder to a unit that has not answered; {@code today} tells whether the deadline has passed. */
    public static String reminderText(String baseUrl, long messageId, long unitId, String unitName, String messageSubject,
                                      LocalDate deadline, LocalDate today) {
        String when = deadline == null ? ""
                : deadline.isBefore(today) ? " Termin minął " + deadline.format(DATE) + "."
                : " Termin upływa " + deadline.format(DATE) + ".";
        return "Dzień dobry,\n\n"
                + "Wydział Oświaty przypomina, że czeka na odpowiedź placówki: " + unitName + "." + when + "\n"
                + "Temat: " + messageSubject.strip().replaceAll("\\s+", " ") + "\n"
                + "\nWiadomość i formularz odpowiedzi są w systemie EduGmina po zalogowaniu:\n"
                + link(baseUrl, messageId, unitId) + "\n\n"
                + "Ta wiadomość została wysłana automatycznie. Prosimy na nią nie odpowiadać.\n";
    }

    private static String link(String baseUrl, long messageId, long unitId) {
        return baseUrl + "/messages/message.xhtml?id=" + messageId + "&unit=" + unitId;
    }

    /** {@code baseUrl}: the application's public address without a trailing slash. */
    public static String text(String baseUrl, long messageId, long unitId, String unitName, String messageSubject,
                              boolean replyRequired, LocalDate deadline) {
        return "Dzień dobry,\n\n"
                + "Wydział Oświaty przesłał nową wiadomość do placówki: " + unitName + ".\n"
                + "Temat: " + messageSubject.strip().replaceAll("\\s+", " ") + "\n"
                + (replyRequired ? "Wymagana odpowiedź" + (deadline == null ? "" : " do " + deadline.format(DATE)) + ".\n" : "")
                + "\nWiadomość można przeczytać w systemie EduGmina po zalogowaniu:\n"
                + link(baseUrl, messageId, unitId) + "\n\n"
                + "Ta wiadomość została wysłana automatycznie. Prosimy na nią nie odpowiadać.\n";
    }
}
