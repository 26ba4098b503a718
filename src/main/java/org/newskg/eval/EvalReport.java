package org.newskg.eval;

import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring: figures first, then every miss, false positive, date mismatch and wrong
 * answer, one tab-separated line each.
 */
public record EvalReport(Scores holdings, Scores events, int holdingDatesRight, int holdingDatesScored,
                         int eventDatesRight, int eventDatesScored, int questionsRight, int questions,
                         Map<String, Scores> holdingsByLanguage, Map<String, Scores> eventsByLanguage,
                         Map<String, int[]> questionsByLanguage, List<String> missedHoldings,
                         List<String> falseHoldings, List<String> missedEvents, List<String> falseEvents,
                         List<String> dateMismatches, List<String> wrongAnswers) {

    public EvalReport {
        holdingsByLanguage = Map.copyOf(holdingsByLanguage);
        eventsByLanguage = Map.copyOf(eventsByLanguage);
        questionsByLanguage = Map.copyOf(questionsByLanguage);
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

    /** Share of questions answered right, 1 when there are none. */
    public double questionAccuracy() {
        return questions == 0 ? 1 : (double) questionsRight / questions;
    }

    /** The whole report: the figures, then every miss, false positive, date mismatch and wrong answer. */
    public String render() {
        StringBuilder b = new StringBuilder(renderFigures());
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

    /**
     * The figures alone, overall and per language, without a single fact: what may be shown of a
     * test part that nobody is to read.
     */
    public String renderFigures() {
        StringBuilder b = new StringBuilder();
        b.append("holdings   ").append(holdings.render()).append('\n');
        b.append("events     ").append(events.render()).append('\n');
        b.append(String.format("dates      %.2f  (%d/%d; holdings %d/%d, events %d/%d)%n", dateAccuracy(),
                holdingDatesRight + eventDatesRight, holdingDatesScored + eventDatesScored,
                holdingDatesRight, holdingDatesScored, eventDatesRight, eventDatesScored));
        b.append(String.format("questions  %d/%d%n", questionsRight, questions));
        holdingsByLanguage.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Scores ev = eventsByLanguage.get(e.getKey());
            int[] q = questionsByLanguage.get(e.getKey());
            b.append(String.format("  %-8s holdings %s | events F1 %.2f | questions %s%n", e.getKey(), e.getValue().render(),
                    ev == null ? 0.0 : ev.f1(), q == null ? "-" : q[0] + "/" + q[1]));
        });
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
