package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A role of the vocabulary in {@code ontology/roles.ttl} with all its names.
 *
 * @param key        last segment of the concept's IRI, e.g. "chief-scientist"
 * @param iri        the concept's IRI
 * @param label      the English preferred label, e.g. "Chief Scientist"
 * @param prefLabels one preferred label per language
 * @param altLabels  variants: abbreviations, feminine, plural and inflected forms, loanwords
 * @param broader    keys of broader roles ("chief-executive-officer" for the interim CEO)
 */
public record RoleConcept(String key, String iri, String label, List<Label> prefLabels,
                          List<Label> altLabels, List<String> broader) {

    public RoleConcept {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        prefLabels = List.copyOf(prefLabels);
        altLabels = List.copyOf(altLabels);
        broader = List.copyOf(broader);
    }

    /** The role as the extractor passes it on. */
    public Role role() {
        return new Role(key, label, true);
    }

    /** Preferred labels first, then alternative ones. */
    public List<Label> labels() {
        return Stream.concat(prefLabels.stream(), altLabels.stream()).toList();
    }

    /** The labels in one language, matching tags case-insensitively ("zh-hans" finds "zh-Hans"). */
    public List<Label> labels(String lang) {
        return labels().stream().filter(l -> l.lang().equalsIgnoreCase(lang)).toList();
    }
}
