package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.NodeTransformLib;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.query.Params;
import org.newskg.query.QueryLibrary;
import org.newskg.query.ResultTable;
import org.newskg.rdf.Iris;
import org.newskg.store.KnowledgeStore;
import org.newskg.testdata.FictionalCorpus;
import org.newskg.testdata.StoreSnapshot;

/**
 * Values given to {@code who}, {@code timeline} and {@code query --param} are data: whatever they
 * hold, the query that runs has the structure of the one written, it matches nothing it should
 * not, and the store is left as it was.
 */
class InjectionTest {

    @TempDir
    static Path dir;

    private static Path store;
    private static StoreSnapshot before;

    static Stream<String> hostileValues() {
        return Stream.of(
                "x\" } ; DROP ALL ; { \"", "} ; DROP ALL ; {", "'; DROP ALL; '", "\"'", "{ }", "}}}}",
                "a\nb", "Norvik\r\n} DROP ALL {", "# comment\n} INSERT DATA { <a> <b> <c> } {",
                "\\u0022 } DROP ALL { \\u0022", "\\U0000007D ; DROP ALL", "\"\"\" } \"\"\"", "''' } '''", "\\", "\\\"",
                "?orgName", "$roleName", "<http://example.org/x>", "Norvik Systems\" || true || \"",
                "\u0000", "\u202Eevil\u202C", "\uD83D\uDE00 } \uD83D\uDE00",
                "x".repeat(100_000), "}\"'\n".repeat(50_000));
    }

    /** A sample of each kind for the slower end-to-end runs (each opens the store). */
    static Stream<String> commandLineValues() {
        return Stream.of("x\" } ; DROP ALL ; { \"", "} ; DROP ALL ; {", "# comment\n} INSERT DATA { <a> <b> <c> } {",
                "\\u0022 } DROP ALL { \\u0022", "\"\"\" } \"\"\"", "$roleName", "<http://example.org/x>", "\u0000",
                "x".repeat(100_000), "}\"'\n".repeat(50_000));
    }

    @BeforeAll
    static void storeSomeArticles() {
        store = dir.resolve("store");
        FictionalCorpus.write(dir.resolve("corpus"), FictionalCorpus.generate(6, 5));
        Cli.run("ingest", "--store", store.toString(), dir.resolve("corpus").toString());
        before = StoreSnapshot.of(store);
        assertTrue(before.triples() > 100, "a store to protect");
    }

    @AfterAll
    static void theStoreIsUnchanged() {
        StoreSnapshot.of(store).assertSameAs(before, "store after hostile queries");
    }

