package org.newskg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A publication date means the same in every input format: the calendar date as written (an
 * offset never moves it to another day), and an impossible date or time is an error naming the
 * file, never rolled over into the next day or month. Pages, whose dates are often odd, skip an
 * impossible one for the next source of a date, as they skip any unreadable one.
 */
class PublicationDatesTest {

    private static final ArticleReader READER = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
    private static final String BODY = "Norvik Systems named Mirela Varga as chief executive.\n";

    private static Article frontMatter(String value) throws ReadException {
        return READER.parse("a", "dates/a.md", "---\nlang: en\ndate: " + value + "\n---\n" + BODY);
    }

    private static Article jsonLine(String value) throws ReadException {
        return JsonLinesReader.parseLine("corpus", "dates/corpus.jsonl:3",
                "{\"lang\": \"en\", \"date\": \"" + value + "\", \"text\": \"" + BODY.strip() + "\"}");
    }

    private static Article page(String value) throws ReadException {
        return HtmlArticles.parse("p", "dates/p.html", "<html lang=\"en\"><head>"
                + "<meta property=\"article:published_time\" content=\"" + value + "\">"
                + "<meta name=\"date\" content=\"2001-01-01\"></head><body><article><p>" + BODY + "</p></article></body></html>");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2024-05-15, 2024-05-15",
            "'2024-05-15', 2024-05-15",
            "2024-05-15T01:00:00+09:00, 2024-05-15",
            "2024-05-15T23:30:00-05:00, 2024-05-15",
            "2024-05-15 23:30:00 -5, 2024-05-15",
            "2024-05-15T08:00:00Z, 2024-05-15",
            "2024-05-15T08:00:00.250+0200, 2024-05-15",
            "2024-02-29, 2024-02-29"})
    void theCalendarDateAsWrittenIsKeptInEveryFormat(String written, LocalDate expected) throws ReadException {
        assertEquals(expected, frontMatter(written).published(), "front matter");
        String unquoted = written.replace("'", "");
        assertEquals(expected, jsonLine(unquoted).published(), "JSON Lines");
        assertEquals(expected, page(unquoted).published(), "page");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2024-02-30, February 2024 has 29 days",
            "2023-02-29, February 2023 has 28 days",
            "'2024-04-31', April 2024 has 30 days",
            "2024-13-01, no month 13",
            "2024-05-15T25:99, hour 25",
            "2024-05-15T23:99:00Z, minute 99",
            "2024-05-15T10:00:00+25:00, offset of hours 25"})
    void anImpossibleDateIsAnErrorNamingTheFileInEveryFormat(String written, String why) {
        ReadException fm = assertThrows(ReadException.class, () -> frontMatter(written));
        assertTrue(fm.getMessage().startsWith("dates/a.md: front matter field 'date' is not a date: " + written.replace("'", "")),
                fm.getMessage());
        assertTrue(fm.getMessage().contains(why), fm.getMessage());
        ReadException jl = assertThrows(ReadException.class, () -> jsonLine(written.replace("'", "")));
        assertTrue(jl.getMessage().startsWith("dates/corpus.jsonl:3: 'date' is not a date: "), jl.getMessage());
        assertTrue(jl.getMessage().contains(why), jl.getMessage());
    }

    @Test
    void aPageSkipsAnImpossibleDateForTheNextSource() throws ReadException {
        assertEquals(LocalDate.of(2001, 1, 1), page("2024-02-30T10:00:00Z").published());
        assertEquals(LocalDate.of(2001, 1, 1), page("2024-05-15T25:99").published());
    }

    @Test
    void aKeyGivenTwiceIsMalformedFrontMatterNamingTheFileAndNothingElseIsPrinted() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ReadException e;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            e = assertThrows(ReadException.class, () -> READER.parse("a", "dup/a.md",
                    "---\ndate: 2024-05-15\ntitle: One\ndate: 2024-06-01\n---\n" + BODY));
        } finally {
            System.setErr(saved);
        }
        assertTrue(e.getMessage().startsWith("dup/a.md: malformed front matter on line 4"), e.getMessage());
        assertTrue(e.getMessage().contains("duplicate key date"), e.getMessage());
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void otherScalarsStillReadAsBefore() throws ReadException {
        Article a = READER.parse("a", "a.md", "---\ntitle: 2024\nauthor: Kim Lund\ndate:\n---\n" + BODY);
        assertEquals("2024", a.title());
        assertNull(a.published());
    }
}
