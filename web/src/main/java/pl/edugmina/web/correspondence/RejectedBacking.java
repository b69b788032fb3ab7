package pl.edugmina.web.correspondence;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import pl.edugmina.correspondence.application.CorrespondenceService;
import pl.edugmina.correspondence.application.EpuapInboxes;
import pl.edugmina.integration.epuap.EpuapGateway;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** correspondence/rejected.xhtml (documents that could not be read, with retry) and correspondence/inboxes.xhtml (polling status). */
@Named
@ViewScoped
public class RejectedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CorrespondenceService register;

    @Inject
    private EpuapGateway epuap;

    @Inject
    private EpuapInboxes inboxes;

    private List<CorrespondenceService.Rejected> rejected;
    private List<EpuapInboxes.Status> inboxStatus;

    public List<CorrespondenceService.Rejected> getRejected() {
        if (rejected == null) {
            rejected = register.rejected();
        }
        return rejected;
    }

    public List<EpuapInboxes.Status> getInboxes() {
        if (inboxStatus == null) {
            inboxStatus = inboxes.visible();
        }
        return inboxStatus;
    }

    public void retry(long inboundId) {
        epuap.retry(inboundId);
        rejected = null;
        Faces.info("correspondence.retryQueued");
    }

    public void refresh() {
        rejected = null;
        inboxStatus = null;
    }

    public StreamedContent original(long inboundId) {
        return CorrespondenceDetailBacking.stream(register.rejectedOriginal(inboundId));
    }

    public String time(Instant t) {
        return CorrespondenceListBacking.time(t);
    }
}
