package dev.lectern.study;

import dev.lectern.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.store.CardTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Study data in real SQLite files, opened and closed as separate lectern runs would. */
class StudyDataTest {
    @TempDir
    Path dir;

    static final Instant DAY1 = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void cardsBecomeDueOnlyOnceTheirEssayIsRead() throws Exception {
        Path lib = StudyFixture.library(dir.resolve("lib"));
        MovableClock clock = new MovableClock(DAY1);
        try (Session s = StudyFixture.session(lib, dir.resolve("data"), clock)) {
            Study st = s.study();
            assertEquals(0, st.cards().dueCount(clock.instant()), "nothing read yet");
            assertEquals(3, st.cards().due(clock.instant(), new Cards.Filter(null, true, 0)).size(), "--all sees every card");
            st.progress().markRead(s.library().essay("softmax").orElseThrow(), true);
            List<Cards.DueCard> due = st.cards().due(clock.instant(), Cards.Filter.DUE);
            assertEquals(2, due.size());
            assertEquals("What does softmax turn scores into?", due.get(0).card().question());
            assertEquals("So that large logits do not overflow when exponentiated.", due.get(1).card().answer());
            assertTrue(due.get(0).card().id().matches("softmax-[0-9a-f]{12}"), due.get(0).card().id());
            assertEquals("review", due.get(0).card().anchor());
        }
    }

    @Test
    void reviewLogAndScheduleSurviveARestart() throws Exception {
        Path lib = StudyFixture.library(dir.resolve("lib"));
        Path data = dir.resolve("data");
        MovableClock clock = new MovableClock(DAY1);
        String id;
        try (Session s = StudyFixture.session(lib, data, clock)) {
            s.study().progress().markRead(s.library().essay("softmax").orElseThrow(), true);
            ReviewSession r = s.study().review(Cards.Filter.DUE);
            id = r.current().orElseThrow().card().id();
            r.grade(Grade.EASY); // 8 days
            r.grade(Grade.AGAIN); // the second card: back in a minute, so again in this sitting
            assertEquals(1, r.remaining());
        }
        try (Session s = StudyFixture.session(lib, data, clock)) {
            List<CardTables.ReviewRow> log = s.study().cards().reviewLog();
            assertEquals(2, log.size());
            assertEquals(4, log.get(0).grade());
            assertEquals("new", log.get(0).stateBefore());
            CardState state = s.study().cards().state(id);
            assertEquals(CardState.Phase.REVIEW, state.phase());
            assertEquals(DAY1.plus(Duration.ofDays(8)), state.due());
            assertEquals(1, s.study().cards().dueCount(clock.instant().plus(Duration.ofMinutes(1))));
            clock.advance(Duration.ofDays(8));
            assertEquals(2, s.study().cards().dueCount(clock.instant()), "both due again on day 9");
        }
    }

    @Test
    void renamedEssayKeepsProgressNotesBookmarksAndCards() throws Exception {
        Path lib = StudyFixture.library(dir.resolve("lib"));
        Path data = dir.resolve("data");
        MovableClock clock = new MovableClock(DAY1);
        String oldId;
        try (Session s = StudyFixture.session(lib, data, clock)) {
            Study st = s.study();
            Essay e = s.library().essay("softmax").orElseThrow();
            st.progress().markRead(e, true);
            st.annotations().addNote(e, "temperature", "Temperature below 1 sharpens.");
            st.annotations().bookmark(e, "numerical-stability");
            oldId = st.cards().due(clock.instant(), Cards.Filter.DUE).get(0).card().id();
            st.cards().grade(oldId, Grade.GOOD, clock.instant());
        }
        // The author renames softmax.md to softmax-function.md and lists the old slug as an alias.
        String text = Files.readString(lib.resolve("essays/softmax.md")).replace("tags: [", "aliases: [softmax]\ntags: [");
        Files.delete(lib.resolve("essays/softmax.md"));
        Files.writeString(lib.resolve("essays/softmax-function.md"), text);
        Files.writeString(lib.resolve("tracks/basics.md"), Files.readString(lib.resolve("tracks/basics.md"))
                .replace("[softmax,", "[softmax-function,"));
        clock.advance(Duration.ofMinutes(5));
        try (Session s = StudyFixture.session(lib, data, clock)) {
            Study st = s.study();
            Essay e = s.library().essay("softmax-function").orElseThrow();
            assertTrue(st.progress().isRead(e));
            List<Annotations.Note> notes = st.annotations().notes();
            assertEquals(1, notes.size());
            assertEquals("softmax-function#temperature", notes.get(0).target());
            assertFalse(notes.get(0).orphaned());
            assertEquals("softmax-function#numerical-stability", st.annotations().bookmarks().get(0).target());
            String newId = "softmax-function-" + oldId.substring("softmax-".length());
            assertEquals(CardState.Phase.LEARNING, st.cards().state(newId).phase(), "schedule kept under the new id");
            assertEquals(1, st.cards().reviewLog().size());
            assertEquals(newId, st.cards().reviewLog().get(0).cardId());
            assertEquals(List.of(), st.orphanedSlugs());
            assertEquals(List.of(), st.cards().orphaned());
        }
    }

