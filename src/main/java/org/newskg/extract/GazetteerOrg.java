package org.newskg.extract;

/** A well-known organization from the gazetteer: canonical English name and Wikidata id (or null). */
public record GazetteerOrg(String name, String wikidataId) {

    public String wikidataIri() {
        return wikidataId == null || wikidataId.isBlank() ? null : "http://www.wikidata.org/entity/" + wikidataId;
    }
}
