package org.newskg.extract;

/**
 * Whom a pattern points at: a name mention of the sentence (typed as a person only if the
 * candidate is chosen), or a person the discourse already knows by key.
 */
record PersonRef(Mention mention, String key) {

    PersonRef {
        if ((mention == null) == (key == null)) {
            throw new IllegalArgumentException("a person is a mention or a known key");
        }
    }

    static PersonRef of(Mention m) {
        return new PersonRef(m, null);
    }

    static PersonRef known(String key) {
        return key == null ? null : new PersonRef(null, key);
    }

    /** The person's key, typing the mention as a person if it is one: call only for a chosen candidate. */
    String commit(ArticleEntities entities) {
        return key != null ? key : entities.asPerson(mention);
    }
}
