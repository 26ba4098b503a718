package org.newskg.rdf;

import java.time.LocalDate;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.newskg.time.Derivation;
import org.newskg.time.TimeValue;

/** Writes dates as OWL-Time instants with a precision, and membership intervals, with stable IRIs. */
public final class TimeNodes {

    private TimeNodes() {
    }

    /** Adds {@code org:memberDuring} with a beginning and/or end, when either is known. */
    public static void interval(Model m, Resource membership, TimeValue start, TimeValue end) {
        interval(m, membership, start, end, null, null);
    }

    /** The same, with how each date was obtained ({@code nkg:derivation}) where that is known. */
    public static void interval(Model m, Resource membership, TimeValue start, TimeValue end, Derivation startHow,
                                Derivation endHow) {
        if (start == null && end == null) {
            return;
        }
        String during = membership.getURI() + "/during";
        Resource iv = m.createResource(during).addProperty(RDF.type, TIME.Interval);
        if (start != null) {
            iv.addProperty(TIME.hasBeginning, instant(m, during + "/start", start, startHow));
        }
        if (end != null) {
            iv.addProperty(TIME.hasEnd, instant(m, during + "/end", end, endHow));
        }
        membership.addProperty(ORG.memberDuring, iv);
    }

    /** A {@code time:Instant} with the first day, the precision and the last day of the period. */
    public static Resource instant(Model m, String iri, TimeValue v, Derivation how) {
        Resource r = m.createResource(iri)
                .addProperty(RDF.type, TIME.Instant)
                .addProperty(TIME.inXSDDate, date(m, v.earliest()))
                .addProperty(NKG.precision, TIME.unit(v.precision().owlTimeUnit()))
                .addProperty(NKG.latestDate, date(m, v.latest()));
        if (how != null) {
            r.addProperty(NKG.derivation, how.name().toLowerCase(Locale.ROOT));
        }
        return r;
    }

    public static Literal date(Model m, LocalDate d) {
        return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }
}
