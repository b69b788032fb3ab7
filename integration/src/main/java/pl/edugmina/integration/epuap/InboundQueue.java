package pl.edugmina.integration.epuap;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.ProducerTemplate;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory hand-over of stored documents to the processing workers, knowing what it holds: a
 * document already waiting in the queue is not queued again (the sweeper would otherwise add
 * duplicates whenever processing falls more than a minute behind the fetching). After a crash the
 * set is empty and the sweeper re-queues everything still RECEIVED in the database.
 */
@ApplicationScoped
public class InboundQueue {

    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    /** Queues {@code id} unless it is queued already; returns whether it was added. */
    public boolean offer(ProducerTemplate producer, long id) {
        if (!queued.add(id)) {
            return false;
        }
        try {
            producer.sendBody(EpuapRoutes.PROCESS, id);
            return true;
        } catch (RuntimeException e) {
            queued.remove(id);
            throw e;
        }
    }

    /** Called by a worker once it is done with {@code id} (whatever the outcome). */
    public void done(long id) {
        queued.remove(id);
    }

    public int size() {
        return queued.size();
    }
}
