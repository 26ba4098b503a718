package org.newskg.report;

import org.newskg.query.TimelineFact;
import org.newskg.time.Precision;
import org.newskg.time.TimeValue;

/** Words for a fact, shared by the chart's tooltips and the evidence list. */
final class FactText {

    private FactText() {
    }

    /** "Holding" or the event's words, capitalized: "Leave of absence". */
    static String kind(TimelineFact f) {
        if (f.isHolding()) {
            return "Holding";
        }
        EventStyle s = EventStyle.of(f.kind());
        String words = s == EventStyle.OTHER ? f.kind() : s.label();
        return words.isEmpty() ? "Event" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "Chief Scientist, Kim Lund at Nordbank" or, without a role, "Kim Lund at Nordbank". */
    static String who(TimelineFact f) {
        String where = f.person() + " at " + f.organization();
        return f.role().isEmpty() ? where : f.role() + ", " + where;
    }

    /** When, in words that say how precisely it is known and whether it is still going on. */
    static String when(TimelineFact f) {
        TimeValue s = f.start();
        TimeValue e = f.end();
        if (f.isHolding()) {
            if (s == null && e == null) {
                return "dates unknown; counted as ongoing";
            }
            if (s == null) {
                return "until " + e.iso() + precisionNote(e) + "; start unknown";
            }
            if (e == null) {
                return "since " + s.iso() + precisionNote(s) + "; ongoing";
            }
            return s.iso() + " to " + e.iso() + precisionNote(s, e);
        }
        if (s == null) {
            return "date unknown";
        }
        if (e != null) {
            return s.iso() + " to " + e.iso() + precisionNote(s, e);
        }
        return (s.precision() == Precision.DAY ? "on " : "in ") + s.iso();
    }

    /** " (known to the month)" for a date that is not a day; "" for a day. */
    private static String precisionNote(TimeValue v) {
        return v.precision() == Precision.DAY ? "" : " (known to the " + unit(v) + ")";
    }

    /** " (start known to the year, end to the month)" for a span; "" when both are days. */
    private static String precisionNote(TimeValue start, TimeValue end) {
        boolean s = start.precision() != Precision.DAY;
        boolean e = end.precision() != Precision.DAY;
        if (s && e) {
            return " (start known to the " + unit(start) + ", end to the " + unit(end) + ")";
        }
        if (s) {
            return " (start known to the " + unit(start) + ")";
        }
        return e ? " (end known to the " + unit(end) + ")" : "";
    }

    private static String unit(TimeValue v) {
        return v.precision() == Precision.MONTH ? "month" : "year";
    }
}
