package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Base64;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * Limits an adversary meets at the server: a query too large to parse inside the timeout is
 * refused before it is read whole; graph store reads obey the row cap; wrong passwords at
 * /update lock the address out for a while.
 */
class ServerLimitsTest {

    private static final String EX = "http://example.org/limits/";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** 3000 triples in the default graph, one in a named graph. */
    private static DatasetGraph data() {
        return ServedData.triples(EX, 3000, true);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return CLIENT.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A legal query of about {@code bytes} bytes: a long VALUES list. */
    private static String bigQuery(int bytes) {
        StringBuilder q = new StringBuilder("SELECT (COUNT(*) AS ?n) { VALUES ?s {");
        for (int i = 0; q.length() < bytes; i++) {
            q.append(" <").append(EX).append('s').append(i).append('>');
        }
        return q.append(" } ?s ?p ?o }").toString();
    }

    @Test
    void aQueryAboveTheSizeLimitIsRefusedAtOnceAndOneBelowItIsAnswered() throws Exception {
        try (SparqlServer server = new SparqlServer(data(), ServerOptions.defaults().withPort(0))) {
            server.start();
            String endpoint = server.url() + "/sparql";
            String huge = bigQuery(10 * 1024 * 1024);
            // The server answers 413 and closes without reading the rest: the client either reads that answer
            // or, still sending, finds the connection closed under it. Either way it is refused at once.
            HttpResponse<String> refused = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
                try {
                    return send(HttpRequest.newBuilder(URI.create(endpoint)).header("Content-Type", "application/sparql-query")
                            .POST(HttpRequest.BodyPublishers.ofString(huge)));
                } catch (IOException closedWhileSending) {
                    return null;
                }
            }, "a 10 MB query held the server");
            if (refused != null) {
                assertEquals(413, refused.statusCode(), refused.body());
                assertTrue(refused.body().contains("larger than this server's limit of 262144 bytes"), refused.body());
            }

        }
        // Against a lower limit: just below it is answered, by body and by form; just above it is not.
        try (SparqlServer server = new SparqlServer(data(), ServerOptions.defaults().withPort(0).withMaxRequestBytes(40_000))) {
            server.start();
            String endpoint = server.url() + "/sparql";
            HttpResponse<String> answered = send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(bigQuery(39_000))));
            assertEquals(200, answered.statusCode(), answered.body());
            assertTrue(answered.body().startsWith("n\r\n"), answered.body());
            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(bigQuery(39_000), StandardCharsets.UTF_8))));
            assertEquals(200, form.statusCode(), form.body());
            HttpResponse<String> above = send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(bigQuery(41_000), StandardCharsets.UTF_8))));
            assertEquals(413, above.statusCode(), above.body());
        }
    }

    @Test
    void graphStoreReadsObeyTheirCap() throws Exception {
        try (SparqlServer server = new SparqlServer(data(), ServerOptions.defaults().withPort(0).withMaxGraphTriples(25))) {
            server.start();
            for (String path : new String[] {"/data?default", "/get?default", "/data", "/data?graph=" + EX + "g"}) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url() + path))
                        .header("Accept", path.contains("?") ? "application/n-triples" : "application/n-quads").GET());
                if (path.endsWith("g")) {
                    assertEquals(200, r.statusCode(), path + ": a one-triple graph is read");
                    assertEquals(1, r.body().lines().count(), r.body());
                } else {
                    assertEquals(403, r.statusCode(), path + " returned " + r.body().lines().count() + " lines");
                    assertTrue(r.body().contains("more than 25 triples"), r.body());
                }
            }
        }
    }

    @Test
    void wrongPasswordsLockTheAddressOutForAWhile() throws Exception {
        DatasetGraph dsg = data();
        ServerOptions options = ServerOptions.defaults().withPort(0).withUpdate("pw-right-77")
                .withLoginThrottle(new ServerOptions.Throttle(3, Duration.ofSeconds(2)));
        try (SparqlServer server = new SparqlServer(dsg, options)) {
            server.start();
            String update = server.url() + "/update";
            String insert = "INSERT DATA { <" + EX + "x> <" + EX + "y> <" + EX + "z> }";
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(update))
                        .header("Authorization", basic("admin", "guess-" + i))
                        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)));
                assertEquals(401, wrong.statusCode(), "guess " + i);
            }
            HttpResponse<String> locked = send(HttpRequest.newBuilder(URI.create(update))
                    .header("Authorization", basic("admin", "pw-right-77"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)));
            assertEquals(429, locked.statusCode(), "even the right password is refused while locked out");
            assertTrue(locked.headers().firstValue("Retry-After").isPresent(), locked.headers().map().toString());
            assertEquals(3001L, Txn.calculateRead(dsg, () -> dsg.stream().count()));

            Thread.sleep(2200);
            HttpResponse<String> after = send(HttpRequest.newBuilder(URI.create(update))
                    .header("Authorization", basic("admin", "pw-right-77"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)));
            assertTrue(after.statusCode() == 200 || after.statusCode() == 204, "after the lockout: " + after.statusCode());
            assertEquals(3002L, Txn.calculateRead(dsg, () -> dsg.stream().count()));
        }
    }
}
