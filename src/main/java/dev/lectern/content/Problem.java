package dev.lectern.content;

/**
 * Something wrong with a library file, reported as {@code file:line: message}. A problem never
 * stops the rest of the library from loading. Line 0 means the file as a whole.
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
