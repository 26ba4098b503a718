package org.newskg.lang;

/** The article's language is not one newskg reads, or could not be identified. */
public final class UnsupportedLanguageException extends Exception {

    public UnsupportedLanguageException(String message) {
        super(message);
    }
}
