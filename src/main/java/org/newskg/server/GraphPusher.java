package org.newskg.server;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a dataset's graphs into a running Fuseki dataset over the SPARQL Graph Store Protocol:
 * the default graph and each named graph one request each, PUT (replacing that graph on the
 * server) or, when appending, POST (adding to it). Graphs on the server that the source lacks are
 * left alone.
 *
 * <pre>
 *   PushSummary sent = new GraphPusher("http://localhost:3030/ds", null).push(dsg, false);
 * </pre>
 */
public final class GraphPusher {

    private static final Logger LOG = LoggerFactory.getLogger(GraphPusher.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
            Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(413, "Content Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final String datasetUrl;
    private final PushCredentials credentials;
    private final HttpClient httpClient;

    /**
     * @param datasetUrl  the Fuseki dataset URL, e.g. {@code http://localhost:3030/ds} (its
     *                    graph store endpoint, such as {@code .../ds/data}, works too)
     * @param credentials basic-auth user and password, or null for none
     */
    public GraphPusher(String datasetUrl, PushCredentials credentials) {
        Objects.requireNonNull(datasetUrl, "datasetUrl");
        if (!datasetUrl.startsWith("http://") && !datasetUrl.startsWith("https://")) {
            throw new IllegalArgumentException("push needs an http:// or https:// dataset URL, got " + datasetUrl);
        }
        this.datasetUrl = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        this.credentials = credentials;
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                // Never: the client would repeat the Authorization header to wherever it is sent.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public String url() {
        return datasetUrl;
    }

    /**
     * Sends every graph of {@code source}, read in one read transaction.
     *
     * @param append false: PUT, each pushed graph replaces the server's graph of that name
     *               (the default graph is always sent, so an empty one clears the server's);
     *               true: POST, triples are added and empty graphs are skipped
     * @throws PushException when the server cannot be reached or answers with an HTTP error
     */
    public PushSummary push(DatasetGraph source, boolean append) {
        Objects.requireNonNull(source, "source");
        return Txn.calculateRead(source, () -> pushInTxn(source, append));
    }

    private PushSummary pushInTxn(DatasetGraph source, boolean append) {
        int graphs = 0;
        long triples = 0;
        Graph defaultGraph = source.getDefaultGraph();
        if (!append || !defaultGraph.isEmpty()) {
            send(gsp().defaultGraph(), defaultGraph, append, "default graph");
            graphs++;
            triples += defaultGraph.size();
        }
        for (Iterator<Node> names = source.listGraphNodes(); names.hasNext(); ) {
            Node name = names.next();
            if (!name.isURI()) {
                // The protocol addresses graphs by IRI; a blank-node graph name has none to send.
                LOG.warn("Skipping graph named by a blank node ({}): it cannot be addressed over HTTP", name);
                continue;
            }
            Graph graph = source.getGraph(name);
            if (append && graph.isEmpty()) {
                continue;
            }
            send(gsp().graphName(name), graph, append, "graph <" + name.getURI() + ">");
            graphs++;
            triples += graph.size();
        }
        LOG.info("Pushed {} graphs, {} triples to {} ({})", graphs, triples, datasetUrl,
                append ? "appended" : "replaced");
        return new PushSummary(datasetUrl, graphs, triples);
    }

    private GSP gsp() {
        GSP gsp = GSP.service(datasetUrl).httpClient(httpClient).contentType(RDFFormat.NTRIPLES);
        if (credentials != null) {
            // Sent up front rather than after a 401 challenge, so a large body goes out once.
            gsp.httpHeader("Authorization", credentials.basicAuthorization());
        }
        return gsp;
    }

    private void send(GSP request, Graph graph, boolean append, String what) {
        LOG.debug("{} {} ({} triples) to {}", append ? "POST" : "PUT", what, graph.size(), datasetUrl);
        try {
            if (append) {
                request.POST(graph);
            } else {
                request.PUT(graph);
            }
        } catch (HttpException e) {
            throw translate(e, what);
        }
    }

    private PushException translate(HttpException e, String what) {
        int status = e.getStatusCode();
        if (status > 0) {
            String reason = REASONS.getOrDefault(status, "");
            String message = "push to " + datasetUrl + ": HTTP " + status + (reason.isEmpty() ? "" : " " + reason)
                    + " while sending the " + what + hint(status);
            return new PushException(message, status, e);
        }
        if (hasCause(e, ConnectException.class) || hasCause(e, HttpConnectTimeoutException.class)) {
            return new PushException("cannot connect to " + datasetUrl + ": is Fuseki running?", -1, e);
        }
        return new PushException("push to " + datasetUrl + " failed: " + rootMessage(e), -1, e);
    }

    private String hint(int status) {
        return switch (status) {
            case 404 -> " — is the dataset name right?";
            case 401 -> credentials == null
                    ? " — the server wants a user and password"
                    : " — are the user and password right?";
            case 403 -> " — this user may not write to the dataset";
            case 405 -> " — does the dataset accept updates (is it read-only)?";
            case 413 -> " — the server refused a graph this large";
            default -> status >= 500 ? " — see the server's log"
                    : status >= 300 && status < 400 ? " — the server redirects elsewhere; push to the final URL" : "";
        };
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
