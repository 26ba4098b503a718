package org.newskg.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes newskg writes, so exported Turtle reads well. */
public final class Prefixes {

    private Prefixes() {
    }

    public static void set(PrefixMapping pm) {
        pm.setNsPrefix("nkg", NKG.NS);
        pm.setNsPrefix("id", NKG.ID_BASE);
        pm.setNsPrefix("person", NKG.ID_BASE + "person/");
        pm.setNsPrefix("orgn", NKG.ID_BASE + "org/");
        pm.setNsPrefix("role", NKG.ID_BASE + "role/");
        pm.setNsPrefix("source", NKG.ID_BASE + "source/");
        pm.setNsPrefix("org", ORG.NS);
        pm.setNsPrefix("time", TIME.NS);
        pm.setNsPrefix("prov", PROV.NS);
        pm.setNsPrefix("schema", SCHEMA.NS);
        pm.setNsPrefix("foaf", org.apache.jena.sparql.vocabulary.FOAF.NS);
        pm.setNsPrefix("skos", SKOS.uri);
        pm.setNsPrefix("owl", OWL2.NS);
        pm.setNsPrefix("rdf", RDF.uri);
        pm.setNsPrefix("rdfs", RDFS.uri);
        pm.setNsPrefix("xsd", XSD.NS);
    }
}
