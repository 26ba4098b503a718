package org.newskg.extract;

import java.util.List;
import java.util.Map;

/** Temporary stand-in until the vocabulary loader lands. */
public final class RoleVocabulary {
    public static RoleVocabulary load() {
        return new RoleVocabulary();
    }

    public Map<String, List<Role>> labelsFor(String lang) {
        return Map.of("ceo", List.of(new Role("chief-executive-officer", "Chief Executive Officer", true)),
                "chief scientist", List.of(new Role("chief-scientist", "Chief Scientist", true)));
    }
}
