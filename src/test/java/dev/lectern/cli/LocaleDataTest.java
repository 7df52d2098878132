package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Launch german = launch("de-DE", List.of());
        assertEquals(0, german.code, german.out);
        assertTrue(german.out.contains("Softmax"), german.out);
        assertFalse(german.classes.contains(CLDR_ADAPTER), "CLDR locale data was loaded");
        Launch english = launch("en-US", List.of());
        assertEquals(english.out, german.out);
    }

    @Test
    void aLocaleProviderNamedOnTheCommandLineIsKept() throws Exception {
        Launch r = launch("de-DE", List.of("-Djava.locale.providers=CLDR"));
        assertEquals(0, r.code, r.out);
        assertTrue(r.classes.contains(CLDR_ADAPTER), "the CLDR provider asked for was not used");
    }

    private record Launch(int code, String out, String classes) {
    }

    private Launch launch(String locale, List<String> props) throws Exception {
        String[] tag = locale.split("-");
        Path log = dir.resolve("classes-" + locale + props.size() + ".txt");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Duser.language=" + tag[0]);
        cmd.add("-Duser.country=" + tag[1]);
        cmd.addAll(props);
        cmd.add("-Xlog:class+load=info:file=" + log);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.lectern.cli.Main");
        cmd.addAll(List.of("--data-dir", dir.resolve("data").toString(), "search", "softmax"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("NO_COLOR", "1");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "lectern did not finish");
        return new Launch(p.exitValue(), out, Files.readString(log));
    }
}
