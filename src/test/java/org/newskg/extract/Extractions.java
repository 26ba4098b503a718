package org.newskg.extract;

import java.time.LocalDate;
import org.newskg.lang.Analyzer;
import org.newskg.lang.UnsupportedLanguageException;
import org.newskg.read.Article;
import org.newskg.time.RuleBasedTimeNormalizer;

/** The extractor the extraction tests share, built once: made-up text in, its facts out. */
final class Extractions {

    /** The publication date of every test article unless a test gives its own. */
    static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(new Lexicons(), new RuleBasedTimeNormalizer());
    private static final Analyzer ANALYZER = new Analyzer();

    private Extractions() {
    }

    static Extraction extract(String lang, String text) {
        return extract(lang, text, PUBLISHED);
    }

    static Extraction extract(String lang, String text, LocalDate published) {
        return extract(new Article("t", "t", text, lang, published, null, null, null, null));
    }

    /** Who holds which title where, as "person|organization|Title", distinct and sorted, without dates. */
    static java.util.List<String> posts(String lang, String text) {
        return posts(extract(lang, text));
    }

    /** One post as {@link #posts(String, String)} writes it, from "person-key,org-key" and a title. */
    static String post(String who, String title) {
        String[] p = who.split(",");
        return p[0] + "|" + p[1] + "|" + title;
    }

    /** The holdings of an extraction as {@link #posts(String, String)} gives them. */
    static java.util.List<String> posts(Extraction x) {
        return x.holdings().stream().map(h -> h.personKey() + "|" + h.orgKey() + "|" + h.role().label()).distinct().sorted().toList();
    }

    static Extraction extract(Article article) {
        try {
            return EXTRACTOR.extract(ANALYZER.analyse(article));
        } catch (UnsupportedLanguageException e) {
            throw new AssertionError(e);
        }
    }
}
