package org.newskg.cli;

import org.newskg.query.KnownNames;
import org.newskg.store.KnowledgeStore;

/** The one answer every read command gives to a name the store does not know. */
final class Lookups {

    private Lookups() {
    }

    /** Fails with exit code 1, the unknown name and the nearest known labels, unless the store knows the name. */
    static void requireKnown(KnowledgeStore ks, KnownNames.Kind kind, String name) {
        KnownNames.check(ks.dataset(), kind, name).ifPresent(u -> {
            throw new UserException(u.message(), 1);
        });
    }
}
