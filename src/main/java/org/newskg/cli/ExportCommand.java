package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.rdf.ExportView;
import org.newskg.rdf.JsonLdExport;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg export}: the graph for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph for other tools: turtle and jsonld write the merged view (the default graph; "
                + "JSON-LD compacted with ontology/context.jsonld, schema.org as its vocabulary); "
                + "trig and nquads write it together with one named graph per source article. The name keys and "
                + "the unused roles of the vocabulary stay out unless asked for.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, trig, nquads or jsonld (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (default, or -: standard output)")
    Path out;

    @Option(names = "--with-index", description = "also write the lower-case name keys (nkg:nameKey) that queries "
            + "look names up by")
    boolean withIndex;

    @Option(names = "--with-vocabulary", description = "also write the roles of the role vocabulary that no fact uses")
    boolean withVocabulary;

    @Override
    public Integer call() throws IOException {
        RDFFormat fmt = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "turtle", "ttl" -> RDFFormat.TURTLE_BLOCKS;
            case "trig" -> RDFFormat.TRIG_BLOCKS;
            case "nquads", "nq" -> RDFFormat.NQUADS;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD11;
            default -> throw new UserException("unknown --format '" + format + "' (turtle, trig, nquads or jsonld)", 2);
        };
        boolean dataset = fmt == RDFFormat.TRIG_BLOCKS || fmt == RDFFormat.NQUADS;
        try (KnowledgeStore ks = store.openForReading()) {
            if (out == null || out.toString().equals("-")) {
                OutputStream os = new NonClosing(System.out);
                write(ks, fmt, dataset, os);
                os.flush();
                return 0;
            }
            OutputFiles.write(out, os -> write(ks, fmt, dataset, os));
        }
        if (!store.quiet) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("wrote " + out);
            err.flush();
        }
        return 0;
    }

    private void write(KnowledgeStore ks, RDFFormat fmt, boolean dataset, OutputStream os) {
        Txn.executeRead(ks.dataset(), () -> {
            Graph merged = ExportView.of(ks.dataset().getDefaultModel().getGraph(), withIndex, withVocabulary);
            if (fmt == RDFFormat.JSONLD11) {
                JsonLdExport.write(merged, ks.iris(), os);
            } else if (dataset) {
                // The merged view as exported, and every article graph as stored (linked, not copied).
                DatasetGraph all = DatasetGraphFactory.createGeneral(merged);
                ks.datasetGraph().listGraphNodes().forEachRemaining(g -> {
                    if (g.isURI() && ks.iris().isSource(g.getURI())) {
                        all.addGraph(g, ks.datasetGraph().getGraph(g));
                    }
                });
                RDFWriter.source(all).format(fmt).output(os);
            } else {
                RDFWriter.source(merged).format(fmt).output(os);
            }
        });
    }

    /** Keeps System.out open after a writer closes its stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
