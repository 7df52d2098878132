package dev.lectern.tui;

import dev.lectern.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.app.Session;
import dev.lectern.study.CardState;
import dev.lectern.study.Study;
import dev.lectern.study.StudyFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study side of {@link Update} called directly, over a real study file: the review screen,
 * the note prompt, bookmarks, glossary terms in the reader and the home screen's numbers.
 */
class StudyUpdateTest {
    @TempDir
    Path tmp;
    Session session;
    SessionEffects fx;
    State state;
    MovableClock clock = new MovableClock(Instant.parse("2026-11-23T09:00:00Z"));
    List<Command> commands = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        TuiFixtures.library(tmp.resolve("lib")); // the long essay, with sections to note and bookmark
        session = new Session(StudyFixture.library(tmp.resolve("lib")), tmp.resolve("data"), Map.of(), clock);
        fx = new SessionEffects(session, true);
        state = State.initial(dev.lectern.tui.lanterna.FullScreen.data(session, true), 80, 24);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    /** Sends a message and answers its commands as the program would (study work included), in order. */
    private void send(Msg m) throws Exception {
        Update.Next n = Update.update(state, m);
        state = n.state();
        commands.addAll(n.commands());
        for (Command c : n.commands()) {
            if (c instanceof Command.Render r) send(new Msg.EssayRendered(r.slug(), r.width(), fx.render(r.slug(), r.width()), null));
            else if (c instanceof Command.SetRead r) fx.setRead(r.slug(), r.read());
            else if (Executor.isStudy(c)) send(Executor.study(fx, c));
        }
    }

    private void keys(String... ks) throws Exception {
        for (String k : ks) send(new Msg.KeyPressed(Key.parse(k)));
    }

    private void type(String text) throws Exception {
        for (char c : text.toCharArray()) send(new Msg.KeyPressed(Key.ch(c)));
    }

    private Study study() throws Exception {
        return session.study();
    }

    private void read(String slug) throws Exception {
        study().progress().markRead(session.library().essay(slug).orElseThrow(), true);
    }

    private Screen.Review review() {
        return assertInstanceOf(Screen.Review.class, state.top());
    }

    private void openEssay(String slug) throws Exception {
        send(new Msg.KeyPressed(Key.ch('e')));
        type("/" + slug);
        keys("Enter", "Enter");
        assertEquals(slug, ((Screen.Reader) state.top()).slug());
    }

    // ---- review

    @Test
    void reviewKeyOnHomeLoadsTheDueCardsWithTheIntervalEachGradeWouldGive() throws Exception {
        read("softmax");
        keys("R");
        assertTrue(commands.contains(new Command.LoadReview(null)));
        Screen.Review v = review();
        assertEquals(2, v.cards().size());
        ReviewCard c = v.cards().get(0);
        assertEquals("What does softmax turn scores into?", c.question());
        assertEquals("The Softmax Function", c.essayTitle());
        assertEquals("Review", c.section());
        assertEquals(List.of("1m", "6m", "10m", "8d"), c.intervals(), "FSRS-6 defaults for a new card, as `lectern review` shows");
        assertFalse(v.revealed());
    }

    @Test
    void spaceRevealsTheAnswerAndGradingBeforeThatOnlyAsksForIt() throws Exception {
        read("softmax");
        keys("R", "3");
        assertFalse(review().revealed());
        assertEquals(0, review().graded());
        assertTrue(state.flash().contains("shows the answer first"), state.flash());
        keys("Space");
        assertTrue(review().revealed());
    }

    @Test
    void gradeWritesTheScheduleAndMovesToTheNextCard() throws Exception {
        read("softmax");
        keys("R");
        String first = review().cards().get(0).id();
        keys("Enter", "4");
        assertTrue(commands.contains(new Command.GradeCard(first, dev.lectern.study.Grade.EASY)));
        CardState st = study().cards().state(first);
        assertEquals(CardState.Phase.REVIEW, st.phase(), "written to the study store");
        assertEquals(1, study().cards().reviewLog().size());
        assertEquals(1, review().cards().size());
        assertFalse(review().cards().get(0).id().equals(first), "the next card is shown");
        assertFalse(review().revealed(), "its answer hidden");
        assertEquals(1, review().graded());
        assertTrue(state.flash().startsWith("Easy") && state.flash().contains("next in 8d"), state.flash());
    }

