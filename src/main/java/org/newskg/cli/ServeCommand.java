package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.FolderWatch;
import org.newskg.pipeline.Ingest;
import org.newskg.read.ArticleReader;
import org.newskg.server.ServedStore;
import org.newskg.server.ServerOptions;
import org.newskg.server.ServerStartException;
import org.newskg.server.SparqlServer;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg serve}: an embedded Fuseki over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over SPARQL with an embedded Fuseki at http://HOST:PORT/newskg "
                + "(query at /newskg/sparql and /newskg/query). Read-only and bound to 127.0.0.1 unless told otherwise.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerOptions.DEFAULT_HOST,
            description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--allow-update", description = "enable SPARQL Update at /newskg/update for user admin "
            + "(needs --password-file or --password-env)")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "file holding the admin password")
    Path passwordFile;

    @Option(names = "--password-env", paramLabel = "VAR", description = "environment variable holding the admin password")
    String passwordEnv;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "query timeout in seconds (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--ui", description = "also serve Fuseki's web UI at http://HOST:PORT/ to browse and query the graph "
            + "(with the read-only /$/ping, /$/server and /$/stats it calls)")
    boolean ui;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000",
            description = "most rows a query returns (default: ${DEFAULT-VALUE})")
    long maxRows;

    @Option(names = "--max-graph-triples", paramLabel = "N", defaultValue = "10000000",
            description = "most triples one graph store read returns; a larger graph is refused, not cut "
                    + "(default: ${DEFAULT-VALUE})")
    long maxGraphTriples;

    @Option(names = "--max-query-bytes", paramLabel = "N", defaultValue = "262144",
            description = "largest query or update accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxQueryBytes;

    @Mixin
    ServiceHostsOption serviceHosts;

    @Option(names = "--allow-load", paramLabel = "HOST", split = ",",
            description = "let LOAD (an update: needs --allow-update) read from these hosts; LOAD is off without it")
    List<String> loadHosts = new ArrayList<>();

    @Option(names = "--watch", paramLabel = "DIR",
            description = "ingest the article files that arrive in DIR while serving: each scan's new or changed "
                    + "files are one batch, which readers see whole or not at all")
    Path watch;

    @Option(names = "--watch-interval", paramLabel = "SECONDS", defaultValue = "2",
            description = "how often DIR is scanned; a file is taken once it has not changed for this long "
                    + "(default: ${DEFAULT-VALUE})")
    double watchInterval;

    @Override
    public Integer call() {
        if (watch != null && !Files.isDirectory(watch)) {
            throw new UserException("--watch " + watch + ": no such folder", 2);
        }
        if (!(watchInterval > 0)) {
            throw new UserException("--watch-interval must be positive", 2);
        }
        ServerOptions opts;
        try {
            opts = ServerOptions.defaults().withHost(host).withPort(port)
                    .withQueryTimeout(Duration.ofSeconds(timeoutSeconds)).withResultLimit(maxRows).withMaxGraphTriples(maxGraphTriples)
                    .withMaxRequestBytes(maxQueryBytes).withServiceHosts(serviceHosts.hosts());
            if (allowUpdate) {
                String password = Secrets.read(passwordFile, passwordEnv);
                if (password == null) {
                    throw new UserException("--allow-update needs a password: --password-file FILE or --password-env VAR", 2);
                }
                opts = opts.withUpdate(password);
            } else if (!loadHosts.isEmpty()) {
                throw new UserException("--allow-load needs --allow-update: LOAD is an update", 2);
            }
            opts = opts.withLoadHosts(Set.copyOf(loadHosts));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), 2);
        }
        PrintWriter err = spec.commandLine().getErr();
        exposure(opts).forEach(w -> err.println("newskg serve: warning: " + w));
        store.refuseIfServed("serve");
        // A watched folder may start a store from nothing: the first files fill it.
        try (KnowledgeStore ks = store.open(watch != null); SparqlServer server = new SparqlServer(ks.datasetGraph(), opts, ui)) {
            server.start();
            FolderWatch watcher = watch == null ? null : watcher(ks, err);
            new ServedStore(server.url(), ProcessHandle.current().pid(), watch).writeTo(store.store);
            // Ctrl-C ends the JVM without returning from join: the note and the watcher go in a hook.
            Thread cleanup = new Thread(() -> {
                if (watcher != null) {
                    watcher.close(); // waits for a batch being stored
                }
                ServedStore.remove(store.store);
            }, "newskg-serve-stop");
            Runtime.getRuntime().addShutdownHook(cleanup);
            if (!store.quiet) {
                err.println("newskg: serving " + store.store + " at " + server.url() + " (SPARQL: " + server.url()
                        + "/sparql)" + (allowUpdate ? ", updates at " + server.url() + "/update" : ", read-only")
                        + (ui ? "; web UI at " + server.uiUrl() : "")
                        + (watch != null ? "; ingesting new files from " + watch : "") + "; Ctrl-C stops");
                err.flush();
            }
            if (watcher != null) {
                watcher.start();
            }
            server.join();
        } catch (ServerStartException e) {
            throw new UserException(e.getMessage(), 1, e);
        }
        return 0;
    }

    /** What a user should know before others can reach the server: said once, at start. */
    static List<String> exposure(ServerOptions opts) {
        List<String> out = new ArrayList<>();
        if (opts.isLoopback()) {
            return out;
        }
        String where = opts.isWildcard() ? "every network interface (" + opts.host() + ")" : opts.host();
        out.add("listening on " + where + ": anyone who can reach this machine on port " + opts.port()
                + " can query the store");
        if (opts.allowUpdate()) {
            out.add("updates are on over plain HTTP: the admin password crosses the network unencrypted "
                    + "(put a TLS proxy in front, or serve on 127.0.0.1)");
        }
        return out;
    }

    private FolderWatch watcher(KnowledgeStore ks, PrintWriter err) {
        Components parts = new Components(store.iris(), ArticleReader.DEFAULT_MAX_BYTES);
        Ingest ingest = new Ingest(parts.processor(), ks, parts.merger(), Runtime.getRuntime().availableProcessors(), 256);
        return new FolderWatch(watch, ingest, Duration.ofMillis(Math.round(watchInterval * 1000)), summary -> {
            summary.problems().forEach(p -> err.println("newskg serve: " + p));
            summary.notes().forEach(n -> err.println("newskg serve: " + n));
            if (!store.quiet) {
                summary.warnings().forEach(w -> err.println("newskg serve: " + w));
                err.println("newskg serve: " + summary.render().replace("\n", "; ").replace(System.lineSeparator(), "; "));
            }
            err.flush();
        });
    }
}
