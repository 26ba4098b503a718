package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved web pages and a JSON Lines corpus through the command line: facts come out of an HTML
 * article and out of a corpus line, and bad lines are reported by file and line while the rest is stored.
 */
class InputsEndToEndTest {

    private static final String INPUTS = "src/test/resources/inputs";

    @TempDir
    static Path dir;

    static Path store;
    static Cli.Run ingest;

    @BeforeAll
    static void ingestThePagesAndTheCorpus() {
        store = dir.resolve("store");
        ingest = Cli.run("ingest", "--store", store.toString(), INPUTS);
    }

    @Test
    void theSummaryCountsFilesArticlesAndFailedLines() {
        assertEquals(1, ingest.code(), "some lines failed: " + ingest.err());
        assertTrue(ingest.out().startsWith("5 files, 10 articles: 6 added, 0 replaced, 0 unchanged, 4 failed"), ingest.out());
    }

    @Test
    void badLinesAreReportedWithFileAndLineNumber() {
        String corpus = Path.of(INPUTS, "corpus.jsonl").toString();
        for (String expected : List.of(corpus + ":2: invalid JSON: unterminated string", corpus + ":3: no 'text' field",
                corpus + ":4: 'date' is not a date: 22/02/2024", corpus + ":6: lang 'ru' is not supported")) {
            assertTrue(ingest.err().contains("newskg ingest: " + expected), expected + " in\n" + ingest.err());
        }
    }

    @Test
    void holdingsComeFromAnHtmlArticleAndFromACorpusLine() {
        Cli.Run r = Cli.run("holdings", "--store", store.toString(), "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().toList();
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("Marta Quist\t") && l.contains("\tHalden Shipping Group\t")
                && l.contains("\tChief Executive Officer\t2023-09-11\t") && l.endsWith("\tjsonld-only")), r.out());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("Ingrid Falk\t") && l.contains("\tNorrland Rail Group\t")
                && l.contains("\tChief Executive Officer\t2024-02-19\t") && l.endsWith("\ttl-001")), r.out());
    }

    @Test
    void eachCorpusLineIsASourceOfItsOwnWithItsMetadata() {
        Cli.Run r = Cli.run("query", "--store", store.toString(), "--format", "tsv", "--sparql",
                "PREFIX schema: <https://schema.org/> SELECT ?s ?title ?date { GRAPH ?s { ?s schema:headline ?title ; "
                        + "schema:datePublished ?date } } ORDER BY ?s");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("<https://w3id.org/newskg/id/source/tl-001>\t"
                + "\"Norrland Rail Group names a new chief executive\"@en\t\"2024-02-20\"^^"), r.out());
        assertTrue(r.out().contains("source/brook-capital-cfo-"), r.out());
        assertTrue(r.out().contains("source/jsonld-only"), r.out());
    }

    @Test
    void aFileOfAnotherKindNamedOnTheCommandLineIsReportedWithTheKindsThatAreRead() throws Exception {
        Path pdf = java.nio.file.Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7");
        Cli.Run r = Cli.run("ingest", "--store", dir.resolve("other").toString(), pdf.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(pdf + ": not an article file (.markdown .md .txt .htm .html .xhtml .jsonl .ndjson)"),
                r.err());
    }

    @Test
    void reIngestingFindsTheSameArticlesUnderTheSameIds() {
        Path copy = dir.resolve("again");
        Cli.run("ingest", "--store", copy.toString(), INPUTS);
        Cli.Run r = Cli.run("ingest", "--store", copy.toString(), INPUTS);
        assertTrue(r.out().contains(": 0 added, 0 replaced, 6 unchanged, 4 failed"), r.out());
    }
}
