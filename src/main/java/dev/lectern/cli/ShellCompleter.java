package dev.lectern.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Tab completion for {@code lectern shell}, read off picocli's model of the commands: command
 * names, each command's options, option values picocli knows (enums), and the library's words
 * where a command takes them: essay slugs (and {@code slug#anchor} for note and bookmark), track
 * slugs, glossary terms. {@link #candidates} is plain data in, strings out, for tests.
 */
final class ShellCompleter implements Completer {
    /** The library's words, loaded once when the shell starts. */
    record Vocabulary(List<String> slugs, List<String> tracks, List<String> terms, Function<String, List<String>> anchors) {
        static final Vocabulary EMPTY = new Vocabulary(List.of(), List.of(), List.of(), s -> List.of());
    }

    static final List<String> BUILT_INS = List.of("exit", "quit", "help");
    private static final Set<String> SLUG_COMMANDS = Set.of("read", "mark", "notes");
    private static final Set<String> SECTION_COMMANDS = Set.of("note", "bookmark");
    private static final Set<String> TRACK_COMMANDS = Set.of("track", "next");

    private final CommandSpec root;
    private final Supplier<Vocabulary> vocabulary;

    ShellCompleter(CommandSpec root, Supplier<Vocabulary> vocabulary) {
        this.root = root;
        this.vocabulary = vocabulary;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
        String partial = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        for (String c : candidates(line.words(), line.wordIndex(), partial)) {
            boolean openAnchor = c.endsWith("#");
            out.add(new Candidate(c, c, null, null, null, null, !openAnchor));
        }
    }

    /** What may stand at {@code words[index]}, given the words before it, starting with {@code partial}. */
    List<String> candidates(List<String> words, int index, String partial) {
        Set<String> out = new LinkedHashSet<>();
        CommandSpec cmd = null;
        int firstArg = -1;
        for (int i = 0; i < index && i < words.size(); i++) {
            String w = words.get(i);
            if (cmd == null) {
                OptionSpec o = root.findOption(w);
                if (o != null) {
                    if (o.arity().max() > 0) i++; // skip the option's value
                    continue;
                }
                if (w.startsWith("-")) continue;
                cmd = root.subcommands().containsKey(w) ? root.subcommands().get(w).getCommandSpec() : null;
                if (cmd == null) return List.of(); // an unknown command: nothing sensible to offer
                firstArg = i + 1;
            }
        }
        String previous = index > 0 && index - 1 < words.size() ? words.get(index - 1) : null;
        if (cmd == null) {
            OptionSpec valueOf = previous == null ? null : root.findOption(previous);
            if (valueOf != null && valueOf.arity().max() > 0) return optionValues(valueOf, partial);
            if (partial.startsWith("-")) {
                for (OptionSpec o : root.options()) out.addAll(List.of(o.names()));
            } else {
                out.addAll(root.subcommands().keySet());
                out.addAll(BUILT_INS);
            }
            return matching(out, partial);
        }
        OptionSpec valueOf = previous == null ? null : cmd.findOption(previous);
        if (valueOf != null && valueOf.arity().max() > 0 && !previous.equals(partial)) return optionValues(valueOf, partial);
        if (partial.startsWith("-")) {
            for (OptionSpec o : cmd.options()) out.addAll(List.of(o.names()));
            for (OptionSpec o : root.options()) if (o.inherited() || o.scopeType() == picocli.CommandLine.ScopeType.INHERIT) {
                out.addAll(List.of(o.names()));
            }
            return matching(out, partial);
        }
        int positional = countPositionals(cmd, words, firstArg, index);
        String name = cmd.name();
        Vocabulary v = vocabulary.get();
        if (SLUG_COMMANDS.contains(name) && (positional == 0 || name.equals("mark"))) out.addAll(v.slugs());
        if (TRACK_COMMANDS.contains(name) && positional == 0) out.addAll(v.tracks());
        if (name.equals("define")) out.addAll(v.terms());
        if (SECTION_COMMANDS.contains(name) && positional == 0) {
            int hash = partial.indexOf('#');
            if (hash >= 0) {
                String slug = partial.substring(0, hash);
                for (String a : v.anchors().apply(slug)) out.add(slug + "#" + a);
            } else {
                for (String s : v.slugs()) {
                    out.add(s);
                    if (s.equals(partial)) out.add(s + "#");
                }
            }
        }
        if (!cmd.positionalParameters().isEmpty() && positional < cmd.positionalParameters().size()) {
            Iterable<String> cands = cmd.positionalParameters().get(positional).completionCandidates();
            if (cands != null) for (String c : cands) out.add(c);
        }
        if (name.equals("define")) {
            // Terms match case-insensitively: "soft" completes to "Softmax".
            List<String> result = new ArrayList<>();
            String p = partial.toLowerCase(java.util.Locale.ROOT);
            for (String t : out) if (t.toLowerCase(java.util.Locale.ROOT).startsWith(p)) result.add(t);
            return result;
        }
        return matching(out, partial);
    }

    private static int countPositionals(CommandSpec cmd, List<String> words, int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < words.size(); i++) {
            String w = words.get(i);
            OptionSpec o = cmd.findOption(w);
            if (o != null) {
                if (o.arity().max() > 0) i++;
            } else if (!w.startsWith("-")) {
                n++;
            }
        }
        return n;
    }

    private List<String> optionValues(OptionSpec o, String partial) {
        Set<String> out = new LinkedHashSet<>();
        if (o.longestName().equals("--track")) out.addAll(vocabulary.get().tracks());
        if (o.completionCandidates() != null) for (String c : o.completionCandidates()) out.add(c);
        return matching(out, partial);
    }

    private static List<String> matching(Set<String> all, String partial) {
        List<String> out = new ArrayList<>();
        for (String s : all) if (s.startsWith(partial)) out.add(s);
        return out;
    }
}
