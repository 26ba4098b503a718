package org.newskg.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.system.Txn;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Ingest;
import org.newskg.pipeline.IngestSummary;
import org.newskg.rdf.Iris;
import org.newskg.read.ArticleReader;
import org.newskg.read.InputCollector;
import org.newskg.store.KnowledgeStore;

/** Stores built by newskg's own ingest, and their contents as sorted N-Quads lines, for comparisons. */
final class Stores {

    private Stores() {
    }

    /** What an ingest stored and reported. */
    record Ingested(IngestSummary summary, List<String> quads, Map<String, String> prefixes) {
    }

    /** {@code newskg ingest PATH… --store store}: the composition its command makes, with two threads. */
    static Ingested ingest(List<Path> inputs, Path store) {
        InputCollector.Inputs in = Ingest.collect(inputs);
        Components parts = new Components(Iris.standard(), ArticleReader.DEFAULT_MAX_BYTES);
        IngestSummary s;
        try (KnowledgeStore ks = KnowledgeStore.open(store, parts.iris())) {
            s = new Ingest(parts.processor(), ks, parts.merger(), 2, 256).run(in.files(), in.problems(), n -> { });
        }
        return new Ingested(s, quads(store), prefixes(store));
    }

    /** Every quad of a store (as {@code newskg export --format nquads --with-index --with-vocabulary} writes them), sorted. */
    static List<String> quads(Path store) {
        try (KnowledgeStore ks = KnowledgeStore.open(store, Iris.standard())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Txn.executeRead(ks.dataset(), () -> RDFWriter.source(ks.datasetGraph()).format(RDFFormat.NQUADS).output(out));
            return sortedLines(out.toString(StandardCharsets.UTF_8));
        }
    }

    static Map<String, String> prefixes(Path store) {
        try (KnowledgeStore ks = KnowledgeStore.open(store, Iris.standard())) {
            return ks.read(ds -> ds.getDefaultModel().getNsPrefixMap());
        }
    }

    /** The quads of a run's output (article graphs and merged view), sorted. */
    static List<String> output(Path out) {
        List<String> lines = new ArrayList<>();
        for (String part : List.of("graphs", "merged")) {
            try (Stream<Path> files = Files.list(out.resolve(part))) {
                for (Path f : files.filter(f -> f.getFileName().toString().matches("part-.*\\.nq(\\.gz)?")).toList()) {
                    lines.addAll(sortedLines(read(f)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Collections.sort(lines);
        return lines;
    }

    /** The lines of a run's problems. */
    static List<String> problems(Path out) {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("problems"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(sortedLines(read(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.sort(lines);
        return lines;
    }

    private static String read(Path f) throws IOException {
        try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> sortedLines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n")));
        lines.removeIf(String::isEmpty);
        Collections.sort(lines);
        return lines;
    }

    /** Fails with the first differences when the two sorted lists differ. */
    static void assertSameLines(List<String> expected, List<String> actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        throw new AssertionError(what + ": " + expected.size() + " lines expected, " + actual.size() + " found; "
                + missing.size() + " missing, " + extra.size() + " extra\n  missing: "
                + String.join("\n  missing: ", missing.subList(0, Math.min(8, missing.size()))) + "\n  extra:   "
                + String.join("\n  extra:   ", extra.subList(0, Math.min(8, extra.size()))));
    }
}
