package dev.lectern.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.app.Session;
import dev.lectern.index.SearchOutcome;
import dev.lectern.render.Rendered;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Update} called directly: keys and results in, next state and commands out, no terminal. */
class UpdateTest {
    @TempDir
    Path tmp;
    Session session;
    SessionEffects fx;
    State state;
    List<Command> commands = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        session = TuiFixtures.session(TuiFixtures.library(tmp.resolve("lib")), tmp.resolve("data"));
        fx = new SessionEffects(session, true);
        state = State.initial(dev.lectern.tui.lanterna.FullScreen.data(session, true), 80, 24);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    /** Sends a message, keeps the commands, and answers renders and searches as the program would. */
    private void send(Msg m) throws Exception {
        Update.Next n = Update.update(state, m);
        state = n.state();
        commands.addAll(n.commands());
        for (Command c : n.commands()) {
            if (c instanceof Command.Render r) send(new Msg.EssayRendered(r.slug(), r.width(), fx.render(r.slug(), r.width()), null));
            if (c instanceof Command.Search q) send(new Msg.SearchDone(q.generation(), fx.search(q.query()), null));
        }
    }

    private void keys(String... ks) throws Exception {
        for (String k : ks) send(new Msg.KeyPressed(Key.parse(k)));
    }

    private void type(String text) throws Exception {
        for (char c : text.toCharArray()) send(new Msg.KeyPressed(Key.ch(c)));
    }

    private Screen.Reader reader() {
        return (Screen.Reader) state.top();
    }

    private void openLong() throws Exception {
        send(new Msg.KeyPressed(Key.ch('e')));
        type("/long");
        keys("Enter", "Enter");
    }

    @Test
    void openingAnEssayAsksForItRenderedAtTheReadersWidth() throws Exception {
        openLong();
        assertTrue(commands.contains(new Command.Render(TuiFixtures.LONG, Layout.readerTextWidth(80))));
        assertEquals(TuiFixtures.LONG, reader().slug());
        assertNotNull(reader().doc());
    }

    @Test
    void aLineDownMovesTheTopByOneAndSavesThePlaceAsBlockAndOffset() throws Exception {
        openLong();
        commands.clear();
        keys("j");
        assertEquals(1, reader().top());
        Place p = reader().doc().placeOf(1);
        assertEquals(List.of(new Command.SavePosition(TuiFixtures.LONG, p.block(), p.offset())), commands);
    }

    @Test
    void scrollingBackAndForthOnlyWritesWhenThePlaceChanges() throws Exception {
        openLong();
        keys("j");
        commands.clear();
        keys("k", "j");
        assertEquals(2, commands.stream().filter(c -> c instanceof Command.SavePosition).count());
        commands.clear();
        keys("g"); // already at the top after g? no: at line 1, so g moves
        keys("g");
        assertEquals(1, commands.size(), "a key that does not move writes nothing");
    }

    @Test
    void reachingTheLastScreenMarksTheEssayRead() throws Exception {
        openLong();
        assertFalse(state.data().isRead(TuiFixtures.LONG));
        keys("G");
        assertTrue(commands.contains(new Command.SetRead(TuiFixtures.LONG, true)));
        assertTrue(state.data().isRead(TuiFixtures.LONG));
        assertEquals(reader().doc().size() - Layout.readerRows(24), reader().top());
    }

    @Test
    void aResizeRendersAgainAndKeepsTheSamePassageAtTheTop() throws Exception {
        openLong();
        keys("d", "d", "j");
        Place before = reader().doc().placeOf(reader().top());
        String passage = reader().doc().lines().get(reader().top()).text().strip();
        commands.clear();
        send(new Msg.Resized(50, 20));
        assertTrue(commands.contains(new Command.Render(TuiFixtures.LONG, Layout.readerTextWidth(50))));
        assertEquals(Layout.readerTextWidth(50), reader().doc().width());
        Place after = reader().doc().placeOf(reader().top());
        assertEquals(before.block(), after.block(), "same block of the document at the top");
        String first = passage.split(" ")[0];
        assertTrue(reader().doc().lines().get(reader().doc().lineOf(Place.at(before.block(), 0))).text().contains(first)
                || passage.isEmpty());
    }

    @Test
    void tableOfContentsListsSectionsWithSizesAndEnterJumpsToOne() throws Exception {
        openLong();
        keys("t");
        Screen.Contents c = (Screen.Contents) state.top();
        assertEquals("Alpha section", c.entries().get(0).text());
        assertTrue(c.entries().get(0).words() > 50, "section sizes are counted");
        keys("j", "j", "j", "Enter");
        Screen.Reader r = reader();
        assertEquals("Delta section", r.doc().sectionAt(r.top()).text());
        assertEquals(r.top(), r.doc().lineOfHeading(r.doc().sectionAt(r.top())));
    }

