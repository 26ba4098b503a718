package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.EventType;
import org.newskg.query.EventRow;
import org.newskg.query.HoldingRow;
import org.newskg.time.TimeValue;

class ScorerTest {

    @TempDir
    Path dir;

    private static GoldFact holding(String article, String person, String org, String role, String start, String end) {
        return new GoldFact(article, GoldFact.Kind.HOLDING, person, org, role, null,
                start.isEmpty() ? null : TimeValue.parse(start), end.isEmpty() ? null : TimeValue.parse(end), "");
    }

    private static HoldingRow row(String person, Set<String> aliases, String org, String role, String start, String end,
                                  String... sources) {
        return new HoldingRow(person, aliases, org, Set.of(), role, Set.of(role), start, end, List.of(sources));
    }

    @Test
    void holdingsAreScoredOverDistinctTriplesIgnoringCaseAndAccents() {
        List<GoldFact> gold = List.of(
                holding("a1.txt", "José Müller", "Vantor AG", "Chief Financial Officer", "", ""),
                holding("a2.txt", "José Müller", "Vantor AG", "Chief Financial Officer", "", ""),
                holding("a1.txt", "Lena Ek", "Vantor AG", "Chair", "", ""));
        List<HoldingRow> predicted = List.of(
                row("jose muller", Set.of(), "VANTOR AG", "Chief Financial Officer", "", "", "a1"),
                row("Per Holm", Set.of(), "Vantor AG", "Chair", "", "", "a1"));
        EvalReport r = new Scorer().score(gold, List.of(), predicted, List.of(), Map.of());
        assertEquals(new Scores(1, 1, 1), r.holdings());
        assertEquals(0.5, r.holdings().precision(), 1e-9);
        assertEquals(0.5, r.holdings().f1(), 1e-9);
        assertEquals(1, r.missedHoldings().size());
        assertTrue(r.missedHoldings().get(0).startsWith("Lena Ek"));
    }

    @Test
    void rowsLandingOnOneGoldKeyCountOnceAndUnknownLabelsAreFalsePositives() {
        List<GoldFact> gold = List.of(holding("a.txt", "Chen Liqun", "Huaxin Bank", "President", "", ""));
        List<HoldingRow> predicted = List.of(
                row("陈立群", Set.of("Chen Liqun"), "Huaxin Bank", "President", "", "", "a"),
                row("Chen L.", Set.of("Chen Liqun"), "Huaxin Bank", "President", "", "", "a"),
                row("Chen L.", Set.of(), "Huaxin Bank", "President", "", "", "a"));
        EvalReport r = new Scorer().score(gold, List.of(), predicted, List.of(), Map.of());
        assertEquals(new Scores(1, 1, 0), r.holdings());
        assertTrue(r.falseHoldings().get(0).startsWith("Chen L."), r.falseHoldings().toString());
    }

    @Test
    void nativeScriptNamesMapToGoldNamesThroughTheAliases() {
        List<GoldFact> gold = List.of(holding("a.txt", "Zhou Mubai", "Junyi Bank", "Chair", "", ""));
        List<HoldingRow> predicted = List.of(row("周慕白", Set.of(), "钧亿银行", "Chair", "", "", "a"));
        assertEquals(new Scores(0, 1, 1), new Scorer().score(gold, List.of(), predicted, List.of(), Map.of()).holdings());
        Scorer withAliases = new Scorer(Map.of("周慕白", "Zhou Mubai", "钧亿银行", "Junyi Bank"));
        assertEquals(new Scores(1, 0, 0), withAliases.score(gold, List.of(), predicted, List.of(), Map.of()).holdings());
    }

    @Test
    void theRoleIsComparedWithThePreferredLabelOnly() {
        List<GoldFact> gold = List.of(holding("a.txt", "Ana Ruiz", "Solaria", "Head of Private Banking", "", ""));
        HoldingRow head = new HoldingRow("Ana Ruiz", Set.of(), "Solaria", Set.of(), "Head",
                Set.of("Head", "Head of Private Banking"), "", "", List.of("a"));
        assertEquals(new Scores(0, 1, 1), new Scorer().score(gold, List.of(), List.of(head), List.of(), Map.of()).holdings());
    }

    @Test
    void punctuationInNamesIsIgnored() {
        List<GoldFact> gold = List.of(holding("a.txt", "Jean-Luc O'Brien", "Banque Marel S.A.", "Chair", "", ""));
        List<HoldingRow> predicted = List.of(row("Jean Luc O Brien", Set.of(), "Banque Marel SA", "Chair", "", "", "a"));
        assertEquals(new Scores(0, 1, 1), new Scorer().score(gold, List.of(), predicted, List.of(), Map.of()).holdings(),
                "a period is a space, not nothing: S.A. is 's a', SA is 'sa'");
        List<HoldingRow> spaced = List.of(row("Jean Luc O Brien", Set.of(), "Banque Marel S A", "Chair", "", "", "a"));
        assertEquals(new Scores(1, 0, 0), new Scorer().score(gold, List.of(), spaced, List.of(), Map.of()).holdings());
    }

