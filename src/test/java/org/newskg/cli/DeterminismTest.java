package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Ingest;
import org.newskg.store.KnowledgeStore;
import org.newskg.testdata.FictionalCorpus;

/**
 * The same articles give the same graph, with the same IRIs, however they arrive: ingested twice,
 * in another order, from another folder, in several runs, with other thread counts and batch sizes.
 * Compared as N-Quads exports, line by line after sorting.
 */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void orderParallelismBatchingAndRepetitionDoNotChangeTheGraph() throws IOException {
        // Names come from small pools, so people and organizations recur and get merged across articles.
        List<FictionalCorpus.Item> items = FictionalCorpus.generate(36, 4711);
        List<Path> files = FictionalCorpus.write(dir.resolve("corpus"), items);

        Path plain = dir.resolve("plain");
        Cli.Run first = Cli.run("ingest", "--store", plain.toString(), "--threads", "1", "--batch", "100",
                "--no-progress", dir.resolve("corpus").toString());
        assertTrue(first.out().startsWith("36 files: 36 added"), first.out());
        List<String> expected = nquads(plain);
        assertTrue(expected.size() > 1000, "a corpus too small to tell: " + expected.size() + " quads");

        Cli.Run again = Cli.run("ingest", "--store", plain.toString(), dir.resolve("corpus").toString());
        assertTrue(again.out().startsWith("36 files: 0 added, 0 replaced, 36 unchanged"), again.out());
        assertSameLines(expected, nquads(plain), "ingested twice");

        List<Path> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        Path backwards = dir.resolve("backwards");
        ingest(backwards, List.of(reversed), 2, 5);
        assertSameLines(expected, nquads(backwards), "reverse order, 2 threads, batches of 5");

        // Another folder, shuffled, in three separate runs with odd batch sizes.
        List<Path> elsewhere = new ArrayList<>(FictionalCorpus.write(dir.resolve("elsewhere/deeper"), items));
        Collections.shuffle(elsewhere, new Random(1));
        Path pieces = dir.resolve("pieces");
        ingest(pieces, List.of(elsewhere.subList(0, 10), elsewhere.subList(10, 23), elsewhere.subList(23, 36)), 3, 7);
        assertSameLines(expected, nquads(pieces), "shuffled, another folder, three runs, 3 threads, batches of 7");
    }

    private static void ingest(Path store, List<List<Path>> runs, int threads, int batch) {
        Components parts = Components.standard();
        try (KnowledgeStore ks = KnowledgeStore.open(store, parts.iris())) {
            for (List<Path> run : runs) {
                new Ingest(parts.processor(), ks, parts.merger(), threads, batch).run(run, List.of(), n -> { });
            }
        }
    }

    private List<String> nquads(Path store) throws IOException {
        Path out = dir.resolve(store.getFileName() + ".nq");
        Cli.Run r = Cli.run("export", "--store", store.toString(), "--format", "nquads", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = new ArrayList<>(Files.readAllLines(out));
        Collections.sort(lines);
        return lines;
    }

    private static void assertSameLines(List<String> expected, List<String> actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        throw new AssertionError(what + ": " + missing.size() + " quads missing, " + extra.size() + " extra\n  missing: "
                + String.join("\n  missing: ", missing.subList(0, Math.min(5, missing.size()))) + "\n  extra:   "
                + String.join("\n  extra:   ", extra.subList(0, Math.min(5, extra.size()))));
    }
}