    @Test
    void findHighlightsMatchesAndNextMovesToThem() throws Exception {
        openLong();
        keys("/");
        type("Epsilon");
        keys("Enter");
        Screen.Find f = reader().find();
        assertFalse(f.editing());
        assertTrue(f.matches().size() >= 5);
        int first = f.matches().get(f.current()).line();
        assertTrue(first >= reader().top() && first < reader().top() + Layout.readerRows(24), "the match is on screen");
        keys("n");
        assertEquals(f.current() + 1, reader().find().current());
        keys("N");
        assertEquals(f.current(), reader().find().current());
    }

    @Test
    void followingALinkOpensTheOtherEssayAtTheSectionAndBackReturns() throws Exception {
        openLong();
        keys("t", "j", "Enter", "Tab"); // Beta, where the links are
        int top = reader().top();
        ReaderDoc.Focusable link = reader().doc().focusables().get(reader().focus());
        assertEquals("softmax.md#temperature", link.target());
        keys("Enter");
        assertEquals("softmax", reader().slug());
        int heading = reader().doc().lineOf(Place.section("temperature", null));
        assertTrue(heading > 0 && heading >= reader().top() && heading < reader().top() + Layout.readerRows(24),
                "the linked section is on screen");
        keys("Backspace");
        assertEquals(TuiFixtures.LONG, reader().slug());
        assertEquals(top, reader().top());
        keys("]");
        assertEquals("softmax", reader().slug());
        keys("q");
        assertTrue(state.top() instanceof Screen.Essays, "q leaves the reader, whatever links were followed");
    }

    @Test
    void searchAsYouTypeAsksOncePerKeystrokeAndIgnoresStaleAnswers() throws Exception {
        keys("s");
        commands.clear();
        Update.Next n = Update.update(state, new Msg.KeyPressed(Key.ch('k')));
        Update.Next n2 = Update.update(n.state(), new Msg.KeyPressed(Key.ch('v')));
        assertEquals(new Command.Search(1, "k"), n.commands().get(0));
        assertEquals(new Command.Search(2, "kv"), n2.commands().get(0));
        SearchOutcome stale = fx.search("k*");
        State after = Update.update(n2.state(), new Msg.SearchDone(1, stale, null)).state();
        assertTrue(((Screen.Search) after.top()).hits().isEmpty(), "an answer to an older query is dropped");
    }

    @Test
    void enterOnASearchResultOpensTheEssayAtTheSectionWithTheMatchHighlighted() throws Exception {
        keys("s");
        type("learning rate");
        Screen.Search q = (Screen.Search) state.top();
        assertFalse(q.hits().isEmpty());
        keys("Enter");
        Screen.Reader r = reader();
        assertEquals("gradient-descent", r.slug());
        assertFalse(r.find().matches().isEmpty());
        ReaderDoc.Match m = r.find().matches().get(r.find().current());
        String line = r.doc().lines().get(m.line()).text().toLowerCase();
        assertTrue(line.contains("learning") || line.contains("rate"), line);
    }

    @Test
    void libraryFiltersByLevelAndNarrowsByTypedWords() throws Exception {
        keys("e");
        Screen.Essays e = (Screen.Essays) state.top();
        assertEquals(4, Lists.essays(state.data().library(), e).size());
        keys("L"); // intro
        e = (Screen.Essays) state.top();
        assertEquals(List.of("softmax"), Lists.essays(state.data().library(), e).stream().map(x -> x.slug()).toList());
        keys("x", "/");
        type("cache");
        e = (Screen.Essays) state.top();
        assertEquals(List.of("kv-cache"), Lists.essays(state.data().library(), e).stream().map(x -> x.slug()).toList());
        keys("o");
        assertEquals(Screen.Sort.DATE, ((Screen.Essays) state.top()).sort(), "o is typed while narrowing, not a sort");
    }

    @Test
    void tagFilterOffersOnlyTagsOfEssaysUnderTheOtherFilters() throws Exception {
        keys("e", "L"); // intro: only softmax
        for (int i = 0; i < 3; i++) {
            keys("T");
            Screen.Essays e = (Screen.Essays) state.top();
            if (e.tag() == null) continue;
            assertTrue(List.of("fundamentals", "probability").contains(e.tag()), e.tag());
            assertFalse(Lists.essays(state.data().library(), e).isEmpty());
        }
    }

