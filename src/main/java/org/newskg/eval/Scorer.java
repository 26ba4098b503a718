package org.newskg.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.newskg.query.EventRow;
import org.newskg.query.HoldingRow;
import org.newskg.time.TimeValue;

/**
 * Scores predicted holdings and events against gold facts with the rules of the eval README, the
 * same as its independent {@code score.py}: a predicted row stands for the gold person (and
 * organization) that one of its labels names, after names are folded (case, accents,
 * punctuation) and native-script forms mapped through the corpus's aliases; holdings are the
 * distinct (person, organization, role) keys of the whole corpus, the role compared with the row's
 * preferred English label; events the distinct (type, person, organization) keys. Rows that land
 * on one key count once. Dates are scored on the matched keys, at gold's precision, right when any
 * row of the key agrees.
 *
 * <pre>
 *   EvalReport r = new Scorer(aliases).score(gold, questions, holdings, events, languages);
 * </pre>
 */
public final class Scorer {

    private final Map<String, String> nativeNames;

    /** A scorer without native-script aliases. */
    public Scorer() {
        this(Map.of());
    }

    /** @param nativeNames native-script form → gold name, as {@link GoldFiles#aliases} reads them */
    public Scorer(Map<String, String> nativeNames) {
        Map<String, String> folded = new LinkedHashMap<>();
        nativeNames.forEach((k, v) -> folded.put(Names.fold(k), Names.fold(v)));
        this.nativeNames = Map.copyOf(folded);
    }

    /**
     * @param articleLanguage article id → language code, for the figures per language
     */
    public EvalReport score(List<GoldFact> gold, List<Question> questions, List<HoldingRow> holdings,
                            List<EventRow> events, Map<String, String> articleLanguage) {
        Set<String> people = new TreeSet<>();
        Set<String> orgs = new TreeSet<>();
        for (GoldFact g : gold) {
            people.add(Names.fold(g.person()));
            orgs.add(Names.fold(g.organization()));
        }
        Keys keys = new Keys(people, orgs);

        Map<String, List<GoldFact>> goldHoldings = group(gold, GoldFact.Kind.HOLDING, this::holdingKey);
        Map<String, List<GoldFact>> goldEvents = group(gold, GoldFact.Kind.EVENT, this::eventKey);
        Map<String, List<HoldingRow>> predHoldings = new LinkedHashMap<>();
        for (HoldingRow h : holdings) {
            predHoldings.computeIfAbsent(keys.holding(h), k -> new ArrayList<>()).add(h);
        }
        Map<String, List<EventRow>> predEvents = new LinkedHashMap<>();
        for (EventRow e : events) {
            predEvents.computeIfAbsent(keys.event(e), k -> new ArrayList<>()).add(e);
        }

        int[] hDates = new int[2];
        int[] eDates = new int[2];
        List<String> mismatches = new ArrayList<>();
        goldHoldings.forEach((k, gs) -> {
            List<HoldingRow> rows = predHoldings.get(k);
            if (rows != null) {
                scoreDate(gs, "start", GoldFact::start, rows.stream().map(HoldingRow::start).toList(), hDates, mismatches);
                scoreDate(gs, "end", GoldFact::end, rows.stream().map(HoldingRow::end).toList(), hDates, mismatches);
            }
        });
        goldEvents.forEach((k, gs) -> {
            List<EventRow> rows = predEvents.get(k);
            if (rows != null) {
                scoreDate(gs, "date", GoldFact::start, rows.stream().map(EventRow::date).toList(), eDates, mismatches);
            }
        });

        int right = 0;
        List<String> wrong = new ArrayList<>();
        Map<String, int[]> questionsByLanguage = new TreeMap<>();
        for (Question q : questions) {
            Set<String> want = new TreeSet<>();
            q.expected().forEach(n -> want.add(Names.fold(n)));
            Set<String> got = answer(q, predHoldings);
            boolean ok = got.equals(want);
            right += ok ? 1 : 0;
            if (!ok) {
                wrong.add(q.organization() + "\t" + q.role() + "\t" + q.date() + "\texpected " + q.expected()
                        + "\tanswered " + got);
            }
            String lang = languageOf(q, articleLanguage);
            if (lang != null) {
                int[] c = questionsByLanguage.computeIfAbsent(lang, x -> new int[2]);
                c[0] += ok ? 1 : 0;
                c[1]++;
            }
        }

        Map<String, Scores> holdingsByLanguage = new TreeMap<>();
        Map<String, Scores> eventsByLanguage = new TreeMap<>();
        for (String lang : new TreeSet<>(articleLanguage.values())) {
            Predicate<String> inLang = id -> lang.equals(articleLanguage.get(id));
            holdingsByLanguage.put(lang, counts(
                    filterGold(goldHoldings, inLang),
                    filterPred(predHoldings, rows -> rows.stream().anyMatch(h -> h.sources().stream().anyMatch(inLang)))));
            eventsByLanguage.put(lang, counts(
                    filterGold(goldEvents, inLang),
                    filterPred(predEvents, rows -> rows.stream().anyMatch(e -> inLang.test(e.source())))));
        }
        Map<String, Scores> nonEmpty = new TreeMap<>();
        holdingsByLanguage.forEach((l, s) -> {
            if (s.truePositives() + s.falsePositives() + s.falseNegatives() > 0) {
                nonEmpty.put(l, s);
            }
        });

        return new EvalReport(counts(goldHoldings.keySet(), predHoldings.keySet()),
                counts(goldEvents.keySet(), predEvents.keySet()), hDates[0], hDates[1], eDates[0], eDates[1],
                right, questions.size(), nonEmpty, eventsByLanguage, questionsByLanguage,
                missed(goldHoldings, predHoldings.keySet()), spurious(predHoldings, goldHoldings.keySet(), this::describe),
                missed(goldEvents, predEvents.keySet()), spurious(predEvents, goldEvents.keySet(), this::describe),
                mismatches, wrong);
    }

