package org.newskg.spark;

import java.io.Serializable;
import org.newskg.rdf.Iris;

/**
 * What every executor builds its parts from: the IRI base and the size limit of a file (or a
 * corpus line), as {@code newskg ingest --base … --max-bytes …} takes them.
 */
public record Settings(String base, long maxBytes) implements Serializable {

    public Settings {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        base = new Iris(base).base();
    }
}
