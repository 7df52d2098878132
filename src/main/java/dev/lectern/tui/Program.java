package dev.lectern.tui;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs the application: keys and resizes become messages, {@link Update} turns each into the
 * next state and commands, commands run on worker threads and answer with messages, and after
 * every batch of messages the state is drawn and painted. Renders and searches have their own
 * threads so a keystroke is never queued behind them; position writes are coalesced per essay
 * and flushed before the program returns, so quitting never loses the place.
 */
public final class Program {
    private final Effects fx;
    private final Display display;
    private final Keymap keys;
    private final BlockingQueue<Msg> inbox = new LinkedBlockingQueue<>();
    private final ExecutorService renders = worker("lectern-render");
    private final ExecutorService searches = worker("lectern-search");
    private final ExecutorService store = worker("lectern-store");
    private final ExecutorService snippets = worker("lectern-snippet");
    private final AtomicInteger latestSearch = new AtomicInteger();
    private final Map<String, Command.SavePosition> pendingSaves = new ConcurrentHashMap<>();
    private volatile Thread snippetThread;
    private volatile boolean stopSnippet;
    private final java.util.concurrent.atomic.AtomicLong keysHandled = new java.util.concurrent.atomic.AtomicLong();
    private volatile String storeError;
    private State state;
    /** Called after each painted frame (benchmarks and tests observe the loop with it). */
    private Consumer<State> painted = st -> { };

    public Program(State initial, Effects fx, Display display, Keymap keys) {
        this.state = initial;
        this.fx = fx;
        this.display = display;
        this.keys = keys;
    }

    private List<Command> first = List.of();

    /** Commands to run at the start, with those of {@link Update#init} (opening an essay straight away). */
    public Program startWith(List<Command> commands) {
        this.first = List.copyOf(commands);
        return this;
    }

    public Program onPainted(Consumer<State> listener) {
        this.painted = listener;
        return this;
    }

    /** How many key presses the loop has handled (tests wait on it before reading the screen). */
    public long keysHandled() {
        return keysHandled.get();
    }

    /** Posts a message as if it came from the terminal (tests, and the input thread). */
    public void post(Msg m) {
        inbox.add(m);
    }

    /** Runs until the state says quit or input ends; returns the final state. */
    public State run() throws IOException, InterruptedException {
        display.onResize((w, h) -> post(new Msg.Resized(w, h)));
        Thread input = new Thread(this::readKeys, "lectern-input");
        input.setDaemon(true);
        input.start();
        if (display.width() != state.width() || display.height() != state.height()) {
            state = Update.update(state, new Msg.Resized(display.width(), display.height()), keys).state();
        }
        execute(Update.init(state));
        execute(first);
        paint();
        try {
            while (!state.quit()) {
                Msg m = inbox.take();
                handle(m);
                Msg more;
                while (!state.quit() && (more = inbox.poll()) != null) handle(more);
                if (!state.quit()) paint();
            }
        } finally {
            shutdown();
        }
        return state;
    }

    private void handle(Msg m) {
        if (m instanceof Msg.KeyPressed) keysHandled.incrementAndGet();
        try {
            Update.Next n = Update.update(state, m, keys);
            state = n.state();
            execute(n.commands());
        } catch (RuntimeException e) {
            // a bug must not cost the reader their session (or their place): say so and go on
            state = state.withFlash("internal error, please report: " + e);
        }
    }

    private void paint() throws IOException {
        Frame f;
        try {
            f = View.draw(state, keys);
        } catch (RuntimeException e) {
            f = new Frame(state.width(), state.height());
            f.put(1, 0, "lectern could not draw this screen (" + e + "); q goes back", dev.lectern.text.Style.PLAIN);
        }
        display.paint(f);
        painted.accept(state);
    }

    private void readKeys() {
        try {
            while (true) {
                Key k = display.readKey();
                if (k == null) {
                    post(new Msg.InputEnded());
                    return;
                }
                post(new Msg.KeyPressed(k));
            }
        } catch (IOException | RuntimeException e) {
            post(new Msg.InputEnded());
        }
    }

    private void execute(List<Command> commands) {
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
            } else if (StudyWork.handles(c)) {
                store.submit(() -> post(StudyWork.run(fx, c)));
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
    public String storeError() {
        return storeError;
    }

    private void shutdown() throws InterruptedException {
        stopSnippet = true;
        Thread t = snippetThread;
        if (t != null) t.interrupt();
        renders.shutdownNow();
        searches.shutdownNow();
        snippets.shutdownNow();
        store.shutdown();
        store.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
