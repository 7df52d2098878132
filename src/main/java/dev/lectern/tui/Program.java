package dev.lectern.tui;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Runs the application: keys and resizes become messages, {@link Update} turns each into the
 * next state and commands, commands run on worker threads and answer with messages, and after
 * every batch of messages the state is drawn and painted. Commands run in the {@link Executor};
 * its study writes are flushed before the program returns, so quitting never loses the place.
 */
public final class Program {
    private final Executor executor;
    private final Display display;
    private final Keymap keys;
    private final BlockingQueue<Msg> inbox = new LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicLong keysHandled = new java.util.concurrent.atomic.AtomicLong();
    private State state;
    /** Called after each painted frame (benchmarks and tests observe the loop with it). */
    private Consumer<State> painted = st -> { };

    public Program(State initial, Effects fx, Display display, Keymap keys) {
        this.state = initial;
        this.executor = new Executor(fx, this::post);
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
        // An essay asked for on the command line is opened at once; the home screen's own start
        // (finding where the reader left off renders that essay, ~100 ms of CPU, and the study
        // figures) waits until the first frame is out, so it does not compete with it for a core.
        execute(first);
        paint();
        dev.lectern.app.Trace.mark("first frame painted");
        execute(Update.init(state));
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
        executor.execute(commands, state);
    }

    /**
     * Waits (up to a second) for study writes already asked for: for a shutdown hook when the
     * process is killed, so the last position still reaches the store.
     */
    public void awaitWrites() {
        executor.awaitWrites();
    }

    /** The last error writing study data, or null. */
    public String storeError() {
        return executor.storeError();
    }

    private void shutdown() throws InterruptedException {
        executor.shutdown();
    }
}
