package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.terminal.Terminal;
import dev.lectern.app.Background;
import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.content.Library;
import dev.lectern.study.EssayProgress;
import dev.lectern.study.ReadingProgress;
import dev.lectern.text.Theme;
import dev.lectern.tui.Command;
import dev.lectern.tui.Data;
import dev.lectern.tui.Place;
import dev.lectern.tui.Update;
import dev.lectern.tui.Display;
import dev.lectern.tui.Keymap;
import dev.lectern.tui.Program;
import dev.lectern.tui.SessionEffects;
import dev.lectern.tui.State;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Starts the full-screen reader on the process's own terminal (or, for tests, on any lanterna
 * terminal): loads the library and progress, runs the program, and always gives the terminal
 * back as it was.
 */
public final class FullScreen {
    private FullScreen() {
    }

    /**
     * Runs on stdin/stdout, at home or, when {@code slug} is given, in that essay (at the section
     * {@code anchor}, else where the reader left it); returns the last error writing study data, or null.
     */
    public static String run(Session session, Theme theme, int colors, boolean unicode, String slug, String anchor)
            throws Exception {
        // jline's native loader (~15 ms, mostly java.util.logging starting) runs beside lanterna's set-up
        Background<Tty> tty = Background.start("lectern-tty", Tty::ofProcess);
        System.out.flush(); // the reader writes to the descriptor itself, after anything printed before
        OutputStream out = new FrameBufferedOutput(new FileOutputStream(FileDescriptor.out));
        return run(session, System.in, out, tty::join, theme, colors, unicode, slug, anchor);
    }

    /** Runs on a terminal made of {@code in} and {@code out}, whose line discipline {@code tty} gives. */
    static String run(Session session, InputStream in, OutputStream out, Callable<Tty> tty, Theme theme, int colors,
                      boolean unicode, String slug, String anchor) throws Exception {
        // The library loads on another thread while lanterna takes the terminal (its key patterns,
        // the line discipline, the resize signal), which needs little of the library's processor.
        Background<Data> loading = Background.start("lectern-load", () -> data(session, unicode));
        Charset cs = unicode ? StandardCharsets.UTF_8 : Charset.defaultCharset();
        // NUL bytes dropped for non-UTF-8 charsets, where lanterna's own encoding still runs
        Terminal t;
        try {
            t = new Utf8Terminal(in, new NulFreeOutput(out), cs, tty);
            dev.lectern.app.Trace.mark("terminal taken");
        } catch (Exception e) {
            loading.joinQuietly(); // nothing may use the session behind the caller's back; the terminal's failure is reported
            throw e;
        }
        Data data = loading.join();
        dev.lectern.app.Trace.mark("reader data loaded");
        return run(new SessionEffects(session, unicode), data, t, theme, colors, unicode, slug, anchor);
    }

    public static String run(Session session, Terminal terminal, Theme theme, int colors, boolean unicode, String slug,
                             String anchor) throws Exception {
        Data data = data(session, unicode);
        return run(new SessionEffects(session, unicode), data, terminal, theme, colors, unicode, slug, anchor);
    }

    // The shutdown hook closes the display itself: a killed process never reaches the end of the try.
    @SuppressWarnings("try")
    private static String run(SessionEffects fx, Data data, Terminal terminal, Theme theme, int colors,
                              boolean unicode, String slug, String anchor) throws Exception {
        try (Display display = new LanternaDisplay(terminal, theme, colors, unicode)) {
            Program p = program(fx, data, display, slug, anchor);
            // killed (SIGTERM, SIGHUP when the SSH link drops): finish the last write, give the terminal back
            Thread hook = new Thread(() -> {
                p.awaitWrites();
                try {
                    display.close();
                } catch (Exception ignored) {
                    // the terminal may be gone already
                }
            }, "lectern-tui-exit");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                p.run();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running already
                }
            }
            return p.storeError();
        }
    }

    /** The program for a display, at home or, when {@code slug} is given, in that essay. */
    static Program program(SessionEffects fx, Data data, Display display, String slug, String anchor) {
        State start = State.initial(data, display.width(), display.height());
        List<Command> first = List.of();
        if (slug != null) {
            Update.Next n = Update.open(start, slug, anchor == null ? null : Place.section(anchor, null), false);
            start = n.state();
            first = n.commands();
        }
        return new Program(start, fx, display, Keymap.DEFAULT).startWith(first);
    }

    /** The library with each essay's stored progress, found by slug or alias. */
    public static Data data(Session session, boolean unicode) throws Exception {
        Library lib = session.library();
        ReadingProgress rp = session.progress();
        Map<String, EssayProgress> progress = new HashMap<>();
        for (Essay e : lib.essays()) {
            rp.state(e).ifPresent(st -> progress.put(e.slug(),
                    new EssayProgress(e.slug(), st.readAt(), st.block(), st.offset(), st.lastOpened())));
        }
        return Data.of(lib, progress, unicode);
    }
}
