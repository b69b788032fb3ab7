package pl.edugmina.simulator.mail;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The messages the SMTP sink received, in memory, newest first: at most {@code maxMails} and at most {@code maxBytes}
 * of raw messages; the oldest go first. Gone when the simulator is redeployed (a development tool).
 */
public final class MailBox implements SmtpSink.Receiver {

    private record Stored(ReceivedMail mail, byte[] raw) {
    }

    private final int maxMails;
    private final long maxBytes;
    private final Clock clock;
    private final Deque<Stored> mails = new ArrayDeque<>();
    private long bytes;
    private long lastId;

    public MailBox(int maxMails, long maxBytes, Clock clock) {
        this.maxMails = Math.max(1, maxMails);
        this.maxBytes = Math.max(1, maxBytes);
        this.clock = clock;
    }

    @Override
    public String accept(SmtpSink.Envelope e) {
        MailParser.Parsed p = MailParser.parse(e.content());
        synchronized (this) {
            long id = ++lastId;
            ReceivedMail m = new ReceivedMail(id, clock.instant(), e.mailFrom(), e.recipients(), p.from(), p.to(), p.subject(), p.text(),
                    e.content().length);
            mails.addFirst(new Stored(m, e.content()));
            bytes += e.content().length;
            while (mails.size() > maxMails || (bytes > maxBytes && mails.size() > 1)) {
                bytes -= mails.removeLast().raw().length;
            }
            return "SIM-" + id;
        }
    }

    /** Newest first, at most {@code limit}; {@code to}: only those with an envelope recipient containing it (any case). */
    public synchronized List<ReceivedMail> list(String to, int limit) {
        String needle = to == null || to.isBlank() ? null : to.strip().toLowerCase(Locale.ROOT);
        List<ReceivedMail> out = new ArrayList<>();
        for (Stored s : mails) {
            if (out.size() >= limit) {
                break;
            }
            if (needle == null || s.mail().recipients().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(needle))) {
                out.add(s.mail());
            }
        }
        return out;
    }

    public synchronized Optional<ReceivedMail> get(long id) {
        return mails.stream().filter(s -> s.mail().id() == id).map(Stored::mail).findFirst();
    }

    /** The message as received (RFC 5322, CRLF line ends). */
    public synchronized Optional<byte[]> raw(long id) {
        return mails.stream().filter(s -> s.mail().id() == id).map(Stored::raw).findFirst();
    }

    /** Forgets everything received; returns how many messages there were. */
    public synchronized int clear() {
        int n = mails.size();
        mails.clear();
        bytes = 0;
        return n;
    }

    public synchronized int size() {
        return mails.size();
    }
}
