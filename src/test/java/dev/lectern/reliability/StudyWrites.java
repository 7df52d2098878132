package dev.lectern.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The study writes the reliability tests make, each with what lectern prints once it is stored
 * and a query that finds it in study.db. Every write has its own key (a slug, a section, a
 * note's text), so a write that committed but was not acknowledged never hides a lost one;
 * reviews, which grade one card again and again (Easy, so it leaves the session at once), are counted instead.
 */
final class StudyWrites {
    /** One write: the shell line(s) that make it, the start of its acknowledgement, where it lands. */
    record Write(String kind, String input, String ack, String key) {
    }

    private final GeneratedLibrary library;
    private final Path importDir;
    private int next;

    StudyWrites(GeneratedLibrary library, Path importDir) {
        this.library = library;
        this.importDir = importDir;
    }

    /** The next {@code n} writes, cycling through mark, note, bookmark, import and review. */
    List<Write> next(int n) throws IOException {
        List<Write> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(make(next++));
        return out;
    }

    /** A write of the given kind with its own key (for the concurrency test, which picks kinds). */
    Write make(String kind, int seq) throws IOException {
        String slug = GeneratedLibrary.slug(seq % library.essays());
        return switch (kind) {
            case "mark" -> new Write(kind, "mark " + slug + " --read\n", "Marked " + slug + " read.", slug);
            case "note" -> new Write(kind, "note " + slug + "#part-two crash note " + seq + "\n",
                    "Noted on " + slug + "#part-two.", "crash note " + seq);
            case "bookmark" -> new Write(kind, "bookmark " + slug + (seq % 2 == 0 ? "" : "#part-two") + "\n",
                    "ookmarked", slug + (seq % 2 == 0 ? "" : "#part-two"));
            case "import" -> {
                Path file = importDir.resolve("import-" + seq + ".json");
                Files.createDirectories(importDir);
                Files.writeString(file, "{\"format\": \"lectern-study\", \"version\": 1, \"notes\": [{\"library\": \""
                        + GeneratedLibrary.ID + "\", \"slug\": \"" + slug + "\", \"anchor\": \"\", \"createdAt\":"
                        + " \"2026-12-01T10:00:00Z\", \"text\": \"imported note " + seq + "\"}]}\n");
                yield new Write(kind, "import " + file + "\n", "Imported from " + file, "imported note " + seq);
            }
            case "review" -> new Write(kind, "review --track first --all -n 1\n\n4\n", "Reviewed 1 card", "");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private Write make(int seq) throws IOException {
        String[] kinds = {"mark", "note", "bookmark", "import", "review"};
        return make(kinds[seq % kinds.length], seq);
    }

    /** The writes acknowledged in {@code output}, in order: a prefix of {@code sent}. */
    static List<Write> acknowledged(List<Write> sent, List<String> output) {
        List<Write> acked = new ArrayList<>();
        int i = 0;
        for (String line : output) {
            if (i < sent.size() && line.contains(sent.get(i).ack())) acked.add(sent.get(i++));
        }
        return acked;
    }

    /** The acknowledged writes that study.db does not hold; empty when none was lost. */
    static List<Write> missing(Connection c, List<Write> acked) throws SQLException {
        List<Write> lost = new ArrayList<>();
        long reviews = acked.stream().filter(w -> w.kind().equals("review")).count();
        for (Write w : acked) {
            boolean present = switch (w.kind()) {
                case "mark" -> exists(c, "SELECT 1 FROM essay_state WHERE library = ? AND slug = ? AND read_at IS NOT NULL",
                        GeneratedLibrary.ID, w.key());
                case "note", "import" -> exists(c, "SELECT 1 FROM notes WHERE library = ? AND text = ?",
                        GeneratedLibrary.ID, w.key());
                case "bookmark" -> {
                    int hash = w.key().indexOf('#');
                    yield exists(c, "SELECT 1 FROM bookmarks WHERE library = ? AND slug = ? AND anchor = ?",
                            GeneratedLibrary.ID, hash < 0 ? w.key() : w.key().substring(0, hash),
                            hash < 0 ? "" : w.key().substring(hash + 1));
                }
                case "review" -> true; // counted below
                default -> throw new IllegalArgumentException(w.kind());
            };
            if (!present) lost.add(w);
        }
        if (count(c, "SELECT count(*) FROM review_log WHERE library = ?", GeneratedLibrary.ID) < reviews) {
            lost.add(new Write("review", "", "", "fewer review_log rows than the " + reviews + " acknowledged reviews"));
        }
        return lost;
    }

    private static boolean exists(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setString(i + 1, args[i]);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    static long count(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setString(i + 1, args[i]);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }
}
