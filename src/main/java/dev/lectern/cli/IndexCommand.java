package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.index.IndexReport;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lectern index [--rebuild]}: brings the search index up to date and says what changed. */
@Command(name = "index", description = "Update the search index (every command does this; --rebuild starts afresh).",
        mixinStandardHelpOptions = true)
final class IndexCommand extends SessionCommand {
    @Option(names = "--rebuild", description = "Delete the index and build it again.")
    boolean rebuild;

    @Override
    int execute(Session session, Out out) throws Exception {
        int total = session.files().size();
        IntConsumer bar = out.term().terminal() ? new ProgressBar(out.stderr(), total, out.term().unicode()) : null;
        IndexReport r = session.update(bar, rebuild);
        if (bar != null) ((ProgressBar) bar).finish();
        int sections = session.index().sectionCount();
        out.line(String.format("%s %d files in %d ms: %d added, %d changed, %d removed, %d unchanged; %d essays, %d sections.",
                rebuild ? "Rebuilt the index from" : "Indexed", total, r.millis(), r.added(), r.changed(), r.removed(),
                r.unchanged(), session.library().essays().size(), sections));
        return ExitCodes.OK;
    }
}
