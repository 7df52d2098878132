package dev.lectern.cli;

import dev.lectern.app.Trace;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs the quick shell commands ({@code search}, {@code list}, {@code define}, {@code read},
 * {@code next}) without building picocli's model.
 * picocli reflects over every command class and option at start-up, and its classes (compiled
 * for Java 5) cannot go into the class-data archive: together that is most of a search's
 * start-up. The command objects are the same; only the arguments are read here, by the same
 * rules as picocli for the plain forms: {@code --opt VALUE}, {@code --opt=VALUE}, {@code -n VALUE},
 * flags, global options before or after the command name. Which options exist, and whether they
 * take a value, it reads from the commands' own {@code @Option} fields ({@link DeclaredOptions}),
 * the one place an option is declared. Anything else (help, a repeated or
 * unknown option, {@code --}, {@code @file}, a value that looks like an option, a word starting
 * with {@code -}) returns null and picocli handles the whole command line, messages included.
 * {@code FastPathTest} checks that both read every accepted command line the same.
 */
final class FastPath {
    private FastPath() {
    }

    /**
     * How the command ended, or null when picocli must handle these arguments. The quick
     * commands print (a pager at most), except {@code next} at a terminal, which opens the
     * reader as plain {@code lectern} may; each says so ({@link SessionCommand#printedOnly}).
     */
    static Exit run(Io io, String[] args) {
        Reading r = reading(args);
        if (r == null) return null;
        r.root().io = io;
        Trace.mark("arguments read");
        int code;
        try {
            code = r.command() != null ? r.command().call() : r.root().call();
        } catch (Exception e) {
            java.io.PrintStream err = Out.utf8(io.err());
            err.println("lectern: unexpected error: " + e);
            err.flush();
            code = ExitCodes.DATA;
        }
        return new Exit(code, r.command() != null && r.command().printedOnly());
    }

    /** The command with its fields and root set as picocli would set them, or null. */
    static SessionCommand parse(String[] args) {
        Reading r = reading(args);
        return r == null ? null : r.command();
    }

    /**
     * Plain {@code lectern}, with at most global options: the root as picocli would set it (the
     * reader or the overview runs from it), or null. picocli's model of the root alone cost the
     * reader's first frame about 100 ms, its classes being ones no class-data archive can hold.
     */
    static LecternCommand parseBare(String[] args) {
        Reading r = reading(args);
        return r == null || r.command() != null ? null : r.root();
    }

    /** What the arguments ask for: the root's options, and the quick command (null for plain {@code lectern}). */
    private record Reading(LecternCommand root, SessionCommand command) {
    }

    private static Reading reading(String[] args) {
        try {
            return read(args);
        } catch (RuntimeException e) { // an invalid path, say: picocli words the message
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a quick command cannot be built", e);
        }
    }

    /** A command read here: its class (whose fields declare its options) and how to make one. */
    private record Quick(Class<? extends SessionCommand> type, Supplier<SessionCommand> make) {
    }

    /**
     * The commands read here, by name ({@link DeclaredOptions#QUICK} lists their classes); made
     * by constructor reference, as a reflective constructor call costs a search 6 ms.
     */
    private static final Map<String, Quick> QUICK = Map.of(
            "search", new Quick(SearchCommand.class, SearchCommand::new),
            "list", new Quick(ListCommand.class, ListCommand::new),
            "define", new Quick(DefineCommand.class, DefineCommand::new),
            "read", new Quick(ReadCommand.class, ReadCommand::new),
            "next", new Quick(NextCommand.class, NextCommand::new));

    /** Whether {@code name} is one of the commands read here. */
    static boolean isQuick(String name) {
        return QUICK.containsKey(name);
    }

    private static Reading read(String[] args) throws ReflectiveOperationException {
        LecternCommand root = new LecternCommand();
        DeclaredOptions global = DeclaredOptions.of(LecternCommand.class);
        SessionCommand cmd = null;
        DeclaredOptions own = null;
        List<String> words = new ArrayList<>();
        Set<Field> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("@")) return null; // picocli reads @files
            if (!a.startsWith("-") || a.equals("-")) {
                if (cmd == null) {
                    Quick q = QUICK.get(a);
                    if (q == null) return null;
                    cmd = q.make().get();
                    own = DeclaredOptions.of(q.type());
                } else if (own.words() != null) {
                    words.add(a);
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
            // A command's own options come after its name; the root's anywhere (picocli's INHERIT).
            DeclaredOptions where = own != null && own.field(name) != null ? own : global.field(name) != null ? global : null;
            if (where == null) return null;
            Field f = where.field(name);
            if (!seen.add(f)) return null; // picocli rejects a repeated option
            Object target = where == global ? root : cmd;
            if (where.isFlag(name)) {
                if (value != null) return null;
                assign(f, target, true);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) return null;
                value = args[++i];
                if (value.startsWith("-") || value.startsWith("@")) return null;
            }
            if (value.isEmpty()) return null;
            Object converted = convert(f.getType(), value);
            if (converted == null) return null;
            assign(f, target, converted);
        }
        if (cmd == null) return new Reading(root, null);
        if (own.words() != null) {
            if (own.needsWords() && words.isEmpty()) return null; // picocli says a term is needed
            if (own.words().getType() == String.class) {
                if (words.size() > 1) return null; // picocli names the unmatched word
                if (!words.isEmpty()) assign(own.words(), cmd, words.get(0));
            } else {
                assign(own.words(), cmd, words);
            }
        }
        cmd.root = root;
        return new Reading(root, cmd);
    }

    private static final java.lang.invoke.MethodHandles.Lookup LOOKUP = java.lang.invoke.MethodHandles.lookup();

    /**
     * Sets a declared field through a VarHandle: {@code Field.set} would build a method-handle
     * accessor per field (JEP 416) and cost a search about 6 ms, a VarHandle about 2.
     */
    private static void assign(Field f, Object target, Object value) throws ReflectiveOperationException {
        java.lang.invoke.VarHandle field = LOOKUP.findVarHandle(f.getDeclaringClass(), f.getName(), f.getType());
        // A primitive passed as an Object would make the handle unbox it: an adapter built at run
        // time, about 15 ms for the first flag of a command line. Passed as the primitive, it need not.
        if (f.getType() == boolean.class) {
            field.set(target, ((Boolean) value).booleanValue());
        } else if (f.getType() == int.class) {
            field.set(target, ((Integer) value).intValue());
        } else {
            field.set(target, value);
        }
    }

    /** {@code value} as a field of {@code type} holds it, by picocli's rules; null when picocli must say why not. */
    private static Object convert(Class<?> type, String value) {
        if (type == String.class) return value;
        if (type == Path.class) return Path.of(value);
        if (type == Integer.class || type == int.class) return integer(value);
        if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) if (((Enum<?>) c).name().equalsIgnoreCase(value)) return c;
        }
        return null;
    }

    private static Integer integer(String s) {
        if (s.isEmpty() || s.length() > 9) return null;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return null;
        return Integer.parseInt(s);
    }
}
