package org.newskg.server;

import java.util.Objects;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newskg.query.RemoteAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Fuseki serving one dataset at {@value #DATASET_PATH}: SPARQL query at
 * {@code /newskg/sparql}, {@code /newskg/query} and the dataset URL itself, graph store reads at
 * {@code /newskg/get} and {@code /newskg/data}, and, only when {@link ServerOptions#allowUpdate()},
 * SPARQL Update at {@code /newskg/update} behind HTTP basic auth (wrong passwords throttled per
 * address). Every query runs under the options' timeout, row cap and size limit; graph reads under
 * the row cap; SERVICE and LOAD reach only the hosts the options allow (none by default), see
 * {@link RemoteAccess}. There are no admin endpoints, except that with the web UI on (the
 * three-argument constructor) Fuseki's UI is served at {@code /} with the read-only calls it makes,
 * {@code /$/ping}, {@code /$/server} and {@code /$/stats}.
 *
 * <pre>
 *   try (SparqlServer server = new SparqlServer(dsg, ServerOptions.defaults().withPort(0))) {
 *       server.start();
 *       System.out.println(server.url());   // http://127.0.0.1:PORT/newskg
 *       server.join();
 *   }
 * </pre>
 */
public final class SparqlServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SparqlServer.class);

    public static final String DATASET_PATH = "/newskg";
    private static final String REALM = "newskg";

    private final DatasetGraph dataset;
    private final ServerOptions options;
    private final boolean ui;
    private FusekiServer fuseki;
    private RemoteAccess remote;
    private int port = -1;

    public SparqlServer(DatasetGraph dataset, ServerOptions options) {
        this(dataset, options, false);
    }

    /** A server that, when {@code ui} is true, also serves Fuseki's web UI at {@code /}. */
    public SparqlServer(DatasetGraph dataset, ServerOptions options, boolean ui) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.options = Objects.requireNonNull(options, "options");
        this.ui = ui;
    }

    public ServerOptions options() {
        return options;
    }

    /**
     * Starts the server in the background and returns the port it listens on (the free port
     * chosen when the options say 0).
     *
     * @throws ServerStartException when the server cannot listen, e.g. the port is taken
     */
    public synchronized int start() {
        if (fuseki != null) {
            throw new IllegalStateException("server already started at " + url());
        }
        RemoteAccess access = RemoteAccess.allow(options.serviceHosts(), options.loadHosts(), options.queryTimeout());
        FusekiServer server = build(access);
        try {
            server.start();
        } catch (RuntimeException e) {
            stopQuietly(server);
            access.close();
            throw new ServerStartException("cannot start the SPARQL server on " + options.urlHost() + ":"
                    + options.port() + ": " + rootMessage(e), e);
        }
        fuseki = server;
        remote = access;
        port = server.getHttpPort();
        LOG.info("SPARQL endpoint at {}/sparql ({}, query timeout {} ms, result limit {})", url(),
                options.allowUpdate() ? "updates allowed for user " + ServerOptions.ADMIN_USER : "read-only",
                options.queryTimeout().toMillis(),
                options.resultLimit() == 0 ? "none" : options.resultLimit());
        return port;
    }

    /** The dataset URL, e.g. {@code http://127.0.0.1:3030/newskg}; endpoints are below it. */
    public synchronized String url() {
        if (fuseki == null) {
            throw new IllegalStateException("server not started");
        }
        return "http://" + options.urlHost() + ":" + port + DATASET_PATH;
    }

    /** The web UI's query page for the dataset, e.g. {@code http://127.0.0.1:3030/#/dataset/newskg/query}. */
    public synchronized String uiUrl() {
        if (!ui) {
            throw new IllegalStateException("the web UI is off");
        }
        return "http://" + options.urlHost() + ":" + port() + "/#/dataset" + DATASET_PATH + "/query";
    }

    /** The port listened on, once started. */
    public synchronized int port() {
        if (fuseki == null) {
            throw new IllegalStateException("server not started");
        }
        return port;
    }

    /** Stops the server; does nothing when it is not running. */
    public synchronized void stop() {
        if (fuseki != null) {
            FusekiServer server = fuseki;
            fuseki = null;
            server.stop();
            remote.close();
            remote = null;
        }
    }

    /** Blocks until the server stops (from another thread or at JVM shutdown). */
    public void join() {
        FusekiServer server;
        synchronized (this) {
            server = fuseki;
        }
        if (server == null) {
            throw new IllegalStateException("server not started");
        }
        server.join();
    }

    @Override
    public void close() {
        stop();
    }

    private FusekiServer build(RemoteAccess access) {
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(options.isLoopback())
                .add(DATASET_PATH, dataService(access));
        if (options.allowUpdate()) {
            // An in-memory user store: the password never touches the disk.
            UserStore users = JettySecurityLib.makeUserStore(ServerOptions.ADMIN_USER, options.password());
            ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
            security.setAuthenticator(new ThrottledBasicAuthenticator(options.loginThrottle()));
            builder.securityHandler(security);
        }
        if (ui) {
            FusekiUi.addTo(builder);
        }
        FusekiServer server = builder.build();
        // Fuseki's builder only knows "loopback or all interfaces"; bind the connector to the host asked for.
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(options.bindHost());
            }
        }
        return server;
    }

    private DataService dataService(RemoteAccess access) {
        Context queryContext = new Context();
        // Fuseki reads this as milliseconds and uses it as the overall timeout of each query;
        // a smaller "timeout" request parameter can still shorten it.
        queryContext.set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));
        access.applyTo(queryContext);
        ActionProcessor query = new LimitedQueryProcessor(options.resultLimit(), options.maxRequestBytes());
        ActionProcessor graphs = new LimitedGraphReader(options.maxGraphTriples());

        DataService.Builder service = DataService.newBuilder(dataset);
        for (String name : new String[] {"", "sparql", "query"}) {
            service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name)
                    .processor(query).context(queryContext).build());
        }
        for (String name : new String[] {"", "get", "data"}) {
            service.addEndpoint(Endpoint.create().operation(Operation.GSP_R).endpointName(name).processor(graphs).build());
        }
        if (options.allowUpdate()) {
            service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                    .processor(new GuardedUpdateProcessor(access, options.maxRequestBytes()))
                    .authPolicy(Auth.policyAllowSpecific(ServerOptions.ADMIN_USER)).build());
        }
        return service.build();
    }

    private static void stopQuietly(FusekiServer server) {
        try {
            server.stop();
        } catch (RuntimeException e) {
            LOG.debug("stopping a server that failed to start", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
