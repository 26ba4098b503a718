package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.store.KnowledgeStore;

/** {@code newskg query} reaches no address a query names unless {@code --allow-service} allows it, and not for long. */
class QueryServiceTest {

    @TempDir
    Path dir;

    private Path store() {
        Path store = dir.resolve("store");
        KnowledgeStore.open(store, Iris.standard()).close();
        return store;
    }

    @Test
    void serviceIsRefusedUnlessAllowed() throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        remote.start();
        try {
            String url = "http://127.0.0.1:" + remote.getAddress().getPort() + "/sparql";
            Cli.Run r = Cli.run("query", "--store", store().toString(), "--sparql",
                    "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }");
            assertEquals(1, r.code(), r.out() + r.err());
            assertTrue(r.err().startsWith("newskg query: SERVICE <" + url + "> refused: SERVICE is off"), r.err());
            assertEquals(List.of(), requests, "the query command fetched an address");
            assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
        } finally {
            remote.stop(0);
        }
    }

    @Test
    void anAllowedRemoteThatNeverAnswersIsCutByTheTimeout() throws Exception {
        Path store = store();
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> {
                try (Socket s = silent.accept()) {
                    Thread.sleep(60_000);
                } catch (Exception done) {
                    // closed
                }
            });
            accept.setDaemon(true);
            accept.start();
            String host = "127.0.0.1:" + silent.getLocalPort();
            Cli.Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run("query", "--store", store.toString(),
                    "--allow-service", host, "--timeout", "2", "--sparql", "SELECT * { SERVICE <http://" + host
                            + "/sparql> { ?s ?p ?o } }"), "the query waited on a silent remote");
            assertEquals(1, r.code(), r.out() + r.err());
            assertTrue(r.err().contains("longer than its timeout"), r.err());
        }
    }
}
