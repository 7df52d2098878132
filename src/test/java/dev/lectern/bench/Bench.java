package dev.lectern.bench;

import dev.lectern.content.EssayDocument;
import dev.lectern.content.LibraryLayout;
import dev.lectern.content.LibraryLoader;
import dev.lectern.content.LibraryReader;
import dev.lectern.index.Indexer;
import dev.lectern.index.IndexReport;
import dev.lectern.index.Searcher;
import dev.lectern.render.EssayRenderer;
import dev.lectern.render.RenderOptions;
import dev.lectern.store.Database;
import dev.lectern.store.IndexTables;
import dev.lectern.store.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The in-process budgets of DESIGN.md, measured on a generated library of 1,000 essays (10
 * sections each, so 10,000 sections) and on the bundled library. Run with
 * {@code bench/run.sh}; figures go to docs/BENCHMARKS.md. Not a test: timings do not belong
 * in unit tests.
 */
public final class Bench {
    private static final String[] VOCAB = ("attention softmax gradient descent embedding token transformer cache key value "
            + "query layer norm residual loss entropy probability sample batch throughput latency memory bandwidth kernel "
            + "tensor matrix vector weight bias dropout regularisation optimiser learning rate schedule warmup decay "
            + "inference training evaluation dataset label feature model parameter scaling law compute budget GPU").split(" ");

    private static final String[] FILLER = new String[20000];

