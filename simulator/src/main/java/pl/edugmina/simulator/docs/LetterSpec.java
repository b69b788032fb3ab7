package pl.edugmina.simulator.docs;

import java.time.OffsetDateTime;

/**
 * One letter (pismo ogólne) to generate.
 *
 * @param number        sequence number, part of the title and the text: every document is distinct
 * @param title         title without the number
 * @param sender        who sends it
 * @param recipientName the addressee institution's name
 * @param attachments   number of PDF attachments
 * @param attachmentKb  size of each attachment in KiB (pseudo-random, deterministic per number)
 * @param created       creation time written into the form
 */
public record LetterSpec(long number, String title, Sender sender, String recipientName, int attachments,
                         int attachmentKb, OffsetDateTime created) {

    public String fullTitle() {
        return title + " nr " + number;
    }

    public String fileName() {
        return "pismo-ogolne-" + number + ".xml";
    }
}
