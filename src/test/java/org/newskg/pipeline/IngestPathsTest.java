package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.read.InputCollector;
import org.newskg.store.KnowledgeStore;

/**
 * The ways into the store give the same store: a first load through TDB2's bulk loader (with the
 * merged view built on the way) and the transactional ingest; a dry run extracts the same triples
 * and stores nothing; re-ingesting unchanged articles skips their extraction.
 */
class IngestPathsTest {

    private static final Path ARTICLES = Path.of("src/test/resources/generalization");

    @TempDir
    Path dir;

    private static IngestSummary ingest(KnowledgeStore ks, int bulkThreshold) {
        Components parts = Components.standard();
        InputCollector.Inputs in = Ingest.collect(List.of(ARTICLES));
        return new Ingest(parts.processor(), ks, parts.merger(), 2, 7, bulkThreshold).run(in.files(), in.problems(), n -> { });
    }

    @Test
    void aBulkFirstLoadStoresExactlyWhatTransactionsStore() {
        Components parts = Components.standard();
        try (KnowledgeStore viaTxn = KnowledgeStore.open(dir.resolve("txn"), parts.iris());
             KnowledgeStore viaBulk = KnowledgeStore.open(dir.resolve("bulk"), parts.iris())) {
            IngestSummary a = ingest(viaTxn, Integer.MAX_VALUE);
            IngestSummary b = ingest(viaBulk, 1);
            assertEquals(a.added(), b.added());
            assertTrue(a.added() >= 30, "the generalization set has 30 articles");
            assertEquals(a.triples(), b.triples());
            List<String> sources = viaTxn.sources();
            assertEquals(sources, viaBulk.sources());
            viaTxn.read(x -> viaBulk.read(y -> {
                assertIsomorphic("the merged view", x.getDefaultModel(), y.getDefaultModel());
                for (String g : sources) {
                    assertIsomorphic(g, x.getNamedModel(g), y.getNamedModel(g));
                }
                assertEquals(x.getDefaultModel().getNsPrefixMap(), y.getDefaultModel().getNsPrefixMap());
                return null;
            }));
        }
    }

    @Test
    void aDryRunExtractsTheArticleGraphsAndStoresNothing() {
        Components parts = Components.standard();
        InputCollector.Inputs in = Ingest.collect(List.of(ARTICLES));
        IngestSummary dry = new Ingest(parts.processor(), null, null, 2, 7).dryRun(in.files(), in.problems(), n -> { });
        try (KnowledgeStore ks = KnowledgeStore.inMemory(parts.iris())) {
            IngestSummary real = ingest(ks, Integer.MAX_VALUE);
            assertEquals(real.added(), dry.added());
            assertEquals(real.holdings(), dry.holdings());
            assertEquals(real.events(), dry.events());
            long articleTriples = ks.read(ds -> {
                long n = 0;
                for (String g : ks.sources()) {
                    n += ds.getNamedModel(g).size();
                }
                return n;
            });
            assertEquals(articleTriples, dry.triples());
        }
    }

    @Test
    void reIngestingUnchangedArticlesSkipsThemAndKeepsTheStore() {
        Components parts = Components.standard();
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("again"), parts.iris())) {
            IngestSummary first = ingest(ks, 1);
            Model before = ks.read(ds -> copy(ds));
            IngestSummary again = ingest(ks, 1);
            assertEquals(0, again.added());
            assertEquals(first.added(), again.unchanged());
            assertEquals(0, again.holdings(), "nothing was extracted again");
            assertEquals(first.triples(), again.triples());
            assertTrue(before.isIsomorphicWith(ks.read(IngestPathsTest::copy)));
            assertFalse(ks.isEmpty());
        }
    }

    private static Model copy(Dataset ds) {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.add(ds.getDefaultModel());
        ds.listModelNames().forEachRemaining(g -> m.add(ds.getNamedModel(g.asResource())));
        return m;
    }

    private static void assertIsomorphic(String what, Model expected, Model actual) {
        if (!expected.isIsomorphicWith(actual)) {
            List<String> lines = new ArrayList<>();
            lines.add(what + " differs; expected:");
            java.io.StringWriter w = new java.io.StringWriter();
            RDFDataMgr.write(w, expected, Lang.NTRIPLES);
            lines.add(w.toString());
            lines.add("actual:");
            w = new java.io.StringWriter();
            RDFDataMgr.write(w, actual, Lang.NTRIPLES);
            lines.add(w.toString());
            throw new AssertionError(String.join("\n", lines));
        }
    }
}
