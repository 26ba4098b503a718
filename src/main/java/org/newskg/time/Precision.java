package org.newskg.time;

/** How precisely a date is known; matches OWL-Time's temporal units. */
public enum Precision {
    DAY, MONTH, YEAR;

    /** The OWL-Time unit local name: unitDay, unitMonth, unitYear. */
    public String owlTimeUnit() {
        return switch (this) {
            case DAY -> "unitDay";
            case MONTH -> "unitMonth";
            case YEAR -> "unitYear";
        };
    }

    /** The precision an OWL-Time unit IRI names ("…#unitMonth" is MONTH); DAY when it names none. */
    public static Precision fromUnit(String unitIri) {
        for (Precision p : values()) {
            if (unitIri != null && unitIri.endsWith(p.owlTimeUnit())) {
                return p;
            }
        }
        return DAY;
    }
}
