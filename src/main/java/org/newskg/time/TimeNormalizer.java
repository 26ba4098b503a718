package org.newskg.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds time expressions in a text of one language and normalizes them against an anchor date
 * (the article's publication date).
 */
public interface TimeNormalizer {

    /**
     * @param text   the text to search (a sentence, usually)
     * @param lang   the language code ("sv", "zh-Hant", …)
     * @param anchor the publication date, or null when unknown: then relative expressions are not
     *               resolved and only absolute ones are returned
     * @return mentions in text order, non-overlapping, offsets relative to {@code text}
     */
    List<TimeMention> find(String text, String lang, LocalDate anchor);

    /**
     * Infers a publication date from the text alone when none is stated: a weekday beside a day
     * and month pins the year; a dateline gives the date. Empty when the text does not fix it.
     */
    default Optional<LocalDate> inferAnchor(String text, String lang) {
        return Optional.empty();
    }
}
