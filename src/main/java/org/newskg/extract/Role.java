package org.newskg.extract;

import java.util.Objects;

/**
 * A role concept: a key (the last segment of its IRI, e.g. "chief-scientist") and its English
 * preferred label. Roles from the vocabulary in {@code ontology/roles.ttl} and roles composed
 * from known parts ("Senior Vice President of Research") look the same here.
 *
 * @param inVocabulary false for a composed role, which the mapper then declares in the graph
 */
public record Role(String key, String label, boolean inVocabulary) {

    public Role {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }
}
