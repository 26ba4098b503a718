package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression floor on the five sample articles (data/articles) against their hand-made gold.
 * The floors are the extraction issue's targets (holdings F1 0.90, events 0.85, dates 0.85, 12 of
 * 12) or, where reached, a little above them, so that a change that loses ground fails here.
 */
class DevelopmentSetTest {

    static EvalReport report;

    @BeforeAll
    static void score() throws Exception {
        report = EvalRun.score(Path.of("data/articles"), Path.of("src/test/resources/dev/seeds-gold.tsv"),
                Path.of("src/test/resources/dev/seeds-questions.tsv"));
    }

    @Test
    void holdingsStayAtOrAboveTheirFloor() {
        assertTrue(report.holdings().f1() >= 0.90, report.render());
    }

    @Test
    void eventsStayAtOrAboveTheirFloor() {
        assertTrue(report.events().f1() >= 0.87, report.render());
    }

    @Test
    void datesAndQuestionsStayAtOrAboveTheirFloor() {
        assertTrue(report.dateAccuracy() >= 0.85, report.render());
        assertTrue(report.questionsRight() >= 12, report.render());
    }
}
