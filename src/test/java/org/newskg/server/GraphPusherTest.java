package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class GraphPusherTest {

    private static final String EX = "http://example.org/push/";
    private static final Node GRAPH_A = iri("graphA");
    private static final Node GRAPH_B = iri("graphB");

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** Two default-graph triples, three in graph A, one in graph B. */
    private static DatasetGraph source() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            dsg.getDefaultGraph().add(Triple.create(iri("alice"), iri("chairOf"), iri("acmeBoard")));
            dsg.getDefaultGraph().add(Triple.create(iri("bob"), iri("ceoOf"), iri("acme")));
            for (int i = 0; i < 3; i++) {
                dsg.add(new Quad(GRAPH_A, iri("person" + i), iri("mentionedIn"), iri("articleA")));
            }
            dsg.add(new Quad(GRAPH_B, iri("carol"), iri("mentionedIn"), iri("articleB")));
        });
        return dsg;
    }

    /** The "existing Fuseki": an updatable in-memory dataset at /ds. */
    private static FusekiServer remote() {
        return FusekiServer.create().loopback(true).port(0)
                .add("/ds", DatasetGraphFactory.createTxnMem(), true)
                .build().start();
    }

    private static long count(String datasetUrl, String where) {
        try (QueryExecution qe = QueryExecutionHTTP.service(datasetUrl + "/sparql")
                .query("SELECT (COUNT(*) AS ?n) WHERE { " + where + " }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static long defaultCount(String url) {
        return count(url, "?s ?p ?o");
    }

    private static long namedCount(String url) {
        return count(url, "GRAPH ?g { ?s ?p ?o }");
    }

    private static long graphCount(String url, Node graph) {
        return count(url, "GRAPH <" + graph.getURI() + "> { ?s ?p ?o }");
    }

    private static int closedLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void pushedGraphsArrivePerGraphOnTheRemote() {
        FusekiServer remote = remote();
        try {
            String url = remote.datasetURL("/ds");
            PushSummary summary = new GraphPusher(url, null).push(source(), false);

            assertEquals(3, summary.graphs());
            assertEquals(6, summary.triples());
            assertEquals(2, defaultCount(url));
            assertEquals(4, namedCount(url));
            assertEquals(3, graphCount(url, GRAPH_A));
            assertEquals(1, graphCount(url, GRAPH_B));
        } finally {
            remote.stop();
        }
    }

    @Test
    void pushingTwiceReplacesInsteadOfDuplicating() {
        FusekiServer remote = remote();
        try {
            String url = remote.datasetURL("/ds");
            GraphPusher pusher = new GraphPusher(url, null);
            pusher.push(source(), false);
            pusher.push(source(), false);
            assertEquals(2, defaultCount(url));
            assertEquals(4, namedCount(url));

            // Replace mode drops what the new version of a graph no longer has.
            DatasetGraph smaller = source();
            Txn.executeWrite(smaller, () -> smaller.delete(
                    new Quad(GRAPH_A, iri("person0"), iri("mentionedIn"), iri("articleA"))));
            pusher.push(smaller, false);
            assertEquals(2, graphCount(url, GRAPH_A));
        } finally {
            remote.stop();
        }
    }

    @Test
    void appendKeepsWhatTheRemoteAlreadyHas() {
        FusekiServer remote = remote();
        try {
            String url = remote.datasetURL("/ds");
            GraphPusher pusher = new GraphPusher(url, null);
            pusher.push(source(), false);

            DatasetGraph extra = DatasetGraphFactory.createTxnMem();
            Txn.executeWrite(extra, () -> extra.add(
                    new Quad(GRAPH_A, iri("dave"), iri("mentionedIn"), iri("articleC"))));
            PushSummary summary = pusher.push(extra, true);

            assertEquals(1, summary.graphs(), "the empty default graph is not counted when appending");
            assertEquals(4, graphCount(url, GRAPH_A));
            assertEquals(2, defaultCount(url));
        } finally {
            remote.stop();
        }
    }

    @Test
    void aWrongDatasetPathIsReportedAs404() {
        FusekiServer remote = remote();
        try {
            String wrong = remote.datasetURL("/nosuchdataset");
            PushException e = assertThrows(PushException.class, () -> new GraphPusher(wrong, null).push(source(), false));
            assertEquals(404, e.statusCode());
            assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
            assertTrue(e.getMessage().contains(wrong), e.getMessage());
            assertTrue(e.getMessage().contains("dataset name"), e.getMessage());
        } finally {
            remote.stop();
        }
    }

    @Test
    void aClosedPortIsReportedAsNoConnection() throws IOException {
        String url = "http://127.0.0.1:" + closedLoopbackPort() + "/ds";
        PushException e = assertThrows(PushException.class, () -> new GraphPusher(url, null).push(source(), false));
        assertEquals(-1, e.statusCode());
        assertTrue(e.getMessage().startsWith("cannot connect to " + url), e.getMessage());
        assertTrue(e.getMessage().contains("is Fuseki running?"), e.getMessage());
    }

    @Test
    void credentialsAreSentToAProtectedRemote() {
        FusekiServer remote = FusekiServer.create().loopback(true).port(0)
                .securityHandler(JettySecurityLib.makeSecurityHandler("test",
                        JettySecurityLib.makeUserStore("loader", "pw-for-test"), AuthScheme.BASIC))
                .serverAuthPolicy(Auth.policyAllowSpecific("loader"))
                .add("/ds", DatasetGraphFactory.createTxnMem(), true)
                .build().start();
        try {
            String url = remote.datasetURL("/ds");
            PushException refused = assertThrows(PushException.class,
                    () -> new GraphPusher(url, null).push(source(), false));
            assertEquals(401, refused.statusCode());

            PushException wrongPassword = assertThrows(PushException.class,
                    () -> new GraphPusher(url, new PushCredentials("loader", "nope")).push(source(), false));
            assertEquals(401, wrongPassword.statusCode());
            assertTrue(!wrongPassword.getMessage().contains("nope"), "the password must not appear in messages");

            PushSummary summary = new GraphPusher(url, new PushCredentials("loader", "pw-for-test")).push(source(), false);
            assertEquals(6, summary.triples());
        } finally {
            remote.stop();
        }
    }
}
