package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generalization set (fictional articles in all ten languages, src/test/resources/generalization)
 * scored by eval. Floors per language are the figures reached so far, to catch regressions; the
 * target is holdings F1 0.85 in every language.
 */
class GeneralizationSetTest {

    static EvalReport report;

    @BeforeAll
    static void score() throws Exception {
        report = EvalRun.scoreSet(Path.of("src/test/resources/generalization"));
    }

    static Stream<Arguments> floors() {
        return Stream.of(Arguments.of("en", 0.86), Arguments.of("de", 0.90), Arguments.of("fr", 0.90),
                Arguments.of("es", 0.90), Arguments.of("it", 0.86), Arguments.of("nl", 0.86),
                Arguments.of("sv", 0.88), Arguments.of("zh-Hans", 0.93), Arguments.of("zh-Hant", 0.95),
                Arguments.of("ja", 0.84));
    }

    @ParameterizedTest
    @MethodSource("floors")
    void holdingsInEachLanguageStayAtOrAboveTheirFloor(String lang, double floor) {
        Scores s = report.holdingsByLanguage().get(lang);
        assertNotNull(s, "no articles scored for " + lang);
        assertTrue(s.f1() >= floor, lang + ": " + s.render() + "\n" + report.render());
    }

    @Test
    void theWholeSetStaysAtOrAboveItsFloor() {
        assertTrue(report.holdings().f1() >= 0.90, report.render());
        assertTrue(report.events().f1() >= 0.78, report.render());
        assertTrue(report.dateAccuracy() >= 0.71, report.render());
        assertTrue(report.questionsRight() >= 19, report.render());
    }
}
