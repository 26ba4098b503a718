package org.newskg.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Writes a graph as JSON-LD 1.1 compacted with newskg's context ({@code ontology/context.jsonld}):
 * schema.org is the vocabulary, so articles read as {@code "@type": "NewsArticle", "headline": …};
 * the terms newskg's graph uses have short names with their types coerced, so a membership reads
 * {@code "member": "person:kim-lund", "memberDuring": …} and a date
 * {@code "inXSDgYearMonth": "2024-05"}; resources are compact IRIs ({@code "person:kim-lund"}).
 * Language tags keep the case they were written in ({@code zh-Hans}), which JSON-LD processing
 * would lower. The context is written into the document, so it needs nothing from the network.
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

    /** The context document, with newskg's resource prefixes moved to the store's base when it is not the standard one. */
    public static JsonObject contextDocument(Iris iris) {
        try (InputStream in = JsonLdExport.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CONTEXT_RESOURCE + " is missing from the classpath");
            }
            JsonObject root = Json.createReader(in).readObject();
            JsonObjectBuilder ctx = Json.createObjectBuilder();
            root.getJsonObject("@context").forEach((key, value) -> {
                if (value instanceof JsonString s && s.getString().startsWith(NKG.ID_BASE)) {
                    ctx.add(key, iris.base() + s.getString().substring(NKG.ID_BASE.length()));
                } else {
                    ctx.add(key, value);
                }
            });
            return Json.createObjectBuilder().add("@context", ctx).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONTEXT_RESOURCE, e);
        }
    }

    /** The context's prefixes, prefix to IRI ({@code "@vocab"} under the key ""): its terms that name a namespace. */
    public static Map<String, String> context(Iris iris) {
        Map<String, String> out = new LinkedHashMap<>();
        contextDocument(iris).getJsonObject("@context").forEach((key, value) -> {
            if (value instanceof JsonString s && (s.getString().endsWith("/") || s.getString().endsWith("#"))) {
                out.put(key.equals("@vocab") ? "" : key, s.getString());
            }
        });
        return out;
    }

    /** Writes the graph (read it inside a transaction when it is a store's). */
    public static void write(Graph graph, Iris iris, OutputStream out) {
        // Jena gives the expanded form; titanium compacts it with the context.
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFWriter.source(DatasetGraphFactory.wrap(graph)).format(RDFFormat.JSONLD11_FLAT).output(expanded);
        JsonObject compacted;
        try {
            compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())),
                    JsonDocument.of(contextDocument(iris))).ordered(true).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot compact the JSON-LD export: " + e.getMessage(), e);
        }
        JsonValue restored = restoreLanguageTags(compacted, languageTags(graph));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (JsonWriter jw = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w)) {
            jw.write(restored);
        }
    }

    /** Every language tag in the graph as written, by its lower-case form. */
    private static Map<String, String> languageTags(Graph graph) {
        Map<String, String> tags = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && !o.getLiteralLanguage().isEmpty()) {
                tags.putIfAbsent(o.getLiteralLanguage().toLowerCase(Locale.ROOT), o.getLiteralLanguage());
            }
        });
        return tags;
    }

    private static JsonValue restoreLanguageTags(JsonValue v, Map<String, String> tags) {
        if (v instanceof JsonObject o) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            o.forEach((k, x) -> {
                if (k.equals("@language") && x instanceof JsonString s) {
                    b.add(k, tags.getOrDefault(s.getString().toLowerCase(Locale.ROOT), s.getString()));
                } else {
                    b.add(k, restoreLanguageTags(x, tags));
                }
            });
            return b.build();
        }
        if (v instanceof jakarta.json.JsonArray a) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            a.forEach(x -> b.add(restoreLanguageTags(x, tags)));
            return b.build();
        }
        return v;
    }
}
