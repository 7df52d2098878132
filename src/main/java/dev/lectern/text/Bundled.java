package dev.lectern.text;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Files bundled beside lectern's classes (themes, glyph sets, the options index), read straight
 * from lectern's own jar or classes folder.
 *
 * <p>Why not {@code Class.getResourceAsStream}: a class loader asks its parents first, and the
 * boot loader answers a name outside its packages by looking in every module of the JDK; in a
 * cold JVM whose classes all come from the AOT cache, that search and the URL machinery after it
 * were the largest part of reading three small files on every command (about 8 ms). Anything
 * this cannot find is looked up the usual way, so a file on another class path entry still loads.
 */
public final class Bundled {
    /**
     * A folder holding copies of these files, which install.sh extracts beside the jar and names
     * to the launcher. Read from there, a command need not open the jar at all: the first opening
     * of a zip reads its whole central directory, some 4,000 entries of lectern's dependencies
     * (about 13 ms in a cold JVM, for three files of a few hundred bytes).
     */
    static final String FOLDER_PROPERTY = "lectern.bundled";

    private Bundled() {
    }

    /** Opens {@code name} (a path inside the jar, no leading slash), or returns null when there is none. */
    public static InputStream open(String name) throws IOException {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder != null && !folder.isEmpty()) {
            Path copy = Path.of(folder).resolve(name);
            if (Files.isRegularFile(copy)) return Files.newInputStream(copy);
        }
        Path home = Home.PATH;
        if (home != null) {
            if (Files.isDirectory(home)) {
                Path file = home.resolve(name);
                if (Files.isRegularFile(file)) return Files.newInputStream(file);
            } else {
                ZipFile jar = Home.jar();
                ZipEntry entry = jar == null ? null : jar.getEntry(name);
                if (entry != null) return jar.getInputStream(entry);
            }
        }
        ClassLoader loader = Bundled.class.getClassLoader();
        return loader == null ? ClassLoader.getSystemResourceAsStream(name) : loader.getResourceAsStream(name);
    }

    /** Where lectern's classes came from, found once; the jar stays open for the process. */
    private static final class Home {
        static final Path PATH = locate();
        private static ZipFile jar;
        private static boolean opened;

        private static Path locate() {
            CodeSource source = Bundled.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) return null;
            try {
                return Path.of(source.getLocation().toURI());
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }

        static synchronized ZipFile jar() {
            if (!opened) {
                opened = true;
                try {
                    jar = new ZipFile(PATH.toFile());
                } catch (IOException e) {
                    jar = null; // looked up through the class loader instead
                }
            }
            return jar;
        }
    }
}
