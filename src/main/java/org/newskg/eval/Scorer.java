package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.newskg.query.EventRow;
import org.newskg.query.HoldingRow;
import org.newskg.time.TimeValue;

/**
 * Scores predicted holdings and events against gold facts, as the eval README describes:
 * precision, recall and F1 over the distinct (person, organization, role) triples of the whole
 * corpus for holdings and (event type, person, organization) for events, names compared ignoring
 * case and accents against every label of an entity. A predicted row that matches a gold triple
 * already matched by another row counts as a false positive: a duplicate is a real defect (an
 * entity that failed to merge). Dates are scored per gold row, at gold's precision; an event's date
 * is taken from the same article where that article reports the event.
 *
 * <pre>
 *   EvalReport r = new Scorer().score(gold, questions, holdings, events, languages);
 * </pre>
 */
public final class Scorer {

    public EvalReport score(List<GoldFact> gold, List<Question> questions, List<HoldingRow> holdings,
                            List<EventRow> events, Map<String, String> articleLanguage) {
        List<GoldFact> goldHoldings = gold.stream().filter(g -> g.kind() == GoldFact.Kind.HOLDING).toList();
        List<GoldFact> goldEvents = gold.stream().filter(g -> g.kind() == GoldFact.Kind.EVENT).toList();

        Match<HoldingRow> hm = matchHoldings(goldHoldings, holdings);
        int[] hDates = new int[2];
        List<String> dateMismatches = new ArrayList<>();
        hm.matched().forEach((triple, row) -> {
            for (GoldFact g : hm.goldByTriple().get(triple)) {
                scoreDate(g, "start", g.start(), row.start(), hDates, dateMismatches, row.person());
                scoreDate(g, "end", g.end(), row.end(), hDates, dateMismatches, row.person());
            }
        });

        Match<List<EventRow>> em = matchEvents(goldEvents, events);
        int[] eDates = new int[2];
        em.matched().forEach((triple, rows) -> {
            for (GoldFact g : em.goldByTriple().get(triple)) {
                EventRow row = rows.stream().filter(r -> r.source().equals(g.articleId())).findFirst().orElse(rows.get(0));
                scoreDate(g, "date", g.start(), row.date(), eDates, dateMismatches, row.person());
                if (g.eventType() == org.newskg.extract.EventType.LEAVE_OF_ABSENCE) {
                    scoreDate(g, "end", g.end(), row.end(), eDates, dateMismatches, row.person());
                }
            }
        });

        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Question q : questions) {
            List<HoldingRow> answer = answer(q, holdings);
            if (sameAnswer(q.expected(), answer)) {
                right++;
            } else {
                wrong.add(q.organization() + "\t" + q.role() + "\t" + q.date() + "\texpected " + q.expected()
                        + "\tanswered " + answer.stream().map(HoldingRow::person).distinct().toList());
            }
        }