    static {
        Random r = new Random(3);
        String letters = "etaoinshrdlucmfwypvbgkqjxz";
        for (int i = 0; i < FILLER.length; i++) {
            StringBuilder w = new StringBuilder();
            int len = 3 + r.nextInt(7);
            for (int k = 0; k < len; k++) w.append(letters.charAt((int) Math.min(25, Math.abs(r.nextGaussian() * 8))));
            FILLER[i] = w.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("lectern-bench");
        Path lib = generate(dir.resolve("lib"), 1000, 10);
        System.out.printf("generated library: 1000 essays, %d MB%n", size(lib) / 1_000_000);

        // Full index, three runs, best kept.
        long bestIndex = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            Path db = dir.resolve("index-" + run + ".db");
            try (Connection c = Database.open(db, Schemas.INDEX, false)) {
                long t0 = System.nanoTime();
                new Indexer(new IndexTables(c)).update(LibraryLayout.scan(lib), null);
                bestIndex = Math.min(bestIndex, System.nanoTime() - t0);
            }
        }
        long bestRaw = Long.MAX_VALUE;
        List<String> texts = new ArrayList<>();
        for (var f : LibraryLayout.scan(lib)) texts.add(Files.readString(f.file()));
        for (int run = 0; run < 3; run++) {
            Path db = dir.resolve("raw-" + run + ".db");
            try (Connection c = Database.open(db, List.of(), false)) {
                c.createStatement().execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'porter unicode61')");
                long t0 = System.nanoTime();
                c.setAutoCommit(false);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO t(body) VALUES (?)")) {
                    for (String s : texts) {
                        p.setString(1, s);
                        p.executeUpdate();
                    }
                }
                c.commit();
                bestRaw = Math.min(bestRaw, System.nanoTime() - t0);
            }
        }
        System.out.printf("full index of 1,000 essays: %.0f ms; raw FTS5 inserts of the same text: %.0f ms; ratio %.2f (budget >= 0.5)%n",
                bestIndex / 1e6, bestRaw / 1e6, (double) bestRaw / bestIndex);

        try (Connection c = Database.open(dir.resolve("index-0.db"), Schemas.INDEX, false)) {
            IndexTables t = new IndexTables(c);
            Indexer ix = new Indexer(t);
            long[] noop = new long[20];
            for (int i = 0; i < noop.length; i++) {
                long t0 = System.nanoTime();
                IndexReport r = ix.update(LibraryLayout.scan(lib), null);
                noop[i] = System.nanoTime() - t0;
                if (r.changedAnything()) throw new IllegalStateException("nothing should change");
            }
            Arrays.sort(noop);
            System.out.printf("re-index with nothing changed (scan + compare): median %.1f ms (budget <= 50)%n", noop[noop.length / 2] / 1e6);

            Searcher s = new Searcher(t, LibraryLoader.load(lib));
            System.out.printf("sections indexed: %d%n", t.sectionCount());
            Random r = new Random(1);
            String[] queries = new String[600];
            for (int i = 0; i < queries.length; i++) {
                queries[i] = switch (i % 4) {
                    case 0 -> VOCAB[r.nextInt(VOCAB.length)];
                    case 1 -> VOCAB[r.nextInt(VOCAB.length)] + " " + VOCAB[r.nextInt(VOCAB.length)];
                    case 2 -> "\"" + VOCAB[r.nextInt(VOCAB.length)] + " " + VOCAB[r.nextInt(VOCAB.length)] + "\"";
                    default -> prefix(VOCAB[r.nextInt(VOCAB.length)]) + "* level:intro";
                };
            }
            for (int i = 0; i < 100; i++) s.search(queries[i], 10); // warm-up
            long[] lat = new long[queries.length];
            for (int i = 0; i < queries.length; i++) {
                long t0 = System.nanoTime();
                s.search(queries[i], 10);
                lat[i] = System.nanoTime() - t0;
            }
            Arrays.sort(lat);
            System.out.printf("search at 10,000 sections: p50 %.2f ms, p99 %.2f ms (budget p50 <= 5, p99 <= 20)%n",
                    lat[lat.length / 2] / 1e6, lat[(int) (lat.length * 0.99)] / 1e6);
        }

        Path content = Path.of(args.length > 0 ? args[0] : "content");
        if (Files.isDirectory(content.resolve("essays"))) {
            Path longest = null;
            long longestSize = 0;
            try (var files = Files.list(content.resolve("essays"))) {
                for (Path p : files.toList()) if (Files.size(p) > longestSize) { longestSize = Files.size(p); longest = p; }
            }
            EssayDocument doc = LibraryReader.essay("x", longest.toString(), Files.readString(longest), new ArrayList<>());
            RenderOptions opt = new RenderOptions(80, true, false);
            for (int i = 0; i < 200; i++) EssayRenderer.render(doc, opt);
            long[] rt = new long[100];
            for (int i = 0; i < rt.length; i++) {
                long t0 = System.nanoTime();
                EssayRenderer.render(doc, opt);
                rt[i] = System.nanoTime() - t0;
            }
            Arrays.sort(rt);
            System.out.printf("render the longest bundled essay (%s, %d KB) at 80 columns, warm: median %.2f ms (budget <= 20)%n",
                    longest.getFileName(), longestSize / 1024, rt[rt.length / 2] / 1e6);
            long t0 = System.nanoTime();
            int n = 0;
            for (var f : LibraryLayout.scan(lib)) {
                if (n++ >= 1000) break;
                EssayRenderer.render(LibraryReader.essay("x", "x", Files.readString(f.file()), new ArrayList<>()), opt);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("render 1,000 generated essays: %.2f s, %.0f essays/s%n", secs, 1000 / secs);
        }
    }

    static Path generate(Path root, int essays, int sections) throws Exception {
        Random r = new Random(7);
        Files.createDirectories(root.resolve("essays"));
        Files.writeString(root.resolve("library.md"), "---\nid: bench\ntitle: Bench\n---\n");
        for (int e = 0; e < essays; e++) {
            StringBuilder sb = new StringBuilder();
            sb.append("---\ntitle: Essay ").append(e).append(' ').append(VOCAB[r.nextInt(VOCAB.length)])
                    .append("\ndek: A generated essay.\nlevel: ").append(new String[] {"intro", "intermediate", "advanced"}[e % 3])
                    .append("\ntags: [").append(VOCAB[r.nextInt(VOCAB.length)]).append("]\n---\n\n# Essay ").append(e).append("\n\n");
            for (int s = 0; s < sections - 1; s++) {
                sb.append("## Section ").append(s).append(' ').append(VOCAB[r.nextInt(VOCAB.length)]).append("\n\n");
                for (int p = 0; p < 3; p++) {
                    // Zipf-like filler over a large vocabulary, with the topic words at about 3%,
                    // so that queries match some sections rather than all of them, as in real text.
                    for (int w = 0; w < 80; w++) {
                        String word = r.nextInt(100) < 3 ? VOCAB[r.nextInt(VOCAB.length)]
                                : FILLER[(int) Math.min(FILLER.length - 1, Math.floor(Math.pow(FILLER.length, r.nextDouble())) - 1)];
                        sb.append(word).append(w % 17 == 16 ? ".\n" : " ");
                    }
                    sb.append("\n\n");
                }
            }
            Files.writeString(root.resolve("essays/essay-" + e + ".md"), sb);
        }
        return root;
    }

    private static String prefix(String w) {
        return w.substring(0, Math.min(4, w.length()));
    }

    private static long size(Path root) throws Exception {
        try (var s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
