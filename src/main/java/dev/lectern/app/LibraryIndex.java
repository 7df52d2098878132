package dev.lectern.app;

import dev.lectern.content.GlossaryEntry;
import dev.lectern.content.Library;
import dev.lectern.content.LibraryLayout;
import dev.lectern.content.LibraryLoader;
import dev.lectern.content.Problem;
import dev.lectern.content.SourceFile;
import dev.lectern.index.IndexReport;
import dev.lectern.index.Indexer;
import dev.lectern.render.MarkdownRenderer;
import dev.lectern.render.RenderOptions;
import dev.lectern.store.DataPaths;
import dev.lectern.store.Database;
import dev.lectern.store.IndexFile;
import dev.lectern.store.IndexTables;
import dev.lectern.study.Glossary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * One library folder and its search index, opened on first use: the folder is scanned, the index
 * brought up to date (a damaged or outdated one is rebuilt without a word), then the library is
 * loaded from it, so no reader is ever served a stale library.
 *
 * <p><b>Threads.</b> Every method is synchronized, so one instance may be shared by all the
 * readers of one process ({@code lectern serve} shares one among every connection, and the
 * full-screen reader calls it from its worker threads). The {@link Library} handed out is an
 * immutable record. The {@link IndexTables} wraps one SQLite connection, whose driver serializes
 * calls; each of its methods is one statement or one transaction, so sharing it is safe, but a
 * search may wait for an update in progress.
 */
public final class LibraryIndex implements AutoCloseable {
    private final Path libraryRoot;
    private final DataPaths paths;
    private Library library;
    private List<SourceFile> files;
    private Connection indexConnection;
    private IndexTables index;
    private IndexReport lastReport;
    private String indexNotice;

    /** @param paths where the index file goes (its cache directory) */
    public LibraryIndex(Path libraryRoot, DataPaths paths) {
        this.libraryRoot = libraryRoot.toAbsolutePath().normalize();
        this.paths = paths;
    }

    public Path libraryRoot() {
        return libraryRoot;
    }

    /** The library, with the index updated first. Problems in essays come from the index. */
    public synchronized Library library() throws SQLException, IOException {
        if (library == null) {
            freshIndex();
            loadLibrary();
        }
        return library;
    }

    /**
     * The index, brought up to date with the library folder once. Cheaper than {@link #library()}
     * when only the index is needed (a search without filters): tracks, series and the glossary
     * are not read.
     */
    public synchronized IndexTables freshIndex() throws SQLException, IOException {
        if (lastReport == null) {
            if (!Files.isDirectory(libraryRoot)) {
                throw new Session.LibraryMissingException("no library at " + libraryRoot
                        + " (give one with --library DIR or LECTERN_LIBRARY)");
            }
            scanWhileIndexOpens();
            reindex(null, false);
        }
        return index();
    }

    /**
     * The glossary to look terms up in. From the index when the library is not loaded anyway (no
     * YAML to parse): its names at once, each entry's text when a look-up answers with it.
     */
    public synchronized Glossary glossary() throws SQLException, IOException {
        if (library != null) return new Glossary(library.glossary());
        IndexTables t = freshIndex();
        IndexTables.GlossaryNames names = t.glossaryNames();
        return Glossary.of(names.terms(), i -> entryAt(t, names.rows()[i]));
    }

    /**
     * The essay {@code library().essay(slug)} would give, found in the index without loading the
     * library when it is not loaded anyway (reading one essay needs none of it).
     */
    public synchronized java.util.Optional<dev.lectern.content.Essay> essay(String slug) throws SQLException, IOException {
        if (library != null) return library.essay(slug);
        return java.util.Optional.ofNullable(freshIndex().essay(slug));
    }

    /**
     * A glossary entry's body as the indexer rendered it for a terminal like {@code opt}, to be
     * laid out at its width; null when the index keeps none (the body is more than paragraphs).
     */
    public synchronized MarkdownRenderer.Paragraphs renderedBody(GlossaryEntry e, RenderOptions opt)
            throws SQLException, IOException {
        String kept = freshIndex().glossaryRendered(e.term(), e.line(), MarkdownRenderer.Paragraphs.variant(opt));
        return MarkdownRenderer.Paragraphs.decode(kept);
    }

    private synchronized GlossaryEntry entryAt(IndexTables t, long row) {
        return unchecked(() -> t.glossaryEntry(row));
    }

    /** Re-indexes (from scratch when {@code rebuild}), reporting progress per file. */
    public synchronized IndexReport update(IntConsumer progressListener, boolean rebuild)
            throws SQLException, IOException {
        reindex(progressListener, rebuild);
        loadLibrary();
        return lastReport;
    }

