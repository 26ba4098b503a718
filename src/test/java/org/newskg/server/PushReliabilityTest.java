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
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * {@code push} replaces the remote dataset in one request, so it is never left half replaced: a
 * failure on either side leaves the remote as it was. A server that accepts the connection and
 * never answers is given up on after the timeout. A password written into the URL is refused and
 * never printed.
 */
class PushReliabilityTest {

    private static final String EX = "http://example.org/push-reliability/";

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** A default-graph triple and 40 named graphs of one triple each. */
    private static DatasetGraph source() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            dsg.getDefaultGraph().add(Triple.create(iri("merged"), iri("p"), iri("o")));
            for (int i = 0; i < 40; i++) {
                dsg.add(new Quad(iri("article" + i), iri("s" + i), iri("p"), iri("o")));
            }
        });
        return dsg;
    }

    private static FusekiServer remoteWith(DatasetGraph held) {
        return FusekiServer.create().loopback(true).port(0).add("/ds", held, true).build().start();
    }

    private static long count(String datasetUrl, String pattern) {
        try (QueryExecution qe = QueryExecutionHTTP.service(datasetUrl + "/sparql")
                .query("SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static DatasetGraph old() {
        DatasetGraph held = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(held, () -> {
            held.getDefaultGraph().add(Triple.create(iri("before"), iri("p"), iri("o")));
            held.add(new Quad(iri("article0"), iri("stale"), iri("p"), iri("o")));
            held.add(new Quad(iri("elsewhere"), iri("x"), iri("p"), iri("o")));
        });
        return held;
    }

    @Test
    void onePushIsOneRequestThatReplacesTheRemoteDatasetWhole() throws IOException {
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer recorder = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        recorder.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        recorder.start();
        try {
            PushSummary sent = new GraphPusher("http://127.0.0.1:" + recorder.getAddress().getPort() + "/ds", null)
                    .push(source(), false);
            assertEquals(41, sent.graphs());
            assertEquals(41, sent.triples());
            assertEquals(List.of("PUT /ds application/n-quads; charset=utf-8"), requests);
        } finally {
            recorder.stop(0);
        }

        FusekiServer remote = remoteWith(old());
        try {
            String url = remote.datasetURL("/ds");
            new GraphPusher(url, null).push(source(), false);
            assertEquals(1, count(url, "?s ?p ?o"), "the default graph replaced");
            assertEquals(40, count(url, "GRAPH ?g { ?s ?p ?o }"), "every graph replaced, none added to, none left over");
            assertEquals(0, count(url, "GRAPH ?g { <" + EX + "stale> ?p ?o }"));
        } finally {
            remote.stop();
        }
    }

    @Test
    void aStoreThatFailsHalfWayLeavesTheRemoteAsItWas() {
        DatasetGraph failing = new DatasetGraphWrapper(source()) {
            @Override
            public Iterator<Quad> find() {
                Iterator<Quad> all = super.find();
                return new Iterator<>() {
                    int n;

                    @Override
                    public boolean hasNext() {
                        return all.hasNext();
                    }

                    @Override
                    public Quad next() {
                        if (++n > 20) {
                            throw new IllegalStateException("simulated read failure after 20 quads");
                        }
                        return all.next();
                    }
                };
            }
        };
        FusekiServer remote = remoteWith(old());
        try {
            String url = remote.datasetURL("/ds");
            PushException e = assertThrows(PushException.class, () -> new GraphPusher(url, null).push(failing, false));
            assertTrue(e.getMessage().contains("the store could not be read") && e.getMessage().endsWith("nothing was changed there"),
                    e.getMessage());
            assertEquals(1, count(url, "<" + EX + "before> ?p ?o"), "the remote's default graph is as it was");
            assertEquals(2, count(url, "GRAPH ?g { ?s ?p ?o }"), "the remote's graphs are as they were");
        } finally {
            remote.stop();
        }
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersIsGivenUpOn() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new CopyOnWriteArrayList<>();
            Thread accept = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // and never read or write
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            accept.setDaemon(true);
            accept.start();
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/ds";
            PushException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(PushException.class,
                    () -> new GraphPusher(url, null, Duration.ofSeconds(1)).push(source(), false)), "push hung");
            assertTrue(e.getMessage().startsWith("push to " + url + ": no answer for 1 s"), e.getMessage());
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aServerThatTakesTheDataAndNeverAnswersIsGivenUpOn() throws Exception {
        HttpServer stuck = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stuck.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stuck.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        stuck.start();
        try {
            String url = "http://127.0.0.1:" + stuck.getAddress().getPort() + "/ds";
            PushException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(PushException.class,
                    () -> new GraphPusher(url, null, Duration.ofSeconds(1)).push(source(), false)), "push hung");
            assertTrue(e.getMessage().contains("no answer for 1 s"), e.getMessage());
        } finally {
            stuck.stop(0);
        }
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithoutBeingRepeated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GraphPusher("http://loader:pw-in-url-93@127.0.0.1:3030/ds", null));
        assertFalse(e.getMessage().contains("pw-in-url-93"), e.getMessage());
        assertTrue(e.getMessage().contains("--user with --password-file or --password-env"), e.getMessage());
    }
}
