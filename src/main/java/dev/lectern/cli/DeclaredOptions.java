package dev.lectern.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options a command class declares with picocli's {@code @Option}, read from those same
 * annotations, so that {@link FastPath} and {@link Subcommands} know an option only where picocli
 * does: each option is declared once, on its field.
 *
 * <p>Reading annotations at run time costs a search about 28 ms (it loads picocli's annotation
 * types, which the class-data archive cannot hold, and builds a proxy per annotation), most of
 * what the fast path saves. So the build reads them once ({@link #main}, in Maven's
 * {@code process-classes} phase) into {@value #INDEX}, a list of option names and the fields
 * they set, and a run reads that; without the file (a class path that skipped the build step)
 * the annotations are read directly. {@code DeclaredOptionsTest} holds the file to the annotations.
 */
public final class DeclaredOptions {
    /**
     * The resource the build writes: {@code Class.option=field flag|value} and
     * {@code Class.@words=field 0|1} (1: at least one word). install.sh reads the root's
     * options that take a value from it too, for the launcher's choice of archive.
     */
    static final String INDEX = "quick-options.properties";

    /** The classes whose options the fast path reads: the root and the quick commands. */
    static final List<Class<?>> QUICK = List.of(LecternCommand.class, SearchCommand.class, ListCommand.class,
            DefineCommand.class, ReadCommand.class, NextCommand.class);

    private static final class Built {
        static final Properties INDEXED = load();
    }

    private final Map<String, Field> byName;
    private final Field words;
    private final boolean wordsRequired;

    private DeclaredOptions(Map<String, Field> byName, Field words, boolean wordsRequired) {
        this.byName = byName;
        this.words = words;
        this.wordsRequired = wordsRequired;
    }

    /** The options and positional words {@code type} declares, from the build's index when it is there. */
    static DeclaredOptions of(Class<?> type) {
        Properties p = Built.INDEXED;
        if (p == null || !QUICK.contains(type)) return fromAnnotations(type);
        Map<String, Field> byName = new HashMap<>();
        Field words = null;
        boolean required = false;
        String prefix = type.getSimpleName() + ".";
        try {
            for (String key : p.stringPropertyNames()) {
                if (!key.startsWith(prefix)) continue;
                String name = key.substring(prefix.length());
                String value = p.getProperty(key);
                if (name.equals("@words")) {
                    String[] parts = value.split(" ");
                    words = type.getDeclaredField(parts[0]);
                    required = parts.length > 1 && parts[1].equals("1");
                } else {
                    byName.put(name, type.getDeclaredField(value.substring(0, value.indexOf(' '))));
                }
            }
        } catch (NoSuchFieldException e) { // an index from another build: the annotations say it right
            return fromAnnotations(type);
        }
        return new DeclaredOptions(Map.copyOf(byName), words, required);
    }

    private static Properties load() {
        try (InputStream in = dev.lectern.text.Bundled.open("dev/lectern/cli/" + INDEX)) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            return null;
        }
    }

    /** The options and positional words {@code type} declares, read from its annotations as picocli reads them. */
    static DeclaredOptions fromAnnotations(Class<?> type) {
        Map<String, Field> byName = new HashMap<>();
        Field words = null;
        for (Field f : type.getDeclaredFields()) {
            Option o = f.getAnnotation(Option.class);
            if (o != null) for (String n : o.names()) byName.put(n, f);
            if (f.isAnnotationPresent(Parameters.class)) words = f;
        }
        boolean required = words != null && required(words, words.getAnnotation(Parameters.class).arity());
        return new DeclaredOptions(Map.copyOf(byName), words, required);
    }

    /**
     * Whether a positional field needs a word, by picocli's defaults: one value (a String) needs
     * exactly one unless its arity starts at 0; a list needs one only when its arity starts at 1.
     */
    private static boolean required(Field words, String arity) {
        if (words.getType() == String.class) return !arity.startsWith("0");
        return arity.startsWith("1");
    }

    /** The index lines for {@link #QUICK}, sorted: what {@link #main} writes. */
    static Map<String, String> index() {
        Map<String, String> lines = new TreeMap<>();
        for (Class<?> type : QUICK) {
            DeclaredOptions d = fromAnnotations(type);
            String prefix = type.getSimpleName() + ".";
            d.byName.forEach((name, f) -> lines.put(prefix + name, f.getName() + (d.isFlag(name) ? " flag" : " value")));
            if (d.words != null) lines.put(prefix + "@words", d.words.getName() + " " + (d.wordsRequired ? "1" : "0"));
        }
        return lines;
    }

    /** Writes {@value #INDEX} into the class folder {@code args[0]} (the build's process-classes step). */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0], DeclaredOptions.class.getPackageName().replace('.', '/'), INDEX);
        List<String> out = new ArrayList<>();
        out.add("# written by the build from the @Option and @Parameters annotations (DeclaredOptions.main); do not edit");
        index().forEach((k, v) -> out.add(k + "=" + v));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            for (String line : out) w.write(line + "\n");
        }
    }

    /** The field behind option {@code name} (any of its names), or null when it is not declared here. */
    Field field(String name) {
        return byName.get(name);
    }

    /** Whether {@code name} is declared here and takes no value (a boolean flag). */
    boolean isFlag(String name) {
        Field f = byName.get(name);
        return f != null && (f.getType() == boolean.class || f.getType() == Boolean.class);
    }

    /** Whether {@code name} is declared here and takes a value. */
    boolean takesValue(String name) {
        return byName.containsKey(name) && !isFlag(name);
    }

    /** The field holding the positional words, or null when the command takes none. */
    Field words() {
        return words;
    }

    /** Whether the command needs at least one word (picocli's arity {@code 1..*}). */
    boolean needsWords() {
        return wordsRequired;
    }
}
