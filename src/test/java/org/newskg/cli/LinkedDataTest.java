package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.rdf.JsonLdExport;
import org.newskg.rdf.Prefixes;
import org.newskg.store.KnowledgeStore;

/** Wikidata links for gazetteer organizations, and the JSON-LD export with its schema.org-friendly context. */
class LinkedDataTest {

    private static final String WIKIDATA_SIEMENS = "http://www.wikidata.org/entity/Q81230";

    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void ingest() {
        store = dir.resolve("store");
        Cli.Run r = Cli.run("ingest", "--store", store.toString(), "src/test/resources/explain");
        assertEquals(0, r.code(), r.err() + r.out());
    }

    @Test
    void aGazetteerOrganizationIsSameAsItsWikidataEntityInTheArticleAndTheMergedView() {
        try (KnowledgeStore ks = KnowledgeStore.open(store, Iris.standard())) {
            String siemens = ks.iris().org("siemens");
            ks.read(ds -> {
                Model article = ds.getNamedModel(ks.iris().source("siemens-cfo"));
                assertTrue(article.contains(article.getResource(siemens), OWL2.sameAs, article.getResource(WIKIDATA_SIEMENS)),
                        "article graph");
                Model merged = ds.getDefaultModel();
                assertTrue(merged.contains(merged.getResource(siemens), OWL2.sameAs, merged.getResource(WIKIDATA_SIEMENS)),
                        "merged view");
                List<Resource> linked = merged.listSubjectsWithProperty(OWL2.sameAs).toList();
                assertEquals(List.of(merged.getResource(siemens)), linked,
                        "organizations that are not in the gazetteer get no Wikidata link");
                return null;
            });
        }
    }

    @Test
    void theJsonLdExportParsesBackToTheSameGraph() throws Exception {
        Path out = dir.resolve("graph.jsonld");
        Cli.Run r = Cli.run("export", "--store", store.toString(), "--format", "jsonld", "--with-index",
                "--with-vocabulary", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Model back = ModelFactory.createDefaultModel();
        RDFParser.source(out).lang(Lang.JSONLD11).parse(back);
        try (KnowledgeStore ks = KnowledgeStore.open(store, Iris.standard())) {
            Model stored = ks.read(ds -> ModelFactory.createDefaultModel().add(ds.getDefaultModel()));
            assertEquals(stored.size(), back.size());
            if (!stored.isIsomorphicWith(back)) {
                RDFDataMgr.write(System.err, stored.difference(back), RDFFormat.NTRIPLES);
                throw new AssertionError("the JSON-LD export is not the stored graph (missing triples above)");
            }
        }
    }

    @Test
    void theJsonLdUsesSchemaOrgTermsAndCompactIris() throws Exception {
        Path out = dir.resolve("compact.jsonld");
        assertEquals(0, Cli.run("export", "--store", store.toString(), "--format", "jsonld", "--out", out.toString()).code());
        JsonObject doc = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        JsonObject ctx = doc.getAsJsonObject("@context");
        assertEquals("https://schema.org/", ctx.get("@vocab").getAsString());
        for (String prefix : List.of("org", "schema", "skos", "prov", "time", "nkg", "owl")) {
            assertTrue(ctx.has(prefix), prefix);
        }
        JsonObject article = node(doc, "source:siemens-cfo");
        assertTrue(article.get("@type").toString().contains("\"NewsArticle\""), article.toString());
        assertTrue(article.has("inLanguage") && article.has("datePublished"), article.toString());
        JsonObject siemens = node(doc, "orgn:siemens");
        assertEquals("[\"Organization\",\"nkg:Organization\",\"org:Organization\"]",
                sorted(siemens.getAsJsonArray("@type")), siemens.toString());
        assertEquals(WIKIDATA_SIEMENS, siemens.get("sameAs").getAsString(), "coerced to an IRI: " + siemens);
        JsonObject quist = node(doc, "person:marta-quist");
        assertEquals("Marta Quist", quist.get("prefLabel").getAsString());
        assertEquals("Marta Quist", quist.get("label").getAsString());
        assertEquals("Marta Quist", quist.get("name").getAsString());
    }

    private static String sorted(com.google.gson.JsonArray a) {
        List<String> out = new java.util.ArrayList<>();
        a.forEach(e -> out.add(e.getAsString()));
        java.util.Collections.sort(out);
        com.google.gson.JsonArray b = new com.google.gson.JsonArray();
        out.forEach(b::add);
        return b.toString();
    }

    private static JsonObject node(JsonObject doc, String id) {
        for (JsonElement e : doc.getAsJsonArray("@graph")) {
            if (e.getAsJsonObject().get("@id").getAsString().equals(id)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no node " + id);
    }

    @Test
    void theContextFollowsTheStoreBaseAndAgreesWithTheTurtlePrefixes() {
        Map<String, String> custom = JsonLdExport.context(new Iris("https://kg.example/id/"));
        assertEquals("https://kg.example/id/person/", custom.get("person"));
        assertEquals("https://kg.example/id/source/", custom.get("source"));
        assertEquals("http://www.w3.org/ns/org#", custom.get("org"));
        Map<String, String> standard = JsonLdExport.context(Iris.standard());
        PrefixMapping turtle = PrefixMapping.Factory.create();
        Prefixes.set(turtle);
        turtle.getNsPrefixMap().forEach((prefix, iri) -> {
            if (standard.containsKey(prefix)) {
                assertEquals(iri, standard.get(prefix), prefix);
            }
        });
        assertFalse(standard.containsKey("id"), "'id' would read as schema.org's alias of @id");
    }
}
