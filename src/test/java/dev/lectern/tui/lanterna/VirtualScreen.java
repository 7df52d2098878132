package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lectern.app.Session;
import dev.lectern.text.Theme;
import dev.lectern.tui.Keymap;
import dev.lectern.tui.Program;
import dev.lectern.tui.SessionEffects;
import dev.lectern.tui.State;
import dev.lectern.tui.TuiFixtures;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole program on lanterna's virtual terminal: keys go in as a user would type them, and
 * the test reads what the terminal shows.
 */
final class VirtualScreen implements AutoCloseable {
    final DefaultVirtualTerminal terminal;
    final Session session;
    final Program program;
    final Thread thread;
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    volatile State last;
    /** Keys typed so far, and how many of them the loop had handled at its last paint. */
    private long sent;
    private volatile long paintedKeys;

    VirtualScreen(Path lib, Path data, int width, int height) throws Exception {
        this(TuiFixtures.session(lib, data), null, width, height);
    }

    /**
     * The program over a session of the test's own (its clock, say), at home or, as {@code lectern
     * open SLUG} and {@code lectern next} start it, in an essay where it was left.
     */
    VirtualScreen(Session session, String slug, int width, int height) throws Exception {
        terminal = new DefaultVirtualTerminal(new TerminalSize(width, height));
        this.session = session;
        var display = new LanternaDisplay(terminal, Theme.builtIn("dark"), 16);
        State start = State.initial(FullScreen.data(session, true), width, height);
        java.util.List<dev.lectern.tui.Command> first = java.util.List.of();
        if (slug != null) {
            dev.lectern.tui.Update.Next n = dev.lectern.tui.Update.open(start, slug, null, false);
            start = n.state();
            first = n.commands();
        }
        program = new Program(start, new SessionEffects(session, true), display, Keymap.DEFAULT).startWith(first)
                .onPainted(this::painted);
        thread = new Thread(() -> {
            try (display) {
                program.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "virtual-screen");
        thread.start();
    }

    private void painted(State s) {
        last = s;
        paintedKeys = program.keysHandled();
    }

    /** Types keys: single characters, or names as the keymap writes them ("Enter", "PgDn", "S-Tab"). */
    VirtualScreen keys(String... keys) {
        for (String k : keys) {
            KeyStroke s = switch (k) {
                case "Enter" -> new KeyStroke(KeyType.Enter);
                case "Esc" -> new KeyStroke(KeyType.Escape);
                case "Tab" -> new KeyStroke(KeyType.Tab);
                case "S-Tab" -> new KeyStroke(KeyType.ReverseTab);
                case "Backspace" -> new KeyStroke(KeyType.Backspace);
                case "Down" -> new KeyStroke(KeyType.ArrowDown);
                case "Up" -> new KeyStroke(KeyType.ArrowUp);
                case "PgDn" -> new KeyStroke(KeyType.PageDown);
                case "PgUp" -> new KeyStroke(KeyType.PageUp);
                case "End" -> new KeyStroke(KeyType.End);
                case "Home" -> new KeyStroke(KeyType.Home);
                default -> new KeyStroke(k.charAt(0), false, false);
            };
            terminal.addInput(s);
            sent++;
        }
        return this;
    }

    VirtualScreen type(String text) {
        for (char c : text.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
            sent++;
        }
        return this;
    }

    /** What the terminal shows now, one line per row, trailing spaces trimmed. */
    String text() {
        StringBuilder sb = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int y = 0; y < size.getRows(); y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < size.getColumns(); x++) {
                var c = terminal.getCharacter(x, y);
                row.append(c.getCharacterString());
                if (c.isDoubleWidth()) x++;
            }
            sb.append(row.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    String row(int y) {
        return text().split("\n", -1)[y];
    }

    /** Waits until the screen shows {@code expected}; fails with the screen when it does not. */
    VirtualScreen waitFor(String expected) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            if (failure.get() != null) throw new AssertionError("the program failed", failure.get());
            if (text().contains(expected)) return this;
            Thread.sleep(10);
        }
        throw new AssertionError("the screen never showed `" + expected + "`; it shows:\n" + text());
    }

    /**
     * Waits until every key typed has been handled and painted, then until the screen stops
     * changing (answers of slow work, such as a render for a new width, are painted too).
     */
    VirtualScreen settle() throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (paintedKeys < sent && System.currentTimeMillis() < end) {
            if (failure.get() != null) throw new AssertionError("the program failed", failure.get());
            Thread.sleep(5);
        }
        String before = text();
        int stable = 0;
        while (System.currentTimeMillis() < end && stable < 10) {
            Thread.sleep(15);
            String now = text();
            stable = now.equals(before) ? stable + 1 : 0;
            before = now;
        }
        return this;
    }

    void resize(int width, int height) {
        terminal.setTerminalSize(new TerminalSize(width, height));
    }

    /** Quits with Q and waits for the program to finish writing. */
    void quit() throws Exception {
        keys("Q");
        thread.join(10_000);
        if (thread.isAlive()) throw new AssertionError("the program did not quit; screen:\n" + text());
        if (failure.get() != null) throw new AssertionError("the program failed", failure.get());
    }

    @Override
    public void close() throws Exception {
        if (thread.isAlive()) {
            keys("Q");
            thread.join(10_000);
        }
        session.close();
    }
}
