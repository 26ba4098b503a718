package org.newskg.lang;

import org.newskg.read.Language;
import java.util.List;
import java.util.Objects;
import org.newskg.read.Article;

/** An article after analysis: its language and its sentences in text order. */
public record Document(Article article, Language language, List<Sentence> sentences) {

    public Document {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
    }
}