    @Test
    void dataOfARemovedEssayIsKeptAndListedAsOrphaned() throws Exception {
        Path lib = StudyFixture.library(dir.resolve("lib"));
        Path data = dir.resolve("data");
        MovableClock clock = new MovableClock(DAY1);
        try (Session s = StudyFixture.session(lib, data, clock)) {
            Essay e = s.library().essay("kv-cache").orElseThrow();
            s.study().progress().markRead(e, true);
            s.study().annotations().addNote(e, "size", "Two tensors per layer.");
        }
        Files.delete(lib.resolve("essays/kv-cache.md"));
        try (Session s = StudyFixture.session(lib, data, clock)) {
            assertEquals(List.of("kv-cache"), s.study().orphanedSlugs());
            Annotations.Note n = s.study().annotations().notes().get(0);
            assertTrue(n.orphaned());
            assertTrue(s.study().annotations().markdown(List.of(n), java.time.ZoneOffset.UTC).contains("orphaned"));
        }
    }

    @Test
    void exportThenImportIntoAnEmptyStoreRoundTripsAndImportingTwiceChangesNothing() throws Exception {
        Path lib = StudyFixture.library(dir.resolve("lib"));
        MovableClock clock = new MovableClock(DAY1);
        String exported;
        try (Session s = StudyFixture.session(lib, dir.resolve("a"), clock)) {
            Study st = s.study();
            Essay e = s.library().essay("softmax").orElseThrow();
            st.progress().markRead(e, true);
            st.progress().savePosition(e, 3, 12);
            st.annotations().addNote(e, "", "Whole-essay note with \"quotes\" and ünïcode.");
            st.annotations().addNote(e, "temperature", "Second note.");
            st.annotations().bookmark(e, "temperature");
            for (Cards.DueCard c : st.cards().due(clock.instant(), Cards.Filter.DUE)) {
                st.cards().grade(c.card().id(), Grade.GOOD, clock.instant());
            }
            clock.advance(Duration.ofMinutes(10));
            for (Cards.DueCard c : st.cards().due(clock.instant(), Cards.Filter.DUE)) {
                st.cards().grade(c.card().id(), Grade.HARD, clock.instant());
            }
            exported = StudyTransfer.exportJson(s.studyConnection());
        }
        try (Session s = StudyFixture.session(lib, dir.resolve("b"), clock)) {
            Map<String, Integer> first = StudyTransfer.importDump(s.studyConnection(), StudyTransfer.parse(exported, "x"));
            assertEquals(exported, StudyTransfer.exportJson(s.studyConnection()), "an exact copy");
            assertEquals(2, first.get("notes"));
            assertEquals(4, first.get("reviews"));
            Map<String, Integer> second = StudyTransfer.importDump(s.studyConnection(), StudyTransfer.parse(exported, "x"));
            assertTrue(second.values().stream().allMatch(v -> v == 0), "second import changed " + second);
            assertEquals(exported, StudyTransfer.exportJson(s.studyConnection()));
            assertEquals(2, s.study().annotations().notes().size());
            assertTrue(s.study().progress().isRead(s.library().essay("softmax").orElseThrow()));
        }
    }

    @Test
    void streakCountsDaysInARowWithReadingOrReviews() throws Exception {
        Path lib = StudyFixture.library(dir.resolve("lib"));
        MovableClock clock = new MovableClock(DAY1);
        try (Session s = StudyFixture.session(lib, dir.resolve("data"), clock)) {
            Study st = s.study();
            st.progress().markRead(s.library().essay("softmax").orElseThrow(), true); // day 1: reading
            clock.advance(Duration.ofDays(1));
            Cards.DueCard c = st.cards().due(clock.instant(), Cards.Filter.DUE).get(0);
            st.cards().grade(c.card().id(), Grade.GOOD, clock.instant()); // day 2: a review
            Stats today = st.stats();
            assertEquals(2, today.streak());
            assertTrue(today.activeToday());
            assertEquals(1, today.reviews());
            assertEquals(1, today.essaysRead());
            clock.advance(Duration.ofDays(1));
            assertEquals(2, st.stats().streak(), "still standing on day 3 before anything is done");
            assertFalse(st.stats().activeToday());
            clock.advance(Duration.ofDays(1));
            assertEquals(0, st.stats().streak(), "a whole day missed");
            assertEquals(2, st.stats().longestStreak());
        }
    }
}
