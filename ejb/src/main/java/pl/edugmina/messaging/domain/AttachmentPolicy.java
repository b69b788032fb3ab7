package pl.edugmina.messaging.domain;

import pl.edugmina.common.ValidationException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What may be attached to a message or an answer: office documents, PDF, images, text and CSV, ZIP;
 * each file's content must be what its name says (a renamed program or a damaged file is refused),
 * at most {@link #MAX_BYTES} each and {@link #MAX_FILES} at a time. Returns the reason in Polish.
 */
public final class AttachmentPolicy {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_FILES = 10;
    public static final int MAX_NAME = 200;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private record Kind(String mediaType, byte[] magic) {
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", PDF)),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry("pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP)),
            Map.entry("odt", new Kind("application/vnd.oasis.opendocument.text", ZIP)),
            Map.entry("ods", new Kind("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
            Map.entry("zip", new Kind("application/zip", ZIP)),
            Map.entry("doc", new Kind("application/msword", OLE)),
            Map.entry("xls", new Kind("application/vnd.ms-excel", OLE)),
            Map.entry("png", new Kind("image/png", PNG)),
            Map.entry("jpg", new Kind("image/jpeg", JPG)),
            Map.entry("jpeg", new Kind("image/jpeg", JPG)),
            Map.entry("txt", new Kind("text/plain", null)),
            Map.entry("csv", new Kind("text/csv", null)));

    private AttachmentPolicy() {
    }

    /** A file that passed: its safe name and the media type its kind has (never what the sender claimed). */
    public record Accepted(String fileName, String mediaType) {
    }

    /** The file's name as stored: no directories, no control or reserved characters. */
    public static String safeName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        return n.length() > MAX_NAME ? n.substring(n.length() - MAX_NAME) : n;
    }

    /** Empty and the reason, or the accepted file. */
    public static Result check(String name, byte[] content) {
        String n = safeName(name);
        if (n.isEmpty() || n.startsWith(".")) {
            return Result.refused("Plik bez nazwy");
        }
        if (content == null || content.length == 0) {
            return Result.refused("Plik „" + n + "” jest pusty");
        }
        if (content.length > MAX_BYTES) {
            return Result.refused("Plik „" + n + "” jest za duży (" + (content.length / (1024 * 1024)) + " MB; najwyżej " + MAX_BYTES / (1024 * 1024) + " MB)");
        }
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
        Kind kind = KINDS.get(ext);
        if (kind == null) {
            return Result.refused("Plik „" + n + "”: niedozwolony rodzaj pliku (dozwolone: PDF, DOC(X), XLS(X), ODT, ODS, PPTX, TXT, CSV, PNG, JPG, ZIP)");
        }
        if (kind.magic() != null && !startsWith(content, kind.magic())) {
            return Result.refused("Plik „" + n + "” nie jest plikiem " + ext.toUpperCase(Locale.ROOT) + " (treść nie zgadza się z nazwą albo plik jest uszkodzony)");
        }
        if (kind.magic() == null && !isText(content)) {
            return Result.refused("Plik „" + n + "” nie jest plikiem tekstowym");
        }
        return new Result(Optional.of(new Accepted(n, kind.mediaType())), null);
    }

    /**
     * Checks a batch of files (with {@code alreadyStored} kept from before, against {@link #MAX_FILES}): every refusal
     * is added to {@code errors} (field {@code files}); returns the accepted ones in order.
     */
    public static <F> List<Accepted> checkAll(List<F> files, Function<F, String> name, Function<F, byte[]> content, int alreadyStored,
                                              List<ValidationException.Violation> errors) {
        List<F> all = files == null ? List.of() : files;
        if (all.size() + alreadyStored > MAX_FILES) {
            errors.add(new ValidationException.Violation("files", "message.files.tooMany", MAX_FILES));
        }
        List<Accepted> accepted = new ArrayList<>();
        for (F f : all) {
            Result r = check(name.apply(f), content.apply(f));
            r.accepted().ifPresentOrElse(accepted::add,
                    () -> errors.add(new ValidationException.Violation("files", "message.file.refused", r.reason())));
        }
        return accepted;
    }

    public record Result(Optional<Accepted> accepted, String reason) {
        static Result refused(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text: valid UTF-8 (or ASCII) without NUL bytes in the first 64 KB. */
    private static boolean isText(byte[] content) {
        int n = Math.min(content.length, 64 * 1024);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content, 0, n));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            // a multi-byte character cut at the 64 KB boundary is not an error
            return n < content.length;
        }
    }
}
