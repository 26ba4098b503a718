package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** queries/evidence.rq over the small hand-written merged view of TimelineFactsTest. */
class EvidenceQueryTest {

    private static List<Binding> evidence(String person, String org) {
        Dataset ds = TimelineFactsTest.nordbank();
        return Txn.calculateRead(ds, () -> ResultTable.select(ds, new QueryLibrary().get("evidence"),
                Map.of("personName", NodeFactory.createLiteralString(person),
                        "orgName", NodeFactory.createLiteralString(org))).rows());
    }

    @Test
    void anEventWithoutARoleHasOneRowPerSentenceAndNoRoleLabel() {
        List<Binding> dismissal = evidence("Olle Strand", "Nordbank").stream()
                .filter(r -> "Dismissal".equals(ResultTable.text(r, "fact"))).toList();
        assertEquals(1, dismissal.size(), dismissal.toString());
        assertEquals("", ResultTable.text(dismissal.get(0), "roleLabel"), "no role, so no label");
    }

    @Test
    void aHoldingKeepsItsRoleLabel() {
        List<Binding> holdings = evidence("Ada Berg", "Nordbank").stream()
                .filter(r -> "holding".equals(ResultTable.text(r, "fact"))).toList();
        assertEquals(List.of("Chief Executive Officer"),
                holdings.stream().map(r -> ResultTable.text(r, "roleLabel")).distinct().toList());
    }
}
