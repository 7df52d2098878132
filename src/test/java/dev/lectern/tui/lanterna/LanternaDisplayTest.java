package dev.lectern.tui.lanterna;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.app.Session;
import dev.lectern.text.Theme;
import dev.lectern.tui.Frame;
import dev.lectern.tui.Key;
import dev.lectern.tui.Msg;
import dev.lectern.tui.Screen;
import dev.lectern.tui.SessionEffects;
import dev.lectern.tui.State;
import dev.lectern.tui.TuiFixtures;
import dev.lectern.tui.Update;
import dev.lectern.tui.View;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the display sends to a real (ANSI) terminal: only changes, scrolls as scrolls, colours per terminal. */
class LanternaDisplayTest {
    @TempDir
    Path tmp;

    /** The reader on the long essay, a few lines down, as frames before and after one more line. */
    private Frame[] readerFrames(int width, int height) throws Exception {
        try (Session session = TuiFixtures.session(TuiFixtures.library(tmp.resolve("lib")), tmp.resolve("data"))) {
            SessionEffects fx = new SessionEffects(session, true);
            State s = State.initial(FullScreen.data(session, true), width, height);
            s = Update.update(s, new Msg.KeyPressed(Key.ch('e'))).state();
            s = Update.update(s, new Msg.KeyPressed(Key.ch('/'))).state();
            for (char c : "long".toCharArray()) s = Update.update(s, new Msg.KeyPressed(Key.ch(c))).state();
            s = Update.update(s, new Msg.KeyPressed(Key.of(Key.Kind.ENTER))).state();
            s = Update.update(s, new Msg.KeyPressed(Key.of(Key.Kind.ENTER))).state();
            String slug = ((Screen.Reader) s.top()).slug();
            s = Update.update(s, new Msg.EssayRendered(slug, dev.lectern.tui.Layout.readerTextWidth(width),
                    fx.render(slug, dev.lectern.tui.Layout.readerTextWidth(width)), null)).state();
            for (int i = 0; i < 5; i++) s = Update.update(s, new Msg.KeyPressed(Key.ch('j'))).state();
            Frame a = View.draw(s);
            s = Update.update(s, new Msg.KeyPressed(Key.ch('j'))).state();
            return new Frame[] {a, View.draw(s)};
        }
    }

    @Test
    void aOneLineScrollSendsAFewHundredBytesNotTheScreen() throws Exception {
        Frame[] f = readerFrames(80, 24);
        ByteCountingTerminal t = ByteCountingTerminal.of(80, 24);
        LanternaDisplay d = new LanternaDisplay(t, Theme.builtIn("dark"), 256);
        d.paint(f[0]);
        int full = t.take().length();
        d.paint(f[1]);
        String scroll = t.take();
        assertTrue(scroll.length() < 400, "one line scroll sent " + scroll.length() + " bytes (full screen " + full + ")");
        assertTrue(scroll.length() * 5 < full, scroll.length() + " vs " + full);
        assertTrue(scroll.contains("\u001b[1;23r"), "sent as a terminal scroll of the text rows: " + scroll.replace("\u001b", "ESC"));
    }

    @Test
    void afterScrollsTheTerminalShowsExactlyTheFrame() throws Exception {
        Frame[] f = readerFrames(80, 24);
        var vt = new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(new com.googlecode.lanterna.TerminalSize(80, 24));
        LanternaDisplay d = new LanternaDisplay(vt, Theme.builtIn("dark"), 256);
        for (Frame frame : new Frame[] {f[0], f[1], f[0], f[1], f[1]}) {
            d.paint(frame);
            StringBuilder sb = new StringBuilder();
            for (int y = 0; y < 24; y++) {
                StringBuilder row = new StringBuilder();
                for (int x = 0; x < 80; x++) row.append(vt.getCharacter(x, y).getCharacterString());
                sb.append(row.toString().stripTrailing()).append('\n');
            }
            org.junit.jupiter.api.Assertions.assertEquals(frame.plain(), sb.toString());
        }
    }

    @Test
    void mathLettersBeyondTheBmpKeepTheLineAligned() throws Exception {
        Frame f = new Frame(20, 2);
        f.put(0, 0, "\uD835\uDD3C[x] = 1|", dev.lectern.text.Style.PLAIN);
        var vt = new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(new com.googlecode.lanterna.TerminalSize(20, 2));
        new LanternaDisplay(vt, Theme.builtIn("mono"), 0).paint(f);
        StringBuilder row = new StringBuilder();
        for (int x = 0; x < 10; x++) row.append(vt.getCharacter(x, 0).getCharacterString());
        org.junit.jupiter.api.Assertions.assertEquals("E[x] = 1| ", row.toString());
    }

    @Test
    void sixteenColourTerminalsGetOnlyBasicColourCodes() throws Exception {
        Frame[] f = readerFrames(80, 24);
        ByteCountingTerminal t = ByteCountingTerminal.of(80, 24);
        new LanternaDisplay(t, Theme.builtIn("dark"), 16).paint(f[0]);
        String out = t.take();
        assertFalse(out.contains("38;5;"), "no 256-colour codes");
        assertTrue(out.matches("(?s).*\u001b\\[(9[0-7]|3[0-7])m.*"), "basic colours are used");
    }

    @Test
    void monoThemeSendsNoColourAtAll() throws Exception {
        Frame[] f = readerFrames(80, 24);
        ByteCountingTerminal t = ByteCountingTerminal.of(80, 24);
        new LanternaDisplay(t, Theme.builtIn("mono"), 256).paint(f[0]);
        String out = t.take();
        assertFalse(out.matches("(?s).*\u001b\\[(3[0-7]|9[0-7]|38;)[0-9;]*m.*"), "no foreground colours in mono");
        assertTrue(out.contains("\u001b[7m") || out.contains(";7m"), "reverse video for the status line");
    }

    @Test
    void aDimRoleIsShownGreyInTheReaderAsLanternaHasNoFaint() throws Exception {
        Path f = tmp.resolve("theme.properties");
        java.nio.file.Files.writeString(f, "plain = default dim\n");
        Theme t = Theme.builtIn("dark").withOverrides(f, new java.util.ArrayList<>());
        Frame frame = new Frame(20, 1);
        frame.put(0, 0, "faint", dev.lectern.text.Style.PLAIN);
        var vt = new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(new com.googlecode.lanterna.TerminalSize(20, 1));
        new LanternaDisplay(vt, t, 256).paint(frame);
        org.junit.jupiter.api.Assertions.assertEquals(com.googlecode.lanterna.TextColor.ANSI.BLACK_BRIGHT,
                vt.getCharacter(0, 0).getForegroundColor());
        var plain = new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(new com.googlecode.lanterna.TerminalSize(20, 1));
        new LanternaDisplay(plain, Theme.builtIn("dark"), 256).paint(frame);
        org.junit.jupiter.api.Assertions.assertEquals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT,
                plain.getCharacter(0, 0).getForegroundColor(), "undimmed text keeps the terminal's colour");
    }
}
