package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.read.Article;
import org.newskg.read.ArticleReader;
import org.newskg.read.HtmlArticles;
import org.newskg.read.JsonLinesReader;
import org.newskg.read.ReadException;

/**
 * The fuzzing of {@link FuzzTest} carried to each input format's own structure: seeded random
 * saved pages (nested and unclosed markup, scripts, hidden parts, JSON-LD blocks broken or of odd
 * types, meta tags with odd dates and languages), JSON Lines (fields of every JSON type, deep
 * nesting, escapes, damaged bytes, huge lines) and YAML front matter (every scalar type, dates and
 * timestamps possible and impossible, anchors and aliases, tags, duplicate keys, bad indentation).
 * Each input ends, in bounded time, in an article that goes through the whole pipeline or in a
 * problem that names where it came from; a publication date that is kept is one written in the
 * input, never a day moved or rolled over.
 */
class InputFormatFuzzTest {

    /** In CPU time (see {@link CpuBound}). */
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final int CASES = 60;
    private static final ArticleReader READER = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);

    private static ArticleProcessor processor;
    private static final AtomicInteger ARTICLES = new AtomicInteger();
    private static final AtomicInteger DATED = new AtomicInteger();

    @TempDir
    Path dir;

    @BeforeAll
    static void pipeline() {
        processor = Components.standard().processor();
    }

    @AfterAll
    static void manyInputsWereArticlesAndManyKeptADate() {
        if (ARTICLES.get() > 0) {
            assertTrue(ARTICLES.get() > CASES / 2, ARTICLES + " of " + 3 * CASES + " random inputs were articles");
            assertTrue(DATED.get() > CASES / 10, DATED + " random articles kept a publication date");
        }
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, CASES).mapToObj(i -> 7_919L * i + 3);
    }

    /** The article through the rest of the pipeline; a date it kept must be written in the input. */
    private static void check(Article a, String input, long seed) {
        ARTICLES.incrementAndGet();
        if (a.published() != null) {
            DATED.incrementAndGet();
            assertTrue(input.contains(a.published().toString()), "seed " + seed + ": the date " + a.published()
                    + " is not written in the input: " + FuzzTestPreview.of(input));
        }
        ArticleProcessor.Outcome o = processor.process(a);
        assertFalse(o.failed() && o.problem().contains("extraction failed"), "seed " + seed + ": " + o.problem());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomPageEndsInAnArticleOrAProblemNamingIt(long seed) {
        Random r = new Random(seed);
        String page = page(r);
        CpuBound.within(BOUND, () -> {
            try {
                check(HtmlArticles.parse("p" + seed, "p-" + seed + ".html", page), page, seed);
            } catch (ReadException e) {
                assertTrue(e.getMessage().startsWith("p-" + seed + ".html: "), e.getMessage());
            }
        }, () -> "seed " + seed + ": " + FuzzTestPreview.of(page));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomCorpusLineEndsInAnArticleOrAProblemNamingItsLine(long seed) {
        Random r = new Random(seed);
        String line = jsonLine(r);
        CpuBound.within(BOUND, () -> {
            try {
                Article a = JsonLinesReader.parseLine("corpus", "c.jsonl:" + seed, line);
                assertFalse(a.id().isBlank());
                check(a, line, seed);
            } catch (ReadException e) {
                assertTrue(e.getMessage().startsWith("c.jsonl:" + seed + ": "), e.getMessage());
            }
        }, () -> "seed " + seed + ": " + FuzzTestPreview.of(line));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomCorpusFileGivesOneEntryPerLineEachNamingItsLine(long seed) throws IOException {
        Random r = new Random(seed);
        Path corpus = dir.resolve("c" + seed + ".jsonl");
        List<byte[]> lines = new ArrayList<>();
        int n = 1 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            byte[] b = (r.nextInt(10) == 0 ? "" : jsonLine(r)).getBytes(StandardCharsets.UTF_8);
            if (b.length > 0 && r.nextInt(8) == 0) {
                b[r.nextInt(b.length)] = (byte) (0x80 + r.nextInt(0x80)); // damaged UTF-8
            }
            lines.add(b);
        }
        try (var out = Files.newOutputStream(corpus)) {
            for (byte[] b : lines) {
                out.write(b);
                out.write(r.nextInt(6) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            }
        }
        long nonBlank = lines.stream().filter(b -> !new String(b, StandardCharsets.UTF_8).isBlank()).count();
        CpuBound.within(BOUND, () -> {
            int entries = 0;
            try (JsonLinesReader.Lines in = new JsonLinesReader(200_000).open(corpus)) {
                while (in.hasNext()) {
                    JsonLinesReader.Entry e = in.next();
                    entries++;
                    if (e.problem() != null) {
                        assertTrue(e.problem().getMessage().startsWith(corpus + ":" + e.line() + ": "), e.problem().getMessage());
                    }
                }
            }
            assertTrue(entries <= nonBlank && entries >= nonBlank - lines.size(), entries + " entries for " + nonBlank + " lines");
        }, () -> "seed " + seed + ": " + corpus);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomFrontMatterEndsInAnArticleOrAProblemNamingIt(long seed) {
        Random r = new Random(seed);
        String text = "---\n" + yaml(r) + "---\n" + FuzzTest.text(r, 1 + r.nextInt(600)) + "\nNorvik Systems named Mirela Varga chief executive.\n";
        CpuBound.within(BOUND, () -> {
            try {
                check(READER.parse("fm" + seed, "fm-" + seed + ".md", text), text, seed);
            } catch (ReadException e) {
                assertTrue(e.getMessage().startsWith("fm-" + seed + ".md: "), e.getMessage());
            }
        }, () -> "seed " + seed + ": " + FuzzTestPreview.of(text));
    }

    // ---- generators ----

    private static final String[] LANGS = {"en", "de", "fr", "es", "it", "nl", "sv", "zh-Hans", "zh-Hant", "ja", "zh-TW",
            "en-GB", "pt", "", "EN", "x-klingon", "zh-", "ja_JP", "   "};

    /** A date string: possible or not, with or without a time, offset, zone or junk. */
    static String date(Random r) {
        int y = r.nextInt(8) == 0 ? r.nextInt(10_000) : 1990 + r.nextInt(40);
        int m = r.nextInt(10) == 0 ? r.nextInt(15) : 1 + r.nextInt(12);
        int d = r.nextInt(6) == 0 ? 28 + r.nextInt(5) : 1 + r.nextInt(28);
        String s = String.format("%04d-%02d-%02d", y, m, d);
        switch (r.nextInt(8)) {
            case 0 -> s += String.format("T%02d:%02d:%02d", r.nextInt(26), r.nextInt(62), r.nextInt(62));
            case 1 -> s += String.format("T%02d:%02d:00%s%02d:%02d", r.nextInt(24), r.nextInt(60),
                    r.nextBoolean() ? "+" : "-", r.nextInt(20), r.nextInt(60));
            case 2 -> s += "T23:30:00Z";
            case 3 -> s += " 01:00:00 -5";
            case 4 -> s += "T08:00:00.123456+0900[Asia/Tokyo]";
            case 5 -> s = r.nextBoolean() ? "last Tuesday" : String.format("%02d/%02d/%04d", d, m, y);
            default -> {
            }
        }
        return s;
    }

    private static String any(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    /** A JSON string of {@code s}, some characters escaped at random (never in a date, which is checked as written). */
    private static String jsonString(Random r, String s) {
        boolean escapeAtRandom = !s.matches("\\d{4}-.*");
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || escapeAtRandom && r.nextInt(50) == 0) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (r.nextInt(40) == 0) {
            b.append(any(r, "\\ud800", "\\udc00x", "\\u00", "\\x"));
        }
        return b.append('"').toString();
    }

    private static String jsonValue(Random r, int depth) {
        switch (depth > 3 ? r.nextInt(5) : r.nextInt(8)) {
            case 0:
                return jsonString(r, FuzzTest.text(r, 1 + r.nextInt(80)));
            case 1:
                return any(r, "0", "-1", "1e400", "12345678901234567890123", "3.14", "NaN", "true", "false", "null");
            case 2:
                return jsonString(r, date(r));
            case 3:
                return jsonString(r, any(r, LANGS));
            case 4:
                return "[" + "[".repeat(r.nextInt(4) == 0 ? 300 : r.nextInt(4)) + "1" + "]".repeat(r.nextInt(3)) + "]";
            case 5: {
                StringBuilder a = new StringBuilder("[");
                for (int i = 0, n = r.nextInt(4); i < n; i++) {
                    a.append(i > 0 ? "," : "").append(jsonValue(r, depth + 1));
                }
                return a.append("]").toString();
            }
            default: {
                StringBuilder o = new StringBuilder("{");
                for (int i = 0, n = r.nextInt(4); i < n; i++) {
                    o.append(i > 0 ? "," : "").append(jsonString(r, any(r, "name", "@type", "x", "text"))).append(':')
                            .append(jsonValue(r, depth + 1));
                }
                return o.append("}").toString();
            }
        }
    }

    /** One line of a corpus: mostly an object with the fields newskg reads, of right and wrong types. */
    static String jsonLine(Random r) {
        if (r.nextInt(12) == 0) {
            return any(r, "{", "[]", "\"text\"", "{\"text\": \"a\"} trailing", "{'text': 'single'}", "{\"text\": \"x\",}",
                    "null", "{\"text\": \"" + "é".repeat(50_000) + "\"}");
        }
        StringBuilder o = new StringBuilder("{");
        List<String> fields = new ArrayList<>(List.of("text", "id", "url", "date", "lang", "title", "author", "source",
                "body", "published", "headline", "link", "language"));
        boolean firstField = true;
        for (String k : fields) {
            if (r.nextInt(k.equals("text") ? 8 : 3) != 0) {
                continue;
            }
            String v = switch (k) {
                case "text", "body" -> r.nextInt(6) == 0 ? jsonValue(r, 0)
                        : jsonString(r, FuzzTest.text(r, 1 + r.nextInt(1500)) + " Caldera Foods named Tobias Lindqvist CEO.");
                case "date", "published" -> r.nextInt(5) == 0 ? jsonValue(r, 0) : jsonString(r, date(r));
                case "lang", "language" -> r.nextInt(5) == 0 ? jsonValue(r, 0) : jsonString(r, any(r, LANGS));
                case "url", "link" -> jsonString(r, any(r, "https://example.org/a/b?c=d#e", "not a url", "",
                        "https://" + "x".repeat(r.nextInt(3000)), "file:///etc/passwd", "javascript:alert(1)"));
                default -> jsonValue(r, 0);
            };
            o.append(firstField ? "" : ", ").append('"').append(k).append("\": ").append(v);
            firstField = false;
            if (r.nextInt(15) == 0) {
                o.append(", \"").append(k).append("\": ").append(jsonValue(r, 0)); // a key twice
            }
        }
        return o.append(r.nextInt(30) == 0 ? "" : "}").toString();
    }

    private static String yamlScalar(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> date(r);
            case 1 -> "'" + date(r) + "'";
            case 2 -> any(r, "yes", "no", "on", "off", "~", "null", "true", ".inf", "0x1F", "0o17", "1_000", "-0");
            case 3 -> any(r, "!!timestamp " + date(r), "!!binary AAAA", "!!str 2024-05-15", "!!int 12",
                    "!!java.io.File /etc/passwd", "!!set {a, b}", "!!omap [a: 1]", "!<tag:yaml.org,2002:float> 1.5");
            case 4 -> "&a" + r.nextInt(3) + " " + FuzzTest.text(r, 1 + r.nextInt(20)).replace("\n", " ");
            case 5 -> "*a" + r.nextInt(3);
            case 6 -> "[" + date(r) + ", " + any(r, LANGS) + "]";
            case 7 -> "{k: " + date(r) + "}";
            case 8 -> "\"" + FuzzTest.text(r, 1 + r.nextInt(60)).replace("\\", "\\\\").replace("\"", "'") + "\"";
            case 9 -> "|\n  " + FuzzTest.text(r, 1 + r.nextInt(60)).replace("\n", "\n  ");
            case 10 -> any(r, LANGS);
            default -> FuzzTest.text(r, 1 + r.nextInt(40)).replace("\n", " ");
        };
    }

    /** A front matter block's lines: known and unknown keys, values of every type, some of it malformed. */
    static String yaml(Random r) {
        StringBuilder y = new StringBuilder();
        String[] keys = {"title", "date", "published", "datePublished", "lang", "language", "author", "source", "url",
                "tags", "x"};
        for (int i = 0, n = r.nextInt(8); i < n; i++) {
            String key = any(r, keys);
            switch (r.nextInt(14)) {
                case 0 -> y.append("  ").append(key).append(": ").append(yamlScalar(r)).append('\n'); // bad indentation
                case 1 -> y.append('\t').append(key).append(": x\n");
                case 2 -> y.append(key).append(":\n  - ").append(yamlScalar(r)).append("\n  - ").append(yamlScalar(r)).append('\n');
                case 3 -> y.append(key).append(":\n  nested: ").append(yamlScalar(r)).append('\n');
                case 4 -> y.append("? ").append(key).append("\n: ").append(yamlScalar(r)).append('\n');
                default -> y.append(key).append(": ").append(key.startsWith("date") || key.equals("published")
                        ? (r.nextInt(3) == 0 ? yamlScalar(r) : date(r)) : yamlScalar(r)).append('\n');
            }
        }
        return y.toString();
    }

    /** A saved page: markup of every kind around some article text, metadata right and wrong. */
    static String page(Random r) {
        StringBuilder h = new StringBuilder();
        if (r.nextBoolean()) {
            h.append("<!DOCTYPE html>");
        }
        h.append("<html").append(r.nextBoolean() ? " lang=\"" + any(r, LANGS) + "\"" : "").append("><head>");
        if (r.nextBoolean()) {
            h.append("<meta charset=\"").append(any(r, "utf-8", "ISO-8859-1", "x-unknown", "")).append("\">");
        }
        for (int i = 0, n = r.nextInt(5); i < n; i++) {
            h.append("<meta ").append(any(r, "property=\"article:published_time\"", "name=\"date\"", "name=\"dc.date\"",
                    "property=\"og:title\"", "property=\"og:locale\"", "name=\"author\"", "property=\"og:url\""))
                    .append(" content=\"").append(r.nextBoolean() ? date(r) : any(r, LANGS)).append("\">");
        }
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            h.append("<script type=\"application/ld+json\">");
            h.append(r.nextInt(4) == 0 ? jsonValue(r, 0) : "{\"@context\": \"https://schema.org\", \"@type\": "
                    + any(r, "\"NewsArticle\"", "[\"Article\", \"Thing\"]", "3", "{\"x\": 1}", "\"ReportageNewsArticle\"")
                    + ", \"datePublished\": " + (r.nextInt(4) == 0 ? jsonValue(r, 0) : "\"" + date(r) + "\"")
                    + ", \"inLanguage\": " + (r.nextBoolean() ? "\"" + any(r, LANGS) + "\"" : jsonValue(r, 0))
                    + ", \"headline\": " + jsonValue(r, 0) + ", \"author\": " + jsonValue(r, 0)
                    + (r.nextBoolean() ? ", \"articleBody\": " + jsonString(r, FuzzTest.text(r, 1 + r.nextInt(400))) : "")
                    + (r.nextInt(5) == 0 ? "" : "}"));
            h.append("</script>");
        }
        h.append("<title>").append(FuzzTest.text(r, 1 + r.nextInt(40)).replace("<", "")).append("</title></head><body>");
        String[] tags = {"div", "article", "p", "section", "nav", "aside", "header", "footer", "span", "h1", "h2", "li",
                "table", "td", "form", "script", "style", "template", "noscript", "main"};
        int open = 0;
        for (int i = 0, n = 1 + r.nextInt(40); i < n; i++) {
            switch (r.nextInt(7)) {
                case 0, 1 -> {
                    h.append('<').append(any(r, tags));
                    if (r.nextBoolean()) {
                        h.append(" class=\"").append(any(r, "share", "related", "ad", "cookie", "story", "content", "comments"))
                                .append('"');
                    }
                    if (r.nextInt(4) == 0) {
                        h.append(any(r, " hidden", " itemprop=\"articleBody\"", " style=\"display:none\"", " aria-hidden=\"true\""));
                    }
                    h.append('>');
                    open++;
                }
                case 2 -> {
                    if (open > 0 && r.nextBoolean()) {
                        h.append("</").append(any(r, tags)).append('>');
                        open--;
                    }
                }
                case 3 -> h.append("<time datetime=\"").append(date(r)).append("\">").append(date(r)).append("</time>");
                case 4 -> h.append("<br>").append(any(r, "&amp;", "&nbsp;", "&#0;", "&#x110000;", "&unknown;", "<!-- c -->", "<![CDATA[x]]>"));
                default -> h.append(FuzzTest.text(r, 1 + r.nextInt(500))).append(" Halvard Analytics named Oona Varga CEO. ");
            }
        }
        return h.append(r.nextInt(5) == 0 ? "" : "</body></html>").toString();
    }

    /** Short renderings of long inputs for messages. */
    static final class FuzzTestPreview {
        private FuzzTestPreview() {
        }

        static String of(String s) {
            String one = s.replace("\n", "\\n");
            return one.length() > 400 ? one.substring(0, 400) + "… (" + s.length() + " chars)" : one;
        }
    }
}
