package org.newskg.lang;

import org.newskg.read.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Text that is no prose still splits into bounded sentences with offsets into the original. */
class SentenceSplitterLimitsTest {

    private static SentenceSplitter splitter;

    @BeforeAll
    static void load() {
        splitter = new SentenceSplitter();
    }

    private static void assertOffsetsHold(String text, List<Sentence> sentences) {
        int last = 0;
        for (Sentence s : sentences) {
            assertEquals(text.substring(s.begin(), s.end()), s.text());
            assertTrue(s.begin() >= last, "sentences in order");
            assertTrue(s.text().length() <= SentenceSplitter.MAX_SENTENCE, "a sentence of " + s.text().length());
            last = s.end();
        }
    }

    @Test
    void anEndlessSentenceIsCutAtSpacesIntoBoundedPieces() {
        String text = "Alpha beta gamma delta, epsilon ".repeat(400) + "end.";
        for (Language lang : List.of(Language.EN, Language.SV)) {
            List<Sentence> out = splitter.split(text, lang);
            assertOffsetsHold(text, out);
            assertTrue(out.size() >= text.length() / SentenceSplitter.MAX_SENTENCE, lang + ": " + out.size());
            for (Sentence s : out.subList(0, out.size() - 1)) {
                char next = text.charAt(s.end());
                assertTrue(Character.isWhitespace(next) || s.text().endsWith(","), "cut inside a word: " + s.end());
            }
        }
    }

    @Test
    void aTokenLongerThanAnyWordStandsAloneBesideTheProseAroundIt() {
        String blob = ".".repeat(5000);
        String text = "Mirela Varga was appointed chief executive. " + blob + " Tobias Duval resigned.";
        List<Sentence> out = splitter.split(text, Language.EN);
        assertOffsetsHold(text, out);
        assertEquals("Mirela Varga was appointed chief executive.", out.get(0).text());
        assertEquals("Tobias Duval resigned.", out.get(out.size() - 1).text());
    }

    @Test
    void cjkTextWithoutSentenceEndsIsCutToo() {
        String text = "高瀬健一取締役が社長に昇格する人事を発表した".repeat(300);
        List<Sentence> out = splitter.split(text, Language.JA);
        assertOffsetsHold(text, out);
        assertEquals(text.length(), out.stream().mapToInt(s -> s.text().length()).sum(), "nothing lost");
    }

    @Test
    void ordinaryProseIsUntouched() {
        String text = "Mirela Varga was appointed chief executive on Tuesday. She replaces Tobias Duval.";
        assertEquals(List.of("Mirela Varga was appointed chief executive on Tuesday.", "She replaces Tobias Duval."),
                splitter.split(text, Language.EN).stream().map(Sentence::text).toList());
    }
}
