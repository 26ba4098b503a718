package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.Components;
import org.newskg.rdf.Iris;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.ShapeCheck;
import org.newskg.testdata.FictionalCorpus;
import org.newskg.testdata.StoreSnapshot;

/**
 * Kills ingests running in a child JVM with SIGKILL at three points, each resuming the store the
 * last one left, and checks after each kill that the store is sound (SHACL passes, each article
 * graph is whole or absent, batches landed whole, the merged view is current or marked pending),
 * that opening it repairs the merged view, and that running the ingest once more gives exactly the
 * store of an uninterrupted run.
 */
class CrashSafetyTest {

    private static final int ARTICLES = 72;
    private static final int BATCH = 6;
    private static final Pattern COMMITTED = Pattern.compile("committed (\\d+) of (\\d+) files");

    @TempDir
    static Path dir;

    private static final Components PARTS = Components.standard();
    private static Path corpus;
    private static StoreSnapshot reference;

    /** Where the child is when it gets SIGKILL: after which line of its log. */
    enum KillPoint {
        AFTER_FIRST_BATCH(line -> COMMITTED.matcher(line).find()),
        HALFWAY(line -> {
            Matcher m = COMMITTED.matcher(line);
            return m.find() && Integer.parseInt(m.group(1)) >= ARTICLES / 2;
        }),
        DURING_MERGED_VIEW_REBUILD(line -> line.contains("rebuilding the merged view"));

        final Predicate<String> when;

        KillPoint(Predicate<String> when) {
            this.when = when;
        }
    }

    @BeforeAll
    static void uninterruptedRun() {
        corpus = dir.resolve("corpus");
        FictionalCorpus.write(corpus, FictionalCorpus.generate(ARTICLES, 20240517L));
        Path store = dir.resolve("reference");
        Cli.Run r = Cli.run("ingest", "--store", store.toString(), "--no-progress", corpus.toString());
        assertTrue(r.out().contains(ARTICLES + " added"), r.out() + r.err());
        reference = StoreSnapshot.of(store);
    }

    /**
     * One store through three kills, each ingest resuming the last: killed after its first batch,
     * halfway, and during the final rebuild of the merged view; then one last run completes it.
     */
    @Test
    void killedIngestsLeaveASoundStoreAndARerunCompletesIt() throws Exception {
        Path store = dir.resolve("store");
        for (KillPoint point : KillPoint.values()) {
            Process child = startIngest(store);
            try {
                assertNotNull(awaitLine(child, point.when), "the child never reached " + point);
                if (point == KillPoint.AFTER_FIRST_BATCH) {
                    // TDB2 admits one process per store: a second one gets a clear error, not a corrupt store.
                    Cli.Run busy = Cli.run("holdings", "--store", store.toString());
                    assertEquals(1, busy.code(), busy.err());
                    assertTrue(busy.err().contains("the store at " + store + " is in use by another process (process "),
                            busy.err());
                }
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
            }
            assertEquals(137, child.exitValue(), "SIGKILL should have ended the child mid-run");
            assertSound(store, point);
            if (point == KillPoint.AFTER_FIRST_BATCH) {
                // Any command that opens the store brings the merged view up to date first.
                Cli.Run holdings = Cli.run("holdings", "--store", store.toString(), "--format", "tsv");
                assertEquals(0, holdings.code(), holdings.out() + holdings.err());
                assertTrue(holdings.err().contains("the last ingest into " + store + " was interrupted"), holdings.err());
                try (KnowledgeStore ks = KnowledgeStore.open(store, Iris.standard())) {
                    assertFalse(ks.mergedViewPending());
                    assertNull(StoreSnapshot.diff("merged view", ks.read(PARTS.merger()::build).getGraph(),
                            StoreSnapshot.of(ks.dataset()).defaultGraph()), "the merged view was not repaired");
                }
            }
        }
        // The last kill came during the rebuild: every article is stored, only the view is pending.
        Cli.Run rerun = Cli.run("ingest", "--store", store.toString(), "--no-progress", corpus.toString());
        assertTrue(rerun.out().startsWith(ARTICLES + " files: 0 added, 0 replaced, " + ARTICLES + " unchanged"),
                rerun.out());
        StoreSnapshot.of(store).assertSameAs(reference, "store after three kills and a rerun");
    }

    /**
     * SHACL passes; the stored articles are whole batches, in input order, of graphs identical to
     * an uninterrupted run's; the merged view is marked pending or matches the stored articles.
     */
    private static void assertSound(Path store, KillPoint point) {
        Iris iris = Iris.standard();
        try (KnowledgeStore ks = KnowledgeStore.open(store, iris)) {
            StoreSnapshot after = StoreSnapshot.of(ks.dataset());
            List<String> sources = ks.sources();
            List<String> expectedSources = reference.names().stream().filter(iris::isSource).toList();
            assertEquals(expectedSources.subList(0, sources.size()), sources, point + ": not a prefix of the input");
            assertTrue(sources.size() % BATCH == 0 || sources.size() == ARTICLES,
                    point + ": " + sources.size() + " articles stored: a batch of " + BATCH + " landed in part");
            if (point != KillPoint.AFTER_FIRST_BATCH) {
                assertTrue(sources.size() >= ARTICLES / 2, "killed at " + point + " with only " + sources.size());
            }
            for (String s : sources) {
                assertNull(StoreSnapshot.diff(s, reference.graphs().get(s), after.graphs().get(s)),
                        point + ": an article graph is not whole");
            }
            if (point == KillPoint.DURING_MERGED_VIEW_REBUILD) {
                assertEquals(ARTICLES, sources.size());
            } else {
                assertTrue(ks.mergedViewPending(), point + ": articles were added but the view is not marked pending");
            }
            if (!ks.mergedViewPending()) {
                // Only if the kill landed just after the rebuild committed.
                assertNull(StoreSnapshot.diff("merged view", ks.read(PARTS.merger()::build).getGraph(),
                        after.defaultGraph()), point + ": the merged view is stale and not marked so");
            }
            ShapeCheck.Result shapes = new ShapeCheck(Components.ontologyModel("shapes.ttl"), PARTS.vocabulary()).check(ks);
            assertTrue(shapes.conforms(), point + ":\n" + String.join("\n", shapes.violations()));
        }
    }

    private static Process startIngest(Path store) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx768m",
                "-Dorg.slf4j.simpleLogger.log.org.newskg.pipeline.Ingest=debug",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--store", store.toString(), "--batch", String.valueOf(BATCH), "--threads", "2",
                "--no-progress", corpus.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Reads the child's output until a line matches; null if it ends first or takes over two minutes. */
    private static String awaitLine(Process child, Predicate<String> when) throws InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    lines.add(l);
                }
            } catch (IOException e) {
                // the child was killed
            }
            lines.add("\u0000end");
        }, "child-output");
        pump.setDaemon(true);
        pump.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        StringBuilder log = new StringBuilder();
        while (System.nanoTime() < deadline) {
            String l = lines.poll(1, TimeUnit.SECONDS);
            if (l == null) {
                continue;
            }
            if (l.equals("\u0000end")) {
                fail("the child ended before the kill point:\n" + log);
            }
            log.append(l).append('\n');
            if (when.test(l)) {
                return l;
            }
        }
        return null;
    }
}
