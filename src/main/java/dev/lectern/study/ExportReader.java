package dev.lectern.study;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.lectern.store.DataException;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a study export as a stream, one row at a time, so a file of a million rows needs the
 * memory of one. Strict: JSON as RFC 8259 has it, no field twice, no field this version does not
 * know, every value of its type, instants that parse, card phases that exist. The first problem
 * ends the reading with a {@link DataException} that names the file, the place (as
 * {@code notes[12].createdAt}) and the line. The caller reads once to check and once to import.
 */
final class ExportReader {
    /** The longest text a field may hold: a note typed by a person is far shorter. */
    static final int MAX_TEXT = 1 << 20;

    /** Where rows go. */
    interface Rows {
        void essay(StudyTransfer.EssayState e) throws SQLException;

        void read(StudyTransfer.Read r) throws SQLException;

        void card(StudyTransfer.Card c) throws SQLException;

        void review(StudyTransfer.Review r) throws SQLException;

        void bookmark(StudyTransfer.Bookmark b) throws SQLException;

        void note(StudyTransfer.Note n) throws SQLException;
    }

    /** Rows that go nowhere: the checking pass. */
    static final Rows NOWHERE = new Rows() {
        public void essay(StudyTransfer.EssayState e) { }

        public void read(StudyTransfer.Read r) { }

        public void card(StudyTransfer.Card c) { }

        public void review(StudyTransfer.Review r) { }

        public void bookmark(StudyTransfer.Bookmark b) { }

        public void note(StudyTransfer.Note n) { }
    };

    private enum Type { TEXT, INSTANT, INSTANT_OR_NULL, INT, INT_OR_NULL, LONG, REAL_OR_NULL, PHASE }

    private record Field(String name, Type type) {
    }

    private static final Map<String, List<Field>> KINDS = new LinkedHashMap<>();

    static {
        Field library = new Field("library", Type.TEXT);
        Field slug = new Field("slug", Type.TEXT);
        Field cardId = new Field("cardId", Type.TEXT);
        KINDS.put("essays", List.of(library, slug, new Field("readAt", Type.INSTANT_OR_NULL),
                new Field("block", Type.INT), new Field("offset", Type.INT), new Field("lastOpened", Type.INSTANT_OR_NULL)));
        KINDS.put("readingLog", List.of(library, slug, new Field("readAt", Type.INSTANT)));
        KINDS.put("cards", List.of(library, cardId, slug, new Field("question", Type.TEXT), new Field("answer", Type.TEXT),
                new Field("state", Type.PHASE), new Field("step", Type.INT_OR_NULL), new Field("stability", Type.REAL_OR_NULL),
                new Field("difficulty", Type.REAL_OR_NULL), new Field("due", Type.INSTANT_OR_NULL),
                new Field("lastReview", Type.INSTANT_OR_NULL)));
        KINDS.put("reviewLog", List.of(library, cardId, new Field("reviewedAt", Type.INSTANT), new Field("grade", Type.INT),
                new Field("stateBefore", Type.PHASE), new Field("intervalSeconds", Type.LONG)));
        KINDS.put("bookmarks", List.of(library, slug, new Field("anchor", Type.TEXT), new Field("createdAt", Type.INSTANT)));
        KINDS.put("notes", List.of(library, slug, new Field("anchor", Type.TEXT), new Field("createdAt", Type.INSTANT),
                new Field("text", Type.TEXT)));
    }

    private final JsonReader json;
    private final String name;

    private ExportReader(Reader in, String name) {
        this.json = new JsonReader(in);
        this.json.setStrictness(Strictness.STRICT);
        this.name = name;
    }

    /** Reads the whole file, handing every row to {@code rows}; returns the number of rows. */
    static long read(Reader in, String name, Rows rows) throws SQLException {
        ExportReader r = new ExportReader(in, name);
        try {
            return r.document(rows);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw r.problem("it is not UTF-8 text");
        } catch (MalformedJsonException | EOFException e) {
            throw r.problem("it is not well-formed JSON (" + cleanup(e.getMessage()) + ")");
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw r.problem(cleanup(e.getMessage()));
        }
    }

