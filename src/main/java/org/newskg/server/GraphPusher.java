package org.newskg.server;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a dataset into a running Fuseki dataset over the Graph Store Protocol in one request:
 * every graph as N-Quads, PUT to the dataset (replacing all it holds, default graph and named
 * graphs) or, when appending, POST (adding to it). One request is applied by the server in one
 * transaction, so a failure anywhere leaves the remote as it was: never half replaced. The body
 * is written to a temporary file first (removed afterwards) and sent with its length: a store
 * that fails while being read sends nothing, and a connection cut part-way is seen by the server
 * as cut (Jetty takes the early end of a body of unknown length for its end, and would commit
 * the part it had). The connection has a timeout, and so has the wait: a server that neither
 * takes data nor answers for that long is given up on.
 *
 * <pre>
 *   PushSummary sent = new GraphPusher("http://localhost:3030/ds", null).push(dsg, false);
 * </pre>
 */
public final class GraphPusher {

    private static final Logger LOG = LoggerFactory.getLogger(GraphPusher.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
            Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(413, "Content Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final String datasetUrl;
    private final URI uri;
    private final PushCredentials credentials;
    private final Duration idleTimeout;
    private final HttpClient httpClient;

    /**
     * @param datasetUrl  the Fuseki dataset URL, e.g. {@code http://localhost:3030/ds} (its
     *                    graph store endpoint, such as {@code .../ds/data}, works too)
     * @param credentials basic-auth user and password, or null for none
     */
    public GraphPusher(String datasetUrl, PushCredentials credentials) {
        this(datasetUrl, credentials, DEFAULT_IDLE_TIMEOUT);
    }

    /**
     * @param idleTimeout how long the server may go without taking data or answering
     * @throws IllegalArgumentException for a URL that is not http(s), or that holds a user or
     *                                  password (the message does not repeat it)
     */
    public GraphPusher(String datasetUrl, PushCredentials credentials, Duration idleTimeout) {
        Objects.requireNonNull(datasetUrl, "datasetUrl");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, got " + idleTimeout);
        }
        String url = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        URI parsed;
        try {
            parsed = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("push needs an http:// or https:// dataset URL; this one is malformed");
        }
        if (parsed.getRawUserInfo() != null) {
            // Never echoed: it holds a password, and messages end up in logs and terminals.
            throw new IllegalArgumentException("the push URL holds a user name or password: give the URL without it, "
                    + "and --user with --password-file or --password-env");
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme();
        if (!scheme.equals("http") && !scheme.equals("https") || parsed.getHost() == null) {
            throw new IllegalArgumentException("push needs an http:// or https:// dataset URL, got " + url);
        }
        this.datasetUrl = url;
        this.uri = parsed;
        this.credentials = credentials;
        this.idleTimeout = idleTimeout;
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT.compareTo(idleTimeout) < 0 ? CONNECT_TIMEOUT : idleTimeout)
                // Never: the client would repeat the Authorization header to wherever it is sent.
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public String url() {
        return datasetUrl;
    }

    /**
     * Sends every graph of {@code source}, read in one read transaction, in one request.
     *
     * @param append false: PUT, the remote dataset's content is replaced by the source's (an
     *               empty source empties it); true: POST, the source's quads are added
     * @throws PushException when the server cannot be reached, does not answer in time, or
     *                       answers with an HTTP error; the remote is then unchanged
     */
    public PushSummary push(DatasetGraph source, boolean append) {
        Objects.requireNonNull(source, "source");
        Path body;
        try {
            body = Files.createTempFile("newskg-push", ".nq");
        } catch (IOException e) {
            throw new PushException("push to " + datasetUrl + ": no room for the data to send (" + e.getMessage()
                    + "); nothing was sent", -1, e);
        }
        try {
            Counts counts = write(source, body, append);
            long size = Files.size(body);
            AtomicLong lastProgress = new AtomicLong(System.nanoTime());
            HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> progress(body, lastProgress)), size);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .header("Content-Type", WebContent.contentTypeNQuads + "; charset=utf-8")
                    .method(append ? "POST" : "PUT", publisher);
            if (credentials != null) {
                // Sent up front rather than after a 401 challenge, so the body goes out once.
                request.header("Authorization", credentials.basicAuthorization());
            }
            LOG.debug("{} {} bytes to {}", append ? "POST" : "PUT", size, datasetUrl);
            HttpResponse<String> response = await(httpClient.sendAsync(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)), lastProgress);
            int status = response.statusCode();
            if (status < 200 || status >= 300) {
                String reason = REASONS.getOrDefault(status, "");
                throw new PushException("push to " + datasetUrl + ": HTTP " + status + (reason.isEmpty() ? "" : " " + reason)
                        + hint(status) + "; nothing was changed there", status, null);
            }
            LOG.info("Pushed {} graphs, {} triples to {} ({})", counts.graphs(), counts.quads(), datasetUrl,
                    append ? "appended" : "replaced");
            return new PushSummary(datasetUrl, counts.graphs(), counts.quads());
        } catch (IOException e) {
            throw new PushException("push to " + datasetUrl + ": the data could not be prepared (" + e.getMessage()
                    + "); nothing was sent", -1, e);
        } finally {
            try {
                Files.deleteIfExists(body);
            } catch (IOException e) {
                LOG.warn("could not remove {}: {}", body, e.getMessage());
            }
        }
    }

    /** How many quads and graphs went into the body. */
    private record Counts(long quads, int graphs) {
    }

    /** The dataset as N-Quads in {@code file}, from one read transaction. */
    private Counts write(DatasetGraph source, Path file, boolean append) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            Counts counts = Txn.calculateRead(source, () -> {
                StreamRDF nquads = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                Set<Node> names = new HashSet<>();
                boolean defaultGraph = false;
                long n = 0;
                nquads.start();
                for (Iterator<Quad> it = source.find(); it.hasNext(); ) {
                    Quad q = it.next();
                    nquads.quad(q);
                    n++;
                    if (q.isDefaultGraph()) {
                        defaultGraph = true;
                    } else {
                        names.add(q.getGraph());
                    }
                }
                nquads.finish();
                // Replacing, the default graph is always replaced, even by an empty one.
                return new Counts(n, names.size() + (defaultGraph || !append ? 1 : 0));
            });
            out.flush();
            return counts;
        } catch (RuntimeException e) {
            throw new PushException("push to " + datasetUrl + " stopped: the store could not be read (" + rootMessage(e)
                    + "); nothing was sent, so nothing was changed there", -1, e);
        }
    }

    /** The body file as the client reads it, each read noted as progress. */
    private static InputStream progress(Path file, AtomicLong lastProgress) {
        try {
            return new FilterInputStream(Files.newInputStream(file)) {
                @Override
                public int read() throws IOException {
                    lastProgress.set(System.nanoTime());
                    return super.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    lastProgress.set(System.nanoTime());
                    return super.read(b, off, len);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the answer while the server takes data or works on it, at most the idle timeout without progress. */
    private HttpResponse<String> await(CompletableFuture<HttpResponse<String>> sent, AtomicLong lastProgress) {
        try {
            while (true) {
                try {
                    return sent.get(200, TimeUnit.MILLISECONDS);
                } catch (TimeoutException waiting) {
                    if (System.nanoTime() - lastProgress.get() > idleTimeout.toNanos()) {
                        sent.cancel(true);
                        throw new PushException("push to " + datasetUrl + ": no answer for " + idleTimeout.toSeconds()
                                + " s (the server took no data and sent no reply); gave up, so nothing was changed there "
                                + "unless the server finishes the request on its own (raise the wait with --timeout)", -1, null);
                    }
                }
            }
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new PushException("push to " + datasetUrl + " interrupted", -1, e);
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        }
    }

    private PushException translate(Throwable e) {
        if (hasCause(e, ConnectException.class) || hasCause(e, HttpConnectTimeoutException.class)) {
            return new PushException("cannot connect to " + datasetUrl + ": is Fuseki running?", -1, e);
        }
        return new PushException("push to " + datasetUrl + " failed: " + rootMessage(e) + "; nothing was changed there", -1, e);
    }

    private String hint(int status) {
        return switch (status) {
            case 404 -> " — is the dataset name right?";
            case 401 -> credentials == null
                    ? " — the server wants a user and password"
                    : " — are the user and password right?";
            case 403 -> " — this user may not write to the dataset";
            case 405 -> " — does the dataset accept updates (is it read-only)?";
            case 413 -> " — the server refused data this large";
            case 415 -> " — the server does not take a whole dataset (N-Quads) in one request; export and load it there";
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
