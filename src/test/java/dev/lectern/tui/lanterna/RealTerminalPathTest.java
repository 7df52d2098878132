package dev.lectern.tui.lanterna;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import dev.lectern.app.Session;
import dev.lectern.text.Theme;
import dev.lectern.tui.TuiFixtures;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader on the terminal class a real start uses (keys decoded from bytes, frames encoded to
 * bytes), its line discipline detached: install.sh's training run plays exactly this. The home
 * reaches the terminal in a handful of writes, not one per character, and q gives the screen back.
 */
class RealTerminalPathTest {
    @TempDir
    Path dir;

    @Test
    void theHomeArrivesInAFewWritesAndQGivesTheScreenBack() throws Exception {
        Path lib = TuiFixtures.library(dir.resolve("lib"));
        try (Session session = TuiFixtures.session(lib, dir.resolve("data"))) {
            PipedOutputStream typing = new PipedOutputStream();
            PipedInputStream keyboard = new PipedInputStream(typing);
            FrameBufferedOutputTest.Writes terminal = new FrameBufferedOutputTest.Writes();
            Tty tty = new Tty.Detached(new TerminalSize(100, 30));
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try {
                    FullScreen.run(session, keyboard, new FrameBufferedOutput(terminal), () -> tty, Theme.builtIn("dark"),
                            256, true, null, null);
                } catch (Throwable t) {
                    failed.set(t);
                }
            });
            reader.start();
            long deadline = System.currentTimeMillis() + 20_000;
            while (!visible(terminal.all()).contains("help") && System.currentTimeMillis() < deadline) Thread.sleep(10);
            String home = visible(terminal.all());
            assertTrue(home.contains("help") && home.contains("Recently added") && home.contains("Basics"), home);
            int writes = terminal.count();
            assertTrue(writes <= 4, writes + " writes for the first frame: " + terminal.writes);
            assertTrue(terminal.all().contains("\u001b[?1049h"), "the alternate screen is entered");

            typing.write('q');
            typing.flush();
            reader.join(20_000);
            assertFalse(reader.isAlive(), "q quits");
            if (failed.get() != null) throw new AssertionError(failed.get());
            assertTrue(terminal.all().contains("\u001b[?1049l"),
                    "the screen is given back");
        }
    }

    /** The text of a stream of terminal output, escape sequences removed. */
    private static String visible(String ansi) {
        return ansi.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", "");
    }
}
