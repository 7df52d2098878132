package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Tab offers in {@code lectern shell}, from picocli's model of the real commands. */
class ShellCompleterTest {
    final ShellCompleter completer = new ShellCompleter(Main.commandLine().getCommandSpec(),
            () -> new ShellCompleter.Vocabulary(List.of("gradient-descent", "kv-cache", "softmax"), List.of("basics"),
                    List.of("Softmax", "softargmax", "Logit"),
                    slug -> slug.equals("softmax") ? List.of("temperature", "numerical-stability") : List.of()));

    List<String> complete(String line) {
        List<String> words = Arrays.asList((line + "x").split(" ", -1));
        String last = words.get(words.size() - 1);
        words.set(words.size() - 1, last.substring(0, last.length() - 1));
        return completer.candidates(words, words.size() - 1, words.get(words.size() - 1));
    }

    @Test
    void completesCommandNamesAndBuiltIns() {
        assertEquals(List.of("review"), complete("rev"));
        assertTrue(complete("").containsAll(List.of("search", "define", "notes", "shell", "exit")), complete("").toString());
        assertEquals(List.of("next", "note", "notes"), complete("n").stream().sorted().toList());
    }

    @Test
    void completesEachCommandsOwnOptionsAndInheritedGlobalOnes() {
        List<String> review = complete("review --");
        assertTrue(review.containsAll(List.of("--track", "--limit", "--all", "--list", "--json")), review.toString());
        assertTrue(review.contains("--width"), "global options work after the command: " + review);
        assertEquals(List.of("--export"), complete("notes --ex"));
    }

    @Test
    void completesSlugsTracksTermsAndSections() {
        assertEquals(List.of("kv-cache"), complete("read kv"));
        assertEquals(List.of("basics"), complete("next "));
        assertEquals(List.of("basics"), complete("review --track b"));
        assertEquals(List.of("Softmax", "softargmax"), complete("define soft"));
        assertEquals(List.of("softmax#temperature"), complete("note softmax#te"));
        assertEquals(List.of("softmax", "softmax#"), complete("bookmark softmax"));
        assertEquals(List.of(), complete("note softmax some"), "the note's text is free");
        assertEquals(List.of("bash", "zsh"), complete("completion "));
    }
}
