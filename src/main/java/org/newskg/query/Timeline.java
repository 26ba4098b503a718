package org.newskg.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything known about one person or one organization over time: its holdings and events with
 * their evidence, as {@link TimelineFacts} reads them from the store.
 *
 * @param subject the kind of thing the timeline is about
 * @param names   the preferred names of the entities the asked-for name matched (usually one)
 * @param facts   holdings and events, in a stable order
 */
public record Timeline(Subject subject, List<String> names, List<TimelineFact> facts) {

    /** Whose timeline: a person's (rows per organization and role) or an organization's (per person and role). */
    public enum Subject {
        PERSON("person"), ORGANIZATION("organization");

        private final String word;

        Subject(String word) {
            this.word = word;
        }

        /** "person" or "organization", for messages. */
        public String word() {
            return word;
        }
    }

    public Timeline {
        Objects.requireNonNull(subject, "subject");
        names = List.copyOf(names);
        facts = List.copyOf(facts);
    }

    /** The names joined for a heading: "Nordbank", or "Nordbank / Nordbank AB" when several matched. */
    public String title() {
        return String.join(" / ", names);
    }

    public long holdingCount() {
        return facts.stream().filter(TimelineFact::isHolding).count();
    }

    public long eventCount() {
        return facts.size() - holdingCount();
    }

    /** The number of distinct source articles behind the facts. */
    public long sourceCount() {
        return facts.stream().flatMap(f -> f.evidence().stream()).map(TimelineFact.Evidence::source).distinct().count();
    }

    /** The newest date any source was read against: what "ongoing" means here. */
    public Optional<LocalDate> asOf() {
        return facts.stream().flatMap(f -> f.evidence().stream()).map(TimelineFact.Evidence::anchor)
                .filter(Objects::nonNull).max(Comparator.naturalOrder());
    }
}