        Map<String, Scores> byLanguage = new TreeMap<>();
        Set<String> languages = new HashSet<>(articleLanguage.values());
        for (String lang : languages) {
            List<GoldFact> g = goldHoldings.stream().filter(x -> lang.equals(articleLanguage.get(x.articleId()))).toList();
            List<HoldingRow> p = holdings.stream().filter(h -> h.sources().stream()
                    .anyMatch(s -> lang.equals(articleLanguage.get(s)))).toList();
            if (!g.isEmpty() || !p.isEmpty()) {
                byLanguage.put(lang, matchHoldings(g, p).scores());
            }
        }
        return new EvalReport(hm.scores(), em.scores(), hDates[0], hDates[1], eDates[0], eDates[1], right,
                questions.size(), byLanguage, hm.missed(), hm.falsePositives(), em.missed(), em.falsePositives(),
                dateMismatches, wrong);
    }

    private static void scoreDate(GoldFact g, String what, TimeValue gold, String predicted, int[] counts,
                                  List<String> mismatches, String person) {
        if (gold == null) {
            return;
        }
        counts[1]++;
        boolean ok = !predicted.isEmpty() && TimeValue.parse(predicted).agreesAt(gold);
        if (ok) {
            counts[0]++;
        } else {
            mismatches.add(g.article() + "\t" + person + "\t" + g.organization() + "\t"
                    + (g.kind() == GoldFact.Kind.EVENT ? g.eventType().className() : g.role()) + "\t" + what
                    + "\tgold " + gold.iso() + "\tgot " + (predicted.isEmpty() ? "-" : predicted));
        }
    }

    // ------------------------------------------------------------------------------ matching

    /**
     * Gold facts grouped into distinct triples, the prediction each triple was matched with, and the
     * predictions that matched none (or only a triple already taken).
     */
    private record Match<P>(Map<String, List<GoldFact>> goldByTriple, Map<String, P> matched,
                            List<String> falsePositives, List<String> missed) {
        Scores scores() {
            return new Scores(matched.size(), falsePositives.size(), goldByTriple.size() - matched.size());
        }
    }

    /** Matches predictions to distinct gold triples: the first fitting prediction is the true positive. */
    private static <P> Match<P> match(List<GoldFact> gold, Function<GoldFact, String> triple,
                                      Function<GoldFact, String> describeGold, List<P> predicted,
                                      BiPredicate<GoldFact, P> fits, Function<P, String> describe) {
        Map<String, List<GoldFact>> byTriple = new LinkedHashMap<>();
        for (GoldFact g : gold) {
            byTriple.computeIfAbsent(triple.apply(g), k -> new ArrayList<>()).add(g);
        }
        Map<String, P> matched = new LinkedHashMap<>();
        List<String> fps = new ArrayList<>();
        for (P p : predicted) {
            String hit = null;
            for (Map.Entry<String, List<GoldFact>> e : byTriple.entrySet()) {
                if (fits.test(e.getValue().get(0), p)) {
                    hit = e.getKey();
                    if (!matched.containsKey(hit)) {
                        break;
                    }
                }
            }
            if (hit != null && !matched.containsKey(hit)) {
                matched.put(hit, p);
            } else {
                fps.add(describe.apply(p) + (hit != null ? "\t(duplicate)" : ""));
            }
        }
        List<String> missed = new ArrayList<>();
        byTriple.forEach((k, gs) -> {
            if (!matched.containsKey(k)) {
                missed.add(describeGold.apply(gs.get(0)) + "\t" + articles(gs));
            }
        });
        return new Match<>(byTriple, matched, fps, missed);
    }

    private static Match<HoldingRow> matchHoldings(List<GoldFact> gold, List<HoldingRow> rows) {
        return match(gold,
                g -> Names.fold(g.person()) + "|" + Names.fold(g.organization()) + "|" + Names.fold(g.role()),
                g -> g.person() + "\t" + g.organization() + "\t" + g.role(),
                rows,
                (g, r) -> Names.matches(g.person(), r.person(), r.personAliases())
                        && Names.matches(g.organization(), r.organization(), r.organizationAliases())
                        && Names.matches(g.role(), r.role(), r.roleLabels()),
                r -> r.person() + "\t" + r.organization() + "\t" + r.role() + "\t" + String.join(" ", r.sources()));
    }

    private static Match<List<EventRow>> matchEvents(List<GoldFact> gold, List<EventRow> rows) {
        // One predicted event per type, person and organization, whatever the number of sources.
        Map<String, List<EventRow>> predicted = new LinkedHashMap<>();
        for (EventRow r : rows) {
            predicted.computeIfAbsent(r.eventType() + "|" + r.person() + "|" + r.organization(), k -> new ArrayList<>()).add(r);
        }
        return match(gold,
                g -> g.eventType().className() + "|" + Names.fold(g.person()) + "|" + Names.fold(g.organization()),
                g -> g.eventType().className() + "\t" + g.person() + "\t" + g.organization(),
                new ArrayList<>(predicted.values()),
                (g, group) -> g.eventType().className().equals(group.get(0).eventType())
                        && Names.matches(g.person(), group.get(0).person(), group.get(0).personAliases())
                        && Names.matches(g.organization(), group.get(0).organization(), group.get(0).organizationAliases()),
                group -> group.get(0).eventType() + "\t" + group.get(0).person() + "\t" + group.get(0).organization()
                        + "\t" + String.join(" ", group.stream().map(EventRow::source).toList()));
    }

    // ----------------------------------------------------------------------------------- questions

    /** The holdings that answer a question, with the README's semantics. */
    public static List<HoldingRow> answer(Question q, List<HoldingRow> holdings) {
        return holdings.stream()
                .filter(h -> Names.matches(q.organization(), h.organization(), h.organizationAliases()))
                .filter(h -> Names.matches(q.role(), h.role(), h.roleLabels()))
                .filter(h -> HoldingTimeline.heldAt(h, q.date()))
                .toList();
    }

    private static boolean sameAnswer(List<String> expected, List<HoldingRow> answer) {
        List<HoldingRow> persons = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (HoldingRow h : answer) {
            if (seen.add(h.person())) {
                persons.add(h);
            }
        }
        if (persons.size() != expected.size()) {
            return false;
        }
        Set<HoldingRow> used = new HashSet<>();
        for (String name : expected) {
            HoldingRow found = persons.stream().filter(p -> !used.contains(p)
                    && Names.matches(name, p.person(), p.personAliases())).findFirst().orElse(null);
            if (found == null) {
                return false;
            }
            used.add(found);
        }
        return true;
    }

    private static String articles(List<GoldFact> gs) {
        return String.join(" ", gs.stream().map(GoldFact::articleId).distinct().toList());
    }
}
