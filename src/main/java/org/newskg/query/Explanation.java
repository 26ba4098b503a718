package org.newskg.query;

import java.util.List;
import java.util.Objects;

/**
 * Why the graph states a fact: the merged holding or event, where its dates come from, and what
 * each source article says, with the sentences and the derivation of each date.
 *
 * @param kind        "holding" or an event type ("Appointment", …)
 * @param start       the merged start (for an event, its date), ISO at its precision, or ""
 * @param startOrigin where the merged start comes from ("stated by a, b"; "from the Joining in a"), or ""
 * @param end         the merged end (for a leave of absence, when it ends), or ""
 * @param conflicts   dates the sources disagree on, as the merged view records them
 */
public record Explanation(String fact, String kind, String person, String organization, String role,
                          String start, String startOrigin, String end, String endOrigin, List<String> conflicts,
                          List<Source> sources) {

    public Explanation {
        Objects.requireNonNull(fact, "fact");
        conflicts = List.copyOf(conflicts);
        sources = List.copyOf(sources);
    }

    public boolean isHolding() {
        return kind.equals("holding");
    }

    /**
     * What one article says.
     *
     * @param id             the article id
     * @param part           the article's own fact, in its named graph
     * @param published      the stated publication date, or ""
     * @param anchor         the date relative expressions were resolved against, or ""
     * @param anchorInferred whether {@code anchor} was inferred from the text
     */
    public record Source(String iri, String id, String title, String published, String url, String lang,
                         String anchor, boolean anchorInferred, String part, Dated start, Dated end,
                         List<Sentence> sentences) {

        public Source {
            sentences = List.copyOf(sentences);
        }
    }

    /** A date as one article gives it, and how it was derived ("absolute", "relative", …; "" when not recorded). */
    public record Dated(String iso, String derivation) {

        public boolean known() {
            return !iso.isEmpty();
        }

        /** How the date was obtained, in words, for the article it comes from. */
        public String describe(Source s) {
            return switch (derivation) {
                case "absolute" -> "absolute: written out in the sentence";
                case "relative" -> "relative: resolved against the publication date " + s.anchor();
                case "inferred" -> "inferred: resolved against (or taken from) the publication date " + s.anchor()
                        + ", itself inferred from the text";
                case "context" -> "from context: a time stated earlier in the paragraph";
                case "publication" -> "publication date: the text gives no time, the article's date "
                        + (s.anchor().isEmpty() ? s.published() : s.anchor()) + " stands in";
                default -> "derivation not recorded";
            };
        }
    }

    /** An evidence sentence: half-open character offsets {@code [begin, end)} into the article text. */
    public record Sentence(int begin, int end, String text) {
    }
}
