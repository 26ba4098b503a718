package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.server.ServedStore;
import org.newskg.store.KnowledgeStore;
import org.newskg.testdata.FictionalCorpus;

/**
 * A served store takes new articles: {@code serve --watch} runs in a child JVM while this JVM, a
 * second process, reads through its endpoint, drops a batch of articles into the watched folder and
 * runs the read and write commands against the held store.
 */
class ServeAndIngestTest {

    /** Articles in their own graphs, and the articles the merged view derives facts from. */
    private static final Query STATE = QueryFactory.create("""
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(DISTINCT ?src) AS ?merged)
            { { GRAPH ?g { ?g a nkg:Source } } UNION { ?fact prov:wasDerivedFrom ?src } }""");

    @TempDir
    Path dir;

    private record State(long graphs, long merged) {
        static State of(QuerySolution s) {
            return new State(s.getLiteral("graphs").getLong(), s.getLiteral("merged").getLong());
        }
    }

    @Test
    void aServedStoreIngestsAWatchedFolderAndReadersSeeEachBatchWholeOrNotAtAll() throws Exception {
        Path store = dir.resolve("store");
        Path watch = Files.createDirectories(dir.resolve("incoming"));
        Path first = dir.resolve("first");
        FictionalCorpus.write(first, FictionalCorpus.generate(4, 11));
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), first.toString()).code());
        State before = localState(store);
        String holdingsBefore = Cli.run("holdings", "--store", store.toString(), "--format", "tsv").out();

        // The batch: six new articles, prepared beside the folder and moved in as one folder.
        Path staging = dir.resolve("staging");
        List<FictionalCorpus.Item> items = new ArrayList<>();
        for (FictionalCorpus.Item it : FictionalCorpus.generate(6, 12)) {
            items.add(new FictionalCorpus.Item("later_" + it.fileName(), it.text()));
        }
        FictionalCorpus.write(staging, items);

        Process server = startServer(store, watch);
        try {
            ServedStore served = awaitServed(store, server);
            assertEquals(before, remoteState(served), "the server serves what was stored");

            // A second process's commands on the held store: reads go through the server, ingest is pointed to it.
            Cli.Run holdings = Cli.run("holdings", "--store", store.toString(), "--format", "tsv");
            assertEquals(0, holdings.code(), holdings.err());
            assertTrue(holdings.err().contains("is served at " + served.url()), holdings.err());
            assertEquals(holdingsBefore, holdings.out(), "the same holdings as read from the store itself");
            Cli.Run ingest = Cli.run("ingest", "--store", store.toString(), staging.toString());
            assertEquals(1, ingest.code());
            assertTrue(ingest.err().contains("served by newskg serve at " + served.url())
                    && ingest.err().contains("watch folder " + watch.toAbsolutePath()), ingest.err());

            Files.move(staging, watch.resolve("batch-1"));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            State now = before;
            while (now.equals(before) && System.nanoTime() < deadline) {
                now = remoteState(served);
            }
            for (int i = 0; i < 20; i++) {
                remoteState(served);
            }
            Cli.Run query = Cli.run("query", "--store", store.toString(), "--format", "tsv", "--sparql",
                    "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g a <https://w3id.org/newskg/ontology#Source> } }");
            assertEquals(0, query.code(), query.err());
            assertTrue(query.out().contains("10"), "the query went through the server: " + query.out());
        } finally {
            server.destroy(); // SIGTERM, as Ctrl-C
            assertTrue(server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the server stops");
        }
        assertFalse(Files.exists(store.resolve(ServedStore.FILE)), "the server takes its note away when it stops");
        State after = localState(store);
        assertEquals(10, after.graphs(), "the batch was stored");
        assertTrue(after.merged() > before.merged(), "the merged view took in the batch");
        assertTrue(Set.of(before, after).containsAll(seenStates), "readers saw only whole batches: " + seenStates
                + ", expected " + before + " or " + after);
        assertTrue(seenStates.contains(after), "readers saw the batch");
    }

    /** Every state a reader saw through the endpoint. */
    private final Set<State> seenStates = new LinkedHashSet<>();

    private State remoteState(ServedStore served) {
        try (QueryExecution qe = QueryExecutionHTTP.service(served.sparqlUrl()).query(STATE).build()) {
            State s = State.of(qe.execSelect().next());
            seenStates.add(s);
            return s;
        }
    }

    private static State localState(Path store) {
        try (KnowledgeStore ks = KnowledgeStore.open(store, new Iris(org.newskg.rdf.NKG.ID_BASE))) {
            return Txn.calculateRead(ks.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(STATE).build()) {
                    return State.of(qe.execSelect().next());
                }
            });
        }
    }

    private Process startServer(Path store, Path watch) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", store.toString(), "--port", "0", "--watch", watch.toString(),
                "--watch-interval", "0.5");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
    }

    private ServedStore awaitServed(Path store, Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ServedStore> s = ServedStore.find(store);
            if (s.isPresent()) {
                return s.get();
            }
            if (!server.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start: "
                + Files.readString(dir.resolve("server.log"), StandardCharsets.UTF_8));
    }
}
