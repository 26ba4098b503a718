package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ParamsTest {

    static Stream<String> hostileValues() {
        return Stream.of("x\" } ; DROP ALL ; { \"", "} ; DROP ALL ; {", "a\nb", "\\u0022 }", "'\"<>{}",
                "Acme\" || true || \"", "x".repeat(100_000), "<http://evil> } INSERT DATA { <a> <b> <c> }");
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void hostileValuesStayLiteralsAndChangeNothing(String value) {
        Node n = Params.term(value);
        assertTrue(n.isLiteral() || n.isURI());
        Dataset ds = DatasetFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(ds, () -> {
            Model m = ds.getDefaultModel();
            m.createResource("http://example.org/o").addProperty(SKOS.prefLabel, "Acme");
        });
        var q = QueryFactory.create("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?o WHERE { ?o skos:prefLabel ?l FILTER(STR(?l) = STR(?name)) }");
        ResultTable t = ResultTable.select(ds, q, Map.of("name", Params.string(value)));
        assertEquals(0, t.rows().size(), "a hostile value matches nothing");
        assertEquals(1L, org.apache.jena.system.Txn.calculateRead(ds, () -> ds.getDefaultModel().size()),
                "and the data is untouched");
    }

    @Test
    void valuesAreTypedByTheirShape() {
        assertTrue(Params.term("2024-05-14").getLiteralDatatypeURI().endsWith("#date"));
        assertTrue(Params.term("42").getLiteralDatatypeURI().endsWith("#integer"));
        assertTrue(Params.term("<http://example.org/x>").isURI());
        assertEquals("Acme Corp", Params.term("Acme Corp").getLiteralLexicalForm());
    }

    @Test
    void aBadParameterSpecIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Params.parse("novalue"));
        assertThrows(IllegalArgumentException.class, () -> Params.parse("bad name=1"));
        assertThrows(IllegalArgumentException.class, () -> Params.term("2024-13-45"));
        assertEquals("org", Params.parse("?org=Acme").name());
    }
}
