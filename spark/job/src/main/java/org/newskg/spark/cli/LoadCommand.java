package org.newskg.spark.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.spark.QuadLoader;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg-spark load OUT}: the job's output into a new store; see {@link QuadLoader}. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Build a newskg store from the output folder of `newskg-spark run` (copied to local disk) with "
                + "Jena's TDB2 bulk loader; every newskg command then reads it as a store that `newskg ingest` built. "
                + "Needs no Spark: java -jar newskg-spark.jar load --store DIR OUT")
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "OUT", description = "the output folder of a finished run")
    Path out;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store folder, new or empty (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = NKG.ID_BASE,
            description = "base IRI the run minted under (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--loader", paramLabel = "NAME", defaultValue = "phased",
            description = "Jena's loader: phased (tdb2.tdbloader's default) or parallel (faster, more memory)")
    String loader;

    @Option(names = "--prefixes-only", description = "only give a store loaded by other means (tdb2.xloader) "
            + "the namespace prefixes newskg's Turtle output uses")
    boolean prefixesOnly;

    @Option(names = {"-v", "--verbose"}, description = "show the loader's progress and stack traces of errors")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (prefixesOnly) {
            if (!Files.isDirectory(store)) {
                throw new UsageError("no store at " + store, 2, null);
            }
            try (KnowledgeStore ks = KnowledgeStore.open(store, new Iris(base))) {
                QuadLoader.setPrefixes(ks);
            }
            err.println("set the prefixes of " + store);
            err.flush();
            return 0;
        }
        if (out == null) {
            throw new UsageError("name the output folder of a run (or give --prefixes-only)", 2, null);
        }
        long t0 = System.nanoTime();
        long quads;
        try {
            quads = QuadLoader.load(out, store, new Iris(base), loader, (fmt, args) -> {
                if (verbose) {
                    err.println(String.format(fmt, args));
                    err.flush();
                }
            });
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage(), 2, e);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("loaded %d quads from %s into %s; %.1f s%n", quads, out, store, (System.nanoTime() - t0) / 1e9);
        o.flush();
        return 0;
    }
}
