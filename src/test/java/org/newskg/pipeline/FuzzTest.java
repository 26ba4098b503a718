package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.read.Article;
import org.newskg.read.ArticleReader;
import org.newskg.read.ReadException;
import org.newskg.read.TextDecoder;

/**
 * Seeded random articles through the reader and the whole per-article pipeline (language, sentences,
 * mentions, relations, dates, RDF): random Unicode and mixed scripts, very long lines, deeply
 * repeated punctuation, long runs of capitalized words, long CJK runs, fragments of real phrasing.
 * Each must end in a graph or a reported problem, never an unexpected exception, and in bounded
 * time: a catastrophic regular expression or a quadratic loop shows up as a timeout.
 */
class FuzzTest {

    /** Generous, in CPU time (see {@link CpuBound}): a few hundred milliseconds is usual. */
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final int CASES = 300;
    private static final String[] LANGS = {"en", "de", "fr", "es", "it", "nl", "sv", "zh-Hans", "zh-Hant", "ja", null};

    private static ArticleProcessor processor;
    /** Random articles that went all the way to a graph: the fuzzing must reach the extractors. */
    private static final AtomicInteger GRAPHS = new AtomicInteger();
    private static final AtomicInteger WITH_FACTS = new AtomicInteger();

    @BeforeAll
    static void pipeline() {
        processor = Components.standard().processor();
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, CASES).mapToObj(i -> 1_000_003L * i + 17);
    }

    @AfterAll
    static void mostRandomArticlesReachedTheExtractors() {
        if (GRAPHS.get() + WITH_FACTS.get() > 0) { // only when the random cases ran
            assertTrue(GRAPHS.get() > CASES / 2, GRAPHS + " of " + CASES + " random articles made a graph");
            assertTrue(WITH_FACTS.get() > CASES / 20, WITH_FACTS + " of " + CASES + " random articles yielded facts");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomArticleEndsInAGraphOrAReportedProblemInBoundedTime(long seed) {
        Random r = new Random(seed);
        String text = text(r, r.nextInt(10) == 0 ? 20_000 : 1 + r.nextInt(3000));
        String lang = LANGS[r.nextInt(LANGS.length)];
        String body = lang == null ? text : "---\nlang: " + lang + "\ndate: 2024-05-14\n---\n" + text;
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
        ArticleProcessor.Outcome outcome = CpuBound.within(BOUND, () -> {
            Article a;
            try {
                a = reader.parse("fuzz-" + seed, "fuzz-" + seed, body);
            } catch (ReadException e) {
                return new ArticleProcessor.Outcome(null, null, null, e.getMessage());
            }
            return processor.process(a);
        }, () -> "seed " + seed + ": " + preview(body));
        assertNotNull(outcome);
        if (!outcome.failed()) {
            GRAPHS.incrementAndGet();
            if (!outcome.empty()) {
                WITH_FACTS.incrementAndGet();
            }
        } else {
            assertTrue(outcome.problem().startsWith("fuzz-" + seed + ": "), outcome.problem());
            assertFalse(outcome.problem().contains("extraction failed"), "seed " + seed + ": " + outcome.problem()
                    + "\n" + preview(body));
        }
    }

    /**
     * Inputs that once took minutes, each for a quadratic path since made linear: a period-only
     * token (OpenNLP's sentence detector), a CJK paragraph without sentence ends (folding the
     * sentence per trigger), a CJK paragraph without line breaks (folding back to the paragraph
     * start per trigger), one endless sentence of titles (pairwise comparisons within a sentence).
     */
    static Stream<Arguments> longPathologicalArticles() {
        return Stream.of(
                Arguments.of("en", ".".repeat(300_000)),
                Arguments.of("ja", "高瀬健一取締役が社長に昇格する人事を発表した".repeat(4000)),
                Arguments.of("ja", "高瀬健一取締役が社長に昇格する人事を発表した。".repeat(4000)),
                Arguments.of("en", "CEO ".repeat(75_000)));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("longPathologicalArticles")
    void aLongPathologicalArticleStillFinishesInBoundedTime(String lang, String text) {
        Article a = new Article("long", "long", text, lang, null, null, null, null, null);
        ArticleProcessor.Outcome o = CpuBound.within(Duration.ofSeconds(30), () -> processor.process(a), () -> lang + " " + preview(text));
        assertTrue(!o.failed() || !o.problem().contains("extraction failed"), o.problem());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomBytesAreDecodedOrRefusedByName(long seed) {
        Random r = new Random(seed);
        byte[] bytes;
        if (r.nextBoolean()) {
            bytes = new byte[r.nextInt(5000)];
            r.nextBytes(bytes);
        } else {
            // Text with a few bytes flipped: the common damage.
            bytes = text(r, 1 + r.nextInt(2000)).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1 + r.nextInt(4) && bytes.length > 0; i++) {
                bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
            }
        }
        CpuBound.within(BOUND, () -> {
            try {
                assertNotNull(TextDecoder.decode("f.txt", bytes));
            } catch (ReadException e) {
                assertTrue(e.getMessage().startsWith("f.txt: "), e.getMessage());
            }
        }, () -> "seed " + seed);
    }

    @Test
    void hostileFrontMatterIsReportedNotFatal() throws Exception {
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
        // Class loading and SnakeYAML's first use are not what is measured.
        reader.parse("warm", "warm", "---\ntitle: 'x'\ndate: 2024-05-16\n---\nSome body text here.\n");
        String bomb = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
        for (String fm : List.of(bomb, "[".repeat(5000), "{".repeat(5000), "title: " + "x".repeat(1_000_000),
                "!!java.io.File [\"/etc/passwd\"]", "title: !!binary AAAA\n", "date: 99999-99-99", "lang: " + "zh-".repeat(1000),
                "? [a, b]\n: c\n", "title:\n  - a\n  - b\n", "title: {a: 1}\n", "- just\n- a list\n", "\t\ttabs: bad\n")) {
            CpuBound.within(BOUND, () -> {
                try {
                    Article a = reader.parse("fm", "fm", "---\n" + fm + "\n---\nSome body text here.\n");
                    assertNotNull(a.text());
                } catch (ReadException e) {
                    assertTrue(e.getMessage().startsWith("fm: "), e.getMessage());
                }
            }, () -> "front matter " + preview(fm));
        }
    }

    private static String preview(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 300 ? one.substring(0, 300) + "… (" + s.length() + " chars)" : one;
    }

    // ---- generators ----

    private static final String[] ROLES = {"chief executive officer", "CEO", "Vorstandschef", "directrice générale",
            "consejera delegada", "amministratore delegato", "verkställande direktör", "首席执行官", "執行長", "社長",
            "取締役", "chair of the board", "co-founder"};
    private static final String[] TRIGGERS = {" was appointed ", " resigned ", " stepped down as ", " joined ", " left ",
            " fired ", " founded ", " ernannt ", " a été nommé ", " dimitió ", "任命", "辞任", " replaces ", " succeeds "};
    private static final String[] TIMES = {" said on Tuesday", " in May 2023 ", " on 14 May ", " 2024-05-14 ", " last year ",
            " two weeks ago ", "５月１４日", "2023年5月", "昨年", " since 2015 ", " until March ", " from 2019 to 2021 "};
    private static final String[] PUNCTUATION = {" (", ")", " — ", ", ", "; ", ". ", "!", "?", "…", "«", "»", "“", "”",
            "„", "「", "」", "（", "）", "、", "。", "'", "\"", "-", "·", "...", "--", "*", "_", "#", "|", ":"};
    private static final String[] ORG_SUFFIXES = {" Inc.", " GmbH", " S.A.", " AB", " 株式会社", "有限公司", " Group",
            " the company", " Holdings"};
    private static final String[] OTHER = {" he ", " she ", " her ", " his ", "Mr. ", "Dr. ", "Prof. ", " von ",
            " de la ", " van der ", "O'", "@handle", "#tag", "https://x.y/z", "\n", "\n\n", "\t", "\u00A0", "\u200B",
            "\u200D", "\u202E", "\uFEFF", "\u0301", "\uD83D\uDE00", "\uD83C\uDDF8\uD83C\uDDEA"};
    private static final String[][] FRAGMENTS = {ROLES, TRIGGERS, TIMES, PUNCTUATION, ORG_SUFFIXES, OTHER};

    private static final int[][] BLOCKS = {
            {0x20, 0x7E}, {0xA0, 0x24F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x590, 0x5FF}, {0x600, 0x6FF},
            {0x900, 0x97F}, {0x0E00, 0x0E7F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x3000, 0x303F}, {0x3040, 0x30FF},
            {0x4E00, 0x9FFF}, {0xAC00, 0xD7AF}, {0xFF00, 0xFFEF}, {0x1F300, 0x1F6FF}, {0x0300, 0x036F}, {0x0, 0x1F}};

    /** About {@code length} characters of one or several kinds of trouble. */
    static String text(Random r, int length) {
        StringBuilder sb = new StringBuilder(length + 64);
        while (sb.length() < length) {
            int room = length - sb.length();
            switch (r.nextInt(9)) {
                case 0 -> randomCodePoints(r, sb, Math.min(room, 1 + r.nextInt(400)));
                case 1 -> sb.append(any(r, FRAGMENTS[r.nextInt(FRAGMENTS.length)]));
                case 2 -> { // deeply repeated punctuation
                    String p = any(r, PUNCTUATION);
                    sb.append(p.repeat(Math.max(1, Math.min(room, 1 + r.nextInt(2000)) / Math.max(1, p.length()))));
                }
                case 3 -> { // a long run of capitalized words
                    int n = 1 + r.nextInt(Math.max(1, Math.min(room, 3000)) / 6 + 1);
                    for (int i = 0; i < n; i++) {
                        sb.append((char) ('A' + r.nextInt(26))).append(word(r)).append(r.nextInt(20) == 0 ? ", " : " ");
                    }
                }
                case 4 -> { // a long CJK run without punctuation
                    int n = 1 + r.nextInt(Math.max(1, Math.min(room, 4000)));
                    for (int i = 0; i < n; i++) {
                        sb.appendCodePoint(r.nextInt(4) == 0 ? 0x30A0 + r.nextInt(96) : 0x4E00 + r.nextInt(0x5000));
                    }
                }
                case 5 -> { // a plausible sentence with random names
                    sb.append(cap(r)).append(' ').append(cap(r)).append(any(r, TRIGGERS)).append(any(r, ROLES))
                            .append(" of ").append(cap(r)).append(any(r, ORG_SUFFIXES)).append(any(r, TIMES))
                            .append(". ");
                }
                case 6 -> { // a very long line of words, no sentence end
                    int n = Math.min(room, 1 + r.nextInt(8000)) / 5 + 1;
                    for (int i = 0; i < n; i++) {
                        sb.append(word(r)).append(' ');
                    }
                }
                case 7 -> { // numbers and dates
                    sb.append(r.nextInt(3000)).append(any(r, TIMES)).append(r.nextInt(40))
                            .append('-').append(r.nextInt(40)).append(' ');
                }
                default -> { // nesting
                    int depth = 1 + r.nextInt(300);
                    sb.append("(".repeat(depth)).append(cap(r)).append(")".repeat(r.nextInt(depth + 1)));
                }
            }
        }
        return sb.toString();
    }

    private static void randomCodePoints(Random r, StringBuilder sb, int n) {
        int[] block = BLOCKS[r.nextInt(BLOCKS.length)];
        for (int i = 0; i < n; i++) {
            int cp = block[0] + r.nextInt(block[1] - block[0] + 1);
            if (r.nextInt(20) == 0) {
                cp = BLOCKS[r.nextInt(BLOCKS.length)][0] + r.nextInt(64);
            }
            if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                sb.appendCodePoint(cp);
            }
        }
    }

    private static String any(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static String word(Random r) {
        StringBuilder w = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(9); i < n; i++) {
            w.append((char) ('a' + r.nextInt(26)));
        }
        return w.toString();
    }

    private static String cap(Random r) {
        String w = word(r);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
