package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.Scrollable;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminal;
import dev.lectern.text.Paint;
import dev.lectern.text.DisplayWidth;
import dev.lectern.text.Style;
import dev.lectern.text.Theme;
import dev.lectern.tui.Display;
import dev.lectern.tui.Frame;
import dev.lectern.tui.Key;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Paints our frames on a lanterna terminal and reads its keys. Each frame goes into the screen's
 * back buffer and lanterna's delta refresh sends only the cells that changed; when rows of the
 * frame moved (a scroll) the move is sent as a terminal scroll first, so a one-line scroll costs
 * one new line, not a screen. Colours come from the theme: 256 colours where the terminal has
 * them, else folded to the 16 ANSI colours; the mono theme sends attributes only.
 */
public final class LanternaDisplay implements Display {
    private final Terminal terminal;
    private final DeltaScreen screen;
    private final Theme theme;
    private final int colors;
    private final boolean unicode;
    private final Map<Style, Ink> inks = new HashMap<>();
    private final List<ResizeListener> listeners = new CopyOnWriteArrayList<>();
    private Frame previous;

    /** {@code colors}: 16, 256 or more; the mono theme uses none. */
    public LanternaDisplay(Terminal terminal, Theme theme, int colors) throws IOException {
        this(terminal, theme, colors, true);
    }

    /** With {@code unicode} false (a non-UTF-8 locale) every cell is folded to ASCII of the same width. */
    public LanternaDisplay(Terminal terminal, Theme theme, int colors, boolean unicode) throws IOException {
        this.terminal = terminal;
        this.theme = theme;
        this.colors = theme.isMono() ? 0 : colors;
        this.unicode = unicode;
        this.screen = new DeltaScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        terminal.addResizeListener((t, size) -> {
            for (ResizeListener l : listeners) l.resized(size.getColumns(), size.getRows());
        });
    }

    @Override
    public int width() {
        return screen.getTerminalSize().getColumns();
    }

    @Override
    public int height() {
        return screen.getTerminalSize().getRows();
    }

