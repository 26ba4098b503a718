package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.lang.Document;
import org.newskg.lang.Sentence;
import org.newskg.lang.Slugs;
import org.newskg.read.Article;
import org.newskg.time.Derivation;
import org.newskg.time.TimeMention;
import org.newskg.time.TimeNormalizer;
import org.newskg.time.TimeValue;

/**
 * The rule-based extractor: mentions per sentence ({@link MentionFinder}), entities across the
 * article ({@link ArticleEntities}), then holdings and events per sentence ({@link RelationFinder}).
 * Appointments and joinings with a title start a holding; departures and dismissals end one.
 *
 * <pre>
 *   Extractor x = new RuleBasedExtractor(new Lexicons(), new RuleBasedTimeNormalizer());
 *   Extraction facts = x.extract(analyzer.analyse(article));
 * </pre>
 */
public final class RuleBasedExtractor implements Extractor {

    private final Lexicons lexicons;
    private final TimeNormalizer times;
    private final Slugs slugs = new Slugs();

    private final CandidateScorer scorer;

    public RuleBasedExtractor(Lexicons lexicons, TimeNormalizer times) {
        this(lexicons, times, new RulePriorityScorer());
    }

    public RuleBasedExtractor(Lexicons lexicons, TimeNormalizer times, CandidateScorer scorer) {
        this.lexicons = lexicons;
        this.times = times;
        this.scorer = scorer;
    }

    @Override
    public Extraction extract(Document doc) {
        return extract(doc, CandidateSink.NONE);
    }

    /** Extracts, telling {@code sink} of every candidate weighed (for training a scorer). */
    public Extraction extract(Document doc, CandidateSink sink) {
        Article article = doc.article();
        Lexicon lex = lexicons.get(doc.language());
        String lang = doc.language().code();
        LocalDate anchor = article.published();
        boolean inferred = false;
        if (anchor == null) {
            Optional<LocalDate> guess = times.inferAnchor(article.text(), lang);
            if (guess.isPresent()) {
                anchor = guess.get();
                inferred = true;
            }
        }

        MentionFinder finder = new MentionFinder(lex, lexicons.composer(doc.language()), times, lexicons.japaneseReadings(),
                article.text());
        List<List<Mention>> perSentence = new ArrayList<>();
        // CJK names found where a title, a dot or a company word marks them are names everywhere in the article.
        Map<String, Mention.Hint> cjkNames = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            List<Mention> ms = finder.find(s, anchor);
            perSentence.add(ms);
            for (Mention m : ms) {
                if (m.kind() == Mention.Kind.NAME && m.hint() == Mention.Hint.ORGANIZATION && MatchText.isCjk(m.text().charAt(0))) {
                    cjkNames.putIfAbsent(m.text(), Mention.Hint.ORGANIZATION);
                }
                if (m.kind() == Mention.Kind.NAME && m.hint() == Mention.Hint.PERSON && MatchText.isCjk(m.text().charAt(0))) {
                    cjkNames.put(m.text(), Mention.Hint.PERSON);
                    // 托马斯·贝克尔 is later just 贝克尔: the family name after the dot names the person too.
                    String family = m.text().substring(Math.max(m.text().lastIndexOf('\u00B7'), m.text().lastIndexOf('\u30FB')) + 1);
                    if (family.length() >= 2 && family.length() < m.text().length()) {
                        cjkNames.put(family, Mention.Hint.PERSON);
                    }
                }
            }
        }
        for (int i = 0; i < perSentence.size(); i++) {
            perSentence.set(i, finder.addKnownNames(doc.sentences().get(i), perSentence.get(i), cjkNames));
        }
        perSentence = OrgEvidence.retype(lex, perSentence, article.text());
        ArticleEntities entities = new ArticleEntities(lex, slugs, perSentence, article.text())
                .withReadings(lexicons.japaneseReadings());
        RelationFinder relations = new RelationFinder(lex, lexicons.composer(doc.language()), lexicons.professions(), scorer, sink);

