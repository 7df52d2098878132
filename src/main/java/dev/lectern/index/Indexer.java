package dev.lectern.index;

import dev.lectern.content.EssayDocument;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.GlossaryEntry;
import dev.lectern.content.GlossaryReader;
import dev.lectern.content.LibraryInfo;
import dev.lectern.content.LibraryReader;
import dev.lectern.content.Problem;
import dev.lectern.content.Series;
import dev.lectern.content.SourceFile;
import dev.lectern.content.SourceText;
import dev.lectern.content.Track;
import dev.lectern.markdown.Section;
import dev.lectern.markdown.SectionSplitter;
import dev.lectern.render.MarkdownRenderer;
import dev.lectern.store.IndexTables;
import dev.lectern.store.Transactions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Brings the index up to date with the library folder. A file whose size and modification time
 * are unchanged is not read; one that changed is hashed and re-indexed only when its content
 * did; files gone from the folder are dropped. All of it in one transaction, so a killed run
 * leaves the previous index intact.
 *
 * <p>When many files changed (a first run, a rebuild), reading, hashing and parsing them runs on
 * other cores while this thread writes to SQLite, in file order, so the result is the same as a
 * run on one thread.
 */
public final class Indexer {
    /** Fewer files than this to read are prepared on the calling thread: threads cost more than they save. */
    private static final int PARALLEL_FROM = 32;
    /** Files prepared ahead of the writer at most, to bound memory. */
    private static final int WINDOW = 64;

    private final IndexTables tables;

    public Indexer(IndexTables tables) {
        this.tables = tables;
    }

    /**
     * A changed file, read, hashed and, when its content changed, parsed: an essay into its
     * sections, the glossary into entries, a track, series or the library page into its record.
     */
    private record Prepared(SourceFile file, String hash, boolean contentChanged, List<Problem> problems,
                            EssayDocument doc, List<Section> sections, List<String> bodies,
                            List<GlossaryEntry> glossary, Object record) {
        Prepared(SourceFile file, String hash, boolean contentChanged, List<Problem> problems,
                 EssayDocument doc, List<Section> sections, List<String> bodies) {
            this(file, hash, contentChanged, problems, doc, sections, bodies, null, null);
        }
    }

    /** Updates the index for {@code files}; {@code progress} hears the number of files done so far. */
    public IndexReport update(List<SourceFile> files, IntConsumer progress) throws SQLException {
        long start = System.nanoTime();
        // One transaction, from reading what is indexed to the last write: a killed process leaves
        // the index as it was, and a second process indexing the same folder waits its turn. On a
        // BUSY retry the whole pass runs again from the start, so it keeps no state of its own.
        return Transactions.call(tables.connection(), () -> pass(files, progress, start));
    }

