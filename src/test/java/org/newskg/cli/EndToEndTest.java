package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.PROV;
import org.newskg.rdf.Iris;
import org.newskg.server.ServerOptions;
import org.newskg.server.SparqlServer;
import org.newskg.store.KnowledgeStore;

/** The whole path on the bundled sample articles: ingest, ask, export, validate, serve, push. */
class EndToEndTest {

    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void ingestTheSampleArticles() {
        store = dir.resolve("store");
        Cli.Run r = Cli.run("ingest", "--store", store.toString(), "data/articles");
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("5 files: 5 added"), r.out());
    }

    @Test
    void whoAnswersWhoHeldARoleOnADate() {
        Cli.Run r = Cli.run("who", "--store", store.toString(), "--org", "OpenAI", "--role", "CEO",
                "--at", "2024-07-01", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("person\tstart\tend\tsources", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Sam Altman\t")), r.out());
    }

    @Test
    void theGraphHasMembershipsWithProvenance() {
        try (KnowledgeStore ks = KnowledgeStore.open(store, Iris.standard())) {
            long memberships = ks.read(ds -> {
                Model m = ds.getDefaultModel();
                return m.listResourcesWithProperty(RDF.type, ORG.Membership).filterKeep(r ->
                        r.hasProperty(ORG.member) && r.hasProperty(ORG.organization) && r.hasProperty(ORG.role)
                                && r.hasProperty(PROV.wasDerivedFrom)).toList().size();
            });
            assertTrue(memberships >= 5, "memberships: " + memberships);
            long dated = ks.read(ds -> ds.getDefaultModel().listResourcesWithProperty(ORG.memberDuring).toList().size());
            assertTrue(dated >= 1, "some memberships have dates");
        }
    }

    @Test
    void reIngestingUnchangedArticlesIsANoOp() throws IOException {
        Path copy = dir.resolve("copy");
        copyTree(store, copy);
        Cli.Run r = Cli.run("ingest", "--store", copy.toString(), "data/articles");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("0 added, 0 replaced, 5 unchanged"), r.out());
    }

    @Test
    void turtleAndTrigExportsParseBackWithTheSameCounts() {
        Path ttl = dir.resolve("g.ttl");
        Path trig = dir.resolve("g.trig");
        Path full = dir.resolve("full.ttl");
        assertEquals(0, Cli.run("export", "--store", store.toString(), "--format", "turtle", "--out", ttl.toString()).code());
        assertEquals(0, Cli.run("export", "--store", store.toString(), "--format", "trig", "--out", trig.toString()).code());
        assertEquals(0, Cli.run("export", "--store", store.toString(), "--format", "turtle", "--with-index",
                "--with-vocabulary", "--out", full.toString()).code());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(ttl).parse(m);
        Model all = ModelFactory.createDefaultModel();
        RDFParser.source(full).parse(all);
        Dataset ds = DatasetFactory.create();
        RDFParser.source(trig).parse(ds);
        try (KnowledgeStore ks = KnowledgeStore.open(store, Iris.standard())) {
            ks.read(d -> {
                long view = org.newskg.rdf.ExportView.of(d.getDefaultModel().getGraph(), false, false).size();
                long merged = d.getDefaultModel().size();
                assertTrue(view < merged, "the name keys and the unused vocabulary stay out");
                assertEquals(view, m.size());
                assertEquals(merged, all.size(), "with --with-index --with-vocabulary, the whole merged view");
                assertTrue(all.isIsomorphicWith(d.getDefaultModel()));
                assertEquals(ks.size() - merged + view, ds.asDatasetGraph().stream().count());
                return null;
            });
            assertEquals(ks.sources().size(), org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().listGraphNodes()));
        }
    }

    @Test
    void theStoreConformsToTheShapes() {
        Cli.Run r = Cli.run("validate", "--store", store.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("conforms"), r.out());
    }

    @Test
    void serveAnswersSparqlAndRefusesUpdates() throws Exception {
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("served"), Iris.standard())) {
            // A copy of the graph, so this server does not hold the shared store.
            ks.rebuildMergedView(d -> {
                Model m = ModelFactory.createDefaultModel();
                RDFDataMgr.read(m, exportTurtle().toString());
                return m;
            });
            try (SparqlServer server = new SparqlServer(ks.datasetGraph(), ServerOptions.defaults().withPort(0))) {
                server.start();
                try (QueryExecution qe = QueryExecutionHTTP.service(server.url() + "/sparql")
                        .query("PREFIX org: <http://www.w3.org/ns/org#> SELECT (COUNT(*) AS ?n) { ?m a org:Membership }")
                        .build()) {
                    assertTrue(qe.execSelect().next().getLiteral("n").getInt() > 0);
                }
                HttpResponse<String> update = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(server.url() + "/update"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(update.statusCode() >= 400, "update refused: " + update.statusCode());
            }
        }
    }

    @Test
    void pushLoadsARunningFuseki() {
        var target = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", target).build();
        fuseki.start();
        try {
            String url = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds";
            Cli.Run r = Cli.run("push", "--store", store.toString(), url);
            assertEquals(0, r.code(), r.err());
            try (QueryExecution qe = QueryExecutionHTTP.service(url + "/query")
                    .query("PREFIX org: <http://www.w3.org/ns/org#> SELECT (COUNT(*) AS ?n) { ?m a org:Membership }")
                    .build()) {
                assertTrue(qe.execSelect().next().getLiteral("n").getInt() > 0);
            }
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void readCommandsOnAMissingStoreAreUsageErrors() {
        Cli.Run r = Cli.run("who", "--store", dir.resolve("none").toString(), "--org", "X", "--role", "CEO");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no store"), r.err());
        assertFalse(Files.exists(dir.resolve("none")), "a read command does not create a store");
    }

    @Test
    void validateFailsOnADeliberatelyBrokenGraph() {
        Path broken = dir.resolve("broken");
        try (KnowledgeStore ks = KnowledgeStore.open(broken, Iris.standard())) {
            ks.rebuildMergedView(d -> {
                Model m = ModelFactory.createDefaultModel();
                // A membership with no member, organization, role, source or evidence.
                m.createResource("https://w3id.org/newskg/id/membership/x").addProperty(RDF.type, ORG.Membership);
                return m;
            });
        }
        Cli.Run r = Cli.run("validate", "--store", broken.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("membership/x"), r.out());
    }

    private Path exportTurtle() {
        Path ttl = dir.resolve("served.ttl");
        Cli.run("export", "--store", store.toString(), "--format", "turtle", "--out", ttl.toString());
        return ttl;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
