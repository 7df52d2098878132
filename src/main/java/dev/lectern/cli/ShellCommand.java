package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.content.GlossaryEntry;
import dev.lectern.content.Library;
import dev.lectern.content.Track;
import dev.lectern.markdown.Section;
import dev.lectern.store.DataPaths;
import dev.lectern.study.EssayBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lectern shell}: a prompt that runs lectern's commands (without typing {@code lectern}),
 * with tab completion of commands, options, essay slugs, section anchors, track names and
 * glossary terms, and history kept in the XDG state folder.
 */
@Command(name = "shell", description = {"An interactive prompt running lectern's commands, with tab completion",
        "and history. Type `help` for the commands, `exit` or Ctrl-D to leave."}, mixinStandardHelpOptions = true)
final class ShellCommand implements Callable<Integer> {
    @ParentCommand
    LecternCommand root;

    @Override
    public Integer call() throws Exception {
        Out out = SessionCommand.out(root);
        DataPaths paths = DataPaths.resolve(root.dataDir, root.io.env());
        ShellCompleter.Vocabulary vocab = vocabulary(out);
        CommandLine model = Main.commandLine();
        ShellHistory.Choice history = ShellHistory.choose(paths.state().resolve("history"));
        if (history.notice() != null) out.error(history.notice());
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            DefaultParser parser = new DefaultParser();
            parser.setEscapeChars(new char[0]); // '#' and '\' are ordinary characters in slugs and notes
            LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("lectern");
            if (history.file() != null) builder.variable(LineReader.HISTORY_FILE, history.file());
            LineReader reader = builder
                    .completer(new ShellCompleter(model.getCommandSpec(), () -> vocab)).parser(parser)
                    .variable(LineReader.HISTORY_SIZE, 1000)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' in a note is just '!'
                    .option(LineReader.Option.CASE_INSENSITIVE, true) // "soft" completes to "Softmax"
                    .build();
            if (out.term().terminal()) {
                out.line("lectern shell " + "\u2014 " + vocab.slugs().size() + " essays. Tab completes; `help` lists commands; Ctrl-D leaves.");
            }
            out.flush();
            while (true) {
                try {
                    reader.readLine("lectern> "); // the words come parsed, from getParsedLine
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C clears the line, as in bash
                } catch (EndOfFileException e) {
                    break;
                }
                List<String> words = new ArrayList<>(reader.getParsedLine().words());
                words.removeIf(String::isEmpty);
                if (words.isEmpty()) continue;
                String first = words.get(0);
                if (first.equals("exit") || first.equals("quit")) break;
                if (first.equals("lectern")) words.remove(0);
                if (words.isEmpty()) continue;
                if (words.get(0).equals("help")) words.set(0, "--help");
                if (words.get(0).equals("shell")) {
                    out.error("already in the shell");
                    out.flush();
                    continue;
                }
                run(words, reader);
            }
            reader.getHistory().save();
        }
        return ExitCodes.OK;
    }

    /** Runs one command line with the shell's global options, sharing the shell's line reader. */
    private void run(List<String> words, LineReader reader) {
        List<String> args = new ArrayList<>();
        if (root.library != null) args.addAll(List.of("--library", root.library.toString()));
        if (root.dataDir != null) args.addAll(List.of("--data-dir", root.dataDir.toString()));
        // Global options given at the prompt go before the command; picocli accepts them there.
        args.addAll(words);
        if (root.theme != null) args.addAll(List.of("--theme", root.theme));
        if (root.noColor) args.add("--no-color");
        if (root.width != null) args.addAll(List.of("--width", root.width.toString()));
        LineInput.Shared.reader = reader;
        reader.setVariable(LineReader.DISABLE_HISTORY, true); // a review's "3" is not a command to recall
        try {
            Main.run(root.io, args.toArray(String[]::new));
        } finally {
            LineInput.Shared.reader = null;
            reader.setVariable(LineReader.DISABLE_HISTORY, false);
        }
    }

    /** Slugs, tracks and terms of the library, read once; anchors read per essay when asked. */
    private ShellCompleter.Vocabulary vocabulary(Out out) {
        try (Session s = new Session(root.library, root.dataDir, root.io.env(), root.io.clock())) {
            Library lib = s.library();
            List<String> slugs = lib.essays().stream().map(Essay::slug).sorted().toList();
            List<String> tracks = lib.tracks().stream().map(Track::slug).toList();
            List<String> terms = new ArrayList<>();
            for (GlossaryEntry g : lib.glossary()) {
                terms.add(g.term());
                terms.addAll(g.aliases());
            }
            EssayBodies bodies = new EssayBodies(lib.root());
            return new ShellCompleter.Vocabulary(slugs, tracks, terms, slug -> lib.essay(slug)
                    .flatMap(bodies::body).map(b -> dev.lectern.markdown.SectionSplitter.split(b).stream()
                            .map(Section::anchor).filter(a -> !a.isEmpty()).toList()).orElse(List.of()));
        } catch (Exception e) {
            out.note("completion of slugs is off: " + e.getMessage());
            return ShellCompleter.Vocabulary.EMPTY;
        }
    }
}
