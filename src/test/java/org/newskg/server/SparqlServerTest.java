package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.dboe.base.file.Location;
import org.junit.jupiter.api.Test;

class SparqlServerTest {

    private static final String EX = "http://example.org/test/";

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** A small dataset of people and the boards they sit on, in the default graph. */
    private static DatasetGraph smallDataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 4; i++) {
                dsg.getDefaultGraph().add(Triple.create(iri("person" + i), iri("memberOf"), iri("board" + (i % 2))));
            }
            dsg.add(new Quad(iri("source1"), iri("person0"), iri("mentionedIn"), iri("article1")));
        });
        return dsg;
    }

    private static ServerOptions testOptions() {
        return ServerOptions.defaults().withPort(0);
    }

    private static List<String> selectPeople(String endpoint) {
        List<String> people = new ArrayList<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint)
                .query("SELECT ?p WHERE { ?p <" + EX + "memberOf> ?b } ORDER BY ?p").build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                people.add(row.getResource("p").getURI());
            }
        }
        return people;
    }

    private static HttpResponse<String> post(String url, String contentType, String body, String auth)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A client per request: a pooled connection to a stopped server on a reused port would fail. */
    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static final String INSERT = "INSERT DATA { <" + EX + "intruder> <" + EX + "memberOf> <" + EX + "board9> }";

    @Test
    void selectAtSparqlAndQueryEndpointsReturnsTheDataRows() {
        SparqlServer server = new SparqlServer(smallDataset(), testOptions());
        try {
            server.start();
            List<String> expected = List.of(EX + "person0", EX + "person1", EX + "person2", EX + "person3");
            assertEquals(expected, selectPeople(server.url() + "/sparql"));
            assertEquals(expected, selectPeople(server.url() + "/query"));
        } finally {
            server.stop();
        }
    }

    @Test
    void servesATdb2DatasetToo() {
        DatasetGraph tdb = TDB2Factory.connectDataset(Location.mem()).asDatasetGraph();
        Txn.executeWrite(tdb, () -> tdb.getDefaultGraph()
                .add(Triple.create(iri("personA"), iri("memberOf"), iri("boardA"))));
        SparqlServer server = new SparqlServer(tdb, testOptions());
        try {
            server.start();
            assertEquals(List.of(EX + "personA"), selectPeople(server.url() + "/sparql"));
        } finally {
            server.stop();
        }
    }

    @Test
    void graphStoreReadReturnsTheDefaultGraph() throws Exception {
        SparqlServer server = new SparqlServer(smallDataset(), testOptions());
        try {
            server.start();
            HttpRequest get = HttpRequest.newBuilder(URI.create(server.url() + "/get?default"))
                    .header("Accept", "application/n-triples").GET().build();
            HttpResponse<String> response = client().send(get, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertEquals(4, response.body().lines().filter(l -> l.contains("memberOf")).count());
        } finally {
            server.stop();
        }
    }

    @Test
    void updatesAreRefusedWhenReadOnly() throws Exception {
        DatasetGraph dsg = smallDataset();
        SparqlServer server = new SparqlServer(dsg, testOptions());
        try {
            server.start();
            int atUpdate = post(server.url() + "/update", "application/sparql-update", INSERT, null).statusCode();
            int atSparql = post(server.url() + "/sparql", "application/sparql-update", INSERT, null).statusCode();
            int formAtSparql = post(server.url() + "/sparql", "application/x-www-form-urlencoded",
                    "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8), null).statusCode();
            int gspPut = client().send(HttpRequest.newBuilder(URI.create(server.url() + "/data?default"))
                    .header("Content-Type", "application/n-triples")
                    .PUT(HttpRequest.BodyPublishers.ofString("")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            for (int status : new int[] {atUpdate, atSparql, formAtSparql, gspPut}) {
                assertTrue(status >= 400 && status < 500, "expected a 4xx refusal, got " + status);
            }
            assertEquals(4L, Txn.calculateRead(dsg, () -> (long) dsg.getDefaultGraph().size()),
                    "the data must be unchanged");
        } finally {
            server.stop();
        }
    }

    @Test
    void updatesNeedTheAdminPasswordWhenAllowed() throws Exception {
        DatasetGraph dsg = smallDataset();
        SparqlServer server = new SparqlServer(dsg, testOptions().withUpdate("s3cret-test"));
        try {
            server.start();
            String url = server.url() + "/update";
            assertEquals(401, post(url, "application/sparql-update", INSERT, null).statusCode());
            assertEquals(401, post(url, "application/sparql-update", INSERT, basic("admin", "wrong")).statusCode());
            assertEquals(4L, Txn.calculateRead(dsg, () -> (long) dsg.getDefaultGraph().size()));

            int status = post(url, "application/sparql-update", INSERT, basic("admin", "s3cret-test")).statusCode();
            assertTrue(status == 200 || status == 204, "update with credentials should succeed, got " + status);
            assertTrue(Txn.calculateRead(dsg, () -> dsg.getDefaultGraph()
                    .contains(iri("intruder"), iri("memberOf"), iri("board9"))));
            // Queries stay open to everyone.
            assertEquals(5, selectPeople(server.url() + "/sparql").size());
        } finally {
            server.stop();
        }
    }

    @Test
    void allowingUpdatesWithoutAPasswordIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SparqlServer(smallDataset(), testOptions().withUpdate(null)).start());
        assertTrue(e.getMessage().contains("password"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> testOptions().withUpdate(""));
    }

    @Test
    void optionsNeverShowThePassword() {
        assertFalse(testOptions().withUpdate("hunter2-test").toString().contains("hunter2-test"));
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertEquals("127.0.0.1", ServerOptions.defaults().host());
        assertTrue(ServerOptions.defaults().isLoopback());
        assertFalse(ServerOptions.defaults().allowUpdate());
        SparqlServer server = new SparqlServer(smallDataset(), testOptions());
        try {
            int port = server.start();
            assertTrue(port > 0);
            URI url = URI.create(server.url());
            assertEquals("127.0.0.1", url.getHost());
            assertEquals(port, url.getPort());
            assertEquals("/newskg", url.getPath());
        } finally {
            server.stop();
        }
    }

    @Test
    void aTakenPortGivesAClearStartError() {
        SparqlServer first = new SparqlServer(smallDataset(), testOptions());
        try {
            int port = first.start();
            SparqlServer second = new SparqlServer(smallDataset(), testOptions().withPort(port));
            ServerStartException e = assertThrows(ServerStartException.class, second::start);
            assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
            second.stop();
        } finally {
            first.stop();
        }
    }

    @Test
    void resultRowsAreCappedAtTheLimit() {
        SparqlServer server = new SparqlServer(smallDataset(), testOptions().withResultLimit(3));
        try {
            server.start();
            assertEquals(3, selectPeople(server.url() + "/sparql").size());
        } finally {
            server.stop();
        }
    }

    @Test
    void aHeavyQueryTimesOutWithAnErrorInsteadOfHanging() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 3000; i++) {
                dsg.getDefaultGraph().add(Triple.create(iri("s" + i), iri("p"), NodeFactory.createLiteralString("v" + i)));
            }
        });
        SparqlServer server = new SparqlServer(dsg, testOptions().withQueryTimeout(Duration.ofMillis(200)));
        try {
            server.start();
            String endpoint = server.url() + "/sparql";
            // 3000^3 combinations: far more than 200 ms of work.
            String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                QueryExceptionHTTP e = assertThrows(QueryExceptionHTTP.class, () -> {
                    try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(heavy).build()) {
                        qe.execSelect().forEachRemaining(row -> { });
                    }
                });
                assertTrue(e.getStatusCode() >= 400, "expected an HTTP error status, got " + e.getStatusCode());
            });
        } finally {
            server.stop();
        }
    }
}