    @Test
    void datesAgreeAtGoldsPrecisionOnly() {
        List<GoldFact> gold = List.of(
                holding("a.txt", "Ana Ruiz", "Solaria", "Chief Executive Officer", "2024-05", ""),
                holding("b.txt", "Ana Ruiz", "Solaria", "Chief Financial Officer", "2024-05-14", ""));
        List<HoldingRow> predicted = List.of(
                row("Ana Ruiz", Set.of(), "Solaria", "Chief Executive Officer", "2024-05-14", "", "a"),
                row("Ana Ruiz", Set.of(), "Solaria", "Chief Financial Officer", "2024-05", "", "b"));
        EvalReport r = new Scorer().score(gold, List.of(), predicted, List.of(), Map.of());
        assertEquals(2, r.holdingDatesScored());
        assertEquals(1, r.holdingDatesRight(), "a day confirms a gold month; a month cannot confirm a gold day");
        assertTrue(r.dateMismatches().get(0).contains("Chief Financial Officer"), r.dateMismatches().toString());
    }

    @Test
    void anEventsDateIsRightWhenAnyOfItsRowsAgrees() {
        GoldFact g = new GoldFact("x1.txt", GoldFact.Kind.EVENT, "Ana Ruiz", "Solaria", "", EventType.DEPARTURE,
                TimeValue.parse("2024-03-02"), null, "");
        List<EventRow> rows = List.of(
                new EventRow("Departure", "Ana Ruiz", Set.of(), "Solaria", Set.of(), "", Set.of(), "2024-03", "", "x0"),
                new EventRow("Departure", "Ana Ruiz", Set.of(), "Solaria", Set.of(), "", Set.of(), "2024-03-02", "", "x1"));
        EvalReport r = new Scorer().score(List.of(g), List.of(), List.of(), rows, Map.of());
        assertEquals(new Scores(1, 0, 0), r.events());
        assertEquals(1, r.eventDatesRight());
    }

    @Test
    void questionsFollowTheHeldAtSemantics() {
        List<HoldingRow> rows = List.of(
                row("Ana Ruiz", Set.of(), "Solaria", "Chief Executive Officer", "2020", "2024-05"),
                row("Ben Ode", Set.of(), "Solaria", "Chief Executive Officer", "2024-06", ""),
                row("Cleo Ma", Set.of(), "Solaria", "Chair", "", ""));
        List<Question> qs = List.of(
                new Question("Solaria", "Chief Executive Officer", LocalDate.of(2024, 5, 31), List.of("Ana Ruiz")),
                new Question("Solaria", "Chief Executive Officer", LocalDate.of(2024, 7, 1), List.of("Ben Ode")),
                new Question("Solaria", "Chief Executive Officer", LocalDate.of(2019, 1, 1), List.of()),
                new Question("Solaria", "Chair", LocalDate.of(1990, 1, 1), List.of("Cleo Ma")));
        List<GoldFact> gold = List.of(
                holding("a.txt", "Ana Ruiz", "Solaria", "Chief Executive Officer", "2020", "2024-05"),
                holding("a.txt", "Ben Ode", "Solaria", "Chief Executive Officer", "2024-06", ""),
                holding("a.txt", "Cleo Ma", "Solaria", "Chair", "", ""));
        EvalReport r = new Scorer().score(gold, qs, rows, List.of(), Map.of());
        assertEquals(4, r.questionsRight(), r.wrongAnswers().toString());
        assertFalse(HoldingTimeline.heldAt(rows.get(1), LocalDate.of(2024, 5, 31)));
    }

    @Test
    void aMalformedGoldLineIsReportedWithFileAndLine() throws Exception {
        Path f = dir.resolve("gold.tsv");
        Files.writeString(f, "article\tkind\tperson\torganization\trole\tevent_type\tstart\tend\tnote\n"
                + "a.txt\tholding\tAna\tSolaria\tChair\t\t\t\t\n"
                + "a.txt\tevent\tAna\tSolaria\t\tPromotion\t2024\t\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldFiles.facts(f));
        assertTrue(e.getMessage().contains("gold.tsv:3") && e.getMessage().contains("Promotion"), e.getMessage());
    }

    @Test
    void theReportStartsWithTheFigures() {
        EvalReport r = new Scorer().score(List.of(), List.of(), List.of(), List.of(), Map.of());
        String text = r.render();
        assertTrue(text.startsWith("holdings "), text);
        assertTrue(text.contains("questions  0/0"), text);
    }
}
