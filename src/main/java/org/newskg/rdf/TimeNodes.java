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

/**
 * Writes dates as OWL-Time instants and membership intervals, with stable IRIs. An instant states
 * its date in OWL-Time's own term for what is known ({@code time:inXSDDate} for a day,
 * {@code time:inXSDgYearMonth} for a month, {@code time:inXSDgYear} for a year), and, for queries
 * that compare dates whatever their precision, the first and last day of that period
 * ({@code nkg:earliestDate}, {@code nkg:latestDate}) and the precision ({@code nkg:precision}).
 */
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

    /** A {@code time:Instant}: the date at its precision, the precision, the first and the last day of the period. */
    public static Resource instant(Model m, String iri, TimeValue v, Derivation how) {
        LocalDate d = v.earliest();
        Resource r = m.createResource(iri).addProperty(RDF.type, TIME.Instant);
        switch (v.precision()) {
            case DAY -> r.addProperty(TIME.inXSDDate, date(m, d));
            case MONTH -> r.addProperty(TIME.inXSDgYearMonth,
                    m.createTypedLiteral(String.format("%04d-%02d", d.getYear(), d.getMonthValue()), XSDDatatype.XSDgYearMonth));
            case YEAR -> r.addProperty(TIME.inXSDgYear,
                    m.createTypedLiteral(String.format("%04d", d.getYear()), XSDDatatype.XSDgYear));
        }
        r.addProperty(NKG.precision, TIME.unit(v.precision().owlTimeUnit()))
                .addProperty(NKG.earliestDate, date(m, d))
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
