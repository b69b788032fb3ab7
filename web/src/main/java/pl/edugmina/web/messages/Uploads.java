package pl.edugmina.web.messages;

import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import pl.edugmina.messaging.application.MessageService;

import java.util.ArrayList;
import java.util.List;

/** Files uploaded on the messages' screens, and files handed back for download. */
final class Uploads {

    private Uploads() {
    }

    static List<MessageService.NewFile> files(UploadedFiles uploads) {
        List<MessageService.NewFile> out = new ArrayList<>();
        if (uploads != null) {
            for (UploadedFile f : uploads.getFiles()) {
                if (f.getSize() > 0 || (f.getFileName() != null && !f.getFileName().isBlank())) {
                    out.add(new MessageService.NewFile(f.getFileName(), f.getContent()));
                }
            }
        }
        return out;
    }

    /** The single file of an upload field, or null when none was chosen. */
    static MessageService.NewFile file(UploadedFile f) {
        if (f == null || (f.getSize() == 0 && (f.getFileName() == null || f.getFileName().isBlank()))) {
            return null;
        }
        return new MessageService.NewFile(f.getFileName(), f.getContent());
    }

    static StreamedContent stream(MessageService.File f) {
        return pl.edugmina.web.support.Downloads.of(f.fileName(), f.mediaType(), f.content());
    }
}
