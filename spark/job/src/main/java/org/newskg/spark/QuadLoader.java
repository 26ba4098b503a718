package org.newskg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;
import org.newskg.pipeline.Components;
import org.newskg.rdf.Iris;
import org.newskg.read.ArticleReader;
import org.newskg.store.KnowledgeStore;

/**
 * Builds a newskg store from a {@link SparkIngest} output with Jena's TDB2 bulk loader (the phased
 * loader of {@code tdb2.tdbloader}, or its parallel one), then gives it the namespace prefixes
 * {@code newskg ingest} gives a store. Every newskg command then reads it as one that {@code ingest}
 * built.
 *
 * <pre>
 *   long quads = QuadLoader.load(Path.of("out"), Path.of("store"), Iris.standard(), "phased", msg -&gt; {});
 * </pre>
 */
public final class QuadLoader {

    /** The loaders of {@code tdb2.tdbloader --loader}: phased (its default) or parallel (all cores, more memory). */
    public static final List<String> LOADERS = List.of("phased", "parallel");

    private QuadLoader() {
    }

    /**
     * @param out the output folder of a finished run (its {@code graphs} and {@code merged} parts)
     * @return the number of quads loaded
     * @throws IllegalArgumentException when {@code out} is no finished run, or the store already holds articles
     */
    public static long load(Path out, Path store, Iris iris, String loaderName, MonitorOutput monitor) {
        if (!LOADERS.contains(loaderName)) {
            throw new IllegalArgumentException("unknown loader '" + loaderName + "' (" + String.join(" or ", LOADERS) + ")");
        }
        List<String> files = new ArrayList<>();
        files.addAll(parts(out.resolve("graphs")));
        files.addAll(parts(out.resolve("merged")));
        try (KnowledgeStore ks = KnowledgeStore.open(store, iris)) {
            if (!ks.isEmpty()) {
                throw new IllegalArgumentException(store + " already holds articles: load into a new folder");
            }
            DataLoader loader = loaderName.equals("parallel")
                    ? LoaderFactory.parallelLoader(ks.datasetGraph(), monitor)
                    : LoaderFactory.phasedLoader(ks.datasetGraph(), monitor);
            loader.startBulk();
            try {
                loader.load(files);
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            loader.finishBulk();
            setPrefixes(ks);
            return loader.countQuads() + loader.countTriples();
        }
    }

    /** Gives a store loaded by other means (Jena's {@code tdb2.xloader}) the prefixes {@code newskg ingest} gives one. */
    public static void setPrefixes(KnowledgeStore ks) {
        ks.setPrefixes(new Components(ks.iris(), ArticleReader.DEFAULT_MAX_BYTES).merger().prefixes().getNsPrefixMap());
    }

    /** The N-Quads parts of one output folder, which a finished run marks with {@code _SUCCESS}. */
    private static List<String> parts(Path dir) {
        if (!Files.isRegularFile(dir.resolve("_SUCCESS"))) {
            throw new IllegalArgumentException(dir + " holds no finished run of newskg-spark (no _SUCCESS in it)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("part-.*\\.nq(\\.gz)?"))
                    .map(Path::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
