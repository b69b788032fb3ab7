package pl.edugmina.web.support;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;

/** A file handed to the browser by {@code p:fileDownload}. */
public final class Downloads {

    private Downloads() {
    }

    public static StreamedContent of(String fileName, String mediaType, byte[] content) {
        return DefaultStreamedContent.builder().name(fileName).contentType(mediaType)
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }
}
