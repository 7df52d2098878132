package dev.lectern.tui.lanterna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lectern.app.Session;
import dev.lectern.text.Theme;
import dev.lectern.tui.Effects;
import dev.lectern.tui.Keymap;
import dev.lectern.tui.Program;
import dev.lectern.tui.SessionEffects;
import dev.lectern.tui.State;
import dev.lectern.tui.TuiFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's home is painted before its own start-up work runs: finding where the reader left
 * off renders the last essay (about 100 ms of CPU in a cold JVM), and begun before the first
 * frame it competed with that frame for a core. Its answer still reaches the home screen.
 */
class ProgramStartTest {
    @TempDir
    Path dir;

    @Test
    void theHomeIsPaintedBeforeTheLastEssayIsLocatedAndTheContinueLineStillArrives() throws Exception {
        Path lib = TuiFixtures.library(dir.resolve("lib"));
        try (Session session = TuiFixtures.session(lib, dir.resolve("data"))) {
            new SessionEffects(session, true).savePosition(TuiFixtures.LONG, 3, 0);
        }
        try (Session session = TuiFixtures.session(lib, dir.resolve("data"))) {
            AtomicInteger paints = new AtomicInteger();
            List<Integer> paintsBeforeLocate = new CopyOnWriteArrayList<>();
            Effects real = new SessionEffects(session, true);
            Effects watched = (Effects) Proxy.newProxyInstance(Effects.class.getClassLoader(), new Class<?>[] {Effects.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("locate")) paintsBeforeLocate.add(paints.get());
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
            var display = new LanternaDisplay(terminal, Theme.builtIn("dark"), 16);
            State start = State.initial(FullScreen.data(session, true), 100, 30);
            List<State> seen = new CopyOnWriteArrayList<>();
            Program program = new Program(start, watched, display, Keymap.DEFAULT).onPainted(s -> {
                paints.incrementAndGet();
                seen.add(s);
            });
            Thread loop = new Thread(() -> {
                try (display) {
                    program.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            loop.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (seen.stream().noneMatch(s -> s.data().continueInfo() != null) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            program.post(new dev.lectern.tui.Msg.InputEnded());
            loop.join(10_000);
            assertEquals(1, paintsBeforeLocate.size(), "the last essay should be located once");
            assertTrue(paintsBeforeLocate.get(0) >= 1, "located before the home's first frame was painted");
            assertTrue(seen.stream().anyMatch(s -> s.data().continueInfo() != null), "the continue line never arrived");
        }
    }
}