    @Test
    void againBringsTheCardBackAtTheEndOfTheSitting() throws Exception {
        read("softmax");
        keys("R");
        String first = review().cards().get(0).id();
        keys("Space", "1");
        assertEquals(2, review().cards().size());
        assertEquals(first, review().cards().get(1).id(), "graded Again: back at the end of this sitting");
    }

    @Test
    void skipMovesOnWithoutGrading() throws Exception {
        read("softmax");
        keys("R");
        String first = review().cards().get(0).id();
        keys("s");
        assertEquals(1, review().cards().size());
        assertFalse(review().cards().get(0).id().equals(first));
        assertTrue(study().cards().state(first).isNew(), "nothing written for a skipped card");
        assertTrue(study().cards().reviewLog().isEmpty());
    }

    @Test
    void nothingDueSaysCardsUnlockWhenEssaysAreRead() throws Exception {
        keys("R");
        assertTrue(review().cards().isEmpty());
        assertTrue(review().empty().contains("Cards unlock when you finish reading an essay: 3 cards wait in 2 essays"),
                review().empty());
    }

    @Test
    void nothingDueAfterGradingSaysWhenTheNextCardIsDue() throws Exception {
        read("softmax");
        keys("R", "Space", "4", "Space", "4", "q", "R");
        assertTrue(review().cards().isEmpty());
        assertTrue(review().empty().contains("The next card is due in 8d"), review().empty());
    }

    @Test
    void trackScreenReviewsOnlyThatTracksCards() throws Exception {
        read("softmax");
        read("gradient-descent");
        keys("Enter", "R"); // the Basics track, first on home
        assertEquals("basics", review().track());
        assertEquals(3, review().cards().size());
    }

    @Test
    void leavingForHomeReadsTheStudyNumbersAgain() throws Exception {
        read("softmax");
        keys("R", "Space", "3");
        commands.clear();
        keys("q");
        assertTrue(commands.contains(new Command.LoadStats()));
        StudyInfo info = state.data().study();
        assertTrue(info.loaded());
        assertEquals(1, info.reviewsToday());
        assertEquals(1, info.cardsDue(), "the card graded Good comes back in 10 minutes; the other one is due");
        assertEquals(1, info.streak());
    }

    // ---- notes and bookmarks

    @Test
    void noteKeyOpensAPromptThatTakesTypingForTheSectionAtTheTop() throws Exception {
        openEssay(TuiFixtures.LONG);
        keys("t", "j", "Enter"); // the Beta section at the top
        keys("a");
        Screen.NotePrompt p = assertInstanceOf(Screen.NotePrompt.class, state.top());
        assertEquals("beta-section", p.anchor());
        assertEquals("Beta section", p.heading());
        assertEquals(Keymap.Context.INPUT, p.context());
        type("sharpens below 1x");
        keys("Backspace");
        assertEquals("sharpens below 1", ((Screen.NotePrompt) state.top()).text());
    }

    @Test
    void enterSavesTheNoteAndGoesBackToTheReader() throws Exception {
        openEssay(TuiFixtures.LONG);
        keys("t", "j", "Enter", "a");
        type("sharpens below 1");
        keys("Enter");
        assertInstanceOf(Screen.Reader.class, state.top());
        assertTrue(commands.contains(new Command.AddNote(TuiFixtures.LONG, "beta-section", "sharpens below 1")));
        var notes = study().annotations().notes();
        assertEquals(1, notes.size());
        assertEquals(TuiFixtures.LONG + "#beta-section", notes.get(0).target());
        assertEquals("sharpens below 1", notes.get(0).text());
        assertTrue(state.flash().startsWith("note saved on Beta section"), state.flash());
    }

    @Test
    void escCancelsTheNote() throws Exception {
        openEssay("softmax");
        keys("a");
        type("never mind");
        keys("Esc");
        assertInstanceOf(Screen.Reader.class, state.top());
        assertTrue(study().annotations().notes().isEmpty());
        assertEquals("note not saved", state.flash());
    }

    @Test
    void aAddsANoteAndNOnlyEverMeansNextMatchAsInLess() throws Exception {
        openEssay("softmax");
        keys("n");
        assertInstanceOf(Screen.Reader.class, state.top());
        assertEquals("press / to find", state.flash());
        keys("a");
        assertInstanceOf(Screen.NotePrompt.class, state.top());
        keys("Esc", "/");
        type("score");
        keys("Enter", "n");
        assertInstanceOf(Screen.Reader.class, state.top());
    }

