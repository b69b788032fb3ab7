package pl.edugmina.simulator.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny SMTP receiver for development and tests (RFC 5321, the part a mail client needs): EHLO/HELO, MAIL FROM
 * (with the SIZE parameter), RCPT TO, DATA (dot-unstuffing, size limit), RSET, NOOP, VRFY, HELP, QUIT. No relaying,
 * no TLS, no authentication: every accepted message is handed to a {@link Receiver} and goes nowhere else.
 *
 * <p>Recipients whose local part starts with {@code odrzuc} are refused permanently (550), those starting with
 * {@code zajety} temporarily (451): the application's handling of refusals can be tried without a real server.
 *
 * <p>Limits: {@link Limits#maxMessageBytes()} per message (announced with SIZE; a larger message is read to its end
 * and refused with 552), {@link Limits#maxRecipients()} per message, {@link Limits#maxConnections()} at once (more
 * are answered 421), {@link Limits#idleTimeoutMillis()} of silence closes a connection, command lines of at most
 * 2,048 bytes.
 */
public final class SmtpSink implements Closeable {

    private static final Logger LOG = Logger.getLogger(SmtpSink.class.getName());
    static final int MAX_COMMAND_LINE = 2048;
    /** RFC 5321 4.5.3.1.6: a text line is at most 1,000 octets with CRLF; longer ones are still taken (lenient), in 64 KiB pieces. */
    static final int MAX_DATA_LINE = 64 * 1024;
    static final String PERMANENT_REFUSAL = "odrzuc";
    static final String TEMPORARY_REFUSAL = "zajety";

    /** What the sink accepts. */
    public record Limits(int maxMessageBytes, int maxRecipients, int maxConnections, int idleTimeoutMillis) {
        public static Limits defaults() {
            return new Limits(10 * 1024 * 1024, 100, 16, 60_000);
        }
    }

    /** One accepted message: the envelope and the message as received (after dot-unstuffing, CRLF line ends). */
    public record Envelope(String heloName, String mailFrom, List<String> recipients, byte[] content, String clientAddress) {
    }

    /** Where accepted messages go. Called on the connection's thread; a failure makes the sink answer 451. */
    @FunctionalInterface
    public interface Receiver {
        /** Returns an identifier for the 250 answer. */
        String accept(Envelope envelope) throws Exception;
    }

    private static final Pattern PATH = Pattern.compile("^(?i:(FROM|TO)):\\s*<([^<>\\s]*)>(.*)$");

    private final ServerSocket server;
    private final Limits limits;
    private final Receiver receiver;
    private final ThreadFactory threads;
    private final Semaphore slots;
    private final String hostName;
    private volatile boolean closed;

    private SmtpSink(ServerSocket server, Limits limits, Receiver receiver, ThreadFactory threads) {
        this.server = server;
        this.limits = limits;
        this.receiver = receiver;
        this.threads = threads;
        this.slots = new Semaphore(limits.maxConnections());
        this.hostName = "edugmina-smtp-sink";
    }

    /**
     * Listens on {@code bindAddress}:{@code port} (0: any free port, see {@link #port()}) and serves each connection on
     * a thread from {@code threads}.
     */
    public static SmtpSink start(InetAddress bindAddress, int port, Limits limits, Receiver receiver, ThreadFactory threads)
            throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(bindAddress, port), 50);
        SmtpSink sink = new SmtpSink(s, limits, receiver, threads);
        Thread acceptor = threads.newThread(sink::acceptLoop);
        acceptor.setName("smtp-sink-accept-" + sink.port());
        acceptor.setDaemon(true);
        acceptor.start();
        return sink;
    }

    public int port() {
        return server.getLocalPort();
    }

    public InetAddress address() {
        return server.getInetAddress();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "SMTP sink: accept failed", e);
                }
                continue;
            }
            if (!slots.tryAcquire()) {
                refuseBusy(socket);
                continue;
            }
            try {
                Thread t = threads.newThread(() -> {
                    try {
                        serve(socket);
                    } finally {
                        slots.release();
                    }
                });
                t.setName("smtp-sink-" + socket.getPort());
                t.setDaemon(true);
                t.start();
            } catch (RuntimeException e) {
                slots.release();
                refuseBusy(socket);
            }
        }
    }

    private static void refuseBusy(Socket socket) {
        try (socket) {
            socket.getOutputStream().write("421 4.3.2 Too many connections, try again later\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException ignored) {
            // the client is gone: nothing to tell it
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(limits.idleTimeoutMillis());
            new Conversation(socket).run();
        } catch (SocketTimeoutException e) {
            LOG.fine("SMTP sink: idle connection closed");
        } catch (SocketException e) {
            LOG.fine(() -> "SMTP sink: connection ended: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "SMTP sink: connection failed", e);
        }
    }

    /** One client connection: the state of RFC 5321's command sequence. */
    private final class Conversation {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private String helo;
        private String mailFrom;
        private final List<String> recipients = new ArrayList<>();

        Conversation(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        void run() throws IOException {
            reply("220 " + hostName + " ESMTP EduGmina SMTP sink (development only: nothing is delivered)");
            while (true) {
                byte[] raw;
                try {
                    raw = readLine(in, MAX_COMMAND_LINE);
                } catch (SocketTimeoutException e) {
                    reply("421 4.4.2 " + hostName + " Idle too long, closing connection");
                    return;
                }
                if (raw == null) {
                    return;
                }
                if (raw == TOO_LONG) {
                    reply("500 5.5.2 Line too long");
                    continue;
                }
                String line = new String(raw, StandardCharsets.UTF_8);
                int sp = line.indexOf(' ');
                String verb = (sp < 0 ? line : line.substring(0, sp)).toUpperCase(Locale.ROOT);
                String arg = sp < 0 ? "" : line.substring(sp + 1).strip();
                switch (verb) {
                    case "EHLO" -> ehlo(arg);
                    case "HELO" -> helo(arg);
                    case "MAIL" -> mail(arg);
                    case "RCPT" -> rcpt(arg);
                    case "DATA" -> data(arg);
                    case "RSET" -> {
                        reset();
                        reply("250 2.0.0 OK");
                    }
                    case "NOOP" -> reply("250 2.0.0 OK");
                    case "VRFY" -> reply("252 2.1.5 Cannot verify the user, but will accept the message");
                    case "HELP" -> reply("214 2.0.0 Commands: EHLO HELO MAIL RCPT DATA RSET NOOP VRFY HELP QUIT");
                    case "QUIT" -> {
                        reply("221 2.0.0 " + hostName + " closing connection");
                        return;
                    }
                    case "STARTTLS", "AUTH", "EXPN", "TURN", "ETRN", "BDAT" -> reply("502 5.5.1 Command not implemented");
                    case "" -> reply("500 5.5.2 Empty command");
                    default -> reply("500 5.5.1 Command unrecognized");
                }
            }
        }

        private void ehlo(String arg) throws IOException {
            if (arg.isEmpty()) {
                reply("501 5.5.4 EHLO needs a domain or address literal");
                return;
            }
            helo = arg;
            reset();
            reply("250-" + hostName + " greets " + arg,
                    "250-SIZE " + limits.maxMessageBytes(),
                    "250-8BITMIME",
                    "250 HELP");
        }

        private void helo(String arg) throws IOException {
            if (arg.isEmpty()) {
                reply("501 5.5.4 HELO needs a domain");
                return;
            }
            helo = arg;
            reset();
            reply("250 " + hostName);
        }

        private void mail(String arg) throws IOException {
            if (helo == null) {
                reply("503 5.5.1 Send EHLO or HELO first");
                return;
            }
            if (mailFrom != null) {
                reply("503 5.5.1 Sender already given (RSET to start again)");
                return;
            }
            Matcher m = PATH.matcher(arg);
            if (!m.matches() || !m.group(1).equalsIgnoreCase("FROM")) {
                reply("501 5.5.4 Syntax: MAIL FROM:<address>");
                return;
            }
            for (String param : m.group(3).strip().split("\\s+")) {
                if (param.regionMatches(true, 0, "SIZE=", 0, 5)) {
                    long size;
                    try {
                        size = Long.parseLong(param.substring(5));
                    } catch (NumberFormatException e) {
                        reply("501 5.5.4 Bad SIZE parameter");
                        return;
                    }
                    if (size > limits.maxMessageBytes()) {
                        reply("552 5.3.4 Message too big (at most " + limits.maxMessageBytes() + " bytes)");
                        return;
                    }
                }
            }
            mailFrom = m.group(2);
            reply("250 2.1.0 Sender OK");
        }

        private void rcpt(String arg) throws IOException {
            if (mailFrom == null) {
                reply("503 5.5.1 Send MAIL first");
                return;
            }
            Matcher m = PATH.matcher(arg);
            if (!m.matches() || !m.group(1).equalsIgnoreCase("TO") || m.group(2).isEmpty()) {
                reply("501 5.5.4 Syntax: RCPT TO:<address>");
                return;
            }
            if (recipients.size() >= limits.maxRecipients()) {
                reply("452 4.5.3 Too many recipients");
                return;
            }
            String address = m.group(2);
            String local = address.contains("@") ? address.substring(0, address.lastIndexOf('@')) : address;
            String lower = local.toLowerCase(Locale.ROOT);
            if (lower.startsWith(PERMANENT_REFUSAL)) {
                reply("550 5.1.1 <" + address + ">: mailbox unavailable (the sink refuses \"" + PERMANENT_REFUSAL + "...\" addresses)");
                return;
            }
            if (lower.startsWith(TEMPORARY_REFUSAL)) {
                reply("451 4.3.0 <" + address + ">: try again later (the sink defers \"" + TEMPORARY_REFUSAL + "...\" addresses)");
                return;
            }
            recipients.add(address);
            reply("250 2.1.5 Recipient OK");
        }

        private void data(String arg) throws IOException {
            if (!arg.isEmpty()) {
                reply("501 5.5.4 DATA takes no parameters");
                return;
            }
            if (mailFrom == null) {
                reply("503 5.5.1 Send MAIL first");
                return;
            }
            if (recipients.isEmpty()) {
                reply("554 5.5.1 No valid recipients");
                return;
            }
            reply("354 End data with <CR><LF>.<CR><LF>");
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            boolean tooBig = false;
            boolean lineTooLong = false;
            while (true) {
                byte[] line = readLine(in, MAX_DATA_LINE);
                if (line == null) {
                    return; // the client went away in the middle: nothing was accepted
                }
                if (line == TOO_LONG) {
                    lineTooLong = true;
                    continue;
                }
                if (line.length == 1 && line[0] == '.') {
                    break;
                }
                int from = line.length > 0 && line[0] == '.' ? 1 : 0; // dot-unstuffing (RFC 5321 4.5.2)
                if (!tooBig && content.size() + line.length - from + 2 > limits.maxMessageBytes()) {
                    tooBig = true;
                    content = new ByteArrayOutputStream();
                }
                if (!tooBig) {
                    content.write(line, from, line.length - from);
                    content.write('\r');
                    content.write('\n');
                }
            }
            if (lineTooLong) {
                reset();
                reply("500 5.5.2 Line too long (at most " + MAX_DATA_LINE + " bytes)");
                return;
            }
            if (tooBig) {
                reset();
                reply("552 5.3.4 Message too big (at most " + limits.maxMessageBytes() + " bytes)");
                return;
            }
            Envelope envelope = new Envelope(helo, mailFrom, List.copyOf(recipients), content.toByteArray(),
                    socket.getInetAddress().getHostAddress());
            reset();
            String id;
            try {
                id = receiver.accept(envelope);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "SMTP sink: message not stored", e);
                reply("451 4.3.0 Message not stored, try again later");
                return;
            }
            reply("250 2.0.0 OK: queued as " + id);
        }

        private void reset() {
            mailFrom = null;
            recipients.clear();
        }

        private void reply(String... lines) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (String l : lines) {
                sb.append(l).append("\r\n");
            }
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static final byte[] TOO_LONG = new byte[0];

    /**
     * One line without its CRLF (a bare LF is taken as a line end too); null at the end of the stream;
     * {@link #TOO_LONG} (the line consumed) when it is longer than {@code max} bytes.
     */
    static byte[] readLine(InputStream in, int max) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        boolean tooLong = false;
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                if (tooLong) {
                    return TOO_LONG;
                }
                byte[] b = line.toByteArray();
                return b.length > 0 && b[b.length - 1] == '\r' ? java.util.Arrays.copyOf(b, b.length - 1) : b;
            }
            if (!tooLong) {
                if (line.size() >= max + 1) { // + 1: the CR
                    tooLong = true;
                    line.reset();
                } else {
                    line.write(c);
                }
            }
        }
        return line.size() == 0 && !tooLong ? null : (tooLong ? TOO_LONG : line.toByteArray());
    }
}
