package org.newskg.extract;

import java.util.Objects;

/**
 * The sentence a fact was read from: half-open character offsets {@code [begin, end)} into the
 * article text, and the sentence itself.
 */
public record Evidence(int begin, int end, String text) {

    public Evidence {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad evidence span [" + begin + ", " + end + ")");
        }
    }
}
