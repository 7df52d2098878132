package dev.lectern.index;

import dev.lectern.content.EssayDocument;
import dev.lectern.content.LibraryReader;
import dev.lectern.content.Problem;
import dev.lectern.content.SourceFile;
import dev.lectern.content.SourceText;
import dev.lectern.markdown.Section;
import dev.lectern.markdown.SectionSplitter;
import dev.lectern.store.IndexTables;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Brings the index up to date with the library folder. A file whose size and modification time
 * are unchanged is not read; one that changed is hashed and re-indexed only when its content
 * did; files gone from the folder are dropped. All of it in one transaction, so a killed run
 * leaves the previous index intact.
 */
public final class Indexer {
    private final IndexTables tables;

    public Indexer(IndexTables tables) {
        this.tables = tables;
    }

    /** Updates the index for {@code files}; {@code progress} hears the number of files done so far. */
    public IndexReport update(List<SourceFile> files, IntConsumer progress) throws SQLException {
        long start = System.nanoTime();
        Connection c = tables.connection();
        Map<String, IndexTables.FileState> known = tables.files();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        List<Problem> problems = new ArrayList<>();
        Set<String> present = new HashSet<>();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (IndexTables.Writer writer = tables.writer()) {
            int done = 0;
            for (SourceFile f : files) {
                present.add(f.path());
                IndexTables.FileState old = known.get(f.path());
                if (old != null && old.size() == f.size() && old.modified() == f.modified()
                        && old.kind().equals(f.kind().name()) && old.slug().equals(f.slug())) {
                    unchanged++;
                } else {
                    List<Problem> fileProblems = new ArrayList<>();
                    byte[] bytes = readBytes(f, fileProblems);
                    String hash = bytes == null ? "" : sha1(bytes);
                    if (old != null && old.hash().equals(hash) && old.kind().equals(f.kind().name())
                            && old.slug().equals(f.slug())) {
                        unchanged++; // touched but not changed: remember the new time only
                    } else {
                        if (old == null) added++; else changed++;
                        tables.removeDocument(f.path());
                        if (bytes != null && f.kind() == SourceFile.Kind.ESSAY) index(f, bytes, writer, fileProblems);
                        tables.putProblems(f.path(), fileProblems);
                        problems.addAll(fileProblems);
                    }
                    tables.putFile(f.path(), new IndexTables.FileState(f.kind().name(), f.slug(), f.size(),
                            f.modified(), hash));
                }
                if (progress != null) progress.accept(++done);
            }
            int removed = 0;
            for (String path : known.keySet()) {
                if (!present.contains(path)) {
                    tables.removeFile(path);
                    removed++;
                }
            }
            c.commit();
            return new IndexReport(added, changed, removed, unchanged, (System.nanoTime() - start) / 1_000_000, problems);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void index(SourceFile f, byte[] bytes, IndexTables.Writer writer, List<Problem> problems)
            throws SQLException {
        String text = SourceText.decode(f, bytes, problems);
        if (text == null) return;
        EssayDocument doc = LibraryReader.essay(f.slug(), f.path(), text, problems);
        List<Section> sections = SectionSplitter.split(doc.body());
        if (sections.isEmpty()) sections = List.of(new Section(0, "", "", 0, 1, ""));
        List<String> bodies = new ArrayList<>(sections.size());
        for (Section s : sections) bodies.add(IndexText.of(s.markdown()));
        writer.add(doc.essay(), sections, bodies);
    }

    private static byte[] readBytes(SourceFile f, List<Problem> problems) {
        if (f.size() > SourceText.MAX_BYTES) {
            SourceText.read(f, problems); // reports the size problem
            return null;
        }
        try {
            return Files.readAllBytes(f.file());
        } catch (IOException e) {
            problems.add(new Problem(f.path(), 0, "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
