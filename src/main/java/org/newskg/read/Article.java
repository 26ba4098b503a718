package org.newskg.read;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from disk, before any analysis.
 *
 * @param id        stable identifier, the file name without its extension ("000_e89d2d76a7949d21")
 * @param location  where it was read from (a path or URL), for messages
 * @param text      the body text, front matter removed
 * @param lang      language from front matter (BCP 47, e.g. "sv", "zh-Hant"), or null when not stated
 * @param published publication date from front matter, or null when not stated
 * @param title     headline, or null
 * @param author    author, or null
 * @param source    name of the outlet, or null
 * @param url       canonical address, or null
 */
public record Article(String id, String location, String text, String lang, LocalDate published,
                      String title, String author, String source, String url) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        location = location == null ? id : location;
    }

    /** An article with only an id and a text, for tests and callers that have nothing else. */
    public static Article of(String id, String text) {
        return new Article(id, id, text, null, null, null, null, null, null);
    }

    public Optional<String> declaredLang() {
        return Optional.ofNullable(lang);
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** The same article under another id: one made unique among the inputs of a run (see {@link ArticleIds}). */
    public Article withId(String newId) {
        return new Article(newId, location, text, lang, published, title, author, source, url);
    }

    public Article withLang(String newLang) {
        return new Article(id, location, text, newLang, published, title, author, source, url);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, location, text, lang, date, title, author, source, url);
    }
}
