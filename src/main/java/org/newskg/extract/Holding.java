package org.newskg.extract;

import java.util.Objects;
import org.newskg.time.Derivation;
import org.newskg.time.TimeValue;

/**
 * A person holding a role at an organization, as one article states it.
 *
 * @param personKey key of a PERSON entity of the same extraction
 * @param orgKey    key of an ORGANIZATION entity of the same extraction
 * @param start     when it began, or null if unknown
 * @param end       when it ended, or null if ongoing or unknown
 * @param startHow  how {@code start} was obtained, or null when unknown (kept for {@code explain})
 * @param endHow    how {@code end} was obtained, or null when unknown
 */
public record Holding(String personKey, String orgKey, Role role, TimeValue start, TimeValue end,
                      Evidence evidence, Derivation startHow, Derivation endHow) {

    public Holding {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(orgKey, "orgKey");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(evidence, "evidence");
        // A holding never starts after it ends: a start read from another clause's time gives way to the end.
        if (start != null && end != null && start.earliest().isAfter(end.latest())) {
            start = null;
        }
        startHow = start == null ? null : startHow;
        endHow = end == null ? null : endHow;
    }

    /** A holding whose dates' derivations are not known. */
    public Holding(String personKey, String orgKey, Role role, TimeValue start, TimeValue end, Evidence evidence) {
        this(personKey, orgKey, role, start, end, evidence, null, null);
    }

    /** The same holding with a new start and how it was obtained. */
    public Holding withStart(TimeValue newStart, Derivation how) {
        return new Holding(personKey, orgKey, role, newStart, end, evidence, how, endHow);
    }

    /** The same holding with a new end and how it was obtained. */
    public Holding withEnd(TimeValue newEnd, Derivation how) {
        return new Holding(personKey, orgKey, role, start, newEnd, evidence, startHow, how);
    }

    /** Dates resolved against a publication date that was itself inferred are inferred too. */
    public Holding anchoredOnInferredDate() {
        return new Holding(personKey, orgKey, role, start, end, evidence,
                startHow == null ? null : startHow.onInferredAnchor(), endHow == null ? null : endHow.onInferredAnchor());
    }
}