    private long document(Rows rows) throws IOException, SQLException {
        if (json.peek() != JsonToken.BEGIN_OBJECT) throw problem("it does not start with {");
        json.beginObject();
        Set<String> seen = new HashSet<>();
        String format = null;
        Integer version = null;
        long count = 0;
        while (json.hasNext()) {
            String key = json.nextName();
            if (!seen.add(key)) throw problem("\"" + key + "\" appears twice");
            switch (key) {
                case "format" -> format = (String) value(Type.TEXT, key);
                case "version" -> {
                    version = (Integer) value(Type.INT, key);
                    if (version > StudyTransfer.VERSION || version < 1) {
                        throw new DataException(name + " has export version " + version + "; this lectern reads version "
                                + StudyTransfer.VERSION + ". Nothing was imported.");
                    }
                }
                default -> {
                    List<Field> fields = KINDS.get(key);
                    if (fields == null) throw problem("unknown field \"" + key + "\"");
                    count += rows(key, fields, rows);
                }
            }
        }
        json.endObject();
        if (json.peek() != JsonToken.END_DOCUMENT) throw problem("there is more after the closing }");
        if (!StudyTransfer.FORMAT.equals(format)) {
            throw new DataException(name + " is not a lectern export (no \"format\": \"" + StudyTransfer.FORMAT
                    + "\"). Nothing was imported.");
        }
        if (version == null) throw problem("it has no \"version\"");
        return count;
    }

    private long rows(String kind, List<Field> fields, Rows rows) throws IOException, SQLException {
        if (json.peek() == JsonToken.NULL) {
            json.nextNull();
            return 0;
        }
        if (json.peek() != JsonToken.BEGIN_ARRAY) throw problem("\"" + kind + "\" must be a list of rows, not " + token());
        json.beginArray();
        long n = 0;
        while (json.hasNext()) {
            Object[] v = row(fields);
            deliver(kind, v, rows);
            n++;
        }
        json.endArray();
        return n;
    }

    private Object[] row(List<Field> fields) throws IOException {
        if (json.peek() != JsonToken.BEGIN_OBJECT) throw problem("a row must be an object, not " + token());
        json.beginObject();
        Object[] values = new Object[fields.size()];
        boolean[] given = new boolean[fields.size()];
        while (json.hasNext()) {
            String key = json.nextName();
            int i = indexOf(fields, key);
            if (i < 0) throw problem("unknown field \"" + key + "\"");
            if (given[i]) throw problem("\"" + key + "\" appears twice");
            given[i] = true;
            values[i] = value(fields.get(i).type(), key);
        }
        for (int i = 0; i < fields.size(); i++) {
            Type t = fields.get(i).type();
            boolean optional = t == Type.INSTANT_OR_NULL || t == Type.INT_OR_NULL || t == Type.REAL_OR_NULL;
            if (!given[i] && !optional) throw problem("a row has no \"" + fields.get(i).name() + "\"");
        }
        json.endObject();
        return values;
    }

