package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Option;

/** Options every command shares: where the store is, the IRI base, how much to say. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE})",
            defaultValue = "store")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", description = "base IRI of minted resources (default: ${DEFAULT-VALUE})",
            defaultValue = NKG.ID_BASE)
    String base;

    @Option(names = {"-v", "--verbose"}, description = "log progress details and show stack traces of errors")
    boolean verbose;

    Iris iris() {
        return new Iris(base);
    }

    /** Opens the store, creating it if asked; a read command on a missing store is a usage error. */
    KnowledgeStore open(boolean create) {
        if (!create && !Files.isDirectory(store)) {
            throw new UserException("no store at " + store + ": run 'newskg ingest' first, or give --store DIR", 2);
        }
        try {
            return KnowledgeStore.open(store, iris());
        } catch (RuntimeException e) {
            throw new UserException("cannot open the store at " + store + ": " + e.getMessage()
                    + " (is another newskg process using it?)", 1, e);
        }
    }
}
