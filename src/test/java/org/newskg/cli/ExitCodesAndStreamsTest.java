package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes say whether inputs could be read; files are written as the user's other files; - is a stream. */
class ExitCodesAndStreamsTest {

    @TempDir
    Path dir;

    private static final String WEATHER = "---\ntitle: 'Sunny weekend'\ndate: 2024-03-01\nlang: en\n---\n\n"
            + "Temperatures will rise to 24 degrees on Saturday, with light winds from the south.\n";
    private static final String APPOINTMENT = "---\ntitle: 'Nordbank'\ndate: 2024-03-01\nlang: en\n---\n\n"
            + "Nordbank AB appointed Anna Berg as its chief executive officer on 1 March 2024.\n";

    @Test
    void anArticleWithoutFactsIsCountedAndReportedButTheIngestSucceeds() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("weather.txt"), WEATHER);
        Files.writeString(in.resolve("nordbank.txt"), APPOINTMENT);
        Cli.Run r = Cli.run("ingest", "--store", dir.resolve("store").toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2 files: 2 added, 0 replaced, 0 unchanged, 0 failed, 1 with no facts"), r.out());
        assertTrue(r.err().contains("weather.txt: no holdings or events found"), r.err());
    }

    @Test
    void anUnreadableInputStillMakesTheExitCodeOne() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("nordbank.txt"), APPOINTMENT);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Cli.Run r = Cli.run("ingest", "--store", dir.resolve("store").toString(), in.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("empty.txt: empty file"), r.err());
    }

    @Test
    void quietPrintsErrorsOnly() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("weather.txt"), WEATHER);
        Files.writeString(in.resolve("bad.txt"), "---\ntitle: [unclosed\n");
        Cli.Run r = Cli.run("ingest", "--quiet", "--store", dir.resolve("store").toString(), in.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("bad.txt"), r.err());
        assertFalse(r.err().contains("weather.txt"), "no notes with --quiet: " + r.err());
    }

    @Test
    void anExportIsWrittenWithTheModeOfAnOrdinaryNewFile() throws Exception {
        Path store = ingestOne();
        Path ttl = dir.resolve("graph.ttl");
        Cli.Run r = Cli.run("export", "--store", store.toString(), "--out", ttl.toString());
        assertEquals(0, r.code(), r.err());
        // What the umask gives any new file here, whatever the umask is.
        Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        assertEquals(PosixFilePermissions.toString(ordinary), PosixFilePermissions.toString(Files.getPosixFilePermissions(ttl)));

        // Replacing a file keeps the mode its owner gave it.
        Files.setPosixFilePermissions(ttl, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, Cli.run("export", "--store", store.toString(), "--out", ttl.toString()).code());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(ttl)));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void exportToDashWritesStandardOutputAndNoFileNamedDash() throws Exception {
        Path store = ingestOne();
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Cli.Run r;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            r = Cli.run("export", "--store", store.toString(), "--format", "nquads", "--out", "-");
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, r.code(), r.err());
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("<https://w3id.org/newskg/id/person/anna-berg>"));
        assertFalse(Files.exists(Path.of("-")), "no file named -");
    }

    @Test
    void ingestOfDashReadsJsonLinesFromStandardInput() throws Exception {
        String lines = "{\"id\": \"nb-1\", \"date\": \"2024-03-01\", \"lang\": \"en\", \"text\": "
                + "\"Nordbank AB appointed Anna Berg as its chief executive officer on 1 March 2024.\"}\n"
                + "{\"id\": \"nb-2\", \"lang\": \"en\"}\n";
        InputStream saved = System.in;
        Cli.Run r;
        try {
            System.setIn(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
            r = Cli.run("ingest", "--store", dir.resolve("store").toString(), "-");
        } finally {
            System.setIn(saved);
        }
        assertEquals(1, r.code(), "line 2 has no text: " + r.err());
        assertTrue(r.out().startsWith("1 files, 2 articles: 1 added"), r.out());
        assertTrue(r.err().contains("stdin:2: no 'text' field"), r.err());
        Cli.Run who = Cli.run("who", "--store", dir.resolve("store").toString(), "--org", "Nordbank", "--role", "CEO",
                "--format", "tsv");
        assertTrue(who.out().contains("Anna Berg"), who.out() + who.err());
    }

    @Test
    void aMistypedOptionIsNamedWithTheNearestOne() {
        Cli.Run r = Cli.run("who", "--orgg", "Nordbank", "--role", "CEO");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("newskg who: unknown option '--orgg'; did you mean --org?"), r.err());
    }

    @Test
    void aParameterTheQueryDoesNotMentionIsRefused() throws Exception {
        Path store = ingestOne();
        Cli.Run r = Cli.run("query", "--store", store.toString(), "queries/holders.rq", "--param", "orgname=Nordbank");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("newskg query: --param orgname: the query has no variable ?orgname (its variables: "),
                r.err());
        assertTrue(r.err().contains(" orgName, "), "the variables are listed: " + r.err());
        Cli.Run ok = Cli.run("query", "--store", store.toString(), "queries/holders.rq", "--param", "orgName=Nordbank",
                "--param", "roleName=CEO", "--param", "at=2024-06-01", "--format", "tsv");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("\"Anna Berg\""), "a variable used only in a FILTER (?at) is a parameter: " + ok.out());
    }

    private Path ingestOne() throws Exception {
        Path in = Files.createDirectories(dir.resolve("one"));
        Files.writeString(in.resolve("nordbank.txt"), APPOINTMENT);
        Path store = dir.resolve("store");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), in.toString()).code());
        return store;
    }
}
