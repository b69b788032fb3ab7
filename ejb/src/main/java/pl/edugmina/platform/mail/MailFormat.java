package pl.edugmina.platform.mail;

import pl.edugmina.registry.domain.validation.Email;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How addresses, subjects and failure reasons of e-mails are checked, shortened and shown in logs. */
public final class MailFormat {

    /** Longest subject line kept (longer ones are cut with an ellipsis). */
    public static final int MAX_SUBJECT = 300;
    /** Longest failure reason kept in {@code mail_notification.last_error}. */
    public static final int MAX_REASON = 1000;

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+");

    private MailFormat() {
    }

    /** Whether {@code address} is one plain address a mail server can be given ({@code local@domain.tld}). */
    public static boolean isDeliverable(String address) {
        return address != null && Email.isValid(address.strip());
    }

    /** The address as stored: trimmed, the domain in lower case. */
    public static String normalize(String address) {
        return Email.normalize(address);
    }

    /**
     * An address for logs: the first character of the local part and the domain
     * ({@code jan.kowalski@example.com} → {@code j***@example.com}).
     */
    public static String mask(String address) {
        if (address == null || address.isBlank()) {
            return "(none)";
        }
        String a = address.strip();
        int at = a.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return a.charAt(0) + "***" + a.substring(at);
    }

    /** {@code text} with every e-mail address in it masked (SMTP answers often repeat the recipient). */
    public static String maskAddresses(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ADDRESS.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(mask(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * One line for the subject header: control characters (line breaks too: no header injection) become
     * spaces, runs of white space one space, at most {@value #MAX_SUBJECT} characters.
     */
    public static String subjectLine(String subject) {
        return oneLine(subject, MAX_SUBJECT);
    }

    /** A failure reason as kept and shown: one line, at most {@value #MAX_REASON} characters. */
    public static String reason(String reason) {
        String r = oneLine(reason, MAX_REASON);
        return r.isEmpty() ? "(no reason given)" : r;
    }

    static String oneLine(String s, int max) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        if (sb.length() > max) {
            int cut = max - 1;
            if (Character.isHighSurrogate(sb.charAt(cut - 1))) {
                cut--;
            }
            sb.setLength(cut);
            sb.append('…');
        }
        return sb.toString();
    }
}
