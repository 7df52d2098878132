package dev.lectern.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the library to open: {@code --library DIR}, else {@code $LECTERN_LIBRARY}, else the
 * bundled library the launcher points at ({@code -Dlectern.library}), else a {@code content/}
 * folder beside the jar's build folder (running from a checkout), else {@code ./content}.
 */
public final class LibraryLocation {
    private LibraryLocation() {
    }

    public static Path resolve(Path option, Map<String, String> env) {
        if (option != null) return option;
        String e = env.get("LECTERN_LIBRARY");
        if (e != null && !e.isBlank()) return Path.of(e);
        String p = System.getProperty("lectern.library");
        if (p != null && !p.isBlank()) return Path.of(p);
        try {
            Path jar = Path.of(LibraryLocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = jar.getParent() == null ? null : jar.getParent().resolveSibling("content");
            if (beside != null && Files.isDirectory(beside)) return beside;
        } catch (Exception ignored) {
            // no code source (unusual class loader): fall back to the working directory
        }
        return Path.of("content");
    }
}
