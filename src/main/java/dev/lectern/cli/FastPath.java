package dev.lectern.cli;

import dev.lectern.app.Trace;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Runs the quick shell commands ({@code search}, {@code list}, {@code define}) without building
 * picocli's model.
 * picocli reflects over every command class and option at start-up, and its classes (compiled
 * for Java 5) cannot go into the class-data archive: together that is most of a search's
 * start-up. The command objects are the same; only the arguments are read here, by the same
 * rules as picocli for the plain forms: {@code --opt VALUE}, {@code --opt=VALUE}, {@code -n VALUE},
 * flags, global options before or after the command name. Anything else (help, a repeated or
 * unknown option, {@code --}, {@code @file}, a value that looks like an option, a word starting
 * with {@code -}) returns null and picocli handles the whole command line, messages included.
 * {@code FastPathTest} checks that both read every accepted command line the same.
 */
final class FastPath {
    private FastPath() {
    }

    /** The exit code, or null when picocli must handle these arguments. */
    static Integer run(Io io, String[] args) {
        SessionCommand cmd = parse(args);
        if (cmd == null) return null;
        cmd.root.io = io;
        Trace.mark("arguments read");
        try {
            return cmd.call();
        } catch (RuntimeException e) {
            java.io.PrintStream err = Out.utf8(io.err());
            err.println("lectern: unexpected error: " + e);
            err.flush();
            return ExitCodes.DATA;
        }
    }

    /** The command with its fields and root set as picocli would set them, or null. */
    static SessionCommand parse(String[] args) {
        try {
            return read(args);
        } catch (RuntimeException e) { // an invalid path, say: picocli words the message
            return null;
        }
    }

    private static SessionCommand read(String[] args) {
        LecternCommand root = new LecternCommand();
        SessionCommand cmd = null;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("@")) return null; // picocli reads @files
            if (!a.startsWith("-") || a.equals("-")) {
                if (cmd == null) {
                    cmd = switch (a) {
                        case "search" -> new SearchCommand();
                        case "list" -> new ListCommand();
                        case "define" -> {
                            DefineCommand d = new DefineCommand();
                            d.words = new java.util.ArrayList<>();
                            yield d;
                        }
                        default -> null;
                    };
                    if (cmd == null) return null;
                } else if (cmd instanceof SearchCommand s) {
                    s.words.add(a);
                } else if (cmd instanceof DefineCommand d) {
                    d.words.add(a);
                } else {
                    return null; // list takes no words
                }
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (!seen.add(canonical(name))) return null; // picocli rejects a repeated option
            if (isFlag(name, cmd)) {
                if (value != null) return null;
                switch (name) {
                    case "--no-color" -> root.noColor = true;
                    default -> setFlag(cmd, name);
                }
                continue;
            }
            if (!takesValue(name, cmd)) return null;
            if (value == null) {
                if (i + 1 >= args.length) return null;
                value = args[++i];
                if (value.startsWith("-") || value.startsWith("@")) return null;
            }
            if (value.isEmpty()) return null;
            if (!set(root, cmd, name, value)) return null;
        }
        if (cmd == null) return null;
        if (cmd instanceof DefineCommand d && d.words.isEmpty()) return null; // picocli says a term is needed
        cmd.root = root;
        return cmd;
    }

    private static String canonical(String name) {
        return name.equals("-n") ? "--limit" : name;
    }

    private static boolean isFlag(String name, SessionCommand cmd) {
        return name.equals("--no-color") || cmd != null && name.equals("--json")
                || cmd instanceof DefineCommand && name.equals("--short");
    }

    private static void setFlag(SessionCommand cmd, String name) {
        if (cmd instanceof SearchCommand s) s.json = true;
        else if (cmd instanceof ListCommand l) l.json = true;
        else if (cmd instanceof DefineCommand d && name.equals("--short")) d.brief = true;
        else if (cmd instanceof DefineCommand d) d.json = true;
    }

    private static boolean takesValue(String name, SessionCommand cmd) {
        return switch (name) {
            case "--library", "--data-dir", "--theme", "--width" -> true;
            case "-n", "--limit" -> cmd instanceof SearchCommand;
            case "--level", "--series", "--tag", "--track", "--sort" -> cmd instanceof ListCommand;
            default -> false;
        };
    }

    private static boolean set(LecternCommand root, SessionCommand cmd, String name, String value) {
        switch (name) {
            case "--library" -> root.library = Path.of(value);
            case "--data-dir" -> root.dataDir = Path.of(value);
            case "--theme" -> root.theme = value;
            case "--width" -> {
                Integer n = integer(value);
                if (n == null) return false;
                root.width = n;
            }
            case "-n", "--limit" -> {
                Integer n = integer(value);
                if (n == null) return false;
                ((SearchCommand) cmd).limit = n;
            }
            case "--level" -> ((ListCommand) cmd).level = value;
            case "--series" -> ((ListCommand) cmd).series = value;
            case "--tag" -> ((ListCommand) cmd).tag = value;
            case "--track" -> ((ListCommand) cmd).track = value;
            case "--sort" -> {
                ListCommand.Sort sort = null;
                for (ListCommand.Sort s : ListCommand.Sort.values()) if (s.name().equalsIgnoreCase(value)) sort = s;
                if (sort == null) return false;
                ((ListCommand) cmd).sort = sort;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Integer integer(String s) {
        if (s.isEmpty() || s.length() > 9) return null;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return null;
        return Integer.parseInt(s);
    }
}
