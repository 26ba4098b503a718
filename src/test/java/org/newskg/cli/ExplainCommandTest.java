package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.Iris;
import org.newskg.read.Article;
import org.newskg.read.ArticleReader;
import org.newskg.store.KnowledgeStore;

/**
 * {@code newskg explain} on a store of fictional articles that date their facts in every way
 * newskg knows (src/test/resources/explain/README.md).
 */
class ExplainCommandTest extends ExplainArticlesStore {


    @Test
    void aHoldingIsExplainedWithItsSourcesSentencesAndDateDerivations() throws Exception {
        Cli.Run r = Cli.run("explain", "--store", store, "--person", "marta quist", "--org", "Halden Shipping Group",
                "--role", "CEO", "--type", "holding");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("Holding: Marta Quist · Chief Executive Officer · Halden Shipping Group\n"), out);
        assertTrue(out.contains("\n  start       2023-09-11  (stated by halden-ceo)\n"), out);
        assertTrue(out.contains("\n  conflict    start 2023-09-13 also stated\n"), out);
        assertTrue(out.contains("\n  source halden-ceo: \"Halden Shipping Group picks Marta Quist as chief executive\"\n"
                + "              published 2023-09-12 · en · https://ledger.example/business/halden-quist\n"), out);
        String sentence = "Halden Shipping Group named Marta Quist as chief executive on Monday.";
        assertTrue(out.contains("\n    sentence  [0,69) " + sentence + "\n"), out);
        assertTrue(out.contains("\n    start     2023-09-11  relative: resolved against the publication date 2023-09-12\n"), out);
        assertTrue(out.contains("\n  source halden-wire\n"
                + "              publication date not stated (inferred 2023-09-13 from the text) · en\n"), out);
        assertTrue(out.contains("\n    start     2023-09-13  inferred: "), out);
        assertTrue(!out.contains("Appointment:"), "--type holding leaves events out: " + out);

