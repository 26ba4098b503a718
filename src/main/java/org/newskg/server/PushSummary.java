package org.newskg.server;

import java.util.Objects;

/** What a push sent: to which dataset URL, how many graphs (the default graph counts as one) and triples. */
public record PushSummary(String url, int graphs, long triples) {
    public PushSummary {
        Objects.requireNonNull(url, "url");
        if (graphs < 0 || triples < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