    @Test
    void bookmarkKeyTogglesABookmarkOnTheSectionAtTheTop() throws Exception {
        openEssay(TuiFixtures.LONG);
        keys("t", "j", "j", "Enter", "B");
        assertTrue(commands.contains(new Command.ToggleBookmark(TuiFixtures.LONG, "gamma-section", "Gamma section")));
        assertEquals(List.of(TuiFixtures.LONG + "#gamma-section"), study().annotations().bookmarks().stream().map(b -> b.target()).toList());
        assertEquals("bookmarked: Gamma section", state.flash());
        keys("B");
        assertTrue(study().annotations().bookmarks().isEmpty());
        assertEquals("bookmark removed: Gamma section", state.flash());
    }

    @Test
    void notesScreenListsNotesAndBookmarksByEssayAndEnterOpensTheSection() throws Exception {
        var lr = session.library().essay(TuiFixtures.LONG).orElseThrow();
        var sm = session.library().essay("softmax").orElseThrow();
        study().annotations().addNote(lr, "epsilon-section", "watch the divergence");
        study().annotations().bookmark(sm, "temperature");
        keys("N");
        Screen.Notes n = assertInstanceOf(Screen.Notes.class, state.top());
        List<String> order = session.library().essays().stream().map(e -> e.slug())
                .filter(x -> x.equals("softmax") || x.equals(TuiFixtures.LONG)).toList();
        assertEquals(order, n.entries().stream().map(NoteEntry::slug).toList(), "essays in library order");
        NoteEntry mark = n.entries().stream().filter(NoteEntry::bookmark).findFirst().orElseThrow();
        assertEquals("Temperature", mark.heading());
        if (order.get(0).equals("softmax")) keys("j");
        keys("Enter");
        Screen.Reader r = assertInstanceOf(Screen.Reader.class, state.top());
        assertEquals(TuiFixtures.LONG, r.slug());
        assertEquals("Epsilon section", r.doc().sectionAt(r.top()).text(), "opened at the note's section");
    }

    @Test
    void aKeyThatLeavesTheNotesScreenCancelsAFirstDeleteToo() throws Exception {
        var sm = session.library().essay("softmax").orElseThrow();
        study().annotations().addNote(sm, "temperature", "divide by T before the exponential");
        keys("N", "d", "?");
        assertInstanceOf(Screen.Help.class, state.top());
        keys("Esc", "d");
        assertEquals("press d again to delete this note", state.flash(), "asked again after coming back");
        assertEquals(1, study().annotations().notes().size());
    }

    @Test
    void dOnTheNotesScreenDeletesOnlyWhenPressedTwice() throws Exception {
        var sm = session.library().essay("softmax").orElseThrow();
        study().annotations().addNote(sm, "temperature", "divide by T before the exponential");
        study().annotations().addNote(sm, "temperature", "a second thought");
        keys("N", "d");
        assertEquals("press d again to delete this note", state.flash());
        assertEquals(2, study().annotations().notes().size(), "one press deletes nothing");
        keys("j", "d", "k");
        assertEquals(2, study().annotations().notes().size(), "another key cancels");
        keys("d", "d");
        assertTrue(commands.stream().anyMatch(c -> c instanceof Command.DeleteNote));
        assertEquals(1, study().annotations().notes().size());
        assertEquals("note deleted", state.flash());
        Screen.Notes n = assertInstanceOf(Screen.Notes.class, state.top());
        assertEquals(1, n.entries().size(), "the list is read again");
        assertFalse(n.confirming());
    }

    // ---- glossary terms

    @Test
    void theFirstUseOfAGlossaryTermIsFocusableAndEnterOpensItsEntry() throws Exception {
        openEssay("gradient-descent");
        Screen.Reader r = (Screen.Reader) state.top();
        List<ReaderDoc.Focusable> terms = r.doc().focusables().stream().filter(f -> f.term() != null).toList();
        assertEquals(1, terms.size(), "softmax is used once; headings are not counted");
        ReaderDoc.Segment seg = terms.get(0).segments().get(0);
        assertEquals("softmax", r.doc().lines().get(seg.line()).text().substring(seg.col(), seg.col() + seg.width()));
        keys("Tab");
        assertNotNull(((Screen.Reader) state.top()).doc());
        keys("Enter");
        Screen.Glossary g = assertInstanceOf(Screen.Glossary.class, state.top());
        assertEquals("Softmax", state.data().library().glossary().get(g.pos().selected()).term());
    }
}
