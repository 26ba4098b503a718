package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.Params;
import org.newskg.query.QueryLibrary;
import org.newskg.query.ResultTable;
import org.newskg.rdf.Iris;
import org.newskg.server.ServerOptions;
import org.newskg.server.SparqlServer;
import org.newskg.store.KnowledgeStore;
import org.newskg.testdata.FictionalCorpus;

/**
 * While an ingest writes, readers through the query layer and through the embedded Fuseki keep
 * getting answers, each from one committed state: whole batches of whole article graphs, and a
 * merged view that either covers exactly the stored articles or is marked pending.
 */
class ConcurrentUseTest {

    private static final int ARTICLES = 32;
    private static final int BATCH = 4;
    private static final String NKG = "PREFIX nkg: <https://w3id.org/newskg/ontology#> ";
    /** Per graph its size, and the merged view's sources, in one query: one snapshot. */
    private static final String SNAPSHOT = NKG + "SELECT ?g ?n ?merged ?pending WHERE { "
            + "{ SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g } UNION "
            + "{ SELECT (COUNT(DISTINCT ?src) AS ?merged) WHERE { ?src a nkg:Source } } UNION "
            + "{ BIND(EXISTS { GRAPH <urn:newskg:store-state> { ?a ?b ?c } } AS ?pending) } }";

    @TempDir
    Path dir;

    /** What one reader saw in one snapshot. */
    private record Seen(Map<String, Long> graphSizes, long merged, boolean pending) {
    }

    @Test
    void readersSeeConsistentSnapshotsWhileAnIngestWrites() throws Exception {
        List<Path> files = FictionalCorpus.write(dir.resolve("corpus"), FictionalCorpus.generate(ARTICLES, 31337));
        Components parts = Components.standard();
        Iris iris = parts.iris();
        List<String> order = files.stream().map(f -> iris.source(f.getFileName().toString().replace(".txt", "")))
                .sorted().toList();
        Query snapshot = QueryFactory.create(SNAPSHOT);

        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("store"), iris);
             SparqlServer server = new SparqlServer(ks.datasetGraph(), ServerOptions.defaults().withPort(0))) {
            server.start();
            String endpoint = server.url() + "/sparql";
            AtomicBoolean done = new AtomicBoolean();
            List<Throwable> errors = new CopyOnWriteArrayList<>();
            List<Seen> seen = new CopyOnWriteArrayList<>();
            AtomicInteger libraryAnswers = new AtomicInteger();

            Thread queryLayer = reader("query-layer", done, errors, () -> {
                // Several library queries inside one read transaction see one state.
                ks.read(ds -> {
                    seen.add(fromRows(ResultTable.select(ds, snapshot, Map.of())));
                    ResultTable.select(ds, new QueryLibrary().get("holders"),
                            Map.of("orgName", Params.string("Norvik Systems"), "roleName", Params.string("CEO")));
                    ResultTable.select(ds, new QueryLibrary().get("person-roles"),
                            Map.of("personName", Params.string("Mirela Varga")));
                    return null;
                });
                libraryAnswers.incrementAndGet();
            });
            Thread fuseki = reader("fuseki", done, errors, () -> {
                try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(SNAPSHOT).build()) {
                    seen.add(fromResultSet(qe.execSelect()));
                }
            });
            queryLayer.start();
            fuseki.start();
            IngestSummary summary;
            try {
                summary = new Ingest(parts.processor(), ks, parts.merger(), 1, BATCH).run(files, List.of(), n -> { });
            } finally {
                done.set(true);
                queryLayer.join();
                fuseki.join();
            }
            assertTrue(errors.isEmpty(), "readers failed: " + errors);
            assertEquals(ARTICLES, summary.added());

            Seen last = fromRows(ResultTable.select(ks.dataset(), snapshot, Map.of()));
            assertFalse(last.pending());
            assertEquals(ARTICLES, last.merged());
            long midway = 0;
            for (Seen s : seen) {
                List<String> sources = s.graphSizes().keySet().stream().filter(iris::isSource).toList();
                assertEquals(order.subList(0, sources.size()), sources, "not a prefix of the input order");
                assertTrue(sources.size() % BATCH == 0 || sources.size() == ARTICLES,
                        "a batch seen in part: " + sources.size());
                for (String g : sources) {
                    assertEquals(last.graphSizes().get(g), s.graphSizes().get(g), "graph " + g + " seen in part");
                }
                assertTrue(s.pending() || s.merged() == sources.size(),
                        "merged view of " + s.merged() + " sources over " + sources.size() + " articles, not pending");
                if (!sources.isEmpty() && sources.size() < ARTICLES) {
                    midway++;
                }
            }
            assertTrue(midway >= 2, "readers saw only " + midway + " snapshots during the ingest, of " + seen.size());
            assertTrue(libraryAnswers.get() >= 2, "the query layer answered " + libraryAnswers.get() + " times");
        }
    }

    private static Thread reader(String name, AtomicBoolean done, List<Throwable> errors, Runnable query) {
        Thread t = new Thread(() -> {
            while (!done.get()) {
                try {
                    query.run();
                    // Leave the writer some of the machine: readers only need to land between batches.
                    Thread.sleep(50);
                } catch (Throwable e) {
                    errors.add(e);
                    return;
                }
            }
        }, name);
        t.setDaemon(true);
        return t;
    }

    private static Seen fromRows(ResultTable t) {
        Map<String, Long> sizes = new TreeMap<>();
        long merged = -1;
        boolean pending = false;
        for (Binding b : t.rows()) {
            if (b.get("g") != null) {
                sizes.put(b.get("g").getURI(), Long.parseLong(b.get("n").getLiteralLexicalForm()));
            } else if (b.get("merged") != null) {
                merged = Long.parseLong(b.get("merged").getLiteralLexicalForm());
            } else if (b.get("pending") != null) {
                pending = Boolean.parseBoolean(b.get("pending").getLiteralLexicalForm());
            }
        }
        return new Seen(sizes, merged, pending);
    }

    private static Seen fromResultSet(ResultSet rs) {
        Map<String, Long> sizes = new TreeMap<>();
        long merged = -1;
        boolean pending = false;
        while (rs.hasNext()) {
            QuerySolution q = rs.next();
            if (q.contains("g")) {
                sizes.put(q.getResource("g").getURI(), q.getLiteral("n").getLong());
            } else if (q.contains("merged")) {
                merged = q.getLiteral("merged").getLong();
            } else if (q.contains("pending")) {
                pending = q.getLiteral("pending").getBoolean();
            }
        }
        return new Seen(sizes, merged, pending);
    }
}
