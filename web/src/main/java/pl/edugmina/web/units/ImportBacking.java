package pl.edugmina.web.units;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import pl.edugmina.common.BusinessException;
import pl.edugmina.platform.Settings;
import pl.edugmina.registry.application.ImportPreview;
import pl.edugmina.registry.application.ImportResult;
import pl.edugmina.registry.application.UnitImportService;
import pl.edugmina.web.support.Faces;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** units/import.xhtml: upload an RSPO file, see the preview, then apply it. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UnitImportService importer;

    @Inject
    private Settings settings;

    @Inject
    private pl.edugmina.security.ActorService actors;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private ImportPreview preview;
    private ImportResult result;

    @jakarta.annotation.PostConstruct
    void checkAccess() {
        if (!actors.current().canManageRegistry()) {
            throw new pl.edugmina.common.AccessDeniedException();
        }
    }

    public void preview() {
        result = null;
        if (file == null || file.getSize() == 0) {
            Faces.error("import.noFile");
            return;
        }
        long max = settings.importMaxBytes();
        if (file.getSize() > max) {
            Faces.error("import.tooLarge", max / (1024 * 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes((int) max + 1);
        } catch (IOException e) {
            Faces.error("import.noFile");
            return;
        }
        if (content.length > max) {
            content = null;
            Faces.error("import.tooLarge", max / (1024 * 1024));
            return;
        }
        fileName = file.getFileName();
        preview = importer.preview(content);
        if (preview.fileError() != null) {
            Faces.error("import.fileError", preview.fileError());
            content = null;
        }
    }

    public void apply() {
        if (content == null) {
            Faces.error("import.noFile");
            return;
        }
        try {
            result = importer.apply(content);
            Faces.info("import.done", result.created(), result.updated(), result.unchanged(), result.invalid());
            preview = null;
            content = null;
        } catch (BusinessException e) {
            Faces.show(e, "importForm");
        }
    }

    public String summary() {
        if (preview == null) {
            return "";
        }
        return Faces.text("import.summary", preview.count(ImportPreview.Status.NEW), preview.count(ImportPreview.Status.CHANGED),
                preview.count(ImportPreview.Status.UNCHANGED), preview.count(ImportPreview.Status.INVALID));
    }

    public boolean isApplicable() {
        return content != null && preview != null && preview.fileError() == null
                && (preview.count(ImportPreview.Status.NEW) + preview.count(ImportPreview.Status.CHANGED)) > 0;
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public ImportPreview getPreview() { return preview; }
    public ImportResult getResult() { return result; }
    public String getFileName() { return fileName; }
}
