package dev.lectern.cli;

import java.util.List;
import java.util.Set;

/**
 * Every subcommand of {@code lectern}, by name, in the order help lists them. picocli builds its
 * model of a command by reflecting over the class, which costs milliseconds per command at every
 * start; so a command line that clearly invokes one command gets only that one (see
 * {@link #invoked}), and help, completion scripts and the shell get them all.
 */
final class Subcommands {
    private Subcommands() {
    }

    record Entry(String name, Class<?> type) {
    }

    static final List<Entry> ALL = List.of(
            new Entry("list", ListCommand.class), new Entry("search", SearchCommand.class),
            new Entry("tracks", TracksCommand.class), new Entry("track", TrackCommand.class),
            new Entry("next", NextCommand.class), new Entry("read", ReadCommand.class),
            new Entry("open", OpenCommand.class),
            new Entry("mark", MarkCommand.class), new Entry("progress", ProgressCommand.class),
            new Entry("review", ReviewCommand.class), new Entry("define", DefineCommand.class),
            new Entry("note", NoteCommand.class), new Entry("notes", NotesCommand.class),
            new Entry("bookmark", BookmarkCommand.class), new Entry("bookmarks", BookmarksCommand.class),
            new Entry("run", RunCommand.class), new Entry("check", CheckCommand.class),
            new Entry("export", ExportCommand.class), new Entry("import", ImportCommand.class),
            new Entry("shell", ShellCommand.class), new Entry("index", IndexCommand.class),
            new Entry("serve", ServeCommand.class), new Entry("data", DataCommand.class),
            new Entry("completion", CompletionCommand.class));


    /** Commands that need the whole command tree: completion scripts and the shell's completion. */
    private static final Set<String> NEED_ALL = Set.of("completion", "shell");

    /**
     * The name of the subcommand {@code args} invoke when it is one of ours and needs only itself;
     * null when none is named, the name is unknown (picocli's message lists the real ones), or
     * the command needs them all.
     */
    static String invoked(String[] args) {
        return scan(args).name();
    }

    /**
     * Whether {@code args} name no command at all and ask for no help: plain {@code lectern} (the
     * full-screen reader or the overview), which then needs no subcommand built.
     */
    static boolean none(String[] args) {
        return scan(args).none();
    }

    private record Scan(String name, boolean none) {
    }

    private static Scan scan(String[] args) {
        // The root's options as declared on LecternCommand: a value is not mistaken for a command name.
        DeclaredOptions global = DeclaredOptions.of(LecternCommand.class);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (global.takesValue(a)) {
                i++;
                continue;
            }
            if (a.startsWith("@")) return new Scan(null, false); // an argument file: let picocli read it
            if (a.startsWith("-")) {
                // Only the known global options keep "no command named": help, a typo and the like
                // need the whole tree for picocli's message.
                String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                if (global.field(name) == null) return new Scan(null, false);
                continue;
            }
            for (Entry e : ALL) if (e.name().equals(a)) return new Scan(NEED_ALL.contains(a) ? null : a, false);
            return new Scan(null, false);
        }
        return new Scan(null, true);
    }

}