    @Test
    void trackContinueOpensTheFirstUnreadEssay() throws Exception {
        keys("Enter"); // home: first item is the track (nothing opened yet)
        assertTrue(state.top() instanceof Screen.TrackPage);
        keys("c");
        assertEquals("softmax", reader().slug());
        keys("G", "q", "c");
        assertEquals("gradient-descent", reader().slug(), "softmax was read by reaching its end");
    }

    @Test
    void helpIsGeneratedFromTheKeymap() throws Exception {
        openLong();
        keys("?");
        assertEquals(Keymap.Context.READER, ((Screen.Help) state.top()).from());
        String text = String.join("\n", HelpText.lines(Keymap.DEFAULT, Keymap.Context.READER).stream().map(l -> l.text()).toList());
        for (Keymap.Context c : Keymap.Context.values()) {
            for (Keymap.Binding b : Keymap.DEFAULT.bindings(c)) assertTrue(text.contains(b.help()), b.help());
        }
        assertTrue(text.startsWith("Reader"), "the screen help was opened from comes first");
    }

    @Test
    void snippetRunShowsRunningThenItsOutputInline() throws Exception {
        openLong();
        keys("t", "j", "j", "Enter"); // Gamma has the snippet
        keys("Tab", "r");
        assertTrue(commands.contains(new Command.RunSnippet(TuiFixtures.LONG, 1)));
        assertEquals(1, reader().running());
        int lines = reader().doc().size();
        send(new Msg.SnippetDone(TuiFixtures.LONG, 1, "42\n", "snippet 1: matches the expected output"));
        assertEquals(0, reader().running());
        assertEquals(lines + 1, reader().doc().size(), "the output line replaces the running line under the code");
        List<String> text = reader().doc().lines().stream().map(l -> l.text().strip()).toList();
        int out = text.indexOf(text.stream().filter(t -> t.contains("matches the expected output")).findFirst().orElseThrow());
        assertEquals("print(\"done\")", text.get(out - 1), "the output goes under the whole snippet, blank lines and all");
    }

    @Test
    void wideCodeScrollsSidewaysAndTheFrameShowsItsHiddenEnd() throws Exception {
        openLong();
        keys("t", "j", "j", "j", "Enter"); // Delta has a code line wider than the screen
        int wide = -1;
        for (int i = 0; i < reader().doc().size(); i++) if (reader().doc().lines().get(i).text().contains("wide-wide")) wide = i;
        assertTrue(reader().doc().lines().get(wide).width() > 78, "rendered unclipped for the reader");
        state = state.replaceTop(reader().with(reader().doc(), Update.clampTop(state, reader().doc(), wide - 2), 0));
        assertFalse(View.draw(state).plain().contains("end"), "the end of the line is off screen at first");
        for (int i = 0; i < 20; i++) keys("l");
        assertTrue(reader().left() > 0);
        assertTrue(View.draw(state).plain().contains("wide-end"), View.draw(state).plain());
        int left = reader().left();
        keys("h");
        assertEquals(Math.max(0, left - 8), reader().left());
    }

    @Test
    void tooSmallATerminalShowsAMessageAndStillQuits() throws Exception {
        send(new Msg.Resized(30, 8));
        String screen = View.draw(state).plain();
        assertTrue(screen.contains("needs at least"), screen);
        keys("Q");
        assertTrue(state.quit());
    }

    @Test
    void progressAfterRenderingMatchesTheStoredPlaceOnReopen() throws Exception {
        openLong();
        keys("d", "d", "d");
        Place p = reader().doc().placeOf(reader().top());
        for (Command c : commands) if (c instanceof Command.SavePosition s) fx.savePosition(s.slug(), s.block(), s.offset());
        State fresh = State.initial(dev.lectern.tui.lanterna.FullScreen.data(session, true), 60, 20);
        state = fresh;
        keys("Enter"); // continue reading
        assertEquals(p.block(), reader().doc().placeOf(reader().top()).block());
    }

    @Test
    void aStaleRenderForAnOldWidthIsIgnored() throws Exception {
        openLong();
        Rendered old = fx.render(TuiFixtures.LONG, 40);
        int top = reader().top();
        send(new Msg.EssayRendered(TuiFixtures.LONG, 40, old, null));
        assertEquals(Layout.readerTextWidth(80), reader().doc().width());
        assertEquals(top, reader().top());
        assertEquals(Map.of(), reader().outputs());
    }
}
