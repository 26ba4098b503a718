package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newskg.server.GraphPusher;
import org.newskg.server.PushCredentials;
import org.newskg.server.PushException;
import org.newskg.server.PushSummary;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg push URL}: load the graph into a running Fuseki. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Load the merged view and every article graph into a running Fuseki dataset "
                + "(e.g. http://localhost:3030/ds) with the SPARQL Graph Store Protocol, in one request: the remote "
                + "dataset's content is replaced (or added to, with --append) as a whole or not at all.")
final class PushCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "URL", description = "the Fuseki dataset URL")
    String url;

    @Option(names = "--append", description = "add to the remote dataset instead of replacing its content")
    boolean append;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "give up when the server takes no data and sends no answer for this long (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--user", paramLabel = "USER", description = "user for HTTP basic authentication")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "file holding the password")
    Path passwordFile;

    @Option(names = "--password-env", paramLabel = "VAR", description = "environment variable holding the password")
    String passwordEnv;

    @Override
    public Integer call() {
        String password = Secrets.read(passwordFile, passwordEnv);
        if ((user == null) != (password == null)) {
            throw new UserException("--user goes with --password-file or --password-env", 2);
        }
        if (timeoutSeconds <= 0) {
            throw new UserException("--timeout must be positive", 2);
        }
        GraphPusher pusher;
        try {
            pusher = new GraphPusher(url, user == null ? null : new PushCredentials(user, password),
                    Duration.ofSeconds(timeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), 2);
        }
        PushSummary summary;
        try (KnowledgeStore ks = store.openForReading()) {
            summary = pusher.push(ks.datasetGraph(), append);
        } catch (PushException e) {
            throw new UserException(e.getMessage(), 1, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("pushed " + summary.graphs() + " graphs, " + summary.triples() + " triples to " + summary.url());
        out.flush();
        return 0;
    }
}
