package org.newskg.eval;

import java.util.Objects;
import org.newskg.extract.EventType;
import org.newskg.time.TimeValue;

/**
 * One hand-made fact about one article: a holding or an event (see the gold format in the eval
 * README). Dates are at the precision the article supports, or null.
 */
public record GoldFact(String article, Kind kind, String person, String organization, String role,
                       EventType eventType, TimeValue start, TimeValue end, String note) {

    /** Holding or event. */
    public enum Kind {
        HOLDING, EVENT
    }

    public GoldFact {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organization, "organization");
        role = role == null ? "" : role;
        if (kind == Kind.EVENT && eventType == null) {
            throw new IllegalArgumentException("an event needs an event type");
        }
    }

    /** The article id: the file name without its extension. */
    public String articleId() {
        return GoldFiles.stem(article);
    }
}
