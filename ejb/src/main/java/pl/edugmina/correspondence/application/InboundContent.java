package pl.edugmina.correspondence.application;

import java.util.List;

/**
 * What was read from an inbound e-form ({@code wnio:Dokument}): sender, addressee, subject, the
 * form's identity, its text and attachments. PESEL is not carried here: it stays in the raw document.
 */
public record InboundContent(String senderKind, String senderName, String senderAddress, String addresseeName,
                             String subject, String formNamespace, String formId, String bodyText,
                             List<Attachment> attachments) {

    public record Attachment(String fileName, String mediaType, byte[] content) {
    }

    public InboundContent {
        attachments = List.copyOf(attachments);
    }
}