        List<Holding> holdings = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<RelationFinder.Succession> successions = new ArrayList<>();
        List<RelationFinder.PriorTitle> priorTitles = new ArrayList<>();
        List<Tenures.Since> tenures = new ArrayList<>();
        Discourse d = Discourse.START;
        for (int i = 0; i < perSentence.size(); i++) {
            Sentence sentence = doc.sentences().get(i);
            List<Mention> resolved = new ArrayList<>();
            d = d.told(resolveBackReferences(perSentence.get(i), d.told(), resolved));
            perSentence.set(i, resolved);
            boolean sameParagraph = i > 0
                    && !article.text().substring(doc.sentences().get(i - 1).end(), sentence.begin()).contains("\n");
            if (!sameParagraph) {
                d = d.newParagraph();
            }
            d = d.hearing(Speakers.of(lex, sentence, perSentence.get(i), entities, d.lastPerson()),
                    Speakers.saysI(lex, perSentence.get(i)));
            RelationFinder.Found found = relations.find(sentence, i, perSentence.get(i), entities, article.text(), anchor, d);
            holdings.addAll(found.holdings());
            events.addAll(standIns(found));
            for (Event e : found.events()) {
                events.add(e.role() != null || e.type() != EventType.APPOINTMENT ? e
                        : withRole(e, contextRole(relations, perSentence.get(i), found.holdings(),
                                sameParagraph ? perSentence.get(i - 1) : List.of(), d.previous())));
            }
            successions.addAll(found.successions());
            successions.addAll(handovers(found));
            priorTitles.addAll(found.priorTitles());
            Tenures.Since since = Tenures.of(lex, sentence, perSentence.get(i), entities, d.lastPerson());
            if (since != null) {
                tenures.add(since);
            }
            String lastNamed = null;
            List<String> named = new ArrayList<>();
            for (Mention m : perSentence.get(i)) {
                if (entities.isPerson(m)) {
                    lastNamed = entities.asPerson(m);
                    if (!entities.isGenitive(m) && !named.contains(lastNamed)) {
                        named.add(lastNamed);
                    }
                }
            }
            d = d.after(openingTime(sentence, perSentence.get(i)), lastTime(perSentence.get(i)), found.holdings(),
                    lastNamed, named);
        }
        ArticleFacts facts = ArticlePasses.run(new ArticleFacts(holdings, events, successions, priorTitles, tenures),
                new ArticlePasses.Context(anchor, lex, lexicons.roles(), entities::describedNamesOfKey));
        List<Holding> merged = facts.holdings();
        if (inferred) {
            merged = merged.stream().map(Holding::anchoredOnInferredDate).toList();
        }
        List<Event> distinctEvents = facts.events();
        if (inferred) {
            distinctEvents = distinctEvents.stream().map(Event::anchoredOnInferredDate).toList();
        }
        // Everyone named in full is kept, so that other articles' partial names can resolve to them.
        Set<String> keys = new HashSet<>(entities.namedPersons());
        merged.forEach(h -> {
            keys.add(h.personKey());
            keys.add(h.orgKey());
        });
        distinctEvents.forEach(e -> {
            keys.add(e.personKey());
            keys.add(e.orgKey());
        });
        return new Extraction(article, lang, anchor, inferred, entities.entities(keys), merged, distinctEvents);
    }

    /**
     * The title an appointment that names none is to: "X gets a new chief executive. The board
     * appointed Y on Thursday." A title in the sentence, else in the sentence before it, that
     * nobody in that sentence holds.
     */
    private static Role contextRole(RelationFinder relations, List<Mention> sentence, List<Holding> held,
                                    List<Mention> before, List<Holding> heldBefore) {
        Role r = freeRole(relations, sentence, held);
        return r != null ? r : freeRole(relations, before, heldBefore);
    }

    private static Role freeRole(RelationFinder relations, List<Mention> mentions, List<Holding> held) {
        for (Mention m : mentions) {
            Role r = relations.roleIn(m);
            if (r != null && !Roles.isLifelong(r) && !relations.isProfession(r) && held.stream().noneMatch(h -> h.role().equals(r))) {
                return r;
            }
        }
        return null;
    }

    private static Event withRole(Event e, Role role) {
        return role == null ? e : new Event(e.type(), e.personKey(), e.orgKey(), role, e.date(), e.end(), e.derivation(), e.evidence());
    }

    /**
     * "The board said A resigned as CEO and CTO B would serve as interim CEO": an interim title held
     * in the sentence that tells of someone else leaving that post is an appointment on that date.
     */
    private static List<Event> standIns(RelationFinder.Found found) {
        List<Event> out = new ArrayList<>();
        for (Holding h : found.holdings()) {
            if (!Roles.isInterim(h.role()) || h.start() != null) {
                continue;
            }
            othersLeaving(found, h.personKey(), h.orgKey())
                    .filter(e -> e.date() != null && (e.role() == null || e.role().key().equals(Roles.interimBaseKey(h.role()))))
                    .findFirst()
                    .ifPresent(e -> out.add(new Event(EventType.APPOINTMENT, h.personKey(), h.orgKey(), h.role(), e.date(),
                            null, e.derivation(), h.evidence())));
        }
        return out;
    }

    /**
     * "董事会已解除X的首席执行官职务，由首席财务官Y接任", "A resigns; B takes over": an appointment that
     * names no title, told with someone else leaving the same organization, succeeds them.
     */
    private static List<RelationFinder.Succession> handovers(RelationFinder.Found found) {
        List<RelationFinder.Succession> out = new ArrayList<>();
        for (Event a : found.events()) {
            if (a.type() != EventType.APPOINTMENT || a.role() != null
                    || found.successions().stream().anyMatch(s -> s.newPerson().equals(a.personKey()))) {
                continue;
            }
            othersLeaving(found, a.personKey(), a.orgKey())
                    .filter(e -> e.role() != null && !Roles.isLifelong(e.role()))
                    .findFirst()
                    .ifPresent(e -> out.add(new RelationFinder.Succession(a.personKey(), e.personKey(), a.orgKey(), a.date(),
                            a.evidence())));
        }
        return out;
    }

    /** The departures and dismissals of someone other than {@code person} from {@code org} the sentence tells of. */
    private static java.util.stream.Stream<Event> othersLeaving(RelationFinder.Found found, String person, String org) {
        return found.events().stream()
                .filter(e -> e.type().endsPost() && !e.personKey().equals(person) && e.orgKey().equals(org));
    }

    /**
     * "Il y a six mois, … À l'époque, …", "去年11月，… 然而不到一週時間，…": a time that points back takes
     * the time the text last named, at no finer precision than the phrase allows ("days later" keeps the
     * month); with nothing named before it, it is dropped rather than guessed.
     *
     * @return the time named last once the sentence's mentions are copied to {@code out}
     */
    private static TimeValue resolveBackReferences(List<Mention> mentions, TimeValue told, List<Mention> out) {
        for (Mention m : mentions) {
            TimeMention t = m.time();
            if (m.kind() == Mention.Kind.TIME && t.derivation() == Derivation.ANAPHORIC) {
                if (told == null) {
                    continue;
                }
                TimeValue v = new TimeValue(told.earliest(),
                        told.precision().ordinal() >= t.value().precision().ordinal() ? told.precision() : t.value().precision());
                t = new TimeMention(t.begin(), t.end(), t.text(), v, null, t.relation(), Derivation.CONTEXT);
                m = m.withTime(t);
            } else if (m.kind() == Mention.Kind.TIME && t.relation() == TimeMention.Relation.AT) {
                told = t.value(); // a point in time: "per dezelfde datum" is not "sinds vorig jaar"
            }
            out.add(m);
        }
        return told;
    }

    /** The last point in time a sentence names ("l'année dernière", "in March"), or null. */
    private static TimeMention lastTime(List<Mention> mentions) {
        TimeMention last = null;
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.TIME && m.time().relation() == TimeMention.Relation.AT) {
                last = m.time();
            }
        }
        return last;
    }

    /** A time expression that opens the sentence ("去年11月，", "In March,", "Am Dienstag"): the paragraph's topic time. */
    private static TimeMention openingTime(Sentence sentence, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.TIME && m.begin() - sentence.begin() <= 3) {
                return m.time();
            }
        }
        return null;
    }

}
