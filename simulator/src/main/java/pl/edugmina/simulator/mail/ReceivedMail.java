package pl.edugmina.simulator.mail;

import java.time.Instant;
import java.util.List;

/**
 * A message the SMTP sink accepted, as the page and the API show it: the envelope (who the client said it is from
 * and to), the headers a person reads and the text (the first text part; HTML only when there is no plain text).
 */
public record ReceivedMail(long id, Instant receivedAt, String envelopeFrom, List<String> recipients, String from, List<String> to,
                           String subject, String text, int size) {
}
