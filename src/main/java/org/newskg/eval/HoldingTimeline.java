package org.newskg.eval;

import java.time.LocalDate;
import org.newskg.query.HoldingRow;
import org.newskg.time.TimeValue;

/**
 * Whether a holding was held on a date: no known start counts as held at any date up to its end;
 * no known end as ongoing; a known start is not held before it. Months and years count in full.
 */
public final class HoldingTimeline {

    private HoldingTimeline() {
    }

    public static boolean heldAt(HoldingRow h, LocalDate date) {
        if (!h.start().isEmpty() && TimeValue.parse(h.start()).earliest().isAfter(date)) {
            return false;
        }
        return h.end().isEmpty() || !TimeValue.parse(h.end()).latest().isBefore(date);
    }
}
