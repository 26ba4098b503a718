package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.lang.HanScript;

class PhraseMatcherTest {

    private final MatchText fold = new MatchText(new HanScript());

    private PhraseMatcher<String> matcher(String... phrases) {
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
        for (String p : phrases) {
            b.add(fold.fold(p), p);
        }
        return b.build();
    }

    @Test
    void theLongestPhraseWins() {
        PhraseMatcher<String> m = matcher("president", "vice president", "vice president of research");
        List<PhraseMatcher.Match<String>> found = m.findAll(fold.fold("the Vice President of Research said"));
        assertEquals(1, found.size());
        assertEquals("vice president of research", found.get(0).values().get(0));
        assertEquals(4, found.get(0).begin());
    }

    @Test
    void latinPhrasesMatchWholeWordsOnly() {
        PhraseMatcher<String> m = matcher("chair");
        assertEquals(0, m.findAll(fold.fold("the chairman spoke")).size());
        assertEquals(1, m.findAll(fold.fold("the chair spoke")).size());
    }

    @Test
    void aStarMatchesAnyEnding() {
        PhraseMatcher<String> m = matcher("avgå*");
        List<PhraseMatcher.Match<String>> found = m.findAll(fold.fold("hon avgår nu"));
        assertEquals(1, found.size());
        assertEquals("avgår", "hon avgår nu".substring(found.get(0).begin(), found.get(0).end()));
    }

    @Test
    void cjkPhrasesMatchInsideRunningText() {
        PhraseMatcher<String> m = matcher("首席执行官");
        List<PhraseMatcher.Match<String>> found = m.findAll(fold.fold("该公司首席執行官表示"));
        assertEquals(1, found.size(), "Traditional text matches a Simplified entry");
        assertEquals(3, found.get(0).begin());
    }

    @Test
    void allowedSuffixesLetAGenitiveThrough() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder().allowWordSuffixes(List.of("s", ":s"))
                .add(fold.fold("Nordbank"), "Nordbank").build();
        assertEquals(1, m.findAll(fold.fold("Nordbanks vd")).size());
        assertEquals(1, m.findAll(fold.fold("Nordbank:s vd")).size());
        assertEquals(0, m.findAll(fold.fold("Nordbankens vd")).size());
    }

    @Test
    void nothingMatchesInsideAWord() {
        PhraseMatcher<String> m = matcher("ceo");
        assertNull(m.longestAt(fold.fold("neoceo"), 3));
    }
}
