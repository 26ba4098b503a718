package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression floor on the five sample articles (data/articles) against their hand-made gold: the
 * targets (holdings F1 0.90, events 0.85, dates 0.85, 12 of 12 questions) less a small tolerance
 * ({@link #TOLERANCE}), so that a change that loses ground fails here while one more true fact the
 * gold leaves out (a false positive to this set) does not, and no special case is needed to pass.
 */
class DevelopmentSetTest {

    static EvalReport report;
    /** What a floor forgives: about one fact either way on this small set. */
    static final double TOLERANCE = 0.03;

    @BeforeAll
    static void score() throws Exception {
        report = EvalRun.score(Path.of("data/articles"), Path.of("src/test/resources/dev/seeds-gold.tsv"),
                Path.of("src/test/resources/dev/seeds-questions.tsv"));
    }

    @Test
    void holdingsStayAtOrAboveTheirFloor() {
        assertTrue(report.holdings().f1() >= 0.90 - TOLERANCE, report.render());
    }

    @Test
    void eventsStayAtOrAboveTheirFloor() {
        assertTrue(report.events().f1() >= 0.85 - TOLERANCE, report.render());
    }

    @Test
    void datesAndQuestionsStayAtOrAboveTheirFloor() {
        assertTrue(report.dateAccuracy() >= 0.85 - TOLERANCE, report.render());
        assertTrue(report.questionsRight() >= 12, report.render());
    }
}
