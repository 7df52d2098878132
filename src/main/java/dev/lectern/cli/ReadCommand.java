package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.content.EssayDocument;
import dev.lectern.render.EssayRenderer;
import dev.lectern.render.RenderOptions;
import dev.lectern.render.Rendered;
import dev.lectern.text.AnsiWriter;
import dev.lectern.text.Line;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lectern read SLUG|PATH}: renders an essay. On a terminal the styled text goes through
 * $PAGER (else {@code less -R}, else straight out); piped, it is plain text for the width.
 */
@Command(name = "read", description = "Render an essay (paged on a terminal, plain text when piped).",
        mixinStandardHelpOptions = true)
final class ReadCommand extends SessionCommand {
    /** The widest text `read` sets by itself, in columns. */
    static final int READABLE_MEASURE = 100;

    @Parameters(paramLabel = "SLUG|PATH", description = "An essay's slug, or the path of any Markdown file.")
    String target;
    @Option(names = "--plain", description = "Plain text even on a terminal, without a pager.")
    boolean plain;
    @Option(names = "--section", paramLabel = "ANCHOR", description = "Start at this section (its heading anchor).")
    String section;

    @Override
    int execute(Session session, Out out) throws Exception {
        EssayDocument doc = EssayLookup.load(session, out, target);
        if (doc == null) return ExitCodes.NOTHING;
        Essay inLibrary = session.essay(doc.essay().slug())
                .filter(e -> e.path().equals(doc.essay().path())).orElse(null);
        String t = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        String anchor = section != null ? section : t;
        // Prose is hard to follow in 200-column lines: on a wide terminal the text keeps a
        // readable measure unless --width asks for more.
        int width = root.width != null ? root.width : Math.min(out.term().width(), READABLE_MEASURE);
        RenderOptions opt = new RenderOptions(width, out.term().unicode(),
                out.term().hyperlinks() && !plain);
        Rendered r = EssayRenderer.render(doc, opt);
        List<Line> lines = r.lines();
        if (anchor != null) {
            int at = r.lineOf(anchor);
            if (at < 0) {
                out.error("no section `" + anchor + "` in " + doc.essay().slug() + "; sections: "
                        + String.join(", ", r.headings().stream().map(Rendered.Heading::anchor).toList()));
                return ExitCodes.NOTHING;
            }
            lines = lines.subList(at, lines.size());
        }
        // Opening an essay of the library makes it the one to continue and its track the current
        // one; only once the request is known to be good, so a mistyped anchor moves nothing.
        if (inLibrary != null) session.progress().touch(inLibrary);
        boolean styled = out.term().color() && !plain;
        if (styled) {
            AnsiWriter w = new AnsiWriter(SessionCommand.theme(root, env(), out.term(), new ArrayList<>()),
                    out.term().colors(), opt.hyperlinks());
            StringBuilder sb = new StringBuilder();
            for (Line l : lines) sb.append(out.forTerminal(w.write(l))).append('\n');
            page(sb.toString(), out, env());
        } else {
            for (Line l : lines) out.line(l);
        }
        return ExitCodes.OK;
    }

    /** Sends text through the user's pager; prints it directly when no pager can be started. */
    private static void page(String text, Out out, java.util.Map<String, String> env) {
        String pager = env.getOrDefault("PAGER", "");
        List<String> cmd = pager.isBlank() ? List.of("less", "-R", "-F", "-X") : List.of("sh", "-c", pager);
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            if (pager.isBlank()) pb.environment().putIfAbsent("LESSCHARSET", "utf-8");
            Process p = pb.start();
            try (OutputStream os = p.getOutputStream()) {
                os.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException quitEarly) {
                // the reader quit the pager before the end: that is fine
            }
            p.waitFor();
        } catch (IOException | InterruptedException e) {
            PrintStream s = out.stdout();
            s.print(text);
        }
    }
}
