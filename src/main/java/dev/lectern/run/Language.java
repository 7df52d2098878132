package dev.lectern.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language a snippet may be run in: the names an info string may use for it, the file the code
 * is written to, the interpreters to look for on PATH (first found wins), and what to install
 * when none is there.
 */
public enum Language {
    PYTHON(List.of("python", "python3", "py"), "snippet.py", List.of("python3", "python"), "Python 3 (python3)"),
    SH(List.of("sh", "shell"), "snippet.sh", List.of("sh"), "a POSIX shell (sh)"),
    BASH(List.of("bash"), "snippet.sh", List.of("bash"), "bash"),
    JS(List.of("js", "javascript", "node"), "snippet.js", List.of("node", "nodejs"), "Node.js (node)"),
    // JShell ships with every JDK, so Java snippets need nothing beyond what runs lectern.
    JAVA(List.of("java", "jshell"), "snippet.jsh", List.of("jshell"), "a JDK with jshell");

    private final List<String> names;
    private final String fileName;
    private final List<String> interpreters;
    private final String installHint;

    Language(List<String> names, String fileName, List<String> interpreters, String installHint) {
        this.names = names;
        this.fileName = fileName;
        this.interpreters = interpreters;
        this.installHint = installHint;
    }

    /** The language an info string's first word names, if snippets in it can be run. */
    public static Optional<Language> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Language l : values()) if (l.names.contains(n)) return Optional.of(l);
        return Optional.empty();
    }

    /** The names accepted in info strings, for messages. */
    public static String accepted() {
        return "python, sh, bash, js, java";
    }

    public String fileName() {
        return fileName;
    }

    public List<String> interpreters() {
        return interpreters;
    }

    public String installHint() {
        return installHint;
    }

    /** The source to write: JShell needs an explicit exit, or it waits at its prompt. */
    String source(String code) {
        return this == JAVA ? code + "\n/exit\n" : code;
    }

    /** The command line that runs {@code file} with {@code interpreter}, its home folder {@code home}. */
    List<String> command(String interpreter, String file, Path home) {
        return switch (this) {
            // Silent feedback: only what the snippet prints, as `java` would show it. The JVM
            // takes user.home from the password database, not $HOME, so it is told explicitly.
            case JAVA -> List.of(interpreter, "-J-Duser.home=" + home, "--feedback", "silent", "--execution", "local",
                    file);
            case PYTHON -> List.of(interpreter, "-I", file);
            default -> List.of(interpreter, file);
        };
    }

    /**
     * Whether the interpreter reports failures only on stderr. JShell exits 0 after an exception
     * or a compile error, so for Java any error output means the snippet failed.
     */
    boolean failsThroughStderr() {
        return this == JAVA;
    }

    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
