package org.newskg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;

/**
 * Runs a SELECT query with variables bound to RDF terms (substituted into the parsed query, never
 * spliced into its text) over a consistent snapshot, and keeps the rows.
 *
 * <pre>
 *   ResultTable t = ResultTable.select(dataset, library.get("holders"), Map.of("orgName", Params.string("Nordbank")));
 * </pre>
 */
public record ResultTable(List<String> vars, List<Binding> rows, ResultSetRewindable resultSet) {

    public static ResultTable select(Dataset ds, Query query, Map<String, Node> bindings) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("only SELECT queries give a table");
        }
        return Txn.calculateRead(ds, () -> {
            var b = QueryExecution.dataset(ds).query(query);
            bindings.forEach((k, v) -> b.substitution(k, ds.getDefaultModel().asRDFNode(v)));
            try (QueryExecution qe = b.build()) {
                ResultSet rs = qe.execSelect();
                ResultSetRewindable copy = ResultSetFactory.copyResults(rs);
                List<Binding> rows = new ArrayList<>();
                while (copy.hasNext()) {
                    rows.add(copy.nextBinding());
                }
                copy.reset();
                return new ResultTable(copy.getResultVars(), rows, copy);
            }
        });
    }

    /** The lexical form of a variable in a row, or "" when unbound. */
    public static String text(Binding row, String var) {
        Node n = row.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
