package pl.edugmina.registry.rspo;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads RSPO register exports. Accepted shapes of the file:
 * <ul>
 *   <li>one page of the RSPO API (Hydra collection):
 *       {@code {"hydra:member":[...], "hydra:totalItems":N, "hydra:view":{"hydra:next":...}}}
 *       (the un-prefixed {@code member/totalItems/view/next} are accepted too);</li>
 *   <li>a plain JSON array of records;</li>
 *   <li>a JSON array of such pages (pages saved one after another).</li>
 * </ul>
 * The file is read as a stream, one record at a time, so memory use is bounded by the largest
 * record rather than the file. Hostile input is contained: the size limit is enforced while
 * reading, nesting deeper than {@value #MAX_DEPTH} levels and numbers longer than
 * {@value #MAX_NUMBER_LENGTH} characters are refused, and no exception reaches the caller; any
 * problem with the file as a whole becomes {@link RspoParseResult#fileErrorOrNull()}. Invalid
 * records are reported in {@link RspoParseResult#errors()} (at most
 * {@value #MAX_REPORTED_ERRORS}, then a summary entry) and the rest are still read.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RspoParser {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_REPORTED_ERRORS = 1000;

    private static final String EMPTY_FILE = "Plik jest pusty.";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final System.Logger LOG = System.getLogger(RspoParser.class.getName());

    private final long maxBytes;
    private final JsonProvider provider;
    private final JsonParserFactory parserFactory;
    private final JsonBuilderFactory builderFactory;

    public RspoParser() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes largest accepted file size in bytes */
    public RspoParser(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
        this.provider = JsonProvider.provider();
        this.parserFactory = provider.createParserFactory(Map.of());
        this.builderFactory = provider.createBuilderFactory(Map.of());
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads the whole stream (which is not closed) and returns the records, the rejected records
     * or a file-level error. Never throws for bad input.
     */
    public RspoParseResult parse(InputStream input) {
        if (input == null) {
            return RspoParseResult.fileError("Nie przekazano pliku do wczytania.");
        }
        ParseContext context = new ParseContext();
        ContentTrackingReader reader = null;
        try {
            reader = utf8Reader(input);
            try (JsonParser parser = parserFactory.createParser(reader)) {
                readDocument(parser, context);
            }
        } catch (FileRejectedException e) {
            return RspoParseResult.fileError(e.getMessage());
        } catch (JsonParsingException e) {
            String message = reader != null && !reader.sawContent()
                    ? EMPTY_FILE : invalidJsonMessage(e.getLocation());
            return withSizeCheck(e, message);
        } catch (JsonException | IOException | NoSuchElementException | IllegalStateException e) {
            return withSizeCheck(e, null);
        }
        return context.result();
    }

    // ---------------------------------------------------------------- document structure

    private void readDocument(JsonParser parser, ParseContext context) {
        if (!parser.hasNext()) {
            throw new FileRejectedException(EMPTY_FILE);
        }
        Event event = parser.next();
        if (event == Event.START_OBJECT) {
            JsonObject notAPage = readObjectOrPage(parser, context, 1);
            if (notAPage != null) {
                throw new FileRejectedException(
                        "Plik nie zawiera listy placówek: oczekiwano strony API RSPO (pole „hydra:member”) "
                                + "albo tablicy placówek.");
            }
        } else if (event == Event.START_ARRAY) {
            while ((event = parser.next()) != Event.END_ARRAY) {
                if (event == Event.START_OBJECT) {
                    JsonObject record = readObjectOrPage(parser, context, 2);
                    if (record != null) {
                        context.acceptRecord(record);
                    }
                } else {
                    readValue(parser, event, 2);
                    context.rejectNonObject();
                }
            }
        } else {
            throw new FileRejectedException(
                    "Plik nie zawiera listy placówek: oczekiwano obiektu lub tablicy JSON.");
        }
        if (parser.hasNext()) {
            throw new FileRejectedException("Plik zawiera nadmiarowe dane po zakończeniu dokumentu JSON"
                    + locationSuffix(parser.getLocation()) + ".");
        }
    }

    /**
     * Reads an object whose START_OBJECT was just consumed. When it has a member list it is a
     * Hydra page: its records are passed to the context one by one and {@code null} is returned.
     * Otherwise the object itself is returned.
     */
    private JsonObject readObjectOrPage(JsonParser parser, ParseContext context, int depth) {
        checkDepth(parser, depth);
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        boolean page = false;
        while (parser.next() != Event.END_OBJECT) {
            String key = parser.getString();
            Event valueEvent = parser.next();
            if (!page && (key.equals("hydra:member") || key.equals("member"))) {
                if (valueEvent != Event.START_ARRAY) {
                    throw new FileRejectedException("Pole „" + key + "” musi być tablicą placówek"
                            + locationSuffix(parser.getLocation()) + ".");
                }
                page = true;
                readMembers(parser, context, depth + 1);
            } else {
                fields.put(key, readValue(parser, valueEvent, depth + 1));
            }
        }
        if (!page) {
            JsonObjectBuilder builder = builderFactory.createObjectBuilder();
            fields.forEach(builder::add);
            return builder.build();
        }
        context.pageMetadata(totalItems(fields), nextPage(fields));
        return null;
    }

    private void readMembers(JsonParser parser, ParseContext context, int depth) {
        checkDepth(parser, depth);
        Event event;
        while ((event = parser.next()) != Event.END_ARRAY) {
            JsonValue value = readValue(parser, event, depth + 1);
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                context.acceptRecord(value.asJsonObject());
            } else {
                context.rejectNonObject();
            }
        }
    }

    /** Builds the value whose first event was just consumed, refusing deep nesting. */
    private JsonValue readValue(JsonParser parser, Event event, int depth) {
        switch (event) {
            case START_OBJECT -> {
                checkDepth(parser, depth);
                JsonObjectBuilder builder = builderFactory.createObjectBuilder();
                while (parser.next() != Event.END_OBJECT) {
                    String key = parser.getString();
                    builder.add(key, readValue(parser, parser.next(), depth + 1));
                }
                return builder.build();
            }
            case START_ARRAY -> {
                checkDepth(parser, depth);
                JsonArrayBuilder builder = builderFactory.createArrayBuilder();
                Event next;
                while ((next = parser.next()) != Event.END_ARRAY) {
                    builder.add(readValue(parser, next, depth + 1));
                }
                return builder.build();
            }
            case VALUE_STRING -> {
                return provider.createValue(parser.getString());
            }
            case VALUE_NUMBER -> {
                String text = parser.getString();
                if (text.length() > MAX_NUMBER_LENGTH) {
                    throw new FileRejectedException("Plik zawiera liczbę o nadmiernej długości"
                            + locationSuffix(parser.getLocation()) + ".");
                }
                return provider.createValue(new BigDecimal(text));
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw new FileRejectedException(invalidJsonMessage(parser.getLocation()));
        }
    }

    private static void checkDepth(JsonParser parser, int depth) {
        if (depth > MAX_DEPTH) {
            throw new FileRejectedException("Plik zawiera zbyt głęboko zagnieżdżone struktury JSON (ponad "
                    + MAX_DEPTH + " poziomów)" + locationSuffix(parser.getLocation()) + ".");
        }
    }

    private static Integer totalItems(Map<String, JsonValue> page) {
        JsonValue value = page.containsKey("hydra:totalItems") ? page.get("hydra:totalItems") : page.get("totalItems");
        if (value instanceof JsonNumber number) {
            String text = number.toString();
            if (text.matches("\\d{1,9}")) {
                return Integer.valueOf(text);
            }
        }
        return null;
    }

    private static String nextPage(Map<String, JsonValue> page) {
        JsonValue view = page.containsKey("hydra:view") ? page.get("hydra:view") : page.get("view");
        if (view instanceof JsonObject viewObject) {
            JsonValue next = viewObject.containsKey("hydra:next") ? viewObject.get("hydra:next") : viewObject.get("next");
            if (next instanceof JsonString string && !string.getString().isBlank()
                    && string.getString().length() <= 2000) {
                return string.getString().trim();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- input and errors

    /** Applies the size limit, skips a UTF-8 byte order mark and decodes strictly. */
    private ContentTrackingReader utf8Reader(InputStream input) throws IOException {
        InputStream in = new BufferedInputStream(new SizeLimitedInputStream(input, maxBytes));
        in.mark(UTF8_BOM.length);
        byte[] start = in.readNBytes(UTF8_BOM.length);
        if (!Arrays.equals(start, UTF8_BOM)) {
            in.reset();
        }
        return new ContentTrackingReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** Remembers whether anything but whitespace was read, to tell an empty file from bad JSON. */
    private static final class ContentTrackingReader extends FilterReader {
        private boolean sawContent;

        ContentTrackingReader(Reader in) {
            super(in);
        }

        boolean sawContent() {
            return sawContent;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0 && !Character.isWhitespace(c)) {
                sawContent = true;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; !sawContent && i < offset + n; i++) {
                sawContent = !Character.isWhitespace(buffer[i]);
            }
            return n;
        }
    }

    private RspoParseResult withSizeCheck(Exception e, String messageIfNotSize) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SizeLimitedInputStream.SizeLimitExceededException) {
                return RspoParseResult.fileError("Plik jest za duży: przekracza dopuszczalny rozmiar "
                        + formatSize(maxBytes) + ".");
            }
            if (t instanceof CharacterCodingException) {
                return RspoParseResult.fileError("Plik nie jest zapisany w kodowaniu UTF-8.");
            }
        }
        if (messageIfNotSize != null) {
            return RspoParseResult.fileError(messageIfNotSize);
        }
        LOG.log(System.Logger.Level.WARNING, "Unreadable RSPO file", e);
        return RspoParseResult.fileError("Nie udało się odczytać pliku.");
    }

    private static String invalidJsonMessage(JsonLocation location) {
        return "Plik nie jest poprawnym dokumentem JSON" + locationSuffix(location) + ".";
    }

    private static String locationSuffix(JsonLocation location) {
        if (location == null || location.getLineNumber() < 0) {
            return "";
        }
        return " (wiersz " + location.getLineNumber() + ", kolumna " + location.getColumnNumber() + ")";
    }

    static String formatSize(long bytes) {
        long mb = 1024L * 1024;
        if (bytes >= mb) {
            return bytes % mb == 0 ? bytes / mb + " MB" : String.format("%.1f MB", bytes / (double) mb).replace('.', ',');
        }
        if (bytes >= 1024) {
            return bytes % 1024 == 0 ? bytes / 1024 + " kB" : String.format("%.1f kB", bytes / 1024.0).replace('.', ',');
        }
        return bytes + " B";
    }

    /** A problem with the file as a whole; its message is the Polish text for the user. */
    private static final class FileRejectedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FileRejectedException(String messagePl) {
            super(messagePl, null, false, false);
        }
    }

    // ---------------------------------------------------------------- accumulation

    private static final class ParseContext {
        private final List<RspoRecord> records = new ArrayList<>();
        private final List<Integer> recordPositions = new ArrayList<>();
        private final List<RspoRecordError> errors = new ArrayList<>();
        private final Set<Integer> seenRspoNumbers = new HashSet<>();
        private int position;
        private int unreportedErrors;
        private int firstUnreportedPosition;
        private Integer totalItems;
        private String nextPage;

        void acceptRecord(JsonObject json) {
            position++;
            RspoRecordMapper.Outcome outcome = RspoRecordMapper.map(json, seenRspoNumbers);
            if (outcome.record() != null) {
                records.add(outcome.record());
                recordPositions.add(position);
            } else {
                addError(outcome.rspoNumberAsWritten(), String.join("; ", outcome.problems()));
            }
        }

        void rejectNonObject() {
            position++;
            addError(null, "Element nie jest obiektem JSON opisującym placówkę");
        }

        void pageMetadata(Integer pageTotalItems, String pageNext) {
            totalItems = pageTotalItems;
            nextPage = pageNext;
        }

        private void addError(String rspoNumber, String reason) {
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new RspoRecordError(position, rspoNumber, reason));
            } else {
                if (unreportedErrors == 0) {
                    firstUnreportedPosition = position;
                }
                unreportedErrors++;
            }
        }

        RspoParseResult result() {
            if (unreportedErrors > 0) {
                errors.add(new RspoRecordError(firstUnreportedPosition, null, "Pominięto opis kolejnych "
                        + unreportedErrors + " błędnych rekordów (wyświetlono pierwsze " + MAX_REPORTED_ERRORS + ")"));
            }
            return new RspoParseResult(records, errors, null, nextPage, totalItems, recordPositions);
        }
    }
}