    @ParameterizedTest
    @MethodSource("commandLineValues")
    void whoAndTimelineTakeHostileValuesAsNames(String value) {
        String s = store.toString();
        for (String[] args : List.of(
                new String[] {"who", "--store", s, "--org", value, "--role", value, "--format", "tsv"},
                new String[] {"timeline", "--store", s, "--person", value, "--format", "tsv"},
                new String[] {"timeline", "--store", s, "--org", value, "--format", "tsv"})) {
            Cli.Run r = Cli.run(args);
            // Matched as a name, it names no one: the answer to an unknown name, and nothing printed.
            assertEquals(1, r.code(), r.err());
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("newskg " + args[0] + ": no ") && r.err().contains(" in the store"), r.err());
        }
    }

    @ParameterizedTest
    @MethodSource("commandLineValues")
    void aHostileParamIsBoundAsOneTerm(String value) {
        Cli.Run r = Cli.run("query", "--store", store.toString(), "--format", "tsv",
                "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?v } }", "--param", "v=" + value);
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("?n", "0"), r.out().lines().toList(), "the value matched something");
    }

    @Test
    void everyHostileValueMatchesNothingThroughTheQueryLayer() {
        QueryLibrary library = new QueryLibrary();
        try (KnowledgeStore ks = KnowledgeStore.open(store, Iris.standard())) {
            for (String value : hostileValues().toList()) {
                Node v = Params.string(value);
                assertEquals(0, ResultTable.select(ks.dataset(), library.get("holders"),
                        Map.of("orgName", v, "roleName", v)).rows().size());
                assertEquals(0, ResultTable.select(ks.dataset(), library.get("holders"),
                        Map.of("orgName", Params.string("Norvik Systems"), "roleName", v)).rows().size());
                assertEquals(0, ResultTable.select(ks.dataset(), library.get("person-roles"),
                        Map.of("personName", v)).rows().size());
                assertEquals(0, ResultTable.select(ks.dataset(), library.get("org-timeline"),
                        Map.of("orgName", v)).rows().size());
            }
        }
    }

    @Test
    void anIriParamCarryingQueryTextIsRefused() {
        Cli.Run r = Cli.run("query", "--store", store.toString(), "--sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1",
                "--param", "s=<http://example.org/a> } ; DROP ALL ; { <http://example.org/b>");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a valid IRI"), r.err());
        Cli.Run at = Cli.run("who", "--store", store.toString(), "--org", "x", "--role", "y",
                "--at", "2024-01-01\"^^<x> } DROP ALL {");
        assertEquals(2, at.code());
        assertTrue(at.err().contains("--at wants an ISO date"), at.err());
    }

    /** Every query of the library, each of its name parameters bound to a hostile value. */
    @ParameterizedTest
    @MethodSource("hostileValues")
    void bindingAValueNeverChangesAQuerysStructure(String value) {
        QueryLibrary library = new QueryLibrary();
        int bound = 0;
        for (String name : List.of("holders", "person-roles", "org-timeline", "departures", "evidence",
                "events-in-period")) {
            Query q = library.get(name);
            for (String var : List.of("orgName", "roleName", "personName")) {
                if (!QueryLibrary.text(name).contains("?" + var)) {
                    continue;
                }
                bound++;
                Query benign = executed(q, var, Params.string("Norvik Systems"));
                Query hostile = executed(q, var, Params.string(value));
                assertNotEquals(benign, hostile, "the value was not bound at all");
                assertEquals(structure(benign), structure(hostile), name + " with ?" + var + " bound");
            }
        }
        assertTrue(bound >= 5, "parameters bound: " + bound);
        assertThrows(IllegalArgumentException.class, () -> Params.term("<a> } DROP ALL { <b>"));
    }

    /**
     * The query as it runs once the value is substituted: {@code QueryExecution.substitution},
     * which the query layer uses, rewrites the parsed query with {@link QueryTransformOps}.
     */
    private static Query executed(Query q, String var, Node value) {
        return QueryTransformOps.transform(q, Map.of(Var.alloc(var), value));
    }

    /** The algebra with every literal replaced by one placeholder: what is left is the structure. */
    private static String structure(Query q) {
        Node placeholder = NodeFactory.createLiteralString("LITERAL");
        Op op = NodeTransformLib.transform(n -> n.isLiteral() ? placeholder : n, Algebra.compile(q));
        return op.toString();
    }

    @Test
    void aValueRoundTripsThroughTheQueryTextUnchanged() {
        // Printed and parsed again, the substituted query holds exactly the value given, as one literal.
        for (String value : hostileValues().toList()) {
            Query q = executed(new QueryLibrary().get("person-roles"), "personName", Params.string(value));
            Query reparsed = QueryFactory.create(q.serialize());
            assertEquals(structure(q), structure(reparsed));
            assertTrue(literals(reparsed).contains(Params.string(value)), "the value changed in print");
        }
    }

    private static Set<Node> literals(Query q) {
        Set<Node> out = new HashSet<>();
        NodeTransformLib.transform(n -> {
            if (n.isLiteral()) {
                out.add(n);
            }
            return n;
        }, Algebra.compile(q));
        return out;
    }
}
