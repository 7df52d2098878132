package dev.lectern.run;

import java.time.Duration;
import java.util.Optional;

/**
 * What happened when a snippet ran: its outcome, what it printed (each stream capped), its exit
 * status and how long it took.
 *
 * @param exitCode the process's exit status, or -1 when it did not exit by itself
 * @param truncated whether output was cut at the cap
 */
public record RunResult(Snippet snippet, Outcome outcome, String stdout, String stderr, boolean truncated,
                        int exitCode, Duration elapsed) {

    /** The closed set of ways a run can end. */
    public enum Outcome {
        /** Exited cleanly and printed its expected output. */
        MATCHED,
        /** Exited cleanly; the essay gives no expected output to compare with. */
        RAN,
        /** Exited cleanly but printed something other than its expected output. */
        MISMATCHED,
        /** Exited with a failure status (or, for Java, reported an error). */
        FAILED,
        /** Still running at the time limit: killed with all its children. */
        TIMED_OUT,
        /** Printed more than the output cap: killed with all its children. */
        TOO_MUCH_OUTPUT,
        /** No interpreter for its language on PATH, or a language lectern cannot run. */
        NO_INTERPRETER,
        /** Stopped at the reader's request. */
        CANCELLED;

        public boolean ok() {
            return this == MATCHED || this == RAN;
        }
    }

    public boolean ok() {
        return outcome.ok();
    }

    /** Everything printed, stdout then stderr, as a reader would want to see it. */
    public String output() {
        if (stderr.isEmpty()) return stdout;
        if (stdout.isEmpty()) return stderr;
        return stdout.endsWith("\n") ? stdout + stderr : stdout + "\n" + stderr;
    }

    /** The first difference from the expected output, when there is one. */
    public Optional<OutputComparison.Difference> difference() {
        return snippet.expected().flatMap(e -> OutputComparison.firstDifference(e, stdout));
    }

    /** One line saying how it went, e.g. "matches the expected output · 0.4 s". */
    public String summary() {
        String secs = String.format(java.util.Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
        String what = switch (outcome) {
            case MATCHED -> "matches the expected output";
            case RAN -> "ran (no expected output to compare)";
            case MISMATCHED -> difference().map(d -> "differs from the expected output at line " + d.line())
                    .orElse("differs from the expected output");
            case FAILED -> exitCode > 0 ? "failed with exit status " + exitCode : "failed with an error";
            case TIMED_OUT -> "stopped at the time limit of " + snippet.timeout().toSeconds() + " s";
            case TOO_MUCH_OUTPUT -> "stopped: printed more than " + SnippetRunner.OUTPUT_CAP / 1024 + " KB";
            case NO_INTERPRETER -> stderr.strip();
            case CANCELLED -> "cancelled";
        };
        return outcome == Outcome.NO_INTERPRETER ? what : what + " \u00b7 " + secs;
    }
}
