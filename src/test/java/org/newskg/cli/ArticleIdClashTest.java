package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.testdata.StoreSnapshot;

/**
 * No input of a run silently replaces another: files of one name in two folders, a text and a
 * Markdown file of one name, two names that are not valid UTF-8, a file and a corpus line that
 * claim one id are each stored under an id of their own, with one line saying so; an id that no
 * other input claims stays the file name, as before.
 */
class ArticleIdClashTest {

    @TempDir
    Path dir;

    private static String article(String person, String org) {
        return "---\ntitle: 'Test'\ndate: 2024-03-01\nlang: en\n---\n\n" + org + " named " + person
                + " as chief executive on Monday, the company said.\n";
    }

    private static Path write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> sources(Path store) {
        return StoreSnapshot.of(store).names().stream().filter(Iris.standard()::isSource).toList();
    }

    /** The people named in the store's article graphs, each graph's in a list. */
    private static List<String> people(Path store) {
        StoreSnapshot snapshot = StoreSnapshot.of(store);
        return sources(store).stream().map(s -> snapshot.graphs().get(s).stream()
                .filter(t -> t.getPredicate().getURI().endsWith("prefLabel") && t.getSubject().getURI().contains("/person/"))
                .map(t -> t.getObject().getLiteralLexicalForm()).sorted().toList().toString()).toList();
    }

    private static void assertStoredApart(Path store, String... persons) {
        List<String> people = people(store);
        for (String person : persons) {
            assertEquals(1, people.stream().filter(p -> p.contains(person)).count(),
                    person + " should be in one article graph: " + people);
        }
    }

    @Test
    void filesOfOneNameInTwoFoldersAndTwoFormatsAreStoredApart() throws IOException {
        Path in = dir.resolve("in");
        write(in.resolve("x/a.txt"), article("Mirela Varga", "Norvik Systems"));
        write(in.resolve("y/a.txt"), article("Tobias Lindqvist", "Caldera Foods"));
        write(in.resolve("y/a.md"), article("Ingrid Okonkwo", "Tessaro Robotics"));
        write(in.resolve("y/b.txt"), article("Rafael Castellano", "Halvard Analytics"));
        Path store = dir.resolve("store");

        Cli.Run r = Cli.run("ingest", "--store", store.toString(), "--no-progress", in.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("4 files: 4 added, 0 replaced"), r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "one line about the clash: " + r.err());
        String line = lines.get(0);
        assertTrue(line.startsWith("newskg ingest: 3 inputs claim the article id 'a'"), line);
        for (String f : List.of("x/a.txt", "y/a.txt", "y/a.md")) {
            assertTrue(line.contains(in.resolve(f) + " as 'a-"), f + " in " + line);
        }
        List<String> sources = sources(store);
        assertEquals(4, sources.size(), sources.toString());
        assertTrue(sources.contains(Iris.standard().source("b")), "a unique name keeps its id: " + sources);
        assertStoredApart(store, "Mirela Varga", "Tobias Lindqvist", "Ingrid Okonkwo", "Rafael Castellano");

        // The same run again finds every article unchanged: the ids do not depend on chance or order.
        Cli.Run again = Cli.run("ingest", "--store", store.toString(), "--no-progress", in.toString());
        assertTrue(again.out().startsWith("4 files: 0 added, 0 replaced, 4 unchanged"), again.out());
    }

    @Test
    void namesThatAreNotValidUtf8AreStoredApart() throws Exception {
        Assumptions.assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "file names are decoded as " + System.getProperty("sun.jnu.encoding") + " here, not UTF-8 (set LANG=C.UTF-8)");
        Path in = Files.createDirectories(dir.resolve("bytes"));
        // Java cannot spell such a name; the shell writes the raw bytes 0xFF and 0xFE.
        Process p = new ProcessBuilder("sh", "-c", "printf '%s' \"$1\" > \"$(printf 'n\\377.txt')\"; "
                + "printf '%s' \"$2\" > \"$(printf 'n\\376.txt')\"", "sh",
                article("Mirela Varga", "Norvik Systems"), article("Tobias Lindqvist", "Caldera Foods"))
                .directory(in.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor());
        try (var names = Files.list(in)) {
            List<String> listed = names.map(f -> f.getFileName().toString()).toList();
            assertEquals(2, listed.size());
            assertEquals(1, listed.stream().distinct().count(), "both names read as the same string: " + listed);
        }
        Path store = dir.resolve("store");

