package dev.lectern.cli;

import dev.lectern.app.Trace;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // search and list, the commands typed at a shell prompt, skip picocli's start-up cost.
        Trace.mark("main");
        Integer fast = FastPath.run(args);
        int code = fast != null ? fast : run(args);
        Trace.mark("done");
        System.exit(code);
    }

    /** Runs {@code args} and returns the exit code, without exiting (for tests and the shell). */
    public static int run(String... args) {
        // Plain `lectern` builds no subcommand model at all: the reader should open at once.
        CommandLine cl = Subcommands.none(args) ? configured(new CommandLine(new LecternCommand()))
                : commandLine(Subcommands.invoked(args));
        return cl.execute(args);
    }

    /** The whole command tree. */
    static CommandLine commandLine() {
        return commandLine(null);
    }

    /** The root command with subcommand {@code only}, or with all of them when it is null. */
    static CommandLine commandLine(String only) {
        CommandLine cl = new CommandLine(new LecternCommand());
        for (Subcommands.Entry e : Subcommands.ALL) {
            if (only == null || only.equals(e.name())) cl.addSubcommand(e.name(), e.type());
        }
        return configured(cl);
    }

    /** picocli applies these settings to the subcommands present when they are set: add those first. */
    private static CommandLine configured(CommandLine cl) {
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("lectern: unexpected error: " + e);
            return ExitCodes.DATA;
        });
        return cl;
    }
}
