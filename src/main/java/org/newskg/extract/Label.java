package org.newskg.extract;

import java.util.Objects;

/** A surface form of an entity with its language tag (empty when the form has no language, like "@ilyasut"). */
public record Label(String text, String lang) {

    public Label {
        Objects.requireNonNull(text, "text");
        lang = lang == null ? "" : lang;
    }
}
