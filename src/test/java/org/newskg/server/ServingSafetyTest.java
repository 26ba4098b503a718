package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What keeps a served store safe: heavy queries cut off without taking the server down, a cap on
 * rows, updates only with the password and only at /update, no admin endpoints; and a push that
 * sends credentials only when given, never to another host, and says clearly what went wrong.
 */
class ServingSafetyTest {

    private static final String EX = "http://example.org/safety/";

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** 3000 triples in the default graph, one in a named graph. */
    private static DatasetGraph data() {
        return ServedData.triples(EX, 3000, true);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return client().send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static long count(String endpoint) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint)
                .query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void aHeavyQueryIsCutByTheTimeoutAndTheServerAnswersTheNextOne() {
        try (SparqlServer server = new SparqlServer(data(),
                ServerOptions.defaults().withPort(0).withQueryTimeout(Duration.ofMillis(500)))) {
            server.start();
            String endpoint = server.url() + "/sparql";
            String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                for (int i = 0; i < 3; i++) {
                    QueryExceptionHTTP e = assertThrows(QueryExceptionHTTP.class, () -> {
                        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(crossProduct).build()) {
                            qe.execSelect().forEachRemaining(row -> { });
                        }
                    });
                    assertTrue(e.getStatusCode() >= 400, "an HTTP error, got " + e.getStatusCode());
                    assertEquals(3000, count(endpoint), "the next query is answered");
                }
            }, "heavy queries must not hold the server");
        }
    }

    @Test
    void noQueryReturnsMoreRowsThanTheLimitWhateverItsOwnLimit() throws Exception {
        try (SparqlServer server = new SparqlServer(data(), ServerOptions.defaults().withPort(0).withResultLimit(25))) {
            server.start();
            for (String q : List.of("SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ?o } LIMIT 1000",
                    "SELECT * WHERE { ?s ?p ?o } OFFSET 10", "SELECT ?s WHERE { { ?s ?p ?o } UNION { ?s ?p ?o } }")) {
                try (QueryExecution qe = QueryExecutionHTTP.service(server.url() + "/query").query(q).build()) {
                    int[] rows = {0};
                    qe.execSelect().forEachRemaining(r -> rows[0]++);
                    assertEquals(25, rows[0], q);
                }
            }
            HttpResponse<String> construct = send(HttpRequest.newBuilder(URI.create(server.url() + "/sparql?query="
                    + URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o }", StandardCharsets.UTF_8)))
                    .header("Accept", "application/n-triples").GET());
            assertEquals(25, construct.body().lines().count(), "CONSTRUCT is capped too");
        }
    }

    @Test
    void updatesNeedThePasswordAndGoOnlyThroughTheUpdateEndpoint() throws Exception {
        DatasetGraph dsg = data();
        try (SparqlServer server = new SparqlServer(dsg, ServerOptions.defaults().withPort(0).withUpdate("pw-7f3a"))) {
            server.start();
            String drop = "DROP ALL";
            HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(server.url() + "/update"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(drop)));
            assertEquals(401, anonymous.statusCode());
            HttpResponse<String> otherUser = send(HttpRequest.newBuilder(URI.create(server.url() + "/update"))
                    .header("Authorization", basic("guest", "pw-7f3a"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(drop)));
            assertTrue(otherUser.statusCode() == 401 || otherUser.statusCode() == 403, "got " + otherUser.statusCode());
            // The admin password does not open the query or graph store endpoints to writes.
            HttpResponse<String> viaQuery = send(HttpRequest.newBuilder(URI.create(server.url() + "/sparql"))
                    .header("Authorization", basic(ServerOptions.ADMIN_USER, "pw-7f3a"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(drop)));
            assertTrue(viaQuery.statusCode() >= 400, "update at /sparql: " + viaQuery.statusCode());
            HttpResponse<String> gspPut = send(HttpRequest.newBuilder(URI.create(server.url() + "/data?default"))
                    .header("Authorization", basic(ServerOptions.ADMIN_USER, "pw-7f3a"))
                    .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofString("")));
            assertTrue(gspPut.statusCode() >= 400, "PUT at /data: " + gspPut.statusCode());
            assertEquals(3001L, Txn.calculateRead(dsg, () -> dsg.stream().count()), "nothing changed");

            HttpResponse<String> admin = send(HttpRequest.newBuilder(URI.create(server.url() + "/update"))
                    .header("Authorization", basic(ServerOptions.ADMIN_USER, "pw-7f3a"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(drop)));
            assertTrue(admin.statusCode() == 200 || admin.statusCode() == 204, "got " + admin.statusCode());
            assertEquals(0L, Txn.calculateRead(dsg, () -> dsg.stream().count()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/$/ping", "/$/server", "/$/stats", "/$/stats/newskg", "/$/datasets", "/$/datasets/newskg",
            "/$/backup/newskg", "/$/compact/newskg", "/$/metrics", "/$/tasks", "/$/sleep", "/$/reload", "/$/logs"})
    void thereAreNoAdminEndpoints(String path) throws Exception {
        try (SparqlServer server = new SparqlServer(data(), ServerOptions.defaults().withPort(0).withUpdate("pw-7f3a"))) {
            server.start();
            String root = "http://127.0.0.1:" + server.port();
            for (String method : List.of("GET", "POST")) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(root + path))
                        .header("Authorization", basic(ServerOptions.ADMIN_USER, "pw-7f3a"))
                        .method(method, HttpRequest.BodyPublishers.noBody()));
                assertEquals(404, r.statusCode(), method + " " + path);
            }
        }
    }

    /** A stand-in remote that records what it is sent and answers with a fixed status. */
    private static final class Recorder implements AutoCloseable {
        final HttpServer http;
        final List<String> authorizations = new CopyOnWriteArrayList<>();
        final List<String> requests = new CopyOnWriteArrayList<>();

        Recorder(int status, String location) throws IOException {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                authorizations.add(auth == null ? "(none)" : auth);
                if (location != null) {
                    exchange.getResponseHeaders().add("Location", location);
                }
                byte[] body = (status >= 400 ? "error " + status : "").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            http.start();
        }

        String url() {
            return "http://127.0.0.1:" + http.getAddress().getPort() + "/ds";
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }

    private static DatasetGraph twoGraphs() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            dsg.getDefaultGraph().add(Triple.create(iri("a"), iri("b"), iri("c")));
            dsg.add(new Quad(iri("g1"), iri("a"), iri("b"), iri("c")));
        });
        return dsg;
    }

    @Test
    void pushSendsNoCredentialsUnlessGiven() throws Exception {
        try (Recorder remote = new Recorder(204, null)) {
            new GraphPusher(remote.url(), null).push(twoGraphs(), false);
            assertEquals(List.of("(none)"), remote.authorizations);
            assertTrue(remote.requests.stream().allMatch(r -> r.startsWith("PUT /ds")), remote.requests.toString());
        }
    }

    @Test
    void pushSendsTheGivenCredentialsWithItsRequest() throws Exception {
        try (Recorder remote = new Recorder(204, null)) {
            new GraphPusher(remote.url(), new PushCredentials("loader", "pw-19c2")).push(twoGraphs(), true);
            assertEquals(List.of(basic("loader", "pw-19c2")), remote.authorizations);
            assertTrue(remote.requests.stream().allMatch(r -> r.startsWith("POST /ds")), remote.requests.toString());
        }
    }

    @Test
    void pushNeverFollowsARedirectWithTheCredentials() throws Exception {
        try (Recorder elsewhere = new Recorder(204, null);
             Recorder redirecting = new Recorder(307, elsewhere.url() + "/data")) {
            PushException e = assertThrows(PushException.class, () ->
                    new GraphPusher(redirecting.url(), new PushCredentials("loader", "pw-19c2")).push(twoGraphs(), false));
            assertTrue(elsewhere.authorizations.isEmpty(), "credentials went to another server: " + elsewhere.authorizations);
            assertEquals(307, e.statusCode());
            assertTrue(e.getMessage().contains("HTTP 307") && e.getMessage().contains("redirect"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 413, 500, 503})
    void pushReportsHttpErrorsWithTheStatusAndTheUrl(int status) throws Exception {
        try (Recorder remote = new Recorder(status, null)) {
            PushException e = assertThrows(PushException.class, () ->
                    new GraphPusher(remote.url(), new PushCredentials("loader", "pw-19c2")).push(twoGraphs(), false));
            assertEquals(status, e.statusCode());
            assertTrue(e.getMessage().startsWith("push to " + remote.url() + ": HTTP " + status), e.getMessage());
            assertTrue(e.getMessage().endsWith("nothing was changed there"), "says what became of the remote: " + e.getMessage());
            assertFalse(e.getMessage().contains("pw-19c2"), "no password in messages");
            assertEquals(1, remote.requests.size(), "one request");
        }
    }
}
