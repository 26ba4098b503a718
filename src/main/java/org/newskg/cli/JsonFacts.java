package org.newskg.cli;

import java.util.Collection;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.rdf.Iris;
import org.newskg.time.TimeValue;

/**
 * The one shape of {@code --format json} across who, timeline, holdings and events: a missing
 * value is {@code null}, never {@code ""}; a person, organization or role is
 * {@code {"label", "iri"}} (with {@code "aliases": [...]} where the command lists them); a date is
 * {@code {"value": "2024-05", "precision": "month", "earliest": "2024-05-01", "latest": "2024-05-31"}};
 * a source is {@code {"id", "iri"}}, several are an array; a fact's own IRI is {@code "fact"}.
 */
final class JsonFacts {

    private JsonFacts() {
    }

    static JsonValue text(String s) {
        return s == null || s.isEmpty() ? JsonNull.instance : new JsonString(s);
    }

    /** A labelled resource; null when there is none. {@code aliases} null leaves the key out. */
    static JsonValue entity(String label, String iri, Collection<String> aliases) {
        if ((label == null || label.isEmpty()) && (iri == null || iri.isEmpty())) {
            return JsonNull.instance;
        }
        JsonObject o = new JsonObject();
        o.put("label", text(label));
        o.put("iri", text(iri));
        if (aliases != null) {
            JsonArray a = new JsonArray();
            new TreeSet<>(aliases).forEach(x -> a.add(new JsonString(x)));
            o.put("aliases", a);
        }
        return o;
    }

    /** A date given at its precision ("2024", "2024-05", "2024-05-14"); null when unknown. */
    static JsonValue date(String iso) {
        if (iso == null || iso.isEmpty()) {
            return JsonNull.instance;
        }
        TimeValue v = TimeValue.parse(iso);
        JsonObject o = new JsonObject();
        o.put("value", iso);
        o.put("precision", v.precision().name().toLowerCase(java.util.Locale.ROOT));
        o.put("earliest", v.earliest().toString());
        o.put("latest", v.latest().toString());
        return o;
    }

    static JsonObject source(Iris iris, String id) {
        JsonObject o = new JsonObject();
        o.put("id", id);
        o.put("iri", iris.source(id));
        return o;
    }

    static JsonArray sources(Iris iris, Collection<String> ids) {
        JsonArray a = new JsonArray();
        new TreeSet<>(ids).forEach(id -> a.add(source(iris, id)));
        return a;
    }

    /** Source IRIs joined by "|" (as the queries give them) to source objects. */
    static JsonArray sourcesFromIris(Iris iris, String joined) {
        JsonArray a = new JsonArray();
        if (joined == null || joined.isEmpty()) {
            return a;
        }
        new TreeSet<>(java.util.Arrays.asList(joined.split("\\|"))).forEach(iri -> {
            JsonObject o = new JsonObject();
            o.put("id", iris.isSource(iri) ? iris.sourceId(iri) : iri);
            o.put("iri", iri);
            a.add(o);
        });
        return a;
    }
}
