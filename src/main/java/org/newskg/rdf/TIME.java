package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C OWL-Time, the terms newskg uses. */
public final class TIME {
    public static final String NS = "http://www.w3.org/2006/time#";

    public static final Resource Interval = r("Interval");
    public static final Resource Instant = r("Instant");
    public static final Property hasBeginning = p("hasBeginning");
    public static final Property hasEnd = p("hasEnd");
    public static final Property inXSDDate = p("inXSDDate");
    public static final Property inXSDgYearMonth = p("inXSDgYearMonth");
    public static final Property inXSDgYear = p("inXSDgYear");

    private TIME() {
    }

    /** A temporal unit such as {@code time:unitYear}. */
    public static Resource unit(String localName) {
        return r(localName);
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
