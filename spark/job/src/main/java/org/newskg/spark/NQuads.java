package org.newskg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Graphs as N-Quads text, written by Jena's N-Quads writer as {@code newskg export --format nquads}
 * writes them, so that lines compare equal; and the output format of the job's parts, whose names
 * end in {@code .nq} (or {@code .nq.gz}) so that Jena's loaders tell their syntax.
 */
final class NQuads {

    private NQuads() {
    }

    /** A model's triples in the named graph {@code graph} (the default graph when null), one quad a line. */
    static String text(Model m, String graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        Node g = graph == null ? Quad.defaultGraphIRI : NodeFactory.createURI(graph);
        w.start();
        m.getGraph().find().forEachRemaining(t -> w.quad(Quad.create(g, t)));
        w.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The lines of {@link #text}. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
            out.add(text.substring(from, nl));
            from = nl + 1;
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out;
    }

    /** Text output whose part files are named {@code part-r-00000.nq}, or {@code .nq.gz} when compressed. */
    public static final class OutputFormat extends TextOutputFormat<NullWritable, Text> {
        @Override
        public org.apache.hadoop.fs.Path getDefaultWorkFile(TaskAttemptContext context, String extension)
                throws java.io.IOException {
            return super.getDefaultWorkFile(context, ".nq" + extension);
        }
    }
}
