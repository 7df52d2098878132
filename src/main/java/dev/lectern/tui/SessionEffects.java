package dev.lectern.tui;

import dev.lectern.app.LibraryTrust;
import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.content.EssayDocument;
import dev.lectern.content.LibraryReader;
import dev.lectern.content.Problem;
import dev.lectern.content.SourceFile;
import dev.lectern.content.SourceText;
import dev.lectern.index.SearchOutcome;
import dev.lectern.index.Searcher;
import dev.lectern.render.EssayRenderer;
import dev.lectern.render.RenderOptions;
import dev.lectern.render.Rendered;
import dev.lectern.run.RunResult;
import dev.lectern.run.Snippet;
import dev.lectern.run.SnippetRunner;
import dev.lectern.run.Snippets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The program's effects over a session: essays read once and kept (as glow keeps the source, so
 * a resize re-renders without re-reading), rendered wide for the reader; search through the
 * index; positions and read marks through the study store; snippets through the runner.
 */
public final class SessionEffects implements Effects {
    private final Session session;
    private final boolean unicode;
    private final Searcher searcher;
    private final Map<String, EssayDocument> docs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EssayDocument> e) {
            return size() > 8;
        }
    };
    private SnippetRunner runner;
    private final StudyEffects studyEffects;
    private final boolean allowRun;
    /** The reader's own machine: code of a library the reader does not trust is not run. */
    private final boolean trustRequired;
    /** The reader said yes to this library's code, for as long as this reader is open. */
    private volatile boolean allowedThisSession;

    /** The reader on the reader's own machine: snippets run when their library is trusted ({@link LibraryTrust}). */
    public SessionEffects(Session session, boolean unicode) throws Exception {
        this(session, unicode, true, true);
    }

    /**
     * @param allowRun whether snippets may run; a server hosting readers says no unless its
     *                 operator allows it, as a snippet runs as code on the server
     */
    public SessionEffects(Session session, boolean unicode, boolean allowRun) throws Exception {
        this(session, unicode, allowRun, false);
    }

    private SessionEffects(Session session, boolean unicode, boolean allowRun, boolean trustRequired) throws Exception {
        this.trustRequired = trustRequired;
        this.session = session;
        this.unicode = unicode;
        this.allowRun = allowRun;
        this.searcher = new Searcher(session.index(), session.library());
        this.studyEffects = new StudyEffects(session);
    }

    EssayDocument document(String slug) throws Exception {
        synchronized (docs) {
            EssayDocument d = docs.get(slug);
            if (d != null) return d;
        }
        Essay e = session.library().essay(slug).orElseThrow(() -> new IOException("no essay " + slug));
        Path file = session.libraryRoot().resolve(e.path());
        List<Problem> problems = new ArrayList<>();
        String text = SourceText.read(new SourceFile(SourceFile.Kind.ESSAY, e.slug(), e.path(), file, Files.size(file), 0), problems);
        if (text == null) throw new IOException(problems.isEmpty() ? "cannot read " + e.path() : problems.get(0).toString());
        EssayDocument d = LibraryReader.essay(e.slug(), e.path(), text, new ArrayList<>());
        synchronized (docs) {
            docs.put(slug, d);
        }
        return d;
    }

    @Override
    public Rendered render(String slug, int width) throws Exception {
        return EssayRenderer.render(document(slug), new RenderOptions(width, unicode, false, true));
    }

    @Override
    public SearchOutcome search(String query) throws Exception {
        return searcher.search(query, 50);
    }

    @Override
    public void savePosition(String slug, int block, int offset) throws Exception {
        Optional<Essay> e = session.library().essay(slug);
        if (e.isPresent()) session.progress().savePosition(e.get(), block, offset);
    }

    @Override
    public void setRead(String slug, boolean read) throws Exception {
        Optional<Essay> e = session.library().essay(slug);
        if (e.isPresent()) session.progress().markRead(e.get(), read);
    }

    @Override
    public ContinueInfo locate(String slug, int block, int offset, int width, int height) throws Exception {
        Rendered r = render(slug, Layout.readerTextWidth(width));
        ReaderDoc d = ReaderDoc.of(r, Layout.readerTextWidth(width), Map.of(), unicode);
        Essay e = session.library().essay(slug).orElseThrow();
        return ContinueInfo.of(e, d, d.lineOf(Place.at(block, offset)), Layout.readerRows(height));
    }

    @Override
    public Msg.SnippetDone runSnippet(String slug, int number, Command.Consent consent) {
        if (!allowRun) {
            return new Msg.SnippetDone(slug, number, "", "snippets do not run on this server"
                    + " (they would run as code on it; its operator can allow them with --allow-run)");
        }
        if (trustRequired) {
            if (consent == Command.Consent.ALWAYS) {
                try {
                    LibraryTrust.trust(session.libraryRoot(), session.paths());
                } catch (IOException e) {
                    // it still runs, as the reader said yes; only the remembering failed
                    allowedThisSession = true;
                    Msg.SnippetDone d = runAllowed(slug, number);
                    return new Msg.SnippetDone(slug, number, d.output(), d.summary() + " (could not remember the trust: " + e.getMessage() + ")");
                }
            }
            if (consent != Command.Consent.NOT_ASKED) allowedThisSession = true;
            if (!allowedThisSession && !LibraryTrust.trusted(session.libraryRoot(), session.paths())) {
                // Short: it is one status line; the question the reader is asked says the rest.
                return new Msg.SnippetDone(slug, number, "", "snippet " + number + " not run: this library is not trusted", true);
            }
        }
        return runAllowed(slug, number);
    }

    private Msg.SnippetDone runAllowed(String slug, int number) {
        try {
            Snippet snippet = Snippets.extract(document(slug)).stream().filter(s -> s.number() == number).findFirst().orElse(null);
            if (snippet == null) return new Msg.SnippetDone(slug, number, "", "snippet " + number + " not found in " + slug);
            synchronized (this) {
                if (runner == null) runner = new SnippetRunner();
            }
            RunResult r = runner.run(snippet);
            return new Msg.SnippetDone(slug, number, r.output(), "snippet " + number + ": " + r.summary());
        } catch (Exception e) {
            return new Msg.SnippetDone(slug, number, "", "snippet " + number + " could not run: " + e.getMessage());
        }
    }

    @Override
    public StudyInfo stats() throws Exception {
        return studyEffects.stats();
    }

    @Override
    public Msg.ReviewLoaded loadReview(String track) throws Exception {
        return studyEffects.loadReview(track);
    }

    @Override
    public Msg.CardGraded grade(String cardId, dev.lectern.study.Grade grade) throws Exception {
        return studyEffects.grade(cardId, grade);
    }

    @Override
    public String addNote(String slug, String anchor, String text) throws Exception {
        return studyEffects.addNote(slug, anchor, text);
    }

    @Override
    public String toggleBookmark(String slug, String anchor, String heading) throws Exception {
        return studyEffects.toggleBookmark(slug, anchor, heading);
    }

    @Override
    public String deleteNote(NoteEntry entry) throws Exception {
        return studyEffects.delete(entry);
    }

    @Override
    public List<NoteEntry> notes() throws Exception {
        return studyEffects.notes();
    }
}
