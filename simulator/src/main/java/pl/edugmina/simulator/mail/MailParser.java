package pl.edugmina.simulator.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads what a person sees of a received message (Jakarta Mail's MIME parser: encoded headers, transfer encodings, parts). */
final class MailParser {

    /** Longest text kept for the page and the API. */
    static final int MAX_TEXT = 200_000;
    private static final int MAX_DEPTH = 5;
    private static final Session SESSION = session();

    record Parsed(String from, List<String> to, String subject, String text) {
    }

    private MailParser() {
    }

    private static Session session() {
        Properties p = new Properties();
        // headers in raw UTF-8 (RFC 6532), as some clients send them, read as UTF-8 rather than Latin-1
        p.setProperty("mail.mime.allowutf8", "true");
        return Session.getInstance(p);
    }

    static Parsed parse(byte[] raw) {
        try {
            MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            List<String> to = new ArrayList<>();
            Address[] recipients = m.getRecipients(Message.RecipientType.TO);
            if (recipients != null) {
                for (Address a : recipients) {
                    to.add(a.toString());
                }
            }
            Address[] from = m.getFrom();
            String sender = from == null || from.length == 0 ? null : from[0].toString();
            String subject = m.getSubject();
            String text = text(m, 0);
            if (text == null || (text.isBlank() && subject == null && sender == null && to.isEmpty())) {
                // no text part, or no message at all: show what came
                text = new String(raw, StandardCharsets.UTF_8);
            }
            return new Parsed(sender, List.copyOf(to), subject, cut(text));
        } catch (MessagingException | IOException | RuntimeException e) {
            // not MIME that Jakarta Mail can read: show it as it came
            return new Parsed(null, List.of(), null, cut(new String(raw, StandardCharsets.UTF_8)));
        }
    }

    /** The first text/plain part, else the first text/* part, depth first. */
    private static String text(Part p, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (p.isMimeType("text/plain")) {
            return String.valueOf(p.getContent());
        }
        if (p.isMimeType("multipart/*") && p.getContent() instanceof Multipart mp) {
            String other = null;
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart part = mp.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return String.valueOf(part.getContent());
                }
                if (other == null) {
                    other = text(part, depth + 1);
                }
            }
            return other;
        }
        if (p.isMimeType("text/*")) {
            return String.valueOf(p.getContent());
        }
        return null;
    }

    private static String cut(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "\n[…]";
    }
}
