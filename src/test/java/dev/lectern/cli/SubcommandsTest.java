package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class SubcommandsTest {
    @Test
    void everyListedNameIsTheNameItsCommandAnnotationGives() {
        for (Subcommands.Entry e : Subcommands.ALL) {
            assertEquals(e.name(), e.type().getAnnotation(Command.class).name(), e.type().getSimpleName());
        }
        assertEquals(Subcommands.ALL.size(), Main.commandLine().getSubcommands().size());
    }

    @Test
    void everyCommandClassIsListed() throws Exception {
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (Subcommands.Entry e : Subcommands.ALL) listed.add(e.type().getSimpleName() + ".java");
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/dev/lectern/cli"))) {
            for (String f : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Command.java")).toList()) {
                if (f.equals("LecternCommand.java") || f.equals("SessionCommand.java")) continue;
                org.junit.jupiter.api.Assertions.assertTrue(listed.contains(f), f + " is not in Subcommands.ALL");
            }
        }
    }

    @Test
    void aCommandLineThatNamesOneCommandBuildsOnlyThatOne() {
        assertEquals("read", Subcommands.invoked(new String[] {"--library", "search", "read", "rope"}));
        assertEquals("check", Subcommands.invoked(new String[] {"--no-color", "--width=50", "check", "--no-run"}));
        assertEquals(List.of("read"), List.copyOf(Main.commandLine("read", Io.system()).getSubcommands().keySet()));
    }

    @Test
    void plainLecternWithOnlyGlobalOptionsNamesNoCommand() {
        org.junit.jupiter.api.Assertions.assertTrue(Subcommands.none(new String[0]));
        org.junit.jupiter.api.Assertions.assertTrue(Subcommands.none(new String[] {"--library", "x", "--no-color", "--width=90"}));
        org.junit.jupiter.api.Assertions.assertFalse(Subcommands.none(new String[] {"--help"}));
        org.junit.jupiter.api.Assertions.assertFalse(Subcommands.none(new String[] {"--bogus"}));
        org.junit.jupiter.api.Assertions.assertFalse(Subcommands.none(new String[] {"list"}));
    }

    @Test
    void helpUnknownNamesCompletionAndTheShellGetEveryCommand() {
        assertNull(Subcommands.invoked(new String[] {"--help"}));
        assertNull(Subcommands.invoked(new String[] {"serch", "x"}));
        assertNull(Subcommands.invoked(new String[] {"completion", "bash"}));
        assertNull(Subcommands.invoked(new String[] {"shell"}));
        assertNull(Subcommands.invoked(new String[] {"@args.txt"}));
    }
}
