package org.newskg.rdf;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * Writes a graph as JSON-LD 1.1 compacted with newskg's context ({@code ontology/context.jsonld}):
 * schema.org is the vocabulary, so articles read as {@code "@type": "NewsArticle", "headline": …};
 * the other vocabularies and newskg's resources get prefixes ({@code "org:member"},
 * {@code "person:kim-lund"}). The context is written into the document, so it needs nothing from
 * the network to be read back.
 *
 * <pre>
 *   JsonLdExport.write(dataset.getDefaultModel().getGraph(), Iris.standard(), out);
 * </pre>
 */
public final class JsonLdExport {

    /** The context file, shipped in the jar. */
    public static final String CONTEXT_RESOURCE = "ontology/context.jsonld";

    private JsonLdExport() {
    }

    /**
     * The context's terms, prefix to IRI ({@code "@vocab"} under the key ""), with newskg's resource
     * prefixes moved to the store's base when it is not the standard one.
     */
    public static Map<String, String> context(Iris iris) {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = JsonLdExport.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CONTEXT_RESOURCE + " is missing from the classpath");
            }
            JsonElement root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            JsonObject ctx = root.getAsJsonObject().getAsJsonObject("@context");
            for (String key : ctx.keySet()) {
                String iri = ctx.get(key).getAsString();
                if (iri.startsWith(NKG.ID_BASE)) {
                    iri = iris.base() + iri.substring(NKG.ID_BASE.length());
                }
                out.put(key.equals("@vocab") ? "" : key, iri);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONTEXT_RESOURCE, e);
        }
        return out;
    }

    /** Writes the graph (read it inside a transaction when it is a store's). */
    public static void write(Graph graph, Iris iris, OutputStream out) {
        PrefixMapping pm = new PrefixMappingImpl();
        context(iris).forEach(pm::setNsPrefix);
        // Jena's JSON-LD 1.1 writer compacts with the dataset's prefixes ("" becomes @vocab); a wrapper
        // carries them, so the store's own prefixes are neither used nor changed.
        Graph withContext = new GraphWrapper(graph) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return pm;
            }
        };
        DatasetGraph dsg = DatasetGraphFactory.wrap(withContext);
        RDFWriter.source(dsg).format(RDFFormat.JSONLD11_PRETTY).output(out);
    }
}
