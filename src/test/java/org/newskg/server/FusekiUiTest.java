package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newskg.browser.HeadlessChromium;

/** {@code serve --ui}: Fuseki's web UI, the read-only calls it needs and nothing more, usable in a browser. */
class FusekiUiTest {

    private static final String PERSON = "https://w3id.org/newskg/ontology#Person";

    /** Three fictional people with their names, in the default graph. */
    private static DatasetGraph people() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (String name : List.of("Chiara Neri", "Astrid Holm", "Bruno Weiss")) {
                Node p = NodeFactory.createURI("https://example.org/person/" + name.toLowerCase().replace(' ', '-'));
                dsg.getDefaultGraph().add(Triple.create(p, RDF.type.asNode(), NodeFactory.createURI(PERSON)));
                dsg.getDefaultGraph().add(Triple.create(p, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(name)));
            }
        });
        return dsg;
    }

    private static HttpResponse<String> send(String method, String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        r = switch (method) {
            case "GET" -> r.GET();
            case "DELETE" -> r.DELETE();
            default -> r.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString("dbName=extra&dbType=mem"));
        };
        return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 404 || r.statusCode() == 405, r.request().method() + " " + r.uri() + ": " + r.statusCode());
    }

    private static String root(SparqlServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    @Test
    void withoutTheUiThereIsNoPageAndNoAdminCall() throws Exception {
        try (SparqlServer server = new SparqlServer(people(), ServerOptions.defaults().withPort(0))) {
            server.start();
            for (String path : List.of("/", "/index.html", "/$/ping", "/$/server", "/$/stats")) {
                assertEquals(404, send("GET", root(server) + path).statusCode(), path);
            }
        }
    }

    @Test
    void theUiIsServedWithOnlyTheReadOnlyCallsItMakes() throws Exception {
        try (SparqlServer server = new SparqlServer(people(), ServerOptions.defaults().withPort(0), true)) {
            server.start();
            HttpResponse<String> page = send("GET", root(server) + "/");
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
            assertTrue(page.body().contains("<title>Apache Jena Fuseki UI</title>"), page.body());
            assertEquals(200, send("GET", root(server) + "/$/ping").statusCode());
            HttpResponse<String> status = send("GET", root(server) + "/$/server");
            assertEquals(200, status.statusCode());
            assertTrue(status.body().contains("\"/newskg\""), status.body());
            assertEquals(200, send("GET", root(server) + "/$/stats/newskg").statusCode());
            // What would change the server stays absent: creating, deleting, backing up, compacting
            // datasets. (The UI's static files answer other methods at their paths with 405.)
            assertRefused(send("POST", root(server) + "/$/datasets"));
            assertRefused(send("DELETE", root(server) + "/$/datasets/newskg"));
            assertRefused(send("POST", root(server) + "/$/backup/newskg"));
            assertRefused(send("POST", root(server) + "/$/compact/newskg"));
            assertRefused(send("GET", root(server) + "/$/tasks"));
            String after = send("GET", root(server) + "/$/server").body();
            assertTrue(after.contains("\"/newskg\"") && !after.contains("extra"), after);
            assertTrue(send("PUT", server.url() + "/data?default").statusCode() >= 400, "graph writes refused");
            assertEquals("http://127.0.0.1:" + server.port() + "/#/dataset/newskg/query", server.uiUrl());
        }
    }

    @Test
    void aPersonCanRunAQueryFromTheUiInChromium() {
        try (SparqlServer server = new SparqlServer(people(), ServerOptions.defaults().withPort(0), true);
             HeadlessChromium chrome = HeadlessChromium.startOrSkip()) {
            server.start();
            HeadlessChromium.Page page = chrome.open(server.uiUrl());
            // The query page is a Vue app with a CodeMirror editor (YASQE) and a results table (YASR).
            page.waitFor("document.querySelector('.CodeMirror') && document.querySelector('.CodeMirror').CodeMirror"
                    + " && document.querySelector('.yasqe_queryButton')", Duration.ofSeconds(30));
            String query = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?name WHERE { ?p a <" + PERSON
                    + "> ; skos:prefLabel ?name } ORDER BY ?name";
            page.evaluate("document.querySelector('.CodeMirror').CodeMirror.setValue(" + jsString(query) + ")");
            page.evaluate("document.querySelector('.yasqe_queryButton').click()");
            page.waitFor("document.querySelectorAll('.yasr table.dataTable tbody tr').length >= 3", Duration.ofSeconds(30));
            List<String> names = HeadlessChromium.strings(page.evaluate(
                    "Array.from(document.querySelectorAll('.yasr table.dataTable tbody tr'))"
                            + ".map(tr => tr.querySelectorAll('td')[1].innerText.trim())"));
            assertEquals(List.of("Astrid Holm", "Bruno Weiss", "Chiara Neri"), names);
            // Off this machine nothing resolves; the UI's attempt to fetch prefixes from the web is not our error.
            List<String> errors = page.errors().stream()
                    .filter(e -> !(e.contains("ERR_NAME_NOT_RESOLVED") && !e.contains("127.0.0.1"))).toList();
            assertTrue(errors.isEmpty(), "no errors in the browser: " + errors);
        }
    }

    private static String jsString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
