package org.newskg.lang;

import org.newskg.read.Language;
import java.util.Optional;
import org.newskg.read.Article;

/**
 * Turns an article into a {@link Document}: its language (from front matter, else identified) and
 * its sentences. Heavy models are loaded once, in the constructor; {@code analyse} is thread-safe.
 */
public final class Analyzer {

    private final LanguageIdentifier identifier;
    private final SentenceSplitter splitter;

    public Analyzer() {
        this(new LanguageIdentifier(), new SentenceSplitter());
    }

    public Analyzer(LanguageIdentifier identifier, SentenceSplitter splitter) {
        this.identifier = identifier;
        this.splitter = splitter;
    }

    /**
     * @throws UnsupportedLanguageException when the article's language is not one newskg reads
     */
    public Document analyse(Article article) throws UnsupportedLanguageException {
        Language lang;
        if (article.lang() != null) {
            lang = Language.fromTag(article.lang()).orElseThrow(() -> new UnsupportedLanguageException(
                    "language '" + article.lang() + "' is not supported (supported: " + Language.supportedTags() + ")"));
        } else {
            Optional<Language> found = identifier.identify(article.text(), new HanScript());
            lang = found.orElseThrow(() -> new UnsupportedLanguageException(
                    "could not identify a supported language (supported: " + Language.supportedTags()
                            + "); set lang in the front matter"));
        }
        return new Document(article, lang, splitter.split(article.text(), lang));
    }
}
