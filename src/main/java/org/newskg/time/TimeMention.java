package org.newskg.time;

import java.util.Objects;

/**
 * A time expression found in a text, normalized. Offsets are half-open {@code [begin, end)}
 * character offsets into the string that was searched.
 *
 * @param value    the point, or the start of a range / since-phrase; for an until-phrase, the end
 * @param rangeEnd the end of a range ("2000年至2002年"), or null
 * @param relation what the expression says about the value
 */
public record TimeMention(int begin, int end, String text, TimeValue value, TimeValue rangeEnd,
                          Relation relation, Derivation derivation) {

    /** What an expression says about time. */
    public enum Relation {
        /** "in May 2024", "last November", "mardi soir". */
        AT,
        /** "since 2017", "depuis 2017", "自2017年以来": value is a start. */
        SINCE,
        /** "until the end of the year", "jusqu'à la fin de l'année": value is an end. */
        UNTIL,
        /** "2000年至2002年", "from 2000 to 2002": value and rangeEnd. */
        RANGE
    }

    public TimeMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(derivation, "derivation");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        if ((relation == Relation.RANGE) != (rangeEnd != null)) {
            throw new IllegalArgumentException("rangeEnd is required for RANGE and only for RANGE");
        }
    }
}
