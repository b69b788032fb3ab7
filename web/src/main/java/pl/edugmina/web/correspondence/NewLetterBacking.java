package pl.edugmina.web.correspondence;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.ValidationException;
import pl.edugmina.correspondence.domain.OutboundLetter;
import pl.edugmina.integration.epuap.OutboundService;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitView;
import pl.edugmina.security.ActorService;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.util.List;

/** correspondence/new.xhtml: a new letter through ePUAP, on behalf of the department or of the user's unit. */
@Named
@ViewScoped
public class NewLetterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboundService outbound;

    @Inject
    private UnitRegistryService units;

    @Inject
    private ActorService actors;

    private String channel = "SKRYTKA";
    private String recipientAddress;
    private String recipientName;
    private String subject;
    private String body;
    private Long unitId;

    public void init() {
        var me = actors.current();
        if (!me.seesAllUnits() && unitId == null) {
            unitId = me.unitId();
        }
    }

    public String send() {
        try {
            long id = outbound.send(new OutboundService.Letter(OutboundLetter.Channel.valueOf(channel), recipientAddress,
                    recipientName, subject, body, unitId));
            return CorrespondenceDetailBacking.openQueuedLetter(id);
        } catch (ValidationException e) {
            Faces.show(e, "letterForm");
            return null;
        }
    }

    public boolean isDepartment() {
        return actors.current().seesAllUnits();
    }

    public List<UnitView.Ref> getUnitOptions() {
        return units.options();
    }

    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getRecipientAddress() { return recipientAddress; }
    public void setRecipientAddress(String recipientAddress) { this.recipientAddress = recipientAddress; }
    public String getRecipientName() { return recipientName; }
    public void setRecipientName(String recipientName) { this.recipientName = recipientName; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
}
