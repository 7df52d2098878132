package dev.lectern.tui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one place the reader's commands run, as bubbletea runs every {@code Cmd} the same way:
 * {@link Update} returns commands as data, and this class sends each to its worker thread,
 * calls the {@link Effects} it needs and posts the answering {@link Msg} (or the message that
 * says it failed). Renders, searches, snippets and study-store writes each have a thread, so a
 * keystroke never waits behind one; position writes are coalesced per essay, a search that a
 * newer keystroke has replaced is dropped, and the store thread is drained on shutdown.
 */
final class Executor {
    private final Effects fx;
    private final Consumer<Msg> post;
    private final ExecutorService renders = worker("lectern-render");
    private final ExecutorService searches = worker("lectern-search");
    private final ExecutorService store = worker("lectern-store");
    private final ExecutorService snippets = worker("lectern-snippet");
    private final AtomicInteger latestSearch = new AtomicInteger();
    private final Map<String, Command.SavePosition> pendingSaves = new ConcurrentHashMap<>();
    private volatile Thread snippetThread;
    private volatile boolean stopSnippet;
    private volatile String storeError;

    Executor(Effects fx, Consumer<Msg> post) {
        this.fx = fx;
        this.post = post;
    }

    private void post(Msg m) {
        post.accept(m);
    }

    /** Runs {@code commands}; {@code state} is the state they were asked from (its size, for locating). */
    void execute(List<Command> commands, State state) {
        for (Command c : commands) {
            if (c instanceof Command.Render r) {
                renders.submit(() -> {
                    try {
                        post(new Msg.EssayRendered(r.slug(), r.width(), fx.render(r.slug(), r.width()), null));
                    } catch (Exception e) {
                        post(new Msg.EssayRendered(r.slug(), r.width(), null, "cannot open " + r.slug() + ": " + e.getMessage()));
                    }
                });
            } else if (c instanceof Command.Search q) {
                latestSearch.set(q.generation());
                searches.submit(() -> {
                    if (latestSearch.get() != q.generation()) return; // a newer keystroke already asked again
                    try {
                        post(new Msg.SearchDone(q.generation(), fx.search(q.query()), null));
                    } catch (Exception e) {
                        post(new Msg.SearchDone(q.generation(), null, "search failed: " + e.getMessage()));
                    }
                });
            } else if (c instanceof Command.SavePosition p) {
                // keep only the newest place per essay; the store thread writes whatever is newest
                if (pendingSaves.put(p.slug(), p) == null) {
                    store.submit(() -> {
                        Command.SavePosition latest = pendingSaves.remove(p.slug());
                        if (latest != null) guard(() -> fx.savePosition(latest.slug(), latest.block(), latest.offset()));
                    });
                }
            } else if (c instanceof Command.SetRead r) {
                store.submit(() -> guard(() -> fx.setRead(r.slug(), r.read())));
            } else if (c instanceof Command.Locate l) {
                int w = state.width(), h = state.height();
                renders.submit(() -> {
                    try {
                        ContinueInfo info = fx.locate(l.slug(), l.block(), l.offset(), w, h);
                        if (info != null) post(new Msg.ContinueLocated(info));
                    } catch (Exception ignored) {
                        // the home screen then shows the essay without where in it
                    }
                });
            } else if (c instanceof Command.RunSnippet r) {
                stopSnippet = false;
                snippets.submit(() -> {
                    // the thread is published before the stop flag is read, and a stop sets the
                    // flag before it reads the thread: one of them always sees the other
                    snippetThread = Thread.currentThread();
                    try {
                        if (stopSnippet) {
                            post(new Msg.SnippetDone(r.slug(), r.number(), "", "snippet " + r.number() + ": cancelled"));
                        } else {
                            post(fx.runSnippet(r.slug(), r.number(), r.consent()));
                        }
                    } finally {
                        snippetThread = null;
                        Thread.interrupted(); // a late stop must not reach the next run
                    }
                });
            } else if (isStudy(c)) {
                store.submit(() -> post(study(fx, c)));
            } else if (c instanceof Command.StopSnippet) {
                stopSnippet = true;
                Thread t = snippetThread;
                if (t != null) t.interrupt();
            }
        }
    }

    private interface Write {
        void run() throws Exception;
    }

    private void guard(Write w) {
        try {
            w.run();
        } catch (Exception e) {
            storeError = e.getMessage();
        }
    }

    /**
     * Waits (up to a second) for study writes already asked for: for a shutdown hook when the
     * process is killed, so the last position still reaches the store.
     */
    public void awaitWrites() {
        try {
            store.submit(() -> { }).get(1, TimeUnit.SECONDS);
        } catch (Exception e) {
            // stopped already, or too slow: what was written so far stays
        }
    }

    /** The last error writing study data, or null. */
    String storeError() {
        return storeError;
    }

    void shutdown() throws InterruptedException {
        stopSnippet = true;
        Thread t = snippetThread;
        if (t != null) t.interrupt();
        renders.shutdownNow();
        searches.shutdownNow();
        snippets.shutdownNow();
        store.shutdown();
        store.awaitTermination(5, TimeUnit.SECONDS);
    }

    // ---- study commands: the store thread runs them after the writes asked for before them

    static boolean isStudy(Command c) {
        return c instanceof Command.LoadStats || c instanceof Command.LoadReview || c instanceof Command.GradeCard
                || c instanceof Command.AddNote || c instanceof Command.ToggleBookmark || c instanceof Command.LoadNotes
                || c instanceof Command.DeleteNote;
    }

    /** A study command run now, on the calling thread: the answer, or the message saying what failed. */
    static Msg study(Effects fx, Command c) {
        try {
            if (c instanceof Command.LoadStats) return new Msg.StatsLoaded(fx.stats());
            if (c instanceof Command.LoadReview r) return fx.loadReview(r.track());
            if (c instanceof Command.GradeCard g) return fx.grade(g.cardId(), g.grade());
            if (c instanceof Command.AddNote n) return new Msg.StudySaved(fx.addNote(n.slug(), n.anchor(), n.text()));
            if (c instanceof Command.ToggleBookmark b) return new Msg.StudySaved(fx.toggleBookmark(b.slug(), b.anchor(), b.heading()));
            if (c instanceof Command.LoadNotes) return new Msg.NotesLoaded(fx.notes(), null);
            if (c instanceof Command.DeleteNote d) {
                String said = fx.deleteNote(d.entry());
                return new Msg.NotesLoaded(fx.notes(), said);
            }
        } catch (Exception e) {
            return failed(c, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        throw new IllegalArgumentException("not a study command: " + c);
    }

    private static Msg failed(Command c, String why) {
        if (c instanceof Command.LoadStats) return new Msg.StudySaved(null);
        if (c instanceof Command.LoadReview r) return new Msg.ReviewLoaded(r.track(), java.util.List.of(), "could not read the cards: " + why);
        if (c instanceof Command.GradeCard g) return new Msg.CardGraded(g.cardId(), g.grade().label(), null, null, "could not save the grade: " + why);
        if (c instanceof Command.AddNote) return new Msg.StudySaved("could not save the note: " + why);
        if (c instanceof Command.ToggleBookmark) return new Msg.StudySaved("could not save the bookmark: " + why);
        if (c instanceof Command.DeleteNote) return new Msg.StudySaved("could not delete: " + why);
        return new Msg.NotesLoaded(java.util.List.of(), "could not read notes: " + why);
    }

    private static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
