package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real lectern process, under a German default locale, answers a search without loading the
 * CLDR locale data (whose first calendar costs every command 20–25 ms of CPU; see
 * {@link LocaleData}), and its output is the same as under English. A provider named on the
 * command line is kept.
 */
class LocaleDataTest {
    private static final String CLDR_ADAPTER = "sun.util.cldr.CLDRLocaleProviderAdapter";

    @TempDir
    Path dir;

    @Test
    void aSearchUnderAGermanLocaleLoadsNoCldrDataAndPrintsWhatEnglishPrints() throws Exception {
        ChildJvm.Result german = launch("de-DE", List.of());
        assertEquals(0, german.code(), german.out());
        assertTrue(german.out().contains("Softmax"), german.out());
        assertFalse(german.loaded(CLDR_ADAPTER), "CLDR locale data was loaded");
        ChildJvm.Result english = launch("en-US", List.of());
        assertEquals(english.out(), german.out());
    }

    @Test
    void aLocaleProviderNamedOnTheCommandLineIsKept() throws Exception {
        ChildJvm.Result r = launch("de-DE", List.of("-Djava.locale.providers=CLDR"));
        assertEquals(0, r.code(), r.out());
        assertTrue(r.loaded(CLDR_ADAPTER), "the CLDR provider asked for was not used");
    }

    private ChildJvm.Result launch(String locale, List<String> props) throws Exception {
        String[] tag = locale.split("-");
        List<String> options = new ArrayList<>(List.of("-Duser.language=" + tag[0], "-Duser.country=" + tag[1]));
        options.addAll(props);
        return ChildJvm.run(dir.resolve("logs"), options, "--data-dir", dir.resolve("data").toString(), "search", "softmax");
    }
}
