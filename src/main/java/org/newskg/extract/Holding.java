package org.newskg.extract;

import java.util.Objects;
import org.newskg.time.TimeValue;

/**
 * A person holding a role at an organization, as one article states it.
 *
 * @param personKey key of a PERSON entity of the same extraction
 * @param orgKey    key of an ORGANIZATION entity of the same extraction
 * @param start     when it began, or null if unknown
 * @param end       when it ended, or null if ongoing or unknown
 */
public record Holding(String personKey, String orgKey, Role role, TimeValue start, TimeValue end,
                      Evidence evidence) {

    public Holding {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(orgKey, "orgKey");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(evidence, "evidence");
    }
}
