package org.newskg.eval;

import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring: figures first, then every miss, false positive, date mismatch and wrong
 * answer, one tab-separated line each.
 */
public record EvalReport(Scores holdings, Scores events, int holdingDatesRight, int holdingDatesScored,
                         int eventDatesRight, int eventDatesScored, int questionsRight, int questions,
                         Map<String, Scores> holdingsByLanguage, List<String> missedHoldings,
                         List<String> falseHoldings, List<String> missedEvents, List<String> falseEvents,
                         List<String> dateMismatches, List<String> wrongAnswers) {

    public EvalReport {
        holdingsByLanguage = Map.copyOf(holdingsByLanguage);
        missedHoldings = List.copyOf(missedHoldings);
        falseHoldings = List.copyOf(falseHoldings);
        missedEvents = List.copyOf(missedEvents);
        falseEvents = List.copyOf(falseEvents);
        dateMismatches = List.copyOf(dateMismatches);
        wrongAnswers = List.copyOf(wrongAnswers);
    }

    /** Share of scored dates (holdings and events together) that agree with gold. */
    public double dateAccuracy() {
        int n = holdingDatesScored + eventDatesScored;
        return n == 0 ? 1 : (double) (holdingDatesRight + eventDatesRight) / n;
    }

    public String render() {
        StringBuilder b = new StringBuilder();
        b.append("holdings   ").append(holdings.render()).append('\n');
        b.append("events     ").append(events.render()).append('\n');
        b.append(String.format("dates      %.2f  (%d/%d; holdings %d/%d, events %d/%d)%n", dateAccuracy(),
                holdingDatesRight + eventDatesRight, holdingDatesScored + eventDatesScored,
                holdingDatesRight, holdingDatesScored, eventDatesRight, eventDatesScored));
        b.append(String.format("questions  %d/%d%n", questionsRight, questions));
        holdingsByLanguage.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                b.append(String.format("  holdings %-8s %s%n", e.getKey(), e.getValue().render())));
        section(b, "missed holdings", missedHoldings);
        section(b, "false-positive holdings", falseHoldings);
        section(b, "missed events", missedEvents);
        section(b, "false-positive events", falseEvents);
        section(b, "date mismatches", dateMismatches);
        section(b, "wrong answers", wrongAnswers);
        // The figures again, last, for whoever reads only the tail of a long report.
        b.append(String.format("%nsummary: holdings F1 %.2f, events F1 %.2f, dates %.2f, questions %d/%d%n",
                holdings.f1(), events.f1(), dateAccuracy(), questionsRight, questions));
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        b.append('\n').append(title).append(" (").append(lines.size()).append(")\n");
        lines.forEach(l -> b.append("  ").append(l).append('\n'));
    }
}
