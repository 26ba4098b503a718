package org.newskg.extract;

/**
 * Which organization a candidate names: one already typed (by key), a mention of the sentence
 * (typed only if the candidate is chosen), or the organization the article is about.
 */
record OrgRef(Mention mention, String key, boolean focus) {

    static OrgRef known(String key) {
        return new OrgRef(null, key, false);
    }

    static OrgRef of(Mention m) {
        return new OrgRef(m, null, false);
    }

    static OrgRef ofFocus() {
        return new OrgRef(null, null, true);
    }

    /** The organization's key, typing the mention if need be: call only for a chosen candidate. */
    String commit(ArticleEntities entities) {
        if (key != null) {
            return key;
        }
        return focus ? entities.focusOrganization() : entities.asOrganization(mention);
    }

    /** Whether two references name the same organization for certain. */
    boolean same(OrgRef o) {
        return o != null && (key != null ? key.equals(o.key) : focus ? o.focus : mention == o.mention);
    }
}
