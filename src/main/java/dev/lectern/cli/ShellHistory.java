package dev.lectern.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The shell's history file, checked before jline sees it: jline ends the shell on a file that is
 * not UTF-8, and prints a stack trace for one it cannot parse or a folder it cannot write. A file
 * that cannot be used is left as it is and named once; that shell then keeps no history.
 */
final class ShellHistory {
    /** jline writes one "millis:command" line per entry. */
    private static final Pattern ENTRY = Pattern.compile("\\d+:");

    /** The history file to use (null for none), and why there is none. */
    record Choice(Path file, String notice) {
    }

    private ShellHistory() {
    }

    static Choice choose(Path file) {
        String why = problem(file);
        if (why == null) return new Choice(file, null);
        return new Choice(null, "the shell history " + file + " " + why + "; this shell keeps no history.\n"
                + "  Move that file away (or make its folder writable) and the next shell starts a new one.");
    }

    private static String problem(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return "cannot be kept (" + e.getMessage() + ")";
        }
        if (!Files.isWritable(dir)) return "cannot be kept: its folder is read-only";
        if (!Files.exists(file)) return null;
        if (!Files.isRegularFile(file)) return "is not a file";
        if (!Files.isWritable(file)) return "is read-only";
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            int n = 0;
            for (String line : text.split("\n", -1)) {
                n++;
                if (!line.isEmpty() && !ENTRY.matcher(line).lookingAt()) return "is not a history file (line " + n + ")";
            }
            return null;
        } catch (CharacterCodingException e) {
            return "is not UTF-8 text";
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
    }
}
