package org.newskg.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.lang.EditDistance;
import org.newskg.rdf.NKG;

/**
 * Tells whether the merged view knows a name (any label, any case) and, when it does not, which
 * known labels are nearest, so that every read command answers a misspelt name the same way:
 * {@code no organization 'OpenAAI' in the store; did you mean OpenAI?}
 *
 * <pre>
 *   KnownNames.check(dataset, KnownNames.Kind.ORGANIZATION, "OpenAAI").ifPresent(u -&gt; fail(u.message()));
 * </pre>
 */
public final class KnownNames {

    /** What a name is looked up as. */
    public enum Kind {
        PERSON("person", NKG.Person), ORGANIZATION("organization", NKG.Organization), ROLE("role", NKG.Role);

        private final String word;
        private final Resource type;

        Kind(String word, Resource type) {
            this.word = word;
            this.type = type;
        }

        public String word() {
            return word;
        }
    }

    /** A name the store does not know, with the nearest labels it does know (at most three). */
    public record Unknown(Kind kind, String name, List<String> nearest) {
        public Unknown {
            nearest = List.copyOf(nearest);
        }

        /** One line for standard error. */
        public String message() {
            String base = "no " + kind.word() + " '" + name + "' in the store";
            if (nearest.isEmpty()) {
                return base + (kind == Kind.ROLE ? "" : " (see 'newskg holdings' for the names it knows)");
            }
            String list = nearest.size() == 1 ? nearest.get(0)
                    : String.join(", ", nearest.subList(0, nearest.size() - 1)) + " or " + nearest.get(nearest.size() - 1);
            return base + "; did you mean " + list + "?";
        }
    }

    private static final int MAX_SUGGESTIONS = 3;

    private KnownNames() {
    }

    /** Empty when the default graph has a {@code kind} with this label; else what to tell the user. */
    public static Optional<Unknown> check(Dataset ds, Kind kind, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Txn.calculateRead(ds, () -> {
            List<Label> labels = new ArrayList<>();
            Model m = ds.getDefaultModel();
            m.listResourcesWithProperty(RDF.type, kind.type).forEachRemaining(r -> {
                r.listProperties(SKOS.prefLabel).andThen(r.listProperties(SKOS.altLabel)).forEachRemaining(st -> {
                    RDFNode o = st.getObject();
                    if (o.isLiteral()) {
                        labels.add(new Label(r.toString(), o.asLiteral().getLexicalForm()));
                    }
                });
            });
            if (labels.stream().anyMatch(l -> l.text().toLowerCase(Locale.ROOT).equals(wanted))) {
                return Optional.<Unknown>empty();
            }
            return Optional.of(new Unknown(kind, name, nearest(wanted, labels)));
        });
    }

    /** One label of one resource. */
    record Label(String resource, String text) {
    }

    /**
     * Labels a typo away (a third of the name's letters at most), then labels that contain the
     * name; one per resource, its nearest label, so a plural beside its singular is no second guess.
     */
    static List<String> nearest(String wanted, List<Label> labels) {
        int limit = Math.max(1, Math.min(3, wanted.length() / 3));
        record Scored(String resource, String label, int distance) {
        }
        Map<String, Scored> best = new LinkedHashMap<>();
        for (Label l : labels) {
            String key = l.text().toLowerCase(Locale.ROOT);
            int score = Integer.MAX_VALUE;
            if (Math.abs(key.length() - wanted.length()) <= limit) {
                int d = EditDistance.between(wanted, key);
                if (d <= limit) {
                    score = d;
                }
            }
            if (score == Integer.MAX_VALUE && wanted.length() >= 3 && key.contains(wanted)) {
                score = limit + 1 + key.length() - wanted.length();
            }
            if (score != Integer.MAX_VALUE) {
                Scored s = new Scored(l.resource(), l.text(), score);
                best.merge(l.resource(), s, (a, b) -> b.distance() < a.distance()
                        || b.distance() == a.distance() && b.label().compareTo(a.label()) < 0 ? b : a);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::label))
                .map(Scored::label).distinct().limit(MAX_SUGGESTIONS).toList();
    }
}
