package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported graph as a consumer without newskg's ontology reads it: standard types and labels,
 * dates in OWL-Time's own terms for their precision, no index or unused vocabulary, a JSON-LD
 * context that coerces, language tags as written. Queried with plain SPARQL over the export file.
 */
class RdfForConsumersTest {

    @TempDir
    static Path dir;

    static Model turtle;
    static Path jsonld;

    @BeforeAll
    static void export() {
        String store = dir.resolve("store").toString();
        assertEquals(0, Cli.run("ingest", "--store", store, "data/articles").code());
        Path ttl = dir.resolve("graph.ttl");
        jsonld = dir.resolve("graph.jsonld");
        assertEquals(0, Cli.run("export", "--store", store, "--out", ttl.toString()).code());
        assertEquals(0, Cli.run("export", "--store", store, "--format", "jsonld", "--out", jsonld.toString()).code());
        turtle = ModelFactory.createDefaultModel();
        RDFParser.source(ttl).parse(turtle);
    }

    private static List<QuerySolution> select(String query) {
        String prefixes = """
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX schema: <https://schema.org/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX time: <http://www.w3.org/2006/time#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                """;
        try (QueryExecution qe = QueryExecution.model(turtle).query(prefixes + query).build()) {
            List<QuerySolution> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    @Test
    void standardTypesAndLabelsFindPeopleOrganizationsAndRolesWithoutTheOntology() {
        List<QuerySolution> rows = select("""
                SELECT ?name ?orgName ?roleName {
                  ?m a org:Membership ; org:member ?p ; org:organization ?o ; org:role ?r .
                  ?p a schema:Person , foaf:Person ; rdfs:label ?name ; schema:name ?name .
                  ?o a org:Organization ; rdfs:label ?orgName .
                  ?r a org:Role ; rdfs:label ?roleName .
                  FILTER (?name = "Ilya Sutskever" && ?orgName = "OpenAI")
                }""");
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("roleName").getLexicalForm().equals("Chief Scientist")),
                rows.toString());
    }

    @Test
    void aDateKnownToTheMonthOrYearIsStatedInOwlTimesTermForIt() {
        List<QuerySolution> months = select("""
                SELECT ?i ?ym ?first ?last { ?i nkg:precision time:unitMonth ; time:inXSDgYearMonth ?ym ;
                  nkg:earliestDate ?first ; nkg:latestDate ?last . FILTER NOT EXISTS { ?i time:inXSDDate ?d } }""");
        assertFalse(months.isEmpty(), "month-precise instants");
        for (QuerySolution m : months) {
            assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth", m.getLiteral("ym").getDatatypeURI());
            assertTrue(m.getLiteral("first").getLexicalForm().startsWith(m.getLiteral("ym").getLexicalForm()));
        }
        List<QuerySolution> years = select("""
                SELECT ?y { ?i nkg:precision time:unitYear ; time:inXSDgYear ?y . FILTER (DATATYPE(?y) = xsd:gYear) }""");
        assertFalse(years.isEmpty(), "year-precise instants");
        assertTrue(select("SELECT ?i { ?i nkg:precision time:unitDay . FILTER NOT EXISTS { ?i time:inXSDDate ?d } }").isEmpty(),
                "a day-precise instant has its time:inXSDDate");
    }

    @Test
    void theExportLeavesOutTheNameIndexAndTheRolesNoFactUses() {
        assertTrue(select("SELECT ?x { ?x nkg:nameKey ?k } LIMIT 1").isEmpty());
        List<QuerySolution> unused = select("""
                SELECT ?r { ?r a nkg:Role . FILTER NOT EXISTS { ?m org:role ?r } FILTER NOT EXISTS { ?e nkg:role ?r } }""");
        assertTrue(unused.isEmpty(), "roles no fact uses: " + unused);
        assertFalse(select("SELECT ?r { ?r a nkg:Role ; skos:prefLabel ?l . FILTER (LANG(?l) = \"sv\") }").isEmpty(),
                "a role that is used keeps its labels in every language");
    }

    @Test
    void languageTagsAreWrittenAsTheyWereGiven() throws Exception {
        assertFalse(select("SELECT ?l { ?x skos:altLabel ?l . FILTER (LANG(?l) = \"zh-Hans\") }").isEmpty());
        String text = Files.readString(jsonld);
        assertTrue(text.contains("\"@language\": \"zh-Hans\""), "BCP 47 case in JSON-LD");
        assertFalse(text.contains("\"zh-hans\""), "no lowered tags");
    }

    @Test
    void theJsonLdContextCoercesSoValuesReadAsPlainStrings() throws Exception {
        JsonObject doc = JsonParser.parseString(Files.readString(jsonld)).getAsJsonObject();
        JsonObject ctx = doc.getAsJsonObject("@context");
        assertEquals("@id", ctx.getAsJsonObject("member").get("@type").getAsString());
        assertEquals("xsd:gYearMonth", ctx.getAsJsonObject("inXSDgYearMonth").get("@type").getAsString());
        JsonObject membership = null;
        JsonObject monthInstant = null;
        for (JsonElement e : doc.getAsJsonArray("@graph")) {
            JsonObject o = e.getAsJsonObject();
            if (membership == null && o.has("member")) {
                membership = o;
            }
            if (monthInstant == null && o.has("inXSDgYearMonth")) {
                monthInstant = o;
            }
        }
        assertTrue(membership != null && membership.get("member").getAsString().startsWith("person:"), String.valueOf(membership));
        assertTrue(membership.get("organization").getAsString().startsWith("orgn:"), membership.toString());
        assertTrue(membership.has("memberRole") && membership.has("wasDerivedFrom"), membership.toString());
        assertTrue(monthInstant != null && monthInstant.get("inXSDgYearMonth").getAsString().matches("\\d{4}-\\d{2}"),
                String.valueOf(monthInstant));
        assertTrue(monthInstant.get("earliestDate").getAsString().matches("\\d{4}-\\d{2}-01"), monthInstant.toString());
        assertEquals("time:unitMonth", monthInstant.get("precision").getAsString());
    }
}
