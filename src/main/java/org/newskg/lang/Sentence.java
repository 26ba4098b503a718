package org.newskg.lang;

import java.util.Objects;

/** A sentence: half-open character offsets {@code [begin, end)} into the article text, and its text. */
public record Sentence(int begin, int end, String text) {

    public Sentence {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end - begin != text.length()) {
            throw new IllegalArgumentException("sentence span [" + begin + ", " + end + ") does not fit its text");
        }
    }
}