    /** The language of the first article a question lists ("000" names the article "000_e89d…" too). */
    private static String languageOf(Question q, Map<String, String> articleLanguage) {
        for (String a : q.articles()) {
            String exact = articleLanguage.get(a);
            if (exact != null) {
                return exact;
            }
            for (Map.Entry<String, String> e : articleLanguage.entrySet()) {
                if (e.getKey().startsWith(a + "_")) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** Who the holdings say held the question's role on its date, as folded gold names where they are gold people. */
    private Set<String> answer(Question q, Map<String, List<HoldingRow>> predicted) {
        String org = Names.fold(q.organization());
        String role = Names.fold(q.role());
        LocalDate date = q.date();
        Set<String> got = new TreeSet<>();
        predicted.forEach((k, rows) -> {
            String[] p = k.split("\t", -1);
            if (p[1].equals(org) && p[2].equals(role) && rows.stream().anyMatch(h -> HoldingTimeline.heldAt(h, date))) {
                got.add(p[0]);
            }
        });
        return got;
    }

    /** The people and organizations of gold, to which a predicted row's labels are mapped. */
    private final class Keys {
        private final Set<String> people;
        private final Set<String> orgs;

        Keys(Set<String> people, Set<String> orgs) {
            this.people = people;
            this.orgs = orgs;
        }

        String holding(HoldingRow h) {
            return canon(h.person(), h.personAliases(), people) + "\t"
                    + canon(h.organization(), h.organizationAliases(), orgs) + "\t" + Names.fold(h.role());
        }

        String event(EventRow e) {
            return e.eventType().toLowerCase(java.util.Locale.ROOT) + "\t"
                    + canon(e.person(), e.personAliases(), people) + "\t"
                    + canon(e.organization(), e.organizationAliases(), orgs);
        }
    }

    /** The first (in sorted order) gold name among the labels, else "?" and the first label. */
    private String canon(String label, Set<String> aliases, Set<String> universe) {
        Set<String> labels = new TreeSet<>();
        labels.add(Names.fold(label));
        aliases.forEach(a -> labels.add(Names.fold(a)));
        Set<String> mapped = new TreeSet<>(labels);
        labels.forEach(l -> {
            String n = nativeNames.get(l);
            if (n != null) {
                mapped.add(n);
            }
        });
        mapped.remove("");
        for (String l : mapped) {
            if (universe.contains(l)) {
                return l;
            }
        }
        return "?" + (mapped.isEmpty() ? "" : mapped.iterator().next());
    }

    private String holdingKey(GoldFact g) {
        return Names.fold(g.person()) + "\t" + Names.fold(g.organization()) + "\t" + Names.fold(g.role());
    }

    private String eventKey(GoldFact g) {
        return g.eventType().className().toLowerCase(java.util.Locale.ROOT) + "\t" + Names.fold(g.person()) + "\t"
                + Names.fold(g.organization());
    }

    private static Map<String, List<GoldFact>> group(List<GoldFact> gold, GoldFact.Kind kind,
                                                     java.util.function.Function<GoldFact, String> key) {
        Map<String, List<GoldFact>> out = new LinkedHashMap<>();
        for (GoldFact g : gold) {
            if (g.kind() == kind) {
                out.computeIfAbsent(key.apply(g), k -> new ArrayList<>()).add(g);
            }
        }
        return out;
    }

    private static Set<String> filterGold(Map<String, List<GoldFact>> gold, Predicate<String> article) {
        Set<String> out = new TreeSet<>();
        gold.forEach((k, gs) -> {
            if (gs.stream().anyMatch(g -> article.test(g.articleId()))) {
                out.add(k);
            }
        });
        return out;
    }

    private static <R> Set<String> filterPred(Map<String, List<R>> predicted, Predicate<List<R>> keep) {
        Set<String> out = new TreeSet<>();
        predicted.forEach((k, rows) -> {
            if (keep.test(rows)) {
                out.add(k);
            }
        });
        return out;
    }

    private static Scores counts(Set<String> gold, Set<String> predicted) {
        int tp = (int) predicted.stream().filter(gold::contains).count();
        return new Scores(tp, predicted.size() - tp, gold.size() - tp);
    }

    /** Scores one date slot of a matched key: right when any predicted row agrees at gold's precision. */
    private static void scoreDate(List<GoldFact> gs, String what, java.util.function.Function<GoldFact, TimeValue> slot,
                                  List<String> predicted, int[] counts, List<String> mismatches) {
        List<TimeValue> golds = gs.stream().map(slot).filter(t -> t != null).toList();
        if (golds.isEmpty()) {
            return;
        }
        counts[1]++;
        boolean ok = predicted.stream().anyMatch(p -> !p.isEmpty()
                && golds.stream().anyMatch(g -> p.startsWith(g.iso())));
        if (ok) {
            counts[0]++;
        } else {
            GoldFact g = gs.get(0);
            mismatches.add(g.article() + "\t" + g.person() + "\t" + g.organization() + "\t"
                    + (g.kind() == GoldFact.Kind.EVENT ? g.eventType().className() : g.role()) + "\t" + what
                    + "\tgold " + String.join("|", golds.stream().map(TimeValue::iso).toList())
                    + "\tgot " + String.join("|", predicted.stream().map(p -> p.isEmpty() ? "-" : p).distinct().toList()));
        }
    }

    private static List<String> missed(Map<String, List<GoldFact>> gold, Set<String> predicted) {
        List<String> out = new ArrayList<>();
        gold.forEach((k, gs) -> {
            if (!predicted.contains(k)) {
                GoldFact g = gs.get(0);
                out.add((g.kind() == GoldFact.Kind.EVENT ? g.eventType().className() + "\t" : "") + g.person() + "\t"
                        + g.organization() + (g.kind() == GoldFact.Kind.HOLDING ? "\t" + g.role() : "") + "\t"
                        + String.join(" ", gs.stream().map(GoldFact::articleId).distinct().toList()));
            }
        });
        return out;
    }

    private static <R> List<String> spurious(Map<String, List<R>> predicted, Set<String> gold,
                                             java.util.function.Function<R, String> describe) {
        List<String> out = new ArrayList<>();
        predicted.forEach((k, rows) -> {
            if (!gold.contains(k)) {
                out.add(describe.apply(rows.get(0)));
            }
        });
        return out;
    }

    private String describe(HoldingRow r) {
        return r.person() + "\t" + r.organization() + "\t" + r.role() + "\t" + String.join(" ", r.sources());
    }

    private String describe(EventRow r) {
        return r.eventType() + "\t" + r.person() + "\t" + r.organization() + "\t" + r.source();
    }
}