        Cli.Run r = Cli.run("ingest", "--store", store.toString(), "--no-progress", in.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2 files: 2 added"), r.out());
        assertTrue(r.err().contains("2 inputs claim the article id 'n\uFFFD'"), r.err());
        assertEquals(2, sources(store).size());
        assertStoredApart(store, "Mirela Varga", "Tobias Lindqvist");
    }

    @Test
    void aCorpusLineAndAFileOfOneIdAreStoredApart() throws IOException {
        Path in = dir.resolve("mixed");
        write(in.resolve("nb-0142.txt"), article("Mirela Varga", "Norvik Systems"));
        String text = "Caldera Foods named Tobias Lindqvist as chief executive on Monday, the company said.";
        write(in.resolve("corpus.jsonl"), "{\"id\": \"nb-0142\", \"date\": \"2024-03-01\", \"lang\": \"en\", \"text\": \""
                + text + "\"}\n{\"id\": \"nb-0143\", \"date\": \"2024-03-01\", \"lang\": \"en\", \"text\": \""
                + text.replace("Tobias Lindqvist", "Ingrid Okonkwo") + "\"}\n");
        Path store = dir.resolve("store");

        Cli.Run r = Cli.run("ingest", "--store", store.toString(), "--no-progress", in.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3 articles: 3 added"), r.out());
        assertTrue(r.err().contains("2 inputs claim the article id 'nb-0142'"), r.err());
        assertTrue(r.err().contains("corpus.jsonl (its line with that id) as 'nb-0142-"), r.err());
        List<String> sources = sources(store);
        assertEquals(3, sources.size(), sources.toString());
        assertTrue(sources.contains(Iris.standard().source("nb-0143")), "a line no one else claims keeps its id");
        assertStoredApart(store, "Mirela Varga", "Tobias Lindqvist", "Ingrid Okonkwo");
    }

    @Test
    void aLineOfStandardInputAndAFileOfOneIdAreStoredApart() throws IOException {
        Path in = dir.resolve("stdin");
        Path file = write(in.resolve("nb-0142.txt"), article("Mirela Varga", "Norvik Systems"));
        String text = "Caldera Foods named Tobias Lindqvist as chief executive on Monday, the company said.";
        String lines = "{\"id\": \"nb-0142\", \"date\": \"2024-03-01\", \"lang\": \"en\", \"text\": \"" + text + "\"}\n";
        Path store = dir.resolve("store");

        // Standard input is read once, as it comes: its line is the one given an id of its own.
        InputStream saved = System.in;
        Cli.Run r;
        try {
            System.setIn(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
            r = Cli.run("ingest", "--store", store.toString(), "--no-progress", file.toString(), "-");
        } finally {
            System.setIn(saved);
        }

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(": 2 added, 0 replaced"), r.out());
        assertTrue(r.err().contains("a line of standard input claims the article id 'nb-0142', which another input has: "
                + "it is stored as 'nb-0142-"), r.err());
        List<String> sources = sources(store);
        assertEquals(2, sources.size(), sources.toString());
        assertTrue(sources.contains(Iris.standard().source("nb-0142")), "the file keeps its id: " + sources);
        assertStoredApart(store, "Mirela Varga", "Tobias Lindqvist");
    }

    @Test
    void theSameFileNamedTwiceIsOneArticle() throws IOException {
        Path in = dir.resolve("twice");
        Path a = write(in.resolve("a.txt"), article("Mirela Varga", "Norvik Systems"));
        Path store = dir.resolve("store");

        // The folder by its absolute path, the file in it by a relative one.
        Path relative = Path.of("").toAbsolutePath().relativize(a.toAbsolutePath());
        Cli.Run r = Cli.run("ingest", "--store", store.toString(), "--no-progress", in.toAbsolutePath().toString(),
                relative.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1 files: 1 added"), r.out());
        assertEquals("", r.err());
        assertEquals(List.of(Iris.standard().source("a")), sources(store));
    }
}
