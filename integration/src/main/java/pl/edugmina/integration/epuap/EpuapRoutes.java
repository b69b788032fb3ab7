package pl.edugmina.integration.epuap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import pl.edugmina.correspondence.application.CorrespondenceRegister;
import pl.edugmina.correspondence.application.EpuapInboxes;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The ePUAP intake on the bus: one timer route per active inbox (added as inboxes appear), a
 * processing queue with a few workers, and a sweeper that re-queues stored documents not yet
 * processed (after a crash or restart: the database, not the in-memory queue, is the truth).
 */
@Dependent
public class EpuapRoutes extends RouteBuilder {

    private static final Logger LOG = Logger.getLogger(EpuapRoutes.class.getName());
    public static final String PROCESS = "seda:epuap.inbound";
    private static final Instant STARTED = Instant.now();

    @Inject
    private EpuapSettings settings;

    @Inject
    private InboxPoller poller;

    @EJB
    private InboundProcessor processor;

    @EJB
    private EpuapInboxes inboxes;

    @EJB
    private CorrespondenceRegister register;

    @Inject
    private OutboxRelay relay;

    @Inject
    private InboundQueue queue;

    @Override
    public void configure() {
        org.apache.camel.ProducerTemplate sweeper = getContext().createProducerTemplate();
        onException(Exception.class).handled(true)
                .log(org.apache.camel.LoggingLevel.WARN, "EDU-BUS-040 ${routeId}: ${exception.class.simpleName}: ${exception.message}");

        from(PROCESS + "?concurrentConsumers=" + settings.workers() + "&size=20000&blockWhenFull=true")
                .routeId("epuap.inbound.process")
                .process(e -> {
                    long id = e.getMessage().getBody(Long.class);
                    try {
                        processor.process(id);
                    } finally {
                        queue.done(id);
                    }
                });

        from("timer:epuap.sweep?delay=3000&period=30000")
                .routeId("epuap.inbound.sweep")
                .process(e -> {
                    Instant cutoff = Instant.now().minus(Duration.ofSeconds(60));
                    if (cutoff.isBefore(STARTED)) {
                        cutoff = STARTED;
                    }
                    int added = 0;
                    for (Long id : register.unprocessed(cutoff, 20000)) {
                        if (queue.offer(sweeper, id)) {
                            added++;
                        }
                    }
                    if (added > 0) {
                        int n = added;
                        LOG.info(() -> "EDU-BUS-041 re-queued " + n + " stored documents not processed yet");
                    }
                });

        from("timer:epuap.outbox?delay=3000&period=" + settings.relayPeriodMs())
                .routeId("epuap.outbox.relay")
                .process(e -> {
                    while (relay.run() > 0) {
                        // drain what is due, 20 letters per claim
                    }
                });

        if (settings.pollingEnabled()) {
            from("timer:epuap.inboxes?delay=2000&period=15000")
                    .routeId("epuap.inboxes.sync")
                    .process(e -> addInboxRoutes(e.getContext()));
        }
    }

    private void addInboxRoutes(CamelContext camel) throws Exception {
        for (EpuapInboxes.Status inbox : inboxes.active()) {
            String routeId = "epuap.inbox." + inbox.id();
            if (camel.getRoute(routeId) != null) {
                continue;
            }
            var producer = camel.createProducerTemplate();
            int seconds = settings.pollSecondsOverride() > 0 ? settings.pollSecondsOverride() : inbox.pollIntervalSeconds();
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:epuap-inbox-" + inbox.id() + "?delay=500&period=" + seconds * 1000L)
                            .routeId(routeId)
                            .process(e -> {
                                InboxPoller.Outcome o;
                                do {
                                    o = poller.poll(inbox, id -> queue.offer(producer, id));
                                } while (o.waiting() > 0 && o.received() + o.redelivered() > 0);
                            });
                }
            });
            LOG.info(() -> "EDU-BUS-042 polling ePUAP inbox " + inbox.adresSkrytki() + " every " + seconds + " s");
        }
    }
}
