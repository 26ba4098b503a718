package org.newskg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The ready SPARQL queries of {@code queries/*.rq}, shipped in the jar, each parsed once.
 *
 * <pre>
 *   Query q = new QueryLibrary().get("holders");
 * </pre>
 */
public final class QueryLibrary {

    private final Map<String, Query> parsed = new ConcurrentHashMap<>();

    /** The parsed query {@code queries/<name>.rq}; callers must not modify it. */
    public Query get(String name) {
        return parsed.computeIfAbsent(name, n -> QueryFactory.create(text(n)));
    }

    /** The text of {@code queries/<name>.rq}. */
    public static String text(String name) {
        String resource = "queries/" + name + ".rq";
        try (InputStream in = QueryLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no query named " + name + " (" + resource + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
