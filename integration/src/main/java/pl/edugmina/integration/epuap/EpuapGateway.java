package pl.edugmina.integration.epuap;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import pl.edugmina.correspondence.application.CorrespondenceService;
import pl.edugmina.integration.bus.CamelBootstrap;

/** What the screens ask of the ePUAP intake: put a rejected document back into processing now. */
@Stateless
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
public class EpuapGateway {

    @Inject
    private CamelBootstrap bus;

    @EJB
    private CorrespondenceService correspondence;

    @Inject
    private InboundQueue queue;

    /**
     * Marks the rejected document for another attempt (checks the caller's rights; its own
     * transaction, committed before the document is queued, so the worker sees it waiting).
     */
    public void retry(long inboundId) {
        long id = correspondence.retry(inboundId);
        queue.offer(bus.producer(), id);
    }
}
