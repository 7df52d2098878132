package dev.lectern.cli;

import dev.lectern.content.Library;
import dev.lectern.content.LibraryLayout;
import dev.lectern.content.LibraryLoader;
import dev.lectern.content.Problem;
import dev.lectern.content.SourceFile;
import dev.lectern.index.IndexReport;
import dev.lectern.index.Indexer;
import dev.lectern.store.DataException;
import dev.lectern.store.DataPaths;
import dev.lectern.store.Database;
import dev.lectern.store.IndexTables;
import dev.lectern.store.Schemas;
import dev.lectern.study.ReadingProgress;
import dev.lectern.study.Study;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Everything a command may need, opened on first use: the library (brought up to date in the
 * index first, so no command serves a stale library), the index and the study data. A damaged or
 * outdated index is deleted and rebuilt without a word; study data is never touched that way.
 */
public final class Session implements AutoCloseable {
    private final Path libraryRoot;
    private final DataPaths paths;
    private final Clock clock;
    private Library library;
    private List<SourceFile> files;
    private Connection indexConnection;
    private IndexTables index;
    private Connection studyConnection;
    private Study study;
    private IndexReport lastReport;

    public Session(Path libraryOption, Path dataDirOption, Map<String, String> env, Clock clock) {
        this.libraryRoot = LibraryLocation.resolve(libraryOption, env).toAbsolutePath().normalize();
        this.paths = DataPaths.resolve(dataDirOption, env);
        this.clock = clock;
    }

    public Path libraryRoot() {
        return libraryRoot;
    }

    public DataPaths paths() {
        return paths;
    }

    public Clock clock() {
        return clock;
    }

    /** The library, with the index updated first. Problems in essays come from the index. */
    public Library library() throws SQLException, IOException {
        if (library == null) {
            freshIndex();
            loadLibrary();
        }
        return library;
    }

    /**
     * The index, brought up to date with the library folder once per session. Cheaper than
     * {@link #library()} when a command needs only the index (a search without filters): tracks,
     * series and the glossary are not read.
     */
    public IndexTables freshIndex() throws SQLException, IOException {
        if (lastReport == null) {
            if (!Files.isDirectory(libraryRoot)) {
                throw new LibraryMissingException("no library at " + libraryRoot
                        + " (give one with --library DIR or LECTERN_LIBRARY)");
            }
            files = LibraryLayout.scan(libraryRoot);
            Trace.mark("library folder scanned");
            reindex(null, false);
        }
        return index();
    }

    /** The glossary, from the index when the library is not loaded anyway (no YAML to parse). */
    public List<dev.lectern.content.GlossaryEntry> glossary() throws SQLException, IOException {
        return library != null ? library.glossary() : freshIndex().glossary();
    }

    /** Re-indexes (from scratch when {@code rebuild}), reporting progress per file. */
    public IndexReport update(IntConsumer progressListener, boolean rebuild) throws SQLException, IOException {
        reindex(progressListener, rebuild);
        loadLibrary();
        return lastReport;
    }

    private void reindex(IntConsumer progressListener, boolean rebuild) throws SQLException, IOException {
        if (files == null) files = LibraryLayout.scan(libraryRoot);
        if (rebuild) {
            closeIndex();
            deleteIndexFiles(indexFile());
        }
        try {
            lastReport = new Indexer(index()).update(files, progressListener);
            Trace.mark("index up to date");
        } catch (SQLException e) {
            if (!Database.isCorruption(e)) throw e;
            closeIndex();
            deleteIndexFiles(indexFile());
            lastReport = new Indexer(index()).update(files, progressListener);
        }
    }

    private void loadLibrary() throws SQLException {
        IndexTables t = index;
        List<Problem> essayProblems = t.problems();
        Library loaded = LibraryLoader.load(libraryRoot, files, essayFiles -> {
            try {
                return t.essays();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        // The glossary's problems come both from the index and from loading: keep one of each.
        java.util.Set<Problem> unique = new java.util.LinkedHashSet<>(loaded.problems());
        unique.addAll(essayProblems);
        List<Problem> all = new ArrayList<>(unique);
        all.sort(null);
        library = new Library(loaded.root(), loaded.info(), loaded.essays(), loaded.tracks(), loaded.series(),
                loaded.glossary(), all);
        Trace.mark("library loaded");
    }

    public List<SourceFile> files() throws IOException {
        if (files == null) files = LibraryLayout.scan(libraryRoot);
        return files;
    }

    public IndexReport lastReport() {
        return lastReport;
    }

    public Path indexFile() {
        // Named after the folder (the path's hash keeps two folders apart), not the library id:
        // reading the id would parse library.md's YAML on every start, for a file name.
        Path name = libraryRoot.getFileName();
        return paths.indexFile(libraryRoot, name == null ? "library" : name.toString());
    }

    public IndexTables index() throws SQLException, IOException {
        if (index == null) {
            Path file = indexFile();
            Trace.mark("index file named");
            indexConnection = openIndex(file);
            index = new IndexTables(indexConnection);
            Trace.mark("index opened");
        }
        return index;
    }

    private static Connection openIndex(Path file) throws SQLException {
        if (Files.exists(file)) {
            boolean stale;
            try (Connection probe = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                int v = Database.userVersion(probe);
                stale = v != 0 && v != Schemas.INDEX_VERSION;
                if (!stale) probe.createStatement().executeQuery("SELECT count(*) FROM sqlite_master").close();
            } catch (SQLException e) {
                stale = true; // not a database, or damaged: the index is a cache, so start again
            }
            if (stale) deleteIndexFiles(file);
        }
        try {
            return Database.open(file, Schemas.INDEX, false);
        } catch (SQLException e) {
            if (!Database.isCorruption(e)) throw e;
            deleteIndexFiles(file);
            return Database.open(file, Schemas.INDEX, false);
        }
    }

    private static void deleteIndexFiles(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                throw new DataException("cannot remove the old index " + file + suffix + ": " + e.getMessage(), e);
            }
        }
    }

    public ReadingProgress progress() throws SQLException, IOException {
        return study().progress();
    }

    /** The study data of this library (progress, cards, notes, glossary, stats). */
    public Study study() throws SQLException, IOException {
        if (study == null) study = Study.open(studyConnection(), library(), clock);
        return study;
    }

    /** The study database itself, for commands that span libraries (export, import). */
    public Connection studyConnection() throws SQLException {
        if (studyConnection == null) studyConnection = Database.open(paths.studyFile(), Schemas.STUDY, true);
        return studyConnection;
    }

    private void closeIndex() throws SQLException {
        if (indexConnection != null) indexConnection.close();
        indexConnection = null;
        index = null;
    }

    @Override
    public void close() throws SQLException {
        closeIndex();
        if (studyConnection != null) studyConnection.close();
    }

    /** The library folder does not exist: a usage problem the user can fix. */
    public static final class LibraryMissingException extends RuntimeException {
        public LibraryMissingException(String message) {
            super(message);
        }
    }
}
