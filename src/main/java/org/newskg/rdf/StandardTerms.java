package org.newskg.rdf;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The standard types and labels stated beside newskg's own, so that a consumer without newskg's
 * ontology (no reasoner, no {@code rdfs:subClassOf}) finds people with {@code ?x a schema:Person}
 * or {@code foaf:Person}, organizations with {@code org:Organization}, roles with
 * {@code org:Role}, and a name for each with {@code rdfs:label} (and {@code schema:name}).
 */
public final class StandardTerms {

    private StandardTerms() {
    }

    /** A person: foaf:Person and schema:Person, labelled. */
    public static void person(Resource r, Literal label) {
        r.addProperty(RDF.type, FOAF.Person).addProperty(RDF.type, SCHEMA.Person);
        named(r, label);
    }

    /** An organization: org:Organization and schema:Organization, labelled. */
    public static void organization(Resource r, Literal label) {
        r.addProperty(RDF.type, ORG.Organization).addProperty(RDF.type, SCHEMA.Organization);
        named(r, label);
    }

    /** A role: org:Role, labelled (rdfs:label only: a role is no schema.org Thing with a name). */
    public static void role(Resource r, Literal label) {
        r.addProperty(RDF.type, ORG.Role);
        if (label != null) {
            r.addProperty(RDFS.label, label);
        }
    }

    private static void named(Resource r, Literal label) {
        if (label != null) {
            r.addProperty(RDFS.label, label).addProperty(SCHEMA.name, label);
        }
    }
}
