package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** schema.org, the terms newskg uses for sources. */
public final class SCHEMA {
    public static final String NS = "https://schema.org/";

    public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
    public static final Resource Person = ResourceFactory.createResource(NS + "Person");
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    public static final Property name = p("name");
    public static final Property headline = p("headline");
    public static final Property inLanguage = p("inLanguage");
    public static final Property author = p("author");
    public static final Property publisher = p("publisher");
    public static final Property datePublished = p("datePublished");
    public static final Property url = p("url");

    private SCHEMA() {
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
