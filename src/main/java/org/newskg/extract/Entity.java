package org.newskg.extract;

import java.util.Objects;
import java.util.Set;

/**
 * A person or organization as one article names it, after coreference within the article.
 *
 * @param key      identifier within the article and, normalized, the basis of its IRI
 * @param name     the preferred name (the fullest Latin-script form where there is one)
 * @param labels   every surface form seen, with its language
 * @param wikidata a Wikidata IRI from the gazetteer, or null
 */
public record Entity(EntityKind kind, String key, String name, Set<Label> labels, String wikidata) {

    public Entity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        labels = Set.copyOf(labels);
    }
}
