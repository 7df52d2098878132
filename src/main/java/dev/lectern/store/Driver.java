package dev.lectern.store;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connections straight from sqlite-jdbc, with the driver's one-time start-up made cheap and
 * movable to another thread ({@link #warmUp}).
 *
 * <p>{@code DriverManager} would find the same driver, but its first call scans the class path
 * for every JDBC driver there is; lectern has one driver. In a cold JVM the driver's own first
 * connection costs about 70 ms, most of it not SQLite: its loader lists the temporary folder and
 * reads its version as a resource (a first resource lookup searches every JDK module), slf4j
 * looks for logging providers with a service loader, and the driver's date format loads the
 * locale's calendar data. With the installed launcher the native library is already extracted
 * ({@code org.sqlite.lib.path}), so it is loaded here and the loader skipped; the provider is
 * named, as the jar holds only slf4j-nop; the date format is built by {@link #warmUp}, which a
 * command starts on another thread the moment {@code main} begins.
 */
final class Driver {
    private static final String NOP_PROVIDER = "org.slf4j.nop.NOPServiceProvider";
    private static boolean warm;
    private static boolean loadedHere;

    private Driver() {
    }

    static Connection connect(String url, Properties props) throws SQLException {
        warmUp();
        return org.sqlite.JDBC.createConnection(url, props);
    }

    /**
     * Does the driver's one-time work: native library, classes, date format. Idempotent; a second
     * caller waits for the first, so a connection never races the warm-up thread. A failure here
     * is left for the connection to report, in the driver's own words.
     */
    static synchronized void warmUp() {
        if (warm) return;
        warm = true;
        if (System.getProperty("slf4j.provider") == null) {
            // Named, slf4j loads it directly instead of scanning the jar, and says so at INFO.
            if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "WARN");
            System.setProperty("slf4j.provider", NOP_PROVIDER);
        }
        loadExtractedLibrary();
        try {
            new org.sqlite.SQLiteConfig(); // builds and caches the date format every connection uses
        } catch (RuntimeException | LinkageError e) {
            // the connection will fail with the driver's own message
        }
    }

    /**
     * Whether the driver's loader can have left files for the JVM to delete at exit: it extracts
     * the native library to the temporary folder and marks the copy and its lock file
     * {@code deleteOnExit}, which only a normal exit honours. Not when no connection was made,
     * nor when the library was loaded here.
     */
    static synchronized boolean mayHaveTemporaryFiles() {
        return warm && !loadedHere;
    }

    /**
     * Loads the library install.sh extracted and tells the driver it is loaded, skipping the
     * loader's folder listing and jar reads. Anything unexpected (another driver version without
     * these fields, no such file) leaves the driver to load it its own way.
     */
    private static void loadExtractedLibrary() {
        String dir = System.getProperty("org.sqlite.lib.path");
        String name = System.getProperty("org.sqlite.lib.name");
        if (dir == null || name == null) return;
        Path lib = Path.of(dir, name).toAbsolutePath();
        if (!Files.isRegularFile(lib)) return;
        try {
            Field loaded = org.sqlite.core.NativeDB.class.getDeclaredField("isLoaded");
            Field succeeded = org.sqlite.core.NativeDB.class.getDeclaredField("loadSucceeded");
            loaded.setAccessible(true);
            succeeded.setAccessible(true);
            System.load(lib.toString());
            succeeded.setBoolean(null, true);
            loaded.setBoolean(null, true);
            loadedHere = true;
        } catch (ReflectiveOperationException | RuntimeException | UnsatisfiedLinkError e) {
            // the driver's loader will try, and report, itself
        }
    }
}
