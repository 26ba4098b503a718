package org.newskg.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.Label;
import org.newskg.reconcile.MergedViewBuilder;

/**
 * One input article after extraction, or the problem that stopped it: what the first stage hands to
 * the others. {@code order} is the article's place in input order (the file's place among the sorted
 * input files, then the line's in a corpus): of two articles with one id, the later is stored, as in
 * {@code newskg ingest}.
 *
 * @param quads        the article's graph, N-Quads in its named graph
 * @param copied       what the merged view copies from it as it is, N-Quads in the default graph
 * @param entities     the people and organizations it names (see {@link MergedViewBuilder#facts})
 * @param roleLabels   the labels of the roles it describes, by role IRI
 * @param quadCount    the number of lines of {@code quads}
 * @param holdings     the number of holdings extracted, as {@code newskg ingest} counts them
 * @param eventCount   the number of events extracted
 * @param problem      why the input could not be read or extracted (then nothing else is set)
 * @param warning      a stored article that gave no fact
 */
record Extracted(long order, String sourceIri, String quads, String copied, List<Mention> entities,
                 Map<String, Set<String>> roleLabels, List<MergedViewBuilder.Fact> memberships,
                 List<MergedViewBuilder.Fact> events, int quadCount, int holdings, int eventCount, String problem,
                 String warning)
        implements Serializable {

    static Extracted failed(long order, String problem) {
        return new Extracted(order, null, null, null, List.of(), Map.of(), List.of(), List.of(), 0, 0, 0, problem, null);
    }

    boolean isArticle() {
        return problem == null;
    }

    /** A label, as rows carry it between machines. */
    record Name(String text, String lang) implements Serializable {

        static Name of(Label l) {
            return new Name(l.text(), l.lang());
        }

        Label label() {
            return new Label(text, lang);
        }
    }

    /** {@link MergedViewBuilder.EntityMention}, as rows carry it between machines. */
    record Mention(String iri, List<Name> labels, List<String> sameAs) implements Serializable {

        static Mention of(MergedViewBuilder.EntityMention m) {
            return new Mention(m.iri(), m.labels().stream().map(Name::of).toList(), m.sameAs());
        }
    }
}
