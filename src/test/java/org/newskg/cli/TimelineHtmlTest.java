package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.store.KnowledgeStore;

/** {@code newskg timeline --html FILE} over a store holding the fictional Nordbank merged view. */
class TimelineHtmlTest {

    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void storeTheNordbankView() {
        store = dir.resolve("store");
        try (KnowledgeStore ks = KnowledgeStore.open(store, Iris.standard())) {
            Txn.executeWrite(ks.dataset(), () -> RDFParser.source("src/test/resources/timeline/nordbank.ttl")
                    .parse(ks.dataset().getDefaultModel()));
        }
    }

    @Test
    void writesThePageAndSaysWhatIsOnIt() throws IOException {
        Path out = dir.resolve("pages/nordbank.html");
        Cli.Run r = Cli.run("timeline", "--store", store.toString(), "--org", "nordbank", "--html", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + out + " (4 holdings, 6 events, 2 sources)", r.out().strip());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<h1>Timeline of Nordbank</h1>"), "the organization's preferred name");
        assertTrue(html.contains("id=\"timeline-chart\""));
    }

    @Test
    void aPersonsPageToo() throws IOException {
        Path out = dir.resolve("lund.html");
        Cli.Run r = Cli.run("timeline", "--store", store.toString(), "--person", "Kim Lund", "--html", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out).contains("Sydbank \u00b7 Chief Financial Officer"));
    }

    @Test
    void anUnknownNameIsAnErrorAndWritesNothing() {
        Path out = dir.resolve("nobody.html");
        Cli.Run r = Cli.run("timeline", "--store", store.toString(), "--org", "Nobody Bank", "--html", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no organization 'Nobody Bank' in the store"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theTableStillListsEventsWithoutARoleOnce() {
        Cli.Run r = Cli.run("timeline", "--store", store.toString(), "--org", "Nordbank", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("Founding\t")).count(), r.out());
        assertEquals(4 + 6 + 1, r.out().lines().count(), "header, 4 holdings, 6 events: " + r.out());
    }
}
