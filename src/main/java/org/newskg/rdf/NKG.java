package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The newskg ontology namespace, {@code nkg:}, for what the standard vocabularies lack. */
public final class NKG {
    public static final String NS = "https://w3id.org/newskg/ontology#";
    /** Resources (people, organizations, roles, sources, facts) live under this base by default. */
    public static final String ID_BASE = "https://w3id.org/newskg/id/";

    public static final Resource Person = r("Person");
    public static final Resource Organization = r("Organization");
    public static final Resource Role = r("Role");
    public static final Resource Source = r("Source");
    public static final Resource Event = r("Event");
    public static final Resource Evidence = r("Evidence");
    public static final Resource RoleScheme = ResourceFactory.createResource(ID_BASE + "role");

    public static final Property agent = p("agent");
    public static final Property organization = p("organization");
    public static final Property role = p("role");
    public static final Property date = p("date");
    public static final Property endDate = p("endDate");
    public static final Property precision = p("precision");
    public static final Property earliestDate = p("earliestDate");
    public static final Property latestDate = p("latestDate");
    public static final Property derivation = p("derivation");
    public static final Property evidence = p("evidence");
    public static final Property text = p("text");
    public static final Property charStart = p("charStart");
    public static final Property charEnd = p("charEnd");
    public static final Property source = p("source");
    public static final Property contentHash = p("contentHash");
    public static final Property anchorDate = p("anchorDate");
    public static final Property anchorInferred = p("anchorInferred");
    public static final Property conflict = p("conflict");
    public static final Property mergedFrom = p("mergedFrom");
    public static final Property nameKey = p("nameKey");

    private NKG() {
    }

    /** The class of an event type, e.g. {@code nkg:Departure}. */
    public static Resource eventClass(String localName) {
        return r(localName);
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