    private void reindex(IntConsumer progressListener, boolean rebuild) throws SQLException, IOException {
        if (files == null) files = LibraryLayout.scan(libraryRoot);
        if (rebuild) {
            closeIndex();
            deleteIndexFile();
        }
        try {
            lastReport = new Indexer(index()).update(files, progressListener);
            Trace.mark("index up to date");
        } catch (SQLException e) {
            if (!Database.isCorruption(e)) throw e;
            closeIndex();
            deleteIndexFile();
            lastReport = new Indexer(index()).update(files, progressListener);
        }
    }

    private void loadLibrary() throws SQLException {
        IndexTables t = index;
        List<Problem> essayProblems = t.problems();
        // Essays, glossary, tracks, series and the library page as the index keeps them: no file is read.
        // The glossary is read when first asked for, from whatever index is open then.
        Library loaded = LibraryLoader.load(libraryRoot, files, essayFiles -> unchecked(t::essays),
                this::indexedGlossary, new LibraryLoader.Parsed(t.tracks(), t.series(), t.libraryPages()));
        // The glossary's problems come both from the index and from loading: keep one of each.
        Set<Problem> unique = new LinkedHashSet<>(loaded.problems());
        unique.addAll(essayProblems);
        List<Problem> all = new ArrayList<>(unique);
        all.sort(null);
        library = loaded.withProblems(all);
        Trace.mark("library loaded");
    }

    private synchronized List<GlossaryEntry> indexedGlossary() {
        return unchecked(() -> index().glossary());
    }

    private interface IndexRead<T> {
        T get() throws SQLException;
    }

    private static <T> T unchecked(IndexRead<T> read) {
        try {
            return read.get();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized List<SourceFile> files() throws IOException {
        if (files == null) files = LibraryLayout.scan(libraryRoot);
        return files;
    }

    public synchronized IndexReport lastReport() {
        return lastReport;
    }

    public Path indexFile() {
        // Named after the folder (the path's hash keeps two folders apart), not the library id:
        // reading the id would parse library.md's YAML on every start, for a file name.
        Path name = libraryRoot.getFileName();
        return paths.indexFile(libraryRoot, name == null ? "library" : name.toString());
    }

    /** The index as it is now (not brought up to date); opened on first use. */
    public synchronized IndexTables index() throws SQLException {
        if (index == null) adopt(openIndexFile());
        return index;
    }

    /**
     * Scans the library folder while another thread opens the index. In a cold JVM both are
     * mostly first runs of their code, about 12 ms for the walk and 30 ms for sqlite-jdbc's
     * native library and first connection, and they need nothing from each other: a command
     * typed at the prompt waits for the longer of the two instead of their sum.
     */
    private void scanWhileIndexOpens() throws SQLException, IOException {
        if (index != null) {
            files = LibraryLayout.scan(libraryRoot);
            Trace.mark("library folder scanned");
            return;
        }
        // Not this.index(): the lock is held here, and the file is adopted below, on this thread.
        Background<IndexFile.Opened> opening = Background.start("lectern-index-open", this::openIndexFile);
        List<SourceFile> scanned;
        try {
            scanned = LibraryLayout.scan(libraryRoot);
            Trace.mark("library folder scanned");
        } catch (IOException | RuntimeException e) {
            IndexFile.Opened opened = opening.joinQuietly(); // the scan's error is the one to report
            if (opened != null) closeQuietly(opened.connection());
            throw e;
        }
        adopt(opened(opening));
        files = scanned;
    }

    private static IndexFile.Opened opened(Background<IndexFile.Opened> opening) throws SQLException {
        try {
            return opening.join();
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // openIndexFile throws nothing else
        }
    }

    /** Opens the index file; touches no field, so it may run on another thread. */
    private IndexFile.Opened openIndexFile() throws SQLException {
        Path file = indexFile();
        Trace.mark("index file named");
        return IndexFile.openOrTemporary(file);
    }

    private void adopt(IndexFile.Opened opened) {
        indexConnection = opened.connection();
        if (opened.notice() != null) indexNotice = opened.notice();
        index = new IndexTables(indexConnection);
        Trace.mark("index opened");
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failed scan: the scan's error is the one to report
        }
    }

    /** Removes the index file when it can; when it cannot, {@link #index()} falls back to a temporary one. */
    private void deleteIndexFile() {
        try {
            IndexFile.delete(indexFile());
        } catch (dev.lectern.store.DataException e) {
            indexNotice = e.getMessage();
        }
    }

    /** Why this run's index is not the file it should be (it is in memory), or null when it is. */
    public synchronized String indexNotice() {
        return indexNotice;
    }

    private void closeIndex() throws SQLException {
        if (indexConnection != null) indexConnection.close();
        indexConnection = null;
        index = null;
    }

    @Override
    public synchronized void close() throws SQLException {
        closeIndex();
    }
}
