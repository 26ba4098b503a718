package org.newskg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines corpora: one article per line, bad lines reported by file and line. */
class JsonLinesReaderTest {

    private static final Path CORPUS = Path.of("src/test/resources/inputs/corpus.jsonl");

    @TempDir
    Path dir;

    private static List<JsonLinesReader.Entry> readAll(JsonLinesReader reader, Path file) throws ReadException {
        List<JsonLinesReader.Entry> out = new ArrayList<>();
        try (JsonLinesReader.Lines lines = reader.open(file)) {
            lines.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void goodLinesBecomeArticlesAndBadLinesAreReportedByLineNumber() throws Exception {
        List<JsonLinesReader.Entry> entries = readAll(new JsonLinesReader(1 << 20), CORPUS);
        assertEquals(List.of(1, 2, 3, 4, 6, 7), entries.stream().map(JsonLinesReader.Entry::line).toList(),
                "the blank line 5 is skipped");

        Article first = entries.get(0).article();
        assertEquals("tl-001", first.id());
        assertEquals(CORPUS + ":1", first.location());
        assertEquals(LocalDate.of(2024, 2, 20), first.published());
        assertEquals("en", first.lang());
        assertEquals("Norrland Rail Group names a new chief executive", first.title());
        assertEquals("Kai Berg", first.author());
        assertEquals("https://tidings.example/a/1", first.url());
        assertTrue(first.text().contains("\n\nFalk had been"), "paragraphs survive: " + first.text());

        assertProblem(entries.get(1), CORPUS + ":2: invalid JSON");
        assertProblem(entries.get(2), CORPUS + ":3: no 'text' field");
        assertProblem(entries.get(3), CORPUS + ":4: 'date' is not a date: 22/02/2024");
        assertProblem(entries.get(4), CORPUS + ":6: lang 'ru' is not supported");

        Article last = entries.get(5).article();
        assertTrue(last.id().matches("brook-capital-cfo-[0-9a-f]{12}"), last.id());
        assertEquals(LocalDate.of(2024, 2, 24), last.published());
        assertEquals("Mia Roth", last.author(), "an author object's name");
    }

    private static void assertProblem(JsonLinesReader.Entry e, String start) {
        assertNull(e.article());
        assertTrue(e.problem().getMessage().startsWith(start), e.problem().getMessage());
    }

    @Test
    void idsFromAddressesAreDeterministicAndDistinct() {
        String a = JsonLinesReader.idFromUrl("https://news.example/2024/05/nordbank-ceo.html");
        assertEquals(a, JsonLinesReader.idFromUrl("https://news.example/2024/05/nordbank-ceo.html"));
        assertTrue(a.startsWith("nordbank-ceo-"), a);
        assertNotEquals(a, JsonLinesReader.idFromUrl("https://other.example/2024/05/nordbank-ceo.html"));
        assertTrue(JsonLinesReader.idFromUrl("https://news.example/").matches("news-example-[0-9a-f]{12}"));
    }

    @Test
    void aLineWithNeitherIdNorAddressIsNamedByFileAndTextHash() throws Exception {
        Path f = dir.resolve("wire.jsonl");
        Files.writeString(f, "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n{\"text\": \"One.\"}\n");
        List<JsonLinesReader.Entry> entries = readAll(new JsonLinesReader(1 << 20), f);
        assertTrue(entries.get(0).article().id().matches("wire-[0-9a-f]{12}"));
        assertNotEquals(entries.get(0).article().id(), entries.get(1).article().id());
        assertTrue(entries.get(2).problem().getMessage().contains("already used on line 1"),
                "the same text twice is the same article id: " + entries.get(2).problem().getMessage());
    }

    @Test
    void aLineAboveTheSizeLimitIsSkippedWithoutStoppingTheOthers() throws Exception {
        Path f = dir.resolve("big.jsonl");
        String big = "{\"id\": \"big\", \"text\": \"" + "x".repeat(5000) + "\"}";
        Files.writeString(f, "{\"id\": \"a\", \"text\": \"Short.\"}\n" + big + "\n{\"id\": \"b\", \"text\": \"Also short.\"}\n");
        List<JsonLinesReader.Entry> entries = readAll(new JsonLinesReader(1000), f);
        assertEquals("a", entries.get(0).article().id());
        assertTrue(entries.get(1).problem().getMessage().contains(f + ":2: line is 50"), entries.get(1).problem().getMessage());
        assertTrue(entries.get(1).problem().getMessage().contains("--max-bytes"));
        assertEquals("b", entries.get(2).article().id());
    }

    @Test
    void invalidUtf8CrlfAndAByteOrderMarkAreHandledPerLine() throws Exception {
        Path f = dir.resolve("mixed.jsonl");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("\uFEFF{\"id\": \"a\", \"text\": \"Ok.\"}\r\n".getBytes(StandardCharsets.UTF_8));
        b.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'});
        b.write("{\"id\": 7, \"text\": \"Numeric id.\", \"lang\": \"zh-TW\"}".getBytes(StandardCharsets.UTF_8));
        Files.write(f, b.toByteArray());
        List<JsonLinesReader.Entry> entries = readAll(new JsonLinesReader(1 << 20), f);
        assertEquals("a", entries.get(0).article().id());
        assertEquals("Ok.", entries.get(0).article().text());
        assertTrue(entries.get(1).problem().getMessage().endsWith(":2: not valid UTF-8"), entries.get(1).problem().getMessage());
        assertEquals("7", entries.get(2).article().id());
        assertEquals("zh-Hant", entries.get(2).article().lang());
    }

    @Test
    void problemsSayWhatIsWrong() {
        assertMessage("[1, 2]", "not a JSON object");
        assertMessage("{\"text\": 5}", "'text' is not a string");
        assertMessage("{\"text\": \"  \"}", "'text' is empty");
        assertMessage("{\"text\": \"x\", }", "invalid JSON: expected name (column 15)");
        assertMessage("{'text': 'x'}", "invalid JSON: unexpected character (column 2)");
        assertMessage("{\"text\": \"x\"} {}", "invalid JSON");
        assertMessage("{\"text\": \"x\", \"date\": \"2024-02-30\"}", "'date' is not a date: 2024-02-30");
    }

    private static void assertMessage(String json, String expected) {
        try {
            JsonLinesReader.parseLine("c", "c.jsonl:9", json);
            throw new AssertionError("accepted: " + json);
        } catch (ReadException e) {
            assertTrue(e.getMessage().startsWith("c.jsonl:9: " + expected), e.getMessage());
        }
    }

    @Test
    void linesAreCountedForProgressWithoutATrailingNewline() throws Exception {
        Path f = dir.resolve("n.jsonl");
        Files.writeString(f, "{}\n{}\n{}");
        assertEquals(3, JsonLinesReader.countLines(f));
        Files.writeString(f, "{}\n{}\n");
        assertEquals(2, JsonLinesReader.countLines(f));
    }
}
