package org.newskg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.newskg.read.Article;

/**
 * Everything read from one article: its entities, holdings and events.
 *
 * @param lang           the language the article was analysed in
 * @param anchor         the date relative expressions were resolved against, or null
 * @param anchorInferred true when {@code anchor} was inferred from the text, not stated
 */
public record Extraction(Article article, String lang, LocalDate anchor, boolean anchorInferred,
                         List<Entity> entities, List<Holding> holdings, List<Event> events) {

    public Extraction {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(lang, "lang");
        entities = List.copyOf(entities);
        holdings = List.copyOf(holdings);
        events = List.copyOf(events);
    }

    public boolean isEmpty() {
        return holdings.isEmpty() && events.isEmpty();
    }
}
