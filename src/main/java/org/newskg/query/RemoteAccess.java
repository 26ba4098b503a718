package org.newskg.query;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.atlas.logging.Log;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.engine.iterator.QueryIterCommonParent;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * What a query may reach beyond the store. By default nothing: a {@code SERVICE} clause is refused
 * (it would let whoever can send a query make this machine fetch any address, inside the firewall
 * too) and so is {@code LOAD}. Hosts named in the allow-lists are reached over http or https only,
 * never following a redirect (which could lead anywhere), each call bounded by the timeout and by
 * the query's own: a remote that never answers costs a query its timeout, never a server thread.
 *
 * <pre>
 *   try (RemoteAccess remote = RemoteAccess.allow(Set.of("query.wikidata.org"), Set.of(), Duration.ofSeconds(30))) {
 *       Context cxt = new Context();
 *       remote.applyTo(cxt);            // then run queries with cxt
 *   }
 * </pre>
 */
public final class RemoteAccess implements AutoCloseable {

    /** SERVICE calls waiting on remotes at once; beyond this a call is refused, not queued. */
    private static final int MAX_CALLS = 8;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final Set<String> serviceHosts;
    private final Set<String> loadHosts;
    private final Duration timeout;
    private final HttpClient http;
    private final ExecutorService calls;

    private RemoteAccess(Set<String> serviceHosts, Set<String> loadHosts, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout of remote calls must be positive, got " + timeout);
        }
        this.serviceHosts = normalized(serviceHosts);
        this.loadHosts = normalized(loadHosts);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT.compareTo(timeout) < 0 ? CONNECT_TIMEOUT : timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.calls = new ThreadPoolExecutor(0, MAX_CALLS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "newskg-remote-call");
            t.setDaemon(true);
            return t;
        });
    }

    /** Nothing beyond the store: SERVICE and LOAD refused. */
    public static RemoteAccess none() {
        return new RemoteAccess(Set.of(), Set.of(), Duration.ofSeconds(30));
    }

    /**
     * @param serviceHosts hosts ({@code example.org}, or {@code example.org:8080} for one port) that SERVICE may call
     * @param loadHosts    hosts that LOAD may read from
     * @param timeout      the most any one remote call may take
     */
    public static RemoteAccess allow(Set<String> serviceHosts, Set<String> loadHosts, Duration timeout) {
        return new RemoteAccess(serviceHosts, loadHosts, timeout);
    }

    public Set<String> serviceHosts() {
        return serviceHosts;
    }

    public Set<String> loadHosts() {
        return loadHosts;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The client for remote calls: no redirects, a connect timeout. */
    public HttpClient httpClient() {
        return http;
    }

    /** Makes query executions under {@code cxt} go through this policy for SERVICE. */
    public void applyTo(Context cxt) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(new GuardedService());
        ServiceExecutorRegistry.set(cxt, registry);
        cxt.set(ARQ.httpQueryClient, http);
        cxt.set(ARQ.httpQueryTimeout, timeout.toMillis());
    }

    /**
     * Checks that SERVICE may call this IRI.
     *
     * @throws QueryDeniedException saying why not
     */
    public void checkService(Node service) {
        if (!service.isURI()) {
            throw new QueryDeniedException("SERVICE " + service + " names no address");
        }
        check("SERVICE", service.getURI(), serviceHosts, "--allow-service");
    }

    /**
     * Checks that LOAD may read this address.
     *
     * @throws QueryDeniedException saying why not
     */
    public void checkLoad(String source) {
        check("LOAD", source, loadHosts, "--allow-load");
    }

    private static void check(String what, String address, Set<String> allowed, String option) {
        if (allowed.isEmpty()) {
            throw new QueryDeniedException(what + " <" + address + "> refused: " + what
                    + " is off (" + option + " HOST enables it for named hosts)");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new QueryDeniedException(what + " <" + address + "> refused: not an address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new QueryDeniedException(what + " <" + address + "> refused: only http and https addresses are reached");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null || host.isEmpty()
                || !(allowed.contains(host) || allowed.contains(host + ":" + port(uri)))) {
            throw new QueryDeniedException(what + " <" + address + "> refused: " + (host.isEmpty() ? "no host" : host)
                    + " is not among the allowed hosts (" + String.join(", ", allowed) + ")");
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /**
     * Hosts as the allow-lists hold them: lower case, {@code name} or {@code name:port}.
     *
     * @throws IllegalArgumentException for an entry that is no host (a URL, user info, empty)
     */
    public static Set<String> normalized(Set<String> hosts) {
        Set<String> out = new TreeSet<>();
        for (String h : hosts) {
            String s = h.strip().toLowerCase(Locale.ROOT);
            if (s.isEmpty() || s.contains("/") || s.contains("@")) {
                throw new IllegalArgumentException("not a host (name or name:port): '" + h + "'");
            }
            out.add(s);
        }
        return Set.copyOf(out);
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.http.HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }

    /**
     * SERVICE through the policy: a refused address fails the query (or yields nothing, when
     * SILENT); an allowed one is called on a thread of its own while the query waits, and given
     * up when the query is cancelled (its timeout) or the call's own timeout passes.
     */
    private final class GuardedService implements ServiceExecutor {

        @Override
        public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                             ExecutionContext execCxt) {
            try {
                checkService(opExecute.getService());
                QueryIterator remote = bounded(opExecute, execCxt);
                return new QueryIterCommonParent(QueryIter.makeTracked(remote, execCxt), binding, execCxt);
            } catch (RuntimeException e) {
                if (opExecute.getSilent() && !(e instanceof QueryCancelledException)) {
                    Log.warn(RemoteAccess.class, "SERVICE SILENT: " + e.getMessage());
                    return QueryIterSingleton.create(binding, execCxt);
                }
                throw e;
            }
        }

        private QueryIterator bounded(OpService op, ExecutionContext execCxt) {
            Context cxt = execCxt.getContext();
            Future<QueryIterator> call;
            try {
                call = calls.submit(() -> Service.exec(op, cxt));
            } catch (RejectedExecutionException e) {
                throw new QueryExecException("SERVICE <" + op.getService().getURI() + ">: " + MAX_CALLS
                        + " remote calls are already waiting; try again later");
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                while (true) {
                    try {
                        return call.get(50, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException stillWaiting) {
                        boolean cancelled = execCxt.getCancelSignal() != null && execCxt.getCancelSignal().get();
                        if (cancelled || System.nanoTime() > deadline) {
                            call.cancel(true);
                            throw new QueryCancelledException();
                        }
                    }
                }
            } catch (InterruptedException e) {
                call.cancel(true);
                Thread.currentThread().interrupt();
                throw new QueryCancelledException();
            } catch (ExecutionException e) {
                if (timedOut(e.getCause())) {
                    // The call's own timeout, which is the query's: the same end as the query's timeout.
                    throw new QueryCancelledException();
                }
                if (e.getCause() instanceof QueryExceptionHTTP http) {
                    // Its status would become this server's answer: a remote's 302 is no redirect of ours.
                    throw new QueryExecException("SERVICE <" + op.getService().getURI() + "> answered "
                            + (http.getStatusCode() > 0 ? "HTTP " + http.getStatusCode() : http.getMessage())
                            + (http.getStatusCode() >= 300 && http.getStatusCode() < 400 ? " (redirects are not followed)" : ""));
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new QueryExecException("SERVICE <" + op.getService().getURI() + "> failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
