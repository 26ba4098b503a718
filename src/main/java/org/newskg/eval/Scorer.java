package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

        HoldingMatch hm = matchHoldings(goldHoldings, holdings);
        int[] hDates = new int[2];
        List<String> dateMismatches = new ArrayList<>();
        hm.matched.forEach((triple, row) -> {
            for (GoldFact g : hm.goldByTriple.get(triple)) {
                scoreDate(g, "start", g.start(), row.start(), hDates, dateMismatches, row.person());
                scoreDate(g, "end", g.end(), row.end(), hDates, dateMismatches, row.person());
            }
        });

        EventMatch em = matchEvents(goldEvents, events);
        int[] eDates = new int[2];
        em.matched.forEach((triple, rows) -> {
            for (GoldFact g : em.goldByTriple.get(triple)) {
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
                questions.size(), byLanguage, hm.missed(), hm.falsePositives, em.missed(), em.falsePositives,
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

    // ------------------------------------------------------------------------------------ holdings

    private record HoldingMatch(Map<String, List<GoldFact>> goldByTriple, Map<String, HoldingRow> matched,
                                List<String> falsePositives, int tp) {
        Scores scores() {
            return new Scores(tp, falsePositives.size(), goldByTriple.size() - matched.size());
        }

        List<String> missed() {
            List<String> out = new ArrayList<>();
            goldByTriple.forEach((k, gs) -> {
                if (!matched.containsKey(k)) {
                    GoldFact g = gs.get(0);
                    out.add(g.person() + "\t" + g.organization() + "\t" + g.role() + "\t" + articles(gs));
                }
            });
            return out;
        }
    }

    private static HoldingMatch matchHoldings(List<GoldFact> gold, List<HoldingRow> rows) {
        Map<String, List<GoldFact>> byTriple = new LinkedHashMap<>();
        for (GoldFact g : gold) {
            byTriple.computeIfAbsent(Names.fold(g.person()) + "|" + Names.fold(g.organization()) + "|"
                    + Names.fold(g.role()), k -> new ArrayList<>()).add(g);
        }
        Map<String, HoldingRow> matched = new LinkedHashMap<>();
        List<String> fps = new ArrayList<>();
        int tp = 0;
        for (HoldingRow r : rows) {
            String hit = null;
            for (Map.Entry<String, List<GoldFact>> e : byTriple.entrySet()) {
                GoldFact g = e.getValue().get(0);
                if (Names.matches(g.person(), r.person(), r.personAliases())
                        && Names.matches(g.organization(), r.organization(), r.organizationAliases())
                        && Names.matches(g.role(), r.role(), r.roleLabels())) {
                    hit = e.getKey();
                    if (!matched.containsKey(hit)) {
                        break;
                    }
                }
            }
            if (hit != null && !matched.containsKey(hit)) {
                matched.put(hit, r);
                tp++;
            } else {
                fps.add(r.person() + "\t" + r.organization() + "\t" + r.role() + "\t" + String.join(" ", r.sources())
                        + (hit != null ? "\t(duplicate)" : ""));
            }
        }
        return new HoldingMatch(byTriple, matched, fps, tp);
    }

    // -------------------------------------------------------------------------------------- events

    private record EventMatch(Map<String, List<GoldFact>> goldByTriple, Map<String, List<EventRow>> matched,
                              List<String> falsePositives, int tp) {
        Scores scores() {
            return new Scores(tp, falsePositives.size(), goldByTriple.size() - matched.size());
        }

        List<String> missed() {
            List<String> out = new ArrayList<>();
            goldByTriple.forEach((k, gs) -> {
                if (!matched.containsKey(k)) {
                    GoldFact g = gs.get(0);
                    out.add(g.eventType().className() + "\t" + g.person() + "\t" + g.organization() + "\t" + articles(gs));
                }
            });
            return out;
        }
    }

    private static EventMatch matchEvents(List<GoldFact> gold, List<EventRow> rows) {
        Map<String, List<GoldFact>> byTriple = new LinkedHashMap<>();
        for (GoldFact g : gold) {
            byTriple.computeIfAbsent(g.eventType().className() + "|" + Names.fold(g.person()) + "|"
                    + Names.fold(g.organization()), k -> new ArrayList<>()).add(g);
        }
        // One predicted event per type, person and organization, whatever the number of sources.
        Map<String, List<EventRow>> predicted = new LinkedHashMap<>();
        for (EventRow r : rows) {
            predicted.computeIfAbsent(r.eventType() + "|" + r.person() + "|" + r.organization(), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<EventRow>> matched = new HashMap<>();
        List<String> fps = new ArrayList<>();
        int tp = 0;
        for (List<EventRow> group : predicted.values()) {
            EventRow r = group.get(0);
            String hit = null;
            for (Map.Entry<String, List<GoldFact>> e : byTriple.entrySet()) {
                GoldFact g = e.getValue().get(0);
                if (g.eventType().className().equals(r.eventType())
                        && Names.matches(g.person(), r.person(), r.personAliases())
                        && Names.matches(g.organization(), r.organization(), r.organizationAliases())) {
                    hit = e.getKey();
                    if (!matched.containsKey(hit)) {
                        break;
                    }
                }
            }
            if (hit != null && !matched.containsKey(hit)) {
                matched.put(hit, group);
                tp++;
            } else {
                fps.add(r.eventType() + "\t" + r.person() + "\t" + r.organization() + "\t"
                        + String.join(" ", group.stream().map(EventRow::source).toList())
                        + (hit != null ? "\t(duplicate)" : ""));
            }
        }
        return new EventMatch(byTriple, matched, fps, tp);
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
