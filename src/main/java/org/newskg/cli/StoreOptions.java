package org.newskg.cli;

import java.io.IOError;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newskg.pipeline.Components;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.read.ArticleReader;
import org.newskg.server.ServedStore;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.StoreErrors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command shares: where the store is, the IRI base, how much to say. */
final class StoreOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE})",
            defaultValue = "store")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", description = "base IRI of minted resources (default: ${DEFAULT-VALUE})",
            defaultValue = NKG.ID_BASE)
    String base;

    @Option(names = {"-v", "--verbose"}, description = "log progress details and show stack traces of errors")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "print errors only: no progress, summaries or notes")
    boolean quiet;

    Iris iris() {
        return new Iris(base);
    }

    /**
     * Opens the store, creating it if asked; a read command on a missing store is a usage error.
     * A merged view left behind by an interrupted ingest is rebuilt first.
     */
    KnowledgeStore open(boolean create) {
        KnowledgeStore ks = openAsIs(create);
        if (ks.mergedViewPending()) {
            PrintWriter err = mixee.commandLine().getErr();
            try {
                ks.rebuildMergedView(new Components(iris(), ArticleReader.DEFAULT_MAX_BYTES).merger()::build);
                err.println("newskg " + mixee.name() + ": the last ingest into " + store
                        + " was interrupted; rebuilt the merged view from the stored articles");
            } catch (RuntimeException | InternalError | IOError e) {
                if (e instanceof Error && !StoreErrors.isDiskError(e)) {
                    throw (Error) e;
                }
                // Still answer, from the view of the last complete ingest, rather than not at all.
                err.println("newskg " + mixee.name() + ": the last ingest into " + store + " was interrupted and "
                        + "the merged view could not be rebuilt (" + StoreErrors.ioCause(e).orElse(String.valueOf(e))
                        + "); answering from the last complete ingest");
            }
            err.flush();
        }
        return ks;
    }

    /**
     * Opens the store to read it. While {@code newskg serve} holds the store (TDB2 lets one process
     * open it), the command reads a copy of the whole dataset fetched from the server in one
     * request, which holds whole ingest batches only.
     */
    KnowledgeStore openForReading() {
        Optional<ServedStore> served = served();
        if (served.isEmpty()) {
            return open(false);
        }
        ServedStore s = served.get();
        if (!quiet) {
            PrintWriter err = mixee.commandLine().getErr();
            err.println("newskg " + mixee.name() + ": " + store + " is served at " + s.url() + " (process " + s.pid()
                    + "); reading through it");
            err.flush();
        }
        try {
            return KnowledgeStore.copyOf(s.snapshot(), iris());
        } catch (RuntimeException e) {
            throw new UserException("cannot read " + store + " through the server at " + s.url() + ": " + e.getMessage(), 1, e);
        }
    }

    /** The running server that holds the store, if one does. */
    Optional<ServedStore> served() {
        return Files.isDirectory(store) ? ServedStore.find(store) : Optional.empty();
    }

    /** Fails, naming the server and what to do instead, when a running server holds the store. */
    void refuseIfServed(String what) {
        served().ifPresent(s -> {
            throw new UserException(store + " is served by newskg serve at " + s.url() + " (process " + s.pid() + "), "
                    + "which holds the store: " + (s.watch() != null
                    ? "put the articles into its watch folder " + s.watch() + " and it ingests them"
                    : "stop it, or restart it with --watch DIR and put the articles into DIR")
                    + " (" + what + " cannot open the store while it runs)", 1);
        });
    }

    /** Opens the store without repairing it: for ingest, which rebuilds the merged view at its end anyway. */
    KnowledgeStore openAsIs(boolean create) {
        if (Files.isRegularFile(store)) {
            throw new UserException(store + " is a file, not a store folder: give --store a folder", 2);
        }
        if (!create && !Files.isDirectory(store)) {
            throw new UserException("no store at " + store + ": run 'newskg ingest' first, or give --store DIR", 2);
        }
        try {
            return KnowledgeStore.open(store, iris());
        } catch (RuntimeException | InternalError | IOError e) {
            if (e instanceof Error && !StoreErrors.isDiskError(e)) {
                throw (Error) e;
            }
            throw new UserException(StoreErrors.openFailure(store, e), 1, e);
        }
    }
}