    @Override
    public synchronized void paint(Frame f) throws IOException {
        boolean resized = screen.doResizeIfNecessary() != null;
        TerminalSize now = screen.getTerminalSize();
        Frame.Scroll scroll = resized ? null : f.scrollFrom(previous);
        if (scroll != null) screen.scrollNow(scroll.firstRow(), scroll.lastRow(), scroll.distance());
        boolean sameShape = !resized && previous != null && previous.width() == f.width() && previous.height() == f.height();
        List<Overlay> overlays = terminal instanceof WholeUtf8 u && u.writesUtf8() ? new java.util.ArrayList<>() : null;
        int w = Math.min(f.width(), now.getColumns());
        int h = Math.min(f.height(), now.getRows());
        for (int y = 0; y < h; y++) {
            // rows the back buffer already holds: unchanged ones, and ones the scroll just moved into place
            if (sameShape) {
                boolean inRegion = scroll != null && y >= scroll.firstRow() && y <= scroll.lastRow();
                int src = inRegion ? y + scroll.distance() : y;
                boolean moved = !inRegion || (src >= scroll.firstRow() && src <= scroll.lastRow());
                if (moved && f.rowEquals(y, previous, src)) continue;
            }
            for (int x = 0; x < w; x++) {
                String t = f.text(x, y);
                if (t.isEmpty()) continue; // second half of a wide character
                screen.setCharacter(x, y, cell(t, f.style(x, y)));
                if (!unicode && x + 1 < w && DisplayWidth.of(t) == 2) {
                    screen.setCharacter(x + 1, y, cell("?", f.style(x, y))); // the folded wide character's second column
                }
                if (unicode && overlays != null && t.length() > 1 && DisplayWidth.of(t) == 1) {
                    overlays.add(new Overlay(x, y, t, inks.get(f.style(x, y))));
                }
            }
        }
        if (previous != null && !resized) screen.bridgeGaps(h, w);
        screen.setCursorPosition(f.cursorX() < 0 ? null : new TerminalPosition(f.cursorX(), f.cursorY()));
        screen.refresh(previous == null || resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        if (overlays != null && !overlays.isEmpty()) {
            for (Overlay o : overlays) {
                terminal.setCursorPosition(o.x(), o.y());
                terminal.resetColorAndSGR();
                for (SGR g : o.ink().sgr()) terminal.enableSGR(g);
                terminal.setForegroundColor(o.ink().fg());
                terminal.putString(o.text());
            }
            terminal.resetColorAndSGR();
            if (f.cursorX() >= 0) terminal.setCursorPosition(f.cursorX(), f.cursorY());
            terminal.flush();
        }
        previous = f;
    }

    @Override
    public Key readKey() throws IOException {
        while (true) {
            KeyStroke k;
            if (terminal instanceof VirtualTerminal) {
                // the virtual terminal's blocking read holds its lock; poll so painting can go on
                k = screen.pollInput();
                if (k == null) {
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                    continue;
                }
            } else {
                k = screen.readInput();
            }
            if (k == null) return null;
            Key key = Keys.of(k);
            if (key == Keys.END_OF_INPUT) return null;
            if (key != null) return key;
        }
    }

    @Override
    public void onResize(ResizeListener listener) {
        listeners.add(listener);
    }

    @Override
    public void close() throws IOException {
        screen.stopScreen();
    }

    /**
     * lanterna's screen with two economies for slow links. A scroll is sent to the terminal at
     * once (and applied to both buffers), so the rows it moved are known to be right. And short
     * runs of unchanged cells between changed ones are marked for rewriting when they need no
     * change of colour: writing three spaces costs three bytes, moving the cursor over them about
     * eight, and lanterna's delta refresh otherwise moves the cursor over every word gap of a
     * freshly scrolled-in line.
     */
    private static final class DeltaScreen extends TerminalScreen {
        private static final int MAX_GAP = 6;
        private static final TextCharacter STALE = TextCharacter.fromCharacter('\uE000')[0];

        DeltaScreen(Terminal t) throws IOException {
            super(t);
        }

        void scrollNow(int first, int last, int distance) throws IOException {
            if (getTerminal() instanceof Scrollable sc) {
                sc.scrollLines(first, last, distance);
                getFrontBuffer().scrollLines(first, last, distance);
            }
            getBackBuffer().scrollLines(first, last, distance);
        }

        void bridgeGaps(int rows, int cols) {
            ScreenBuffer back = getBackBuffer();
            ScreenBuffer front = getFrontBuffer();
            for (int y = 0; y < rows; y++) {
                int lastChanged = -1;
                for (int x = 0; x < cols; x++) {
                    TextCharacter b = back.getCharacterAt(x, y);
                    if (b == null || b.equals(front.getCharacterAt(x, y))) continue;
                    int gap = x - lastChanged - 1;
                    if (lastChanged >= 0 && gap > 0 && gap <= MAX_GAP) {
                        TextCharacter from = back.getCharacterAt(lastChanged, y);
                        boolean same = !from.isDoubleWidth();
                        for (int g = lastChanged + 1; g < x && same; g++) same = sameLook(from, back.getCharacterAt(g, y));
                        if (same) for (int g = lastChanged + 1; g < x; g++) front.setCharacterAt(g, y, STALE);
                    }
                    lastChanged = x;
                }
            }
        }

        private static boolean sameLook(TextCharacter a, TextCharacter b) {
            return b != null && !b.isDoubleWidth() && a.getForegroundColor().equals(b.getForegroundColor())
                    && a.getBackgroundColor().equals(b.getBackgroundColor()) && a.getModifiers().equals(b.getModifiers());
        }
    }

    private record Ink(TextColor fg, EnumSet<SGR> sgr, TextCharacter[] ascii) {
    }

    private TextCharacter cell(String text, Style st) {
        // Folded to ASCII a wide character is two characters; its second column is painted apart.
        String t = unicode ? text : dev.lectern.text.AsciiFold.grapheme(text).substring(0, 1);
        Ink ink = inks.computeIfAbsent(st, this::ink);
        if (t.length() == 1 && t.charAt(0) < 128) {
            char c = t.charAt(0);
            TextCharacter tc = ink.ascii()[c];
            if (tc == null) {
                tc = TextCharacter.fromString(String.valueOf(c), ink.fg(), TextColor.ANSI.DEFAULT, ink.sgr())[0];
                ink.ascii()[c] = tc;
            }
            return tc;
        }
        TextCharacter[] cs = TextCharacter.fromString(t, ink.fg(), TextColor.ANSI.DEFAULT, ink.sgr());
        if (cs.length == 0) return TextCharacter.fromCharacter(' ')[0];
        if (cs[0].isDoubleWidth() && DisplayWidth.of(t) == 1) return standIn(t, ink);
        return cs[0];
    }

    /**
     * lanterna counts every cluster of more than one char (r̂, a letter with a combining mark) and
     * every character beyond the BMP (the math letters 𝔼, 𝐱) as two columns; terminals draw them
     * in one. Its screen gets a one-column stand-in (r, E) so the line stays aligned, and on a
     * UTF-8 terminal the real cluster is written over it after the refresh.
     */
    private TextCharacter standIn(String t, Ink ink) {
        String plain = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC);
        if (plain.length() != 1) plain = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC);
        char c = plain.length() == 1 ? plain.charAt(0) : plain.isEmpty() || Character.isSurrogate(plain.charAt(0)) ? '?' : plain.charAt(0);
        return TextCharacter.fromString(String.valueOf(c), ink.fg(), TextColor.ANSI.DEFAULT, ink.sgr())[0];
    }

    private record Overlay(int x, int y, String text, Ink ink) {
    }

    private Ink ink(Style st) {
        Paint p = Paint.of(theme, st, colors);
        EnumSet<SGR> sgr = EnumSet.noneOf(SGR.class);
        if (p.bold()) sgr.add(SGR.BOLD);
        if (p.italic()) sgr.add(SGR.ITALIC);
        if (p.underline()) sgr.add(SGR.UNDERLINE);
        if (p.reverse()) sgr.add(SGR.REVERSE);
        if (p.strike()) sgr.add(SGR.CROSSED_OUT);
        // lanterna has no SGR 2 (faint): dim text without a colour of its own is shown grey instead
        int fg = p.dim() && p.fg() < 0 && colors > 0 ? 8 : p.fg();
        return new Ink(color(fg), sgr, new TextCharacter[128]);
    }

    /** A colour {@link Paint} resolved for this terminal, as lanterna names it: -1 is the terminal's default. */
    static TextColor color(int c) {
        if (c < 0) return TextColor.ANSI.DEFAULT;
        if ((c & Paint.RGB) != 0) return new TextColor.RGB(c >> 16 & 0xff, (c >> 8) & 0xff, c & 0xff);
        if (c < 16) return ansi(c);
        return new TextColor.Indexed(c);
    }

    private static TextColor ansi(int c) {
        TextColor.ANSI[] v = TextColor.ANSI.values(); // 0–7, DEFAULT, then the bright ones
        return c < 8 ? v[c] : v[c + 1];
    }
}
