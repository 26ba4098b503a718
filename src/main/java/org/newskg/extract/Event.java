package org.newskg.extract;

import java.util.Objects;
import org.newskg.time.Derivation;
import org.newskg.time.TimeValue;

/**
 * A career event as one article states it.
 *
 * @param role       the role concerned, or null
 * @param date       when it happened, or null if unknown
 * @param end        for a leave of absence, when it ends; otherwise null
 * @param derivation how {@code date} was obtained, or null when there is no date
 */
public record Event(EventType type, String personKey, String orgKey, Role role, TimeValue date,
                    TimeValue end, Derivation derivation, Evidence evidence) {

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(orgKey, "orgKey");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The same event, its date marked as resolved against (or taken from) an inferred publication date. */
    public Event anchoredOnInferredDate() {
        return new Event(type, personKey, orgKey, role, date, end,
                derivation == null ? null : derivation.onInferredAnchor(), evidence);
    }
}