        Article a = new ArticleReader(1 << 20).read(ARTICLES.resolve("halden-ceo.txt"));
        assertEquals(sentence, a.text().substring(0, 69), "the offsets point into the article text");
    }

    @Test
    void everyDerivationIsReportedForTheDateItExplains() {
        Cli.Run r = Cli.run("explain", "--store", store, "--person", "Marta Quist", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        Map<String, String> how = derivations(r.out());
        assertEquals("absolute", how.get("Chief Financial Officer/holding/start"), "since 2019");
        assertEquals("relative", how.get("Chief Financial Officer/holding/end"), "ended by the promotion on Monday");
        assertEquals("relative", how.get("Chief Executive Officer/Appointment/halden-ceo"));
        assertEquals("inferred", how.get("Chief Executive Officer/Appointment/halden-wire"));
        for (String[] c : List.of(new String[] {"Lotta Krahn", "absolute"}, new String[] {"Ravi Dunmore", "context"},
                new String[] {"Tomas Wren", "publication"})) {
            Cli.Run one = Cli.run("explain", "--store", store, "--person", c[0], "--type", "Appointment", "--format", "tsv");
            assertEquals(0, one.code(), one.err());
            List<String> rows = one.out().lines().toList();
            assertEquals(2, rows.size(), one.out());
            assertEquals(c[1], column(rows, 1, "start_derivation"), c[0]);
        }
    }

    /** "role/kind/source" → start derivation, and "role/holding/start|end" for holdings. */
    private static Map<String, String> derivations(String tsv) {
        List<String> rows = tsv.lines().toList();
        Map<String, String> out = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            String role = column(rows, i, "role");
            String kind = column(rows, i, "kind");
            if (kind.equals("holding")) {
                out.put(role + "/holding/start", column(rows, i, "start_derivation"));
                out.put(role + "/holding/end", column(rows, i, "end_derivation"));
            } else {
                out.put(role + "/" + kind + "/" + column(rows, i, "source"), column(rows, i, "start_derivation"));
            }
        }
        return out;
    }

    private static String column(List<String> rows, int row, String name) {
        int k = List.of(rows.get(0).split("\t", -1)).indexOf(name);
        return rows.get(row).split("\t", -1)[k];
    }

    @Test
    void aMergedDateTakenFromAnEventSaysWhichEvent() {
        Cli.Run r = Cli.run("explain", "--store", store, "--person", "Ravi Dunmore", "--type", "holding");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n  start       2021-03  (stated by pelagic)\n"), r.out());
        assertTrue(r.out().contains("\n  end         2023-05-02  (from the Departure in pelagic-exit)\n"), r.out());
        assertTrue(r.out().contains("\n    start     2021-03  from context: a time stated earlier in the paragraph\n"), r.out());
    }

    @Test
    void jsonOutputHasOneObjectPerSourceSentence() {
        Cli.Run r = Cli.run("explain", "--store", store, "--person", "Lotta Krahn", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonArray rows = JsonParser.parseString(r.out()).getAsJsonArray();
        assertEquals(2, rows.size(), "the holding and the appointment: " + r.out());
        JsonObject holding = rows.get(0).getAsJsonObject();
        assertEquals("holding", holding.get("kind").getAsString());
        assertEquals("Siemens AG", holding.get("organization").getAsString());
        assertEquals("siemens-cfo", holding.get("source").getAsString());
        assertEquals("Siemens AG appointed Lotta Krahn as chief financial officer on 1 June 2022.",
                holding.get("sentence").getAsString());
        assertEquals("0", holding.get("char_start").getAsString());
        assertEquals("2022-06-01", holding.get("source_start").getAsString());
        assertEquals("absolute", holding.get("start_derivation").getAsString());
    }

    @Test
    void oneFactIsExplainedByItsMergedIriOrByTheIriOfAnArticlesFact() {
        String articleFact;
        try (KnowledgeStore ks = KnowledgeStore.open(Path.of(store), Iris.standard())) {
            articleFact = ks.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query("PREFIX nkg: <https://w3id.org/newskg/ontology#> "
                        + "SELECT ?e { GRAPH <https://w3id.org/newskg/id/source/brook> { ?e nkg:agent ?p } }").build()) {
                    return qe.execSelect().next().getResource("e").getURI();
                }
            });
        }
        Cli.Run byPart = Cli.run("explain", "--store", store, "--fact", articleFact);
        assertEquals(0, byPart.code(), byPart.err());
        assertTrue(byPart.out().startsWith("Appointment: Tomas Wren · Chief Financial Officer · Brook Capital\n"), byPart.out());
        assertTrue(byPart.out().contains("\n    date      2024-02-24  publication date: the text gives no time, "
                + "the article's date 2024-02-24 stands in\n"), byPart.out());
        String merged = byPart.out().lines().filter(l -> l.startsWith("  fact")).findFirst().orElseThrow().substring(14);
        Cli.Run byMerged = Cli.run("explain", "--store", store, "--fact", "<" + merged + ">");
        assertEquals(byPart.out(), byMerged.out());
    }

    @Test
    void anUnknownPersonIsAClearFailure() {
        Cli.Run r = Cli.run("explain", "--store", store, "--person", "Nobody Atall");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("newskg explain: no person 'Nobody Atall' in the store (see 'newskg holdings' for the names "
                + "it knows)", r.err().strip());
    }

    @Test
    void anUnknownOrganizationOrAKnownNameWithoutSuchAFactFailsDistinctly() {
        Cli.Run org = Cli.run("explain", "--store", store, "--person", "Marta Quist", "--org", "Nowhere Holdings");
        assertEquals(1, org.code());
        assertTrue(org.err().contains("no organization 'Nowhere Holdings' in the store"), org.err());
        Cli.Run none = Cli.run("explain", "--store", store, "--person", "Marta Quist", "--org", "Brook Capital");
        assertEquals(1, none.code());
        assertTrue(none.err().contains("nothing to explain: no holding or event of Marta Quist at Brook Capital"), none.err());
        Cli.Run fact = Cli.run("explain", "--store", store, "--fact", "https://w3id.org/newskg/id/event/0000000000000000");
        assertEquals(1, fact.code());
        assertTrue(fact.err().contains("no holding or event <https://w3id.org/newskg/id/event/0000000000000000>"), fact.err());
    }

    @Test
    void missingOrBadOptionsAreUsageErrors() {
        assertEquals(2, Cli.run("explain", "--store", store).code());
        Cli.Run type = Cli.run("explain", "--store", store, "--person", "Marta Quist", "--type", "Resignation");
        assertEquals(2, type.code());
        assertTrue(type.err().contains("unknown --type 'Resignation'"), type.err());
        assertEquals(2, Cli.run("explain", "--store", store, "--fact", "not an iri").code());
    }
}
