package dev.lectern.check;

import dev.lectern.content.Problem;
import dev.lectern.run.OutputComparison;
import dev.lectern.run.RunResult;
import dev.lectern.run.Snippet;
import dev.lectern.run.SnippetRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs snippets in parallel (each in its own process, so threads only wait) and turns every run
 * that did not go as the essay says into a problem on the snippet's fence line.
 */
public final class SnippetCheck {
    private final SnippetRunner runner;
    private final int jobs;
    private final Progress progress;

    /** Told after each snippet finishes, from the thread that ran it. */
    public interface Progress {
        void finished(int done, int total);
    }

    public SnippetCheck(SnippetRunner runner, int jobs, Progress progress) {
        this.runner = runner;
        this.jobs = Math.max(1, jobs);
        this.progress = progress;
    }

    /** How many snippets ran and how many of those went wrong. */
    public record Summary(int run, int failed) {
        public static final Summary NOT_RUN = new Summary(0, 0);
    }

    Summary run(List<Snippet> snippets, List<Problem> problems) {
        List<Snippet> runnable = snippets.stream().filter(s -> s.language().isPresent()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "check-snippet");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (Snippet s : runnable) {
                futures.add(pool.submit(() -> {
                    RunResult r = runner.run(s);
                    progress.finished(done.incrementAndGet(), runnable.size());
                    return r;
                }));
            }
            int failed = 0;
            for (Future<RunResult> f : futures) {
                RunResult r = f.get();
                if (!r.ok()) {
                    failed++;
                    problems.add(new Problem(r.snippet().path(), r.snippet().line(), describe(r)));
                }
            }
            return new Summary(runnable.size(), failed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running snippets", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a snippet run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A message an author can act on without running the snippet again. */
    static String describe(RunResult r) {
        Snippet s = r.snippet();
        String who = "snippet " + s.number() + " (" + s.languageLabel() + ")";
        return switch (r.outcome()) {
            case MISMATCHED -> {
                OutputComparison.Difference d = r.difference().orElseThrow();
                yield who + " printed other output than its expected output (line " + s.expectedLine() + "): at line "
                        + d.line() + " expected `" + clip(d.expected()) + "` but got `" + clip(d.actual()) + "`";
            }
            case FAILED -> who + " failed" + (r.exitCode() > 0 ? " with exit status " + r.exitCode() : "")
                    + lastLine(r.stderr());
            case TIMED_OUT -> who + " was stopped at its time limit of " + s.timeout().toSeconds()
                    + " s (allow more with `timeout=SECONDS` after `run`)";
            case TOO_MUCH_OUTPUT -> who + " printed more than " + SnippetRunner.OUTPUT_CAP / 1024 + " KB and was stopped";
            case NO_INTERPRETER -> who + ": " + r.stderr().strip();
            case CANCELLED -> who + " was cancelled";
            case MATCHED, RAN -> who + " passed";
        };
    }

    private static String lastLine(String stderr) {
        String[] lines = stderr.strip().split("\n");
        String last = lines[lines.length - 1].strip();
        return last.isEmpty() ? "" : ": " + clip(last);
    }

    private static String clip(String s) {
        String t = s.replace("`", "'");
        return t.length() > 80 ? t.substring(0, 79) + "\u2026" : t;
    }
}
