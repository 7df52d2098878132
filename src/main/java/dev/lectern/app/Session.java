package dev.lectern.app;

import dev.lectern.content.Library;
import dev.lectern.content.SourceFile;
import dev.lectern.index.IndexReport;
import dev.lectern.store.DataPaths;
import dev.lectern.store.StudyFile;
import dev.lectern.store.IndexTables;
import dev.lectern.study.Glossary;
import dev.lectern.study.ReadingProgress;
import dev.lectern.study.Study;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * One reader's view of lectern: a {@link LibraryIndex} (the library and its search index) and
 * this reader's study data (progress, cards, notes), each opened on first use. A command-line
 * run owns both; under {@code lectern serve} every connection gets its own Session over the one
 * shared LibraryIndex, so readers share the library and the index but never study data.
 *
 * <p><b>Threads.</b> The LibraryIndex is safe to share (see its comment). The study half is for
 * one reader: the full-screen reader calls it from its worker threads one command at a time, and
 * SQLite's driver serializes the calls on its connection; two Sessions on the same study file
 * are safe too (WAL and a busy timeout), but nothing else should write that file meanwhile.
 */
public final class Session implements AutoCloseable {
    private final LibraryIndex libraryIndex;
    private final boolean ownsLibraryIndex;
    private final DataPaths paths;
    private final Clock clock;
    private Connection studyConnection;
    private Study study;

    /** A session that opens, and closes, its own library and index (the command line's case). */
    public Session(Path libraryOption, Path dataDirOption, Map<String, String> env, Clock clock) {
        this.paths = DataPaths.resolve(dataDirOption, env);
        this.libraryIndex = new LibraryIndex(LibraryLocation.resolve(libraryOption, env), paths);
        this.ownsLibraryIndex = true;
        this.clock = clock;
    }

    /**
     * A reader's session over a shared library and index, with study data under {@code paths};
     * closing it leaves the shared LibraryIndex open.
     */
    public Session(LibraryIndex shared, DataPaths paths, Clock clock) {
        this.libraryIndex = shared;
        this.ownsLibraryIndex = false;
        this.paths = paths;
        this.clock = clock;
    }

    public LibraryIndex libraryIndex() {
        return libraryIndex;
    }

    public Path libraryRoot() {
        return libraryIndex.libraryRoot();
    }

    public DataPaths paths() {
        return paths;
    }

    public Clock clock() {
        return clock;
    }

    /** The library, with the index updated first. Problems in essays come from the index. */
    public Library library() throws SQLException, IOException {
        return libraryIndex.library();
    }

    /** The index, brought up to date with the library folder once (see {@link LibraryIndex}). */
    public IndexTables freshIndex() throws SQLException, IOException {
        return libraryIndex.freshIndex();
    }

    /** The glossary to look terms up in, without loading the library (see {@link LibraryIndex#glossary}). */
    public Glossary glossary() throws SQLException, IOException {
        return libraryIndex.glossary();
    }

    /** The essay with this slug or alias, without loading the library (see {@link LibraryIndex#essay}). */
    public java.util.Optional<dev.lectern.content.Essay> essay(String slug) throws SQLException, IOException {
        return libraryIndex.essay(slug);
    }

    /** A glossary entry's body as the index keeps it rendered for a terminal like {@code opt}, or null. */
    public dev.lectern.render.MarkdownRenderer.Paragraphs renderedGlossaryBody(dev.lectern.content.GlossaryEntry e,
            dev.lectern.render.RenderOptions opt) throws SQLException, IOException {
        return libraryIndex.renderedBody(e, opt);
    }

    /** Re-indexes (from scratch when {@code rebuild}), reporting progress per file. */
    public IndexReport update(IntConsumer progressListener, boolean rebuild) throws SQLException, IOException {
        return libraryIndex.update(progressListener, rebuild);
    }

    public List<SourceFile> files() throws IOException {
        return libraryIndex.files();
    }

    public IndexReport lastReport() {
        return libraryIndex.lastReport();
    }

    /** Why the index is a temporary one this time (its file cannot be kept), or null. */
    public String indexNotice() {
        return libraryIndex.indexNotice();
    }

    public Path indexFile() {
        return libraryIndex.indexFile();
    }

    public IndexTables index() throws SQLException, IOException {
        return libraryIndex.index();
    }

    public ReadingProgress progress() throws SQLException, IOException {
        return study().progress();
    }

    /** The study data of this library (progress, cards, notes, glossary, stats). */
    public synchronized Study study() throws SQLException, IOException {
        if (study == null) study = Study.open(studyConnection(), library(), clock);
        return study;
    }

    /** The study database itself, for commands that span libraries (export, import). */
    public synchronized Connection studyConnection() throws SQLException {
        if (studyConnection == null) studyConnection = StudyFile.open(paths.studyFile());
        return studyConnection;
    }

    @Override
    public synchronized void close() throws SQLException {
        try {
            if (ownsLibraryIndex) libraryIndex.close();
        } finally {
            if (studyConnection != null) studyConnection.close();
            studyConnection = null;
            study = null;
        }
    }

    /** The library folder does not exist: a usage problem the user can fix. */
    public static final class LibraryMissingException extends RuntimeException {
        public LibraryMissingException(String message) {
            super(message);
        }
    }
}
