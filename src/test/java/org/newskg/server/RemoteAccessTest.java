package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The served store reaches nothing beyond itself unless told: SERVICE and LOAD are refused by
 * default, nothing is fetched; allowed hosts are reached without following redirects; LOAD never
 * reads this machine's files; and a remote that never answers costs the queries that call it
 * their timeout while every other query is answered.
 */
class RemoteAccessTest {

    private static final String EX = "http://example.org/remote/";
    private static final String PASSWORD = "pw-remote-5e1";

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static DatasetGraph data(int n) {
        return ServedData.triples(EX, n, false);
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpRequest query(String endpoint, String sparql, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(timeout)
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
    }

    private static HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
        return CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> update(SparqlServer server, String sparql) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url() + "/update")).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(sparql)).build());
    }

    /** A remote that records every request and answers with a Turtle graph, or a redirect. */
    private static final class Recorder implements AutoCloseable {
        final HttpServer http;
        final List<String> requests = new CopyOnWriteArrayList<>();

        Recorder(String redirectTo) throws IOException {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/", exchange -> {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                exchange.getRequestBody().readAllBytes();
                if (redirectTo != null) {
                    exchange.getResponseHeaders().add("Location", redirectTo);
                    exchange.sendResponseHeaders(302, -1);
                } else {
                    byte[] body = ("<" + EX + "loaded> <" + EX + "p> \"from afar\" .\n").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "text/turtle");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            http.start();
        }

        String hostPort() {
            return "127.0.0.1:" + http.getAddress().getPort();
        }

        String url(String path) {
            return "http://" + hostPort() + path;
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }

    /** A remote that accepts connections and never says a word. */
    private static final class Silent implements AutoCloseable {
        final ServerSocket socket;
        final List<Socket> held = new CopyOnWriteArrayList<>();

        Silent() throws IOException {
            socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        held.add(socket.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "silent-remote");
            t.setDaemon(true);
            t.start();
        }

        String hostPort() {
            return "127.0.0.1:" + socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void serviceIsRefusedByDefaultAndNothingIsFetched() throws Exception {
        try (Recorder remote = new Recorder(null);
             SparqlServer server = new SparqlServer(data(3), ServerOptions.defaults().withPort(0))) {
            server.start();
            HttpResponse<String> r = send(query(server.url() + "/sparql",
                    "SELECT * { SERVICE <" + remote.url("/sparql") + "> { ?s ?p ?o } }", Duration.ofSeconds(20)));
            assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
            assertTrue(r.body().contains("SERVICE is off"), r.body());
            HttpResponse<String> silent = send(query(server.url() + "/sparql",
                    "SELECT * { SERVICE SILENT <" + remote.url("/sparql") + "> { ?s ?p ?o } }", Duration.ofSeconds(20)));
            assertEquals(200, silent.statusCode(), silent.body());
            assertEquals(List.of(), remote.requests, "the server fetched an address a query named");
        }
    }

    @Test
    void anAllowedHostIsQueriedButItsRedirectIsNotFollowedAndOtherHostsAreRefused() throws Exception {
        DatasetGraph far = data(2);
        FusekiServer farServer = FusekiServer.create().loopback(true).port(0).add("/far", far, false).build().start();
        try (Recorder elsewhere = new Recorder(null);
             Recorder redirecting = new Recorder(elsewhere.url("/sparql"))) {
            String farHost = "127.0.0.1:" + farServer.getHttpPort();
            try (SparqlServer server = new SparqlServer(data(1), ServerOptions.defaults().withPort(0)
                    .withServiceHosts(Set.of(farHost, redirecting.hostPort())))) {
                server.start();
                HttpResponse<String> ok = send(query(server.url() + "/sparql", "SELECT (COUNT(*) AS ?n) { SERVICE <http://"
                        + farHost + "/far/sparql> { ?s ?p ?o } }", Duration.ofSeconds(20)));
                assertEquals(200, ok.statusCode(), ok.body());
                assertTrue(ok.body().replace(" ", "").contains("\"value\":\"2\""), ok.body());

                HttpResponse<String> redirected = send(query(server.url() + "/sparql", "SELECT * { SERVICE <"
                        + redirecting.url("/sparql") + "> { ?s ?p ?o } }", Duration.ofSeconds(20)));
                assertTrue(redirected.statusCode() >= 400, redirected.statusCode() + " " + redirected.body());
                assertEquals(1, redirecting.requests.size());
                assertEquals(List.of(), elsewhere.requests, "a redirect was followed to another host");

                HttpResponse<String> other = send(query(server.url() + "/sparql", "SELECT * { SERVICE <"
                        + elsewhere.url("/sparql") + "> { ?s ?p ?o } }", Duration.ofSeconds(20)));
                assertTrue(other.statusCode() >= 400 && other.body().contains("not among the allowed hosts"), other.body());
                HttpResponse<String> file = send(query(server.url() + "/sparql",
                        "SELECT * { SERVICE <file:///etc/hostname> { ?s ?p ?o } }", Duration.ofSeconds(20)));
                assertTrue(file.statusCode() >= 400 && file.body().contains("only http and https"), file.body());
                assertEquals(List.of(), elsewhere.requests);
            }
        } finally {
            farServer.stop();
        }
    }

    @Test
    void aRemoteThatNeverAnswersCostsItsQueriesTheirTimeoutAndOthersAreAnswered() throws Exception {
        try (Silent silent = new Silent();
             SparqlServer server = new SparqlServer(data(5), ServerOptions.defaults().withPort(0)
                     .withQueryTimeout(Duration.ofSeconds(1)).withServiceHosts(Set.of(silent.hostPort())))) {
            server.start();
            String endpoint = server.url() + "/sparql";
            String stuck = "SELECT * { SERVICE <http://" + silent.hostPort() + "/sparql> { ?s ?p ?o } }";
            assertTimeoutPreemptively(Duration.ofSeconds(40), () -> {
                List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    calls.add(CLIENT.sendAsync(query(endpoint, stuck, Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString()));
                }
                Thread.sleep(300);
                HttpResponse<String> plain = send(query(endpoint, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", Duration.ofSeconds(5)));
                assertEquals(200, plain.statusCode(), "a plain query while 30 wait on a silent remote: " + plain.body());
                for (CompletableFuture<HttpResponse<String>> c : calls) {
                    HttpResponse<String> r = c.get();
                    assertTrue(r.statusCode() >= 400, "a query on a silent remote ended with " + r.statusCode());
                }
            }, "queries on a remote that never answers held the server");
        }
    }

    @Test
    void loadIsRefusedByDefaultNeverReadsFilesAndReadsOnlyAllowedHosts() throws Exception {
        DatasetGraph dsg = data(3);
        try (Recorder remote = new Recorder(null)) {
            try (SparqlServer server = new SparqlServer(dsg, ServerOptions.defaults().withPort(0).withUpdate(PASSWORD))) {
                server.start();
                for (String source : List.of("file:///etc/hostname", remote.url("/data.ttl"))) {
                    HttpResponse<String> r = update(server, "LOAD <" + source + ">");
                    assertEquals(403, r.statusCode(), source + ": " + r.body());
                    assertTrue(r.body().contains("LOAD is off"), r.body());
                }
                HttpResponse<String> service = update(server, "INSERT { ?s ?p ?o } WHERE { SERVICE <"
                        + remote.url("/sparql") + "> { ?s ?p ?o } }");
                assertEquals(403, service.statusCode(), service.body());
                assertEquals(List.of(), remote.requests);
                assertEquals(3L, Txn.calculateRead(dsg, () -> dsg.stream().count()), "nothing loaded");
            }
            try (SparqlServer server = new SparqlServer(dsg, ServerOptions.defaults().withPort(0).withUpdate(PASSWORD)
                    .withLoadHosts(Set.of(remote.hostPort())))) {
                server.start();
                HttpResponse<String> file = update(server, "LOAD <file:///etc/hostname>");
                assertEquals(403, file.statusCode(), file.body());
                assertTrue(file.body().contains("only http and https"), file.body());
                HttpResponse<String> ok = update(server, "LOAD <" + remote.url("/data.ttl") + "> INTO GRAPH <" + EX + "g>");
                assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
                assertEquals(List.of("GET /data.ttl"), remote.requests);
                assertTrue(Txn.calculateRead(dsg, () -> dsg.getGraph(iri("g")).contains(iri("loaded"), iri("p"),
                        NodeFactory.createLiteralString("from afar"))), "the allowed LOAD stored its data");
            }
        }
    }
}
