package dev.lectern.cli;

import dev.lectern.app.Trace;
import dev.lectern.store.Database;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Trace.mark("main");
        LocaleData.useBuiltIn();
        // Nearly every command opens a database: the driver's start-up runs while arguments are read.
        Database.warmUpInBackground();
        Exit exit = command(Io.system(), args);
        Trace.mark("done");
        exit.now();
    }

    /** What {@code main} does, short of exiting: the fast path when it reads the arguments, else picocli. */
    public static int execute(Io io, String... args) {
        return command(io, args).code();
    }

    /** Runs the command line and says how the process should end (Train runs this too). */
    static Exit command(Io io, String... args) {
        // search and list, the commands typed at a shell prompt, skip picocli's start-up cost.
        Exit fast = FastPath.run(io, args);
        return fast != null ? fast : new Exit(run(io, args), false);
    }

    /** Runs {@code args} on the process's streams and returns the exit code, without exiting (for the shell). */
    public static int run(String... args) {
        return run(Io.system(), args);
    }

    /** Runs {@code args} with {@code io} as its streams, environment and clock (for tests), without exiting. */
    public static int run(Io io, String... args) {
        // Plain `lectern` builds no subcommand model at all: the reader should open at once.
        CommandLine cl = Subcommands.none(args) ? configured(new CommandLine(new LecternCommand()), io)
                : commandLine(Subcommands.invoked(args), io);
        ((LecternCommand) cl.getCommand()).io = io;
        try {
            return cl.execute(args);
        } finally {
            cl.getOut().flush();
            cl.getErr().flush();
        }
    }

    /** The whole command tree. */
    static CommandLine commandLine() {
        return commandLine(null, Io.system());
    }

    /** The root command with subcommand {@code only}, or with all of them when it is null. */
    static CommandLine commandLine(String only, Io io) {
        CommandLine cl = new CommandLine(new LecternCommand());
        for (Subcommands.Entry e : Subcommands.ALL) {
            if (only == null || only.equals(e.name())) cl.addSubcommand(e.name(), e.type());
        }
        return configured(cl, io);
    }

    /** picocli applies these settings to the subcommands present when they are set: add those first. */
    private static CommandLine configured(CommandLine cl, Io io) {
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("lectern: unexpected error: " + e);
            return ExitCodes.DATA;
        });
        return cl;
    }
}