    private static int indexOf(List<Field> fields, String key) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(key)) return i;
        return -1;
    }

    private Object value(Type type, String key) throws IOException {
        JsonToken t = json.peek();
        boolean nullable = type == Type.INSTANT_OR_NULL || type == Type.INT_OR_NULL || type == Type.REAL_OR_NULL;
        if (t == JsonToken.NULL) {
            if (!nullable) throw problem("\"" + key + "\" must not be null");
            json.nextNull();
            return null;
        }
        switch (type) {
            case TEXT, INSTANT, INSTANT_OR_NULL, PHASE -> {
                if (t != JsonToken.STRING) throw problem("\"" + key + "\" must be text, not " + token());
                String s = json.nextString();
                if (s.length() > MAX_TEXT) {
                    throw problem("\"" + key + "\" holds " + s.length() + " characters; the most a field may hold is " + MAX_TEXT);
                }
                if (type == Type.PHASE) {
                    try {
                        return CardState.Phase.parse(s).key();
                    } catch (IllegalArgumentException e) {
                        throw problem("\"" + key + "\" is `" + shorten(s) + "`, not a card state (new, learning, review, relearning)");
                    }
                }
                if (type == Type.INSTANT || type == Type.INSTANT_OR_NULL) {
                    try {
                        return Times.format(Instant.parse(s));
                    } catch (DateTimeParseException e) {
                        throw problem("\"" + key + "\" is `" + shorten(s) + "`, not a time like 2026-11-23T09:00:00.000Z");
                    }
                }
                return s;
            }
            case INT, INT_OR_NULL, LONG -> {
                if (t != JsonToken.NUMBER) throw problem("\"" + key + "\" must be a whole number, not " + token());
                String n = json.nextString();
                try {
                    long v = Long.parseLong(n);
                    if (type != Type.LONG && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) throw new NumberFormatException();
                    return type == Type.LONG ? (Object) v : (Object) (int) v;
                } catch (NumberFormatException e) {
                    throw problem("\"" + key + "\" is " + shorten(n) + ", not a whole number in range");
                }
            }
            case REAL_OR_NULL -> {
                if (t != JsonToken.NUMBER) throw problem("\"" + key + "\" must be a number, not " + token());
                double d = json.nextDouble();
                if (Double.isNaN(d) || Double.isInfinite(d)) throw problem("\"" + key + "\" is not a finite number");
                return d;
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    private static void deliver(String kind, Object[] v, Rows rows) throws SQLException {
        switch (kind) {
            case "essays" -> rows.essay(new StudyTransfer.EssayState((String) v[0], (String) v[1], (String) v[2],
                    (Integer) v[3], (Integer) v[4], (String) v[5]));
            case "readingLog" -> rows.read(new StudyTransfer.Read((String) v[0], (String) v[1], (String) v[2]));
            case "cards" -> rows.card(new StudyTransfer.Card((String) v[0], (String) v[1], (String) v[2], (String) v[3],
                    (String) v[4], (String) v[5], (Integer) v[6], (Double) v[7], (Double) v[8], (String) v[9], (String) v[10]));
            case "reviewLog" -> rows.review(new StudyTransfer.Review((String) v[0], (String) v[1], (String) v[2],
                    (Integer) v[3], (String) v[4], (Long) v[5]));
            case "bookmarks" -> rows.bookmark(new StudyTransfer.Bookmark((String) v[0], (String) v[1], (String) v[2],
                    (String) v[3]));
            case "notes" -> rows.note(new StudyTransfer.Note((String) v[0], (String) v[1], (String) v[2], (String) v[3],
                    (String) v[4]));
            default -> throw new IllegalStateException(kind);
        }
    }

    private String token() throws IOException {
        return switch (json.peek()) {
            case BEGIN_ARRAY -> "a list";
            case BEGIN_OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> json.peek().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static final Pattern AT_LINE = Pattern.compile("at line (\\d+) column (\\d+)");

    /** The problem at the reader's place: {@code notes[12].text, line 40}. */
    private DataException problem(String what) {
        String path = json.getPath().replaceFirst("^\\$\\.?", "");
        Matcher m = AT_LINE.matcher(json.toString());
        String where = (path.isEmpty() ? "" : " at " + path) + (m.find() ? " (line " + m.group(1) + ")" : "");
        return new DataException(name + " is not a lectern export I can import: " + what + where + ". Nothing was imported.");
    }

    /** Gson's messages end with a troubleshooting URL and repeat the place; keep the first clause. */
    private static String cleanup(String message) {
        String m = String.valueOf(message);
        int see = m.indexOf("\nSee ");
        if (see >= 0) m = m.substring(0, see);
        int at = m.indexOf(" at line ");
        if (at >= 0) m = m.substring(0, at);
        return shorten(m);
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
