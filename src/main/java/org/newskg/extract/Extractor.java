package org.newskg.extract;

import org.newskg.lang.Document;

/** Reads the facts of one analysed article. Implementations are stateless and thread-safe. */
public interface Extractor {

    /**
     * @param document the analysed article
     * @return its entities, holdings and events (possibly none)
     */
    Extraction extract(Document document);
}
