package dev.lectern.tui;

import dev.lectern.content.Essay;
import dev.lectern.content.Library;
import dev.lectern.study.EssayProgress;
import java.util.HashMap;
import java.util.Map;

/**
 * What the screens show that does not belong to one screen: the library, a snapshot of reading
 * progress by slug (kept in step with what update asks the store to write), the essay opened
 * last and where the reader was in it, whether Unicode symbols may be used, and the study numbers
 * the home screen shows, and the reader's name when a server knows it.
 */
public record Data(Library library, Map<String, EssayProgress> progress, boolean unicode, String lastOpened,
                   ContinueInfo continueInfo, StudyInfo study, String reader) {
    public Data {
        progress = Map.copyOf(progress);
        if (study == null) study = StudyInfo.NONE;
    }

    public Data(Library library, Map<String, EssayProgress> progress, boolean unicode, String lastOpened, ContinueInfo continueInfo) {
        this(library, progress, unicode, lastOpened, continueInfo, StudyInfo.NONE, null);
    }

    /** The same data for a named reader (under {@code lectern serve}), whose name home shows. */
    public Data withReader(String name) {
        return new Data(library, progress, unicode, lastOpened, continueInfo, study, name);
    }

    /** The glyph set the screens draw with: Unicode, or ASCII where the terminal cannot show it. */
    public dev.lectern.text.Symbols symbols() {
        return dev.lectern.text.Symbols.of(unicode);
    }

    /** The data for a library and its stored progress; the essay to continue is the one opened last. */
    public static Data of(Library library, Map<String, EssayProgress> progress, boolean unicode) {
        String last = null;
        String lastWhen = "";
        for (EssayProgress st : progress.values()) {
            if (st.lastOpened() != null && st.lastOpened().compareTo(lastWhen) > 0 && library.essay(st.slug()).isPresent()) {
                last = st.slug();
                lastWhen = st.lastOpened();
            }
        }
        return new Data(library, progress, unicode, last, null);
    }

    public boolean isRead(String slug) {
        EssayProgress st = progress.get(slug);
        return st != null && st.read();
    }

    public EssayProgress state(String slug) {
        return progress.get(slug);
    }

    Data withState(EssayProgress st) {
        Map<String, EssayProgress> m = new HashMap<>(progress);
        m.put(st.slug(), st);
        return new Data(library, m, unicode, lastOpened, continueInfo, study, reader);
    }

    Data withLastOpened(String slug) {
        return new Data(library, progress, unicode, slug, continueInfo != null && continueInfo.slug().equals(slug) ? continueInfo : null, study, reader);
    }

    Data withContinue(ContinueInfo info) {
        return new Data(library, progress, unicode, lastOpened, info, study, reader);
    }

    /** The same data with fresh study numbers (cards due, streak) for the home screen. */
    public Data withStudy(StudyInfo info) {
        return new Data(library, progress, unicode, lastOpened, continueInfo, info, reader);
    }

    Essay essay(String slug) {
        return library.essay(slug).orElse(null);
    }
}
