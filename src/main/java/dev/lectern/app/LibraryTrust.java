package dev.lectern.app;

import dev.lectern.store.DataPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whose code lectern runs without asking. A snippet runs as the reader, with the reader's files,
 * so a library the reader did not write is not trusted by default: the bundled library is (it
 * came with lectern), and so is any library whose folder is in {@code trusted-libraries} in the
 * config folder, one absolute path a line ({@code #} starts a comment). {@code lectern check} is
 * for authors and runs their own library's snippets regardless. Stateless: safe from any thread.
 */
public final class LibraryTrust {
    static final String FILE = "trusted-libraries";

    private LibraryTrust() {
    }

    /** Whether snippets of the library at {@code root} may run without being allowed each time. */
    public static boolean trusted(Path root, DataPaths paths) {
        Path r = real(root);
        if (r.equals(real(LibraryLocation.resolve(null, Map.of())))) return true; // the bundled library
        for (Path p : listed(paths)) if (real(p).equals(r)) return true;
        return false;
    }

    /** Adds {@code root} to the trusted list (written whole to a temporary file, then moved). */
    public static void trust(Path root, DataPaths paths) throws IOException {
        Path file = paths.config().resolve(FILE);
        List<String> lines = new ArrayList<>(Files.isRegularFile(file)
                ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of("# libraries whose snippets lectern runs without asking"));
        String entry = real(root).toString();
        if (lines.contains(entry)) return;
        lines.add(entry);
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<Path> listed(DataPaths paths) {
        Path file = paths.config().resolve(FILE);
        List<Path> out = new ArrayList<>();
        try {
            if (!Files.isRegularFile(file)) return out;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(Path.of(t));
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable list trusts nothing more: the reader is asked, never surprised
        }
        return out;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
