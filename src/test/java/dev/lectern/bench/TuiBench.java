package dev.lectern.bench;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.text.Theme;
import dev.lectern.tui.Data;
import dev.lectern.tui.Key;
import dev.lectern.tui.Layout;
import dev.lectern.tui.Msg;
import dev.lectern.tui.Screen;
import dev.lectern.tui.SessionEffects;
import dev.lectern.tui.State;
import dev.lectern.tui.Update;
import dev.lectern.tui.View;
import dev.lectern.tui.lanterna.ByteCountingTerminal;
import dev.lectern.tui.lanterna.FullScreen;
import dev.lectern.tui.lanterna.LanternaDisplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The TUI budgets measured in-process: keystroke to painted frame (update, draw and the escape
 * codes lanterna writes for the changes, into an ANSI terminal of the given size) on the longest
 * bundled essay, and the bytes sent per one-line scroll. Usage: {@code TuiBench LIBRARY}. Not a
 * test: timings do not belong in unit tests. Run by {@code bench/tui.sh}.
 */
public final class TuiBench {
    private TuiBench() {
    }

    public static void main(String[] args) throws Exception {
        Path lib = Path.of(args.length > 0 ? args[0] : "content");
        Path data = Files.createTempDirectory("lectern-tui-bench");
        try (Session session = new Session(lib, data, Map.of(), Clock.systemUTC())) {
            Essay longest = session.library().essays().stream().max(Comparator.comparingInt(Essay::words)).orElseThrow();
            System.out.println("longest essay: " + longest.slug() + " (" + longest.words() + " words)");
            SessionEffects fx = new SessionEffects(session, true);
            Data d = FullScreen.data(session, true);
            for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
                run(fx, d, longest.slug(), size[0], size[1], true);
            }
            run(fx, d, longest.slug(), 80, 24, false);
        }
    }

    private static void run(SessionEffects fx, Data d, String slug, int w, int h, boolean print) throws Exception {
        ByteCountingTerminal t = ByteCountingTerminal.of(w, h);
        LanternaDisplay display = new LanternaDisplay(t, Theme.builtIn("dark"), 16);
        State s = State.initial(d, w, h);
        s = Update.update(s, new Msg.KeyPressed(Key.ch('e'))).state();
        // open the essay as the search screen does, then hand the render back as the program would
        s = open(s, fx, slug);
        display.paint(View.draw(s));
        t.take();
        List<Long> scroll = new ArrayList<>();
        long scrollBytes = 0;
        int scrolls = 0;
        for (int round = 0; round < 8; round++) { // rounds 0-2 warm up
            s = Update.update(s, new Msg.KeyPressed(Key.ch('g'))).state();
            display.paint(View.draw(s));
            t.take();
            for (int i = 0; i < 100; i++) {
                long t0 = System.nanoTime();
                s = Update.update(s, new Msg.KeyPressed(Key.ch('j'))).state();
                display.paint(View.draw(s));
                long t1 = System.nanoTime();
                int bytes = t.take().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (round > 2) {
                    scroll.add(t1 - t0);
                    scrollBytes += bytes;
                    scrolls++;
                }
            }
        }
        List<Long> page = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            s = Update.update(s, new Msg.KeyPressed(Key.ch('g'))).state();
            for (int i = 0; i < 30; i++) {
                long t0 = System.nanoTime();
                s = Update.update(s, new Msg.KeyPressed(Key.of(Key.Kind.PAGE_DOWN))).state();
                display.paint(View.draw(s));
                long t1 = System.nanoTime();
                t.take();
                if (round > 2) page.add(t1 - t0);
            }
        }
        List<Long> find = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            s = Update.update(s, new Msg.KeyPressed(Key.ch('g'))).state();
            s = Update.update(s, new Msg.KeyPressed(Key.ch('/'))).state();
            for (char c : "reward model".toCharArray()) {
                long t0 = System.nanoTime();
                s = Update.update(s, new Msg.KeyPressed(Key.ch(c))).state();
                display.paint(View.draw(s));
                long t1 = System.nanoTime();
                t.take();
                if (round > 2) find.add(t1 - t0);
            }
            s = Update.update(s, new Msg.KeyPressed(Key.of(Key.Kind.ESCAPE))).state();
        }
        // search as you type: the query itself runs off the input loop, so a keystroke costs the
        // update and frame, and the answer another update and frame; both are counted here
        List<Long> search = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            State q = Update.update(s, new Msg.KeyPressed(Key.ch('s'))).state();
            for (char c : "attention head".toCharArray()) {
                long t0 = System.nanoTime();
                Update.Next n = Update.update(q, new Msg.KeyPressed(Key.ch(c)));
                q = n.state();
                display.paint(View.draw(q));
                for (var cmd : n.commands()) {
                    if (cmd instanceof dev.lectern.tui.Command.Search sc) {
                        q = Update.update(q, new Msg.SearchDone(sc.generation(), fx.search(sc.query()), null)).state();
                    }
                }
                display.paint(View.draw(q));
                long t1 = System.nanoTime();
                t.take();
                if (round > 2) search.add(t1 - t0);
            }
        }
        List<Long> resize = new ArrayList<>();
        for (int round = 0; round < 30; round++) {
            int nw = round % 2 == 0 ? w - 10 : w;
            long t0 = System.nanoTime();
            Update.Next n = Update.update(s, new Msg.Resized(nw, h));
            State r = n.state();
            for (var cmd : n.commands()) {
                if (cmd instanceof dev.lectern.tui.Command.Render rc) {
                    r = Update.update(r, new Msg.EssayRendered(rc.slug(), rc.width(), fx.render(rc.slug(), rc.width()), null)).state();
                }
            }
            View.draw(r);
            long t1 = System.nanoTime();
            if (round > 19) resize.add(t1 - t0);
            s = r;
        }
        if (!print) return;
        System.out.printf("%dx%d  line scroll: %s; page: %s; find per key: %s; search per key (incl. query): %s;"
                + " resize (re-render + frame): %s%n", w, h, stats(scroll), stats(page), stats(find), stats(search), stats(resize));
        System.out.printf("%dx%d  bytes per one-line scroll: %.0f (a full repaint is about %d cells)%n", w, h,
                (double) scrollBytes / scrolls, w * h);
    }

    private static State open(State s, SessionEffects fx, String slug) throws Exception {
        s = Update.update(s, new Msg.KeyPressed(Key.ch('/'))).state();
        for (char c : slug.toCharArray()) s = Update.update(s, new Msg.KeyPressed(Key.ch(c))).state();
        s = Update.update(s, new Msg.KeyPressed(Key.of(Key.Kind.ENTER))).state();
        Update.Next n = Update.update(s, new Msg.KeyPressed(Key.of(Key.Kind.ENTER)));
        s = n.state();
        int width = Layout.readerTextWidth(s.width());
        s = Update.update(s, new Msg.EssayRendered(slug, width, fx.render(slug, width), null)).state();
        if (!(s.top() instanceof Screen.Reader r) || !r.slug().equals(slug)) throw new IllegalStateException("did not open " + slug);
        return s;
    }

    private static String stats(List<Long> ns) {
        long[] a = ns.stream().mapToLong(Long::longValue).sorted().toArray();
        if (a.length == 0) return "-";
        return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms", a[a.length / 2] / 1e6,
                a[Math.min(a.length - 1, (int) Math.ceil(a.length * 0.99) - 1)] / 1e6, a[a.length - 1] / 1e6);
    }
}