    private IndexReport pass(List<SourceFile> files, IntConsumer progress, long start) throws SQLException {
        Map<String, IndexTables.FileState> known = tables.files();
        List<SourceFile> toRead = new ArrayList<>();
        Set<String> present = new HashSet<>();
        int unchanged = 0;
        for (SourceFile f : files) {
            present.add(f.path());
            IndexTables.FileState old = known.get(f.path());
            if (old != null && old.size() == f.size() && old.modified() == f.modified()
                    && old.kind().equals(f.kind().name()) && old.slug().equals(f.slug())) {
                unchanged++;
            } else {
                toRead.add(f);
            }
        }
        int done = unchanged;
        if (progress != null && done > 0) progress.accept(done);
        int added = 0;
        int changed = 0;
        int removed = 0;
        List<Problem> problems = new ArrayList<>();
        // Word counts for suggestions, summed by whichever thread parsed the essay.
        ConcurrentHashMap<String, Integer> termCounts = new ConcurrentHashMap<>();
        int workers = Math.min(Runtime.getRuntime().availableProcessors() - 1, 3);
        ExecutorService pool = toRead.size() >= PARALLEL_FROM && workers > 0
                ? Executors.newFixedThreadPool(workers, r -> {
                    Thread t = new Thread(r, "lectern-indexer");
                    t.setDaemon(true);
                    return t;
                }) : null;
        try (IndexTables.Writer writer = tables.writer()) {
            ArrayDeque<Future<Prepared>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < toRead.size(); i++) {
                Prepared p;
                if (pool == null) {
                    p = prepare(toRead.get(i), known.get(toRead.get(i).path()), termCounts);
                } else {
                    while (next < toRead.size() && ahead.size() < WINDOW) {
                        SourceFile f = toRead.get(next++);
                        IndexTables.FileState old = known.get(f.path());
                        ahead.add(pool.submit(() -> prepare(f, old, termCounts)));
                    }
                    p = await(ahead.poll());
                }
                SourceFile f = p.file();
                IndexTables.FileState old = known.get(f.path());
                if (!p.contentChanged()) {
                    unchanged++; // touched but not changed: remember the new time only
                } else {
                    if (old == null) {
                        added++;
                    } else {
                        changed++;
                        remove(writer, f.path(), termCounts);
                    }
                    if (p.doc() != null) writer.add(p.doc().essay(), p.sections(), p.bodies());
                    if (p.glossary() != null) {
                        writer.putGlossary(f.path(), p.glossary(), p.record() instanceof RenderedGlossary r ? r.bodies() : null);
                    }
                    if (p.record() instanceof Track t) writer.putTrack(t);
                    if (p.record() instanceof Series x) writer.putSeries(x);
                    if (p.record() instanceof LibraryInfo page) writer.putLibraryPage(f.path(), page);
                    writer.addProblems(p.problems());
                    problems.addAll(p.problems());
                }
                writer.putFile(f.path(), new IndexTables.FileState(f.kind().name(), f.slug(), f.size(),
                        f.modified(), p.hash()));
                if (progress != null) progress.accept(++done);
            }
            for (String path : known.keySet()) {
                if (!present.contains(path)) {
                    remove(writer, path, termCounts);
                    writer.removeFile(path);
                    removed++;
                }
            }
            for (Map.Entry<String, Integer> t : termCounts.entrySet()) writer.countTerm(t.getKey(), t.getValue());
            writer.finish();
            return new IndexReport(added, changed, removed, unchanged, (System.nanoTime() - start) / 1_000_000, problems);
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    private static Prepared await(Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Reads and hashes a file and, when its content changed and it is an essay, parses it. No SQL here. */
    private static Prepared prepare(SourceFile f, IndexTables.FileState old, ConcurrentHashMap<String, Integer> termCounts) {
        List<Problem> fileProblems = new ArrayList<>();
        byte[] bytes = readBytes(f, fileProblems);
        String hash = bytes == null ? "" : sha1(bytes);
        if (old != null && old.hash().equals(hash) && old.kind().equals(f.kind().name()) && old.slug().equals(f.slug())) {
            return new Prepared(f, hash, false, List.of(), null, null, null);
        }
        if (bytes != null && f.kind() == SourceFile.Kind.GLOSSARY) {
            String text = SourceText.decode(f, bytes, fileProblems);
            if (text == null) return new Prepared(f, hash, true, fileProblems, null, null, null);
            FrontMatter fm = FrontMatter.parse(f.path(), text);
            fileProblems.addAll(fm.problems());
            List<GlossaryEntry> entries = GlossaryReader.parse(f.path(), fm.body(), fm.bodyLine(), fileProblems);
            List<String[]> rendered = new ArrayList<>(entries.size());
            for (GlossaryEntry e : entries) rendered.add(rendered(e));
            return new Prepared(f, hash, true, fileProblems, null, null, null, entries, new RenderedGlossary(rendered));
        }
        if (bytes != null && (f.kind() == SourceFile.Kind.TRACK || f.kind() == SourceFile.Kind.SERIES
                || f.kind() == SourceFile.Kind.LIBRARY)) {
            String text = SourceText.decode(f, bytes, fileProblems);
            if (text == null) return new Prepared(f, hash, true, fileProblems, null, null, null);
            Object record = switch (f.kind()) {
                case TRACK -> LibraryReader.track(f, text, fileProblems);
                case SERIES -> LibraryReader.series(f, text, fileProblems);
                default -> LibraryReader.info(rootOf(f), f, text, fileProblems);
            };
            return new Prepared(f, hash, true, fileProblems, null, null, null, null, record);
        }
        if (bytes == null || f.kind() != SourceFile.Kind.ESSAY) {
            return new Prepared(f, hash, true, fileProblems, null, null, null);
        }
        String text = SourceText.decode(f, bytes, fileProblems);
        if (text == null) return new Prepared(f, hash, true, fileProblems, null, null, null);
        EssayDocument doc = LibraryReader.essay(f.slug(), f.path(), text, fileProblems);
        List<Section> sections = SectionSplitter.split(doc.body());
        if (sections.isEmpty()) sections = List.of(new Section(0, "", "", 0, 1, ""));
        List<String> bodies = new ArrayList<>(sections.size());
        for (Section s : sections) bodies.add(IndexText.of(s.markdown()));
        Set<String> words = new HashSet<>();
        Terms.collect(doc.essay().title(), words);
        Terms.collect(doc.essay().dek(), words);
        for (int i = 0; i < sections.size(); i++) {
            Terms.collect(sections.get(i).heading(), words);
            Terms.collect(bodies.get(i), words);
        }
        for (String w : words) termCounts.merge(w, 1, Integer::sum);
        return new Prepared(f, hash, true, fileProblems, doc, sections, bodies);
    }

    /** Each glossary entry's body rendered for the four kinds of terminal (an entry null when not kept). */
    private record RenderedGlossary(List<String[]> bodies) {
    }

    /**
     * An entry's body rendered for each kind of terminal, when it is only paragraphs (most are):
     * {@code define} then wraps it without loading the Markdown parser, whose first use costs a
     * cold start 40-50 ms. Null for a variant that is more than paragraphs; never fails indexing.
     */
    private static String[] rendered(GlossaryEntry e) {
        try {
            List<MarkdownRenderer.Paragraphs> ps = MarkdownRenderer.paragraphs(e.body(), MarkdownRenderer.Paragraphs.VARIANTS);
            String[] out = new String[ps.size()];
            for (int i = 0; i < out.length; i++) out[i] = ps.get(i) == null ? null : ps.get(i).encode();
            return out;
        } catch (RuntimeException ex) {
            return null; // define renders it the usual way
        }
    }

    /** The library folder {@code f} is in: its file with its library path taken off. */
    private static Path rootOf(SourceFile f) {
        Path root = f.file().toAbsolutePath();
        for (int i = Path.of(f.path()).getNameCount(); i > 0 && root.getParent() != null; i--) root = root.getParent();
        return root;
    }

    /** Removes what was indexed from {@code path}, uncounting its words first. */
    private static void remove(IndexTables.Writer writer, String path, ConcurrentHashMap<String, Integer> termCounts)
            throws SQLException {
        Set<String> words = new HashSet<>();
        for (String text : writer.indexedText(path)) Terms.collect(text, words);
        for (String w : words) termCounts.merge(w, -1, Integer::sum);
        writer.removeDocument(path);
    }

    private static byte[] readBytes(SourceFile f, List<Problem> problems) {
        if (f.size() > SourceText.MAX_BYTES) {
            SourceText.read(f, problems); // reports the size problem
            return null;
        }
        try {
            return Files.readAllBytes(f.file());
        } catch (IOException e) {
            problems.add(new Problem(f.path(), 0, "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
