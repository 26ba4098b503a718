package org.newskg.rdf;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;

/**
 * The merged view as it is exported: without the lower-case name keys queries look names up by
 * ({@code nkg:nameKey}, an index, not data; {@code withIndex} keeps them) and without the roles of
 * the vocabulary that no fact uses ({@code withVocabulary} keeps them), so an export is the
 * graph's facts and the names and roles they mention. A read-only, lazily filtered window on the
 * graph: nothing is copied, so it can be written however large the view is (read it inside the
 * store's read transaction).
 *
 * <pre>
 *   Graph out = ExportView.of(dataset.getDefaultModel().getGraph(), false, false);
 * </pre>
 */
public final class ExportView extends GraphBase {

    private final Graph base;
    private final boolean withIndex;
    private final Set<Node> unusedRoles;

    private ExportView(Graph base, boolean withIndex, Set<Node> unusedRoles) {
        this.base = base;
        this.withIndex = withIndex;
        this.unusedRoles = unusedRoles;
    }

    /** The view of {@code merged} to export; {@code merged} itself when both are asked for. */
    public static Graph of(Graph merged, boolean withIndex, boolean withVocabulary) {
        if (withIndex && withVocabulary) {
            return merged;
        }
        Set<Node> unused = new HashSet<>();
        if (!withVocabulary) {
            merged.find(Node.ANY, RDF.type.asNode(), NKG.Role.asNode()).forEachRemaining(t -> unused.add(t.getSubject()));
            for (Node used : new Node[] {ORG.role.asNode(), NKG.role.asNode()}) {
                merged.find(Node.ANY, used, Node.ANY).forEachRemaining(t -> unused.remove(t.getObject()));
            }
        }
        return new ExportView(merged, withIndex, Set.copyOf(unused));
    }

    private boolean keep(Triple t) {
        return (withIndex || !t.getPredicate().equals(NKG.nameKey.asNode())) && !unusedRoles.contains(t.getSubject());
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return base.find(pattern).filterKeep(this::keep);
    }

    @Override
    protected PrefixMapping createPrefixMapping() {
        return base.getPrefixMapping();
    }
}
