package org.newskg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;

/**
 * Validates the store against the SHACL shapes: the merged view, and each article graph together
 * with the role vocabulary (whose roles the article graphs reference).
 */
public final class ShapeCheck {

    /** Graphs checked and one line per violation ("graph: focus node: message"). */
    public record Result(int graphs, List<String> violations) {
        public boolean conforms() {
            return violations.isEmpty();
        }
    }

    private final Shapes shapes;
    private final Model vocabulary;

    public ShapeCheck(Model shapesModel, Model vocabulary) {
        this.shapes = Shapes.parse(shapesModel.getGraph());
        this.vocabulary = vocabulary;
    }

    public Result check(KnowledgeStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> violations = new ArrayList<>();
            int graphs = 0;
            Model def = store.dataset().getDefaultModel();
            if (!def.isEmpty()) {
                violations.addAll(check("default graph", def.getGraph()));
                graphs++;
            }
            for (String g : store.sources()) {
                Model data = ModelFactory.createUnion(store.dataset().getNamedModel(g), vocabulary);
                violations.addAll(check(g, data.getGraph()));
                graphs++;
            }
            return new Result(graphs, violations);
        });
    }

    /** Violations of one graph. */
    public List<String> check(String name, Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> out = new ArrayList<>();
        report.getEntries().forEach(e -> out.add(name + ": " + e.focusNode() + ": " + e.message()
                + (e.resultPath() == null ? "" : " (" + e.resultPath() + ")")));
        return out;
    }
}
