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
}
