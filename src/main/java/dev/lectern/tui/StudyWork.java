package dev.lectern.tui;

/**
 * Runs the study commands (review, grades, notes, bookmarks, numbers) against the effects and
 * turns each outcome, or its failure, into the message update expects. The program runs these on
 * its study-store thread, after the position and read-mark writes asked for before them.
 */
final class StudyWork {
    private StudyWork() {
    }

    static boolean handles(Command c) {
        return c instanceof Command.LoadStats || c instanceof Command.LoadReview || c instanceof Command.GradeCard
                || c instanceof Command.AddNote || c instanceof Command.ToggleBookmark || c instanceof Command.LoadNotes
                || c instanceof Command.DeleteNote;
    }

    static Msg run(Effects fx, Command c) {
        try {
            if (c instanceof Command.LoadStats) return new Msg.StatsLoaded(fx.stats());
            if (c instanceof Command.LoadReview r) return fx.loadReview(r.track());
            if (c instanceof Command.GradeCard g) return fx.grade(g.cardId(), g.grade());
            if (c instanceof Command.AddNote n) return new Msg.StudySaved(fx.addNote(n.slug(), n.anchor(), n.text()));
            if (c instanceof Command.ToggleBookmark b) return new Msg.StudySaved(fx.toggleBookmark(b.slug(), b.anchor(), b.heading()));
            if (c instanceof Command.LoadNotes) return new Msg.NotesLoaded(fx.notes(), null);
            if (c instanceof Command.DeleteNote d) {
                String said = fx.deleteNote(d.entry());
                return new Msg.NotesLoaded(fx.notes(), said);
            }
        } catch (Exception e) {
            return failed(c, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        throw new IllegalArgumentException("not a study command: " + c);
    }

    private static Msg failed(Command c, String why) {
        if (c instanceof Command.LoadStats) return new Msg.StudySaved(null);
        if (c instanceof Command.LoadReview r) return new Msg.ReviewLoaded(r.track(), java.util.List.of(), "could not read the cards: " + why);
        if (c instanceof Command.GradeCard g) return new Msg.CardGraded(g.cardId(), g.grade().label(), null, null, "could not save the grade: " + why);
        if (c instanceof Command.AddNote) return new Msg.StudySaved("could not save the note: " + why);
        if (c instanceof Command.ToggleBookmark) return new Msg.StudySaved("could not save the bookmark: " + why);
        if (c instanceof Command.DeleteNote) return new Msg.StudySaved("could not delete: " + why);
        return new Msg.NotesLoaded(java.util.List.of(), "could not read notes: " + why);
    }
}
