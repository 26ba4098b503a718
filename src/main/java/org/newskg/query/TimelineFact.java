package org.newskg.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.newskg.time.TimeValue;

/**
 * One holding or event on a timeline, with the sentences behind it.
 *
 * @param iri          the merged holding or event
 * @param kind         {@value #HOLDING} or the event's class name ("Departure", "LeaveOfAbsence", …)
 * @param person       the person's preferred name
 * @param organization the organization's preferred name
 * @param role         the role's English label, or "" when the event names no role
 * @param start        the holding's start or the event's date; {@code null} when unknown
 * @param end          the holding's end or the event's end date; {@code null} when unknown (for a
 *                     holding: ongoing)
 * @param evidence     the sentences, ordered by source and position
 */
public record TimelineFact(String iri, String kind, String person, String organization, String role,
                           TimeValue start, TimeValue end, List<Evidence> evidence) {

    /** The kind of a holding; every other kind is an event class name. */
    public static final String HOLDING = "Holding";

    public TimelineFact {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organization, "organization");
        role = role == null ? "" : role;
        evidence = List.copyOf(evidence);
    }

    public boolean isHolding() {
        return HOLDING.equals(kind);
    }

    /**
     * A sentence behind a fact and the article it comes from.
     *
     * @param iri       the evidence span, {@code <source#char=begin,end>}
     * @param sentence  the sentence as the article has it
     * @param language  the sentence's language tag, or ""
     * @param source    the source article's IRI
     * @param sourceId  the source article's id
     * @param url       the article's own URL ({@code schema:url}), or ""
     * @param headline  the article's headline, or ""
     * @param published the publication date, or {@code null}
     * @param anchor    the date relative dates were resolved against (published or inferred), or {@code null}
     */
    public record Evidence(String iri, String sentence, String language, String source, String sourceId,
                           String url, String headline, LocalDate published, LocalDate anchor) {

        public Evidence {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(source, "source");
            sentence = sentence == null ? "" : sentence;
            language = language == null ? "" : language;
            sourceId = sourceId == null ? "" : sourceId;
            url = url == null ? "" : url;
            headline = headline == null ? "" : headline;
        }
    }
}
