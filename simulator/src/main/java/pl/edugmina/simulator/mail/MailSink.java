package pl.edugmina.simulator.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import pl.edugmina.simulator.config.SimulatorSettings;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Starts the development SMTP sink with the simulator ({@code EPUAP_SIM_SMTP_PORT}, default 2525 + port offset, on
 * loopback) and keeps what it receives in memory ({@link MailBox}). EduGmina's mail session points at it in
 * development and tests ({@code EDUGMINA_SMTP_PORT}). A port already taken does not stop the simulator: the sink is
 * then reported as not running, with the reason.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSink {

    private static final Logger LOG = Logger.getLogger(MailSink.class.getName());
    static final long MAX_KEPT_BYTES = 64L * 1024 * 1024;

    @Resource
    private ManagedThreadFactory threads;

    private final MailBox box = new MailBox(SimulatorSettings.smtpKeep(), MAX_KEPT_BYTES, Clock.systemUTC());
    private volatile SmtpSink sink;
    private volatile String problem;

    /** Whether the sink listens, where, and why not. */
    public record Status(boolean running, String host, Integer port, String problem, int kept) {
    }

    @PostConstruct
    void start() {
        Optional<Integer> port;
        try {
            port = SimulatorSettings.smtpPort();
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            LOG.warning("SMTP sink not started: " + problem);
            return;
        }
        if (port.isEmpty()) {
            problem = "wyłączony (EPUAP_SIM_SMTP_PORT=off)";
            LOG.info("SMTP sink off (EPUAP_SIM_SMTP_PORT=off)");
            return;
        }
        String host = SimulatorSettings.smtpHost();
        try {
            SmtpSink.Limits defaults = SmtpSink.Limits.defaults();
            sink = SmtpSink.start(InetAddress.getByName(host), port.get(),
                    new SmtpSink.Limits(SimulatorSettings.smtpMaxMessageBytes(), defaults.maxRecipients(), defaults.maxConnections(),
                            defaults.idleTimeoutMillis()),
                    box, threads);
            LOG.info("SMTP sink listening on " + host + ":" + sink.port() + " (development only: mails are kept in memory, never delivered)");
        } catch (IOException | RuntimeException e) {
            problem = "port " + host + ":" + port.get() + ": " + e.getMessage();
            LOG.warning("SMTP sink not started: " + problem);
        }
    }

    @PreDestroy
    void stop() {
        SmtpSink s = sink;
        sink = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                LOG.fine("SMTP sink: close failed: " + e.getMessage());
            }
        }
    }

    public MailBox box() {
        return box;
    }

    public Status status() {
        SmtpSink s = sink;
        return s == null ? new Status(false, SimulatorSettings.smtpHost(), null, problem, box.size())
                : new Status(true, s.address().getHostAddress(), s.port(), null, box.size());
    }
}
