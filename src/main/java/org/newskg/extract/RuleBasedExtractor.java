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

        MentionFinder finder = new MentionFinder(lex, lexicons.composer(doc.language()), times);
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
        String lastPerson = null;
        String speaker = null;
        TimeMention topic = null;
        TimeMention recent = null;
        List<Holding> previous = List.of();
        List<String> lastPersons = List.of();
        TimeValue told = null;
        for (int i = 0; i < perSentence.size(); i++) {
            Sentence sentence = doc.sentences().get(i);
            List<Mention> resolved = new ArrayList<>();
            told = resolveBackReferences(perSentence.get(i), told, resolved);
            perSentence.set(i, resolved);
            boolean sameParagraph = i > 0
                    && !article.text().substring(doc.sentences().get(i - 1).end(), sentence.begin()).contains("\n");
            if (!sameParagraph) {
                topic = null; // a new paragraph starts a new topic
                recent = null;
            }
            String said = Speakers.of(lex, sentence, perSentence.get(i), entities, lastPerson);
            speaker = said != null ? said : speaker;
            // "« Je prends un congé », a écrit Paul Morin": in a sentence that says "I", a pronoun is the speaker.
            String pronounFor = Speakers.saysI(lex, perSentence.get(i)) ? speaker : lastPerson;
            // "…a évincé Paul Morin en janvier. Ils ont été réintégrés quelques jours plus tard": with no time of
            // its own, a sentence goes on in the time the sentence before it told of, else the paragraph's.
            RelationFinder.Found found = relations.find(sentence, i, perSentence.get(i), entities,
                    article.text(), anchor, pronounFor, lastPersons, recent != null ? recent : topic);
            TimeMention opening = openingTime(sentence, perSentence.get(i));
            topic = opening != null ? opening : topic;
            recent = lastTime(perSentence.get(i));
            holdings.addAll(found.holdings());
            events.addAll(standIns(found));
            for (Event e : found.events()) {
                events.add(e.role() != null || e.type() != EventType.APPOINTMENT ? e
                        : withRole(e, contextRole(relations, perSentence.get(i), found.holdings(),
                                sameParagraph ? perSentence.get(i - 1) : List.of(), previous)));
            }
            previous = found.holdings();
            successions.addAll(found.successions());
            successions.addAll(handovers(found));
            priorTitles.addAll(found.priorTitles());
            Tenures.Since since = Tenures.of(lex, sentence, perSentence.get(i), entities, lastPerson);
            if (since != null) {
                tenures.add(since);
            }
            List<String> named = new ArrayList<>();
            for (Mention m : perSentence.get(i)) {
                if (entities.isPerson(m)) {
                    lastPerson = entities.asPerson(m);
                    if (!entities.isGenitive(m) && !named.contains(lastPerson)) {
                        named.add(lastPerson);
                    }
                }
            }
            lastPersons = named.isEmpty() ? lastPersons : named;
        }
        events = effectiveDates(events, anchor);
        for (Event e : events) {
            if (e.role() == null) {
                continue;
            }
            switch (e.type()) {
                case APPOINTMENT, JOINING -> holdings.add(new Holding(e.personKey(), e.orgKey(), e.role(), e.date(), null,
                        e.evidence(), e.derivation(), null));
                case DEPARTURE, DISMISSAL -> {
                    if (!Roles.isLifelong(e.role())) {
                        holdings.add(new Holding(e.personKey(), e.orgKey(), e.role(), null, e.date(), e.evidence(),
                                null, e.derivation()));
                    }
                }
                default -> { }
            }
        }
        holdings.addAll(founders(events, holdings, lex));
        successions(successions, events, holdings);
        promotions(priorTitles, holdings);
        List<Holding> merged = endPromotedRoles(endInterims(Tenures.apply(mergeHoldings(holdings), tenures), events), events);
        if (inferred) {
            merged = merged.stream().map(Holding::anchoredOnInferredDate).toList();
        }
        List<Event> distinctEvents = distinctEvents(events);
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
     * "Der Aufsichtsrat berief am Donnerstag X … X tritt ihr neues Amt am 1. April an": an appointment
     * or departure told twice with two stated dates takes effect at the later one when that is still
     * to come at publication, the earlier being the decision. The same person, organization and title
     * (or none named).
     */
    private static List<Event> effectiveDates(List<Event> events, LocalDate published) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Event latest = e;
            if ((e.type() == EventType.APPOINTMENT || e.type() == EventType.DEPARTURE) && stated(e)) {
                for (Event o : events) {
                    if (o.type() == e.type() && o.personKey().equals(e.personKey()) && o.orgKey().equals(e.orgKey())
                            && (o.role() == null || e.role() == null || o.role().equals(e.role())) && stated(o)
                            && o.date().earliest().isAfter(latest.date().latest())
                            && published != null && o.date().earliest().isAfter(published)) {
                        latest = o;
                    }
                }
            }
            out.add(latest == e ? e : new Event(e.type(), e.personKey(), e.orgKey(), e.role(), latest.date(), e.end(),
                    latest.derivation(), e.evidence()));
        }
        return out;
    }

    private static boolean stated(Event e) {
        return dateRank(e) >= 2;
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
     * Whoever founded an organization is its founder from then on; with others ("together with
     * two former students"), its co-founder.
     * A person already known as (co-)founder there keeps that title alone.
     */
    private List<Holding> founders(List<Event> events, List<Holding> holdings, Lexicon lex) {
        List<Holding> out = new ArrayList<>();
        for (Event e : events) {
            if (e.type() != EventType.FOUNDING || holdings.stream().anyMatch(h -> h.personKey().equals(e.personKey())
                    && h.orgKey().equals(e.orgKey()) && Roles.isLifelong(h.role()))) {
                continue;
            }
            long together = events.stream().filter(o -> o.type() == EventType.FOUNDING && o.orgKey().equals(e.orgKey()))
                    .map(Event::personKey).distinct().count();
            Role role = Roles.isLifelong(e.role()) ? e.role()
                    : lexicons.roles().byKey(together > 1 || lex.mentionsCoAgents(e.evidence().text()) ? "co-founder" : "founder")
                    .orElse(null);
            if (role != null) {
                out.add(new Holding(e.personKey(), e.orgKey(), role, e.date(), null, e.evidence(), e.derivation(), null));
            }
        }
        return out;
    }

    /**
     * "Y replaces X": the title Y is appointed to in this article was X's until Y's appointment.
     */
    private static void successions(List<RelationFinder.Succession> successions, List<Event> events,
                                    List<Holding> holdings) {
        for (RelationFinder.Succession s : successions) {
            Event appointed = events.stream()
                    .filter(e -> e.type() == EventType.APPOINTMENT && e.personKey().equals(s.newPerson())
                            && e.orgKey().equals(s.orgKey()) && !Roles.isLifelong(e.role()))
                    .min(java.util.Comparator.comparing(e -> e.role() == null)).orElse(null);
            // Without a title of its own, the successor takes the one title the predecessor held there.
            List<Role> predecessors = holdings.stream()
                    .filter(h -> h.personKey().equals(s.oldPerson()) && h.orgKey().equals(s.orgKey()) && !Roles.isLifelong(h.role()))
                    .map(Holding::role).distinct().toList();
            Role role = appointed == null ? null : appointed.role() != null ? appointed.role()
                    : predecessors.size() == 1 ? predecessors.get(0) : null;
            if (role != null) {
                // The predecessor's own leaving, where the article dates it, says when the tenure ended.
                Event left = events.stream()
                        .filter(e -> e.type().endsPost() && e.personKey().equals(s.oldPerson()) && e.orgKey().equals(s.orgKey())
                                && e.date() != null && e.derivation() != Derivation.PUBLICATION)
                        .findFirst().orElse(null);
                TimeValue leaving = left == null ? null : left.date();
                // The appointment's own date says when the handover happened, unless it is only the publication date.
                boolean ownDate = appointed.date() != null && (appointed.derivation() != Derivation.PUBLICATION || leaving == null);
                TimeValue date = ownDate ? appointed.date() : leaving != null ? leaving : s.date();
                Derivation how = ownDate ? appointed.derivation() : left != null ? left.derivation() : null;
                holdings.add(new Holding(s.oldPerson(), s.orgKey(), role, null, leaving != null ? leaving : date, s.evidence(),
                        null, left != null ? left.derivation() : how));
                holdings.add(new Holding(s.newPerson(), s.orgKey(), role, date, null, s.evidence(), how, null));
            }
        }
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
     * An interim title ends when someone (the stand-in included) is appointed or reinstated to the
     * post it stood in for: "Less than a week later A returned as CEO" ends B's interim tenure.
     */
    private static List<Holding> endInterims(List<Holding> holdings, List<Event> events) {
        return holdings.stream().map(h -> !Roles.isInterim(h.role()) || h.start() == null || h.end() != null ? h
                : events.stream()
                        .filter(e -> (e.type() == EventType.APPOINTMENT || e.type() == EventType.REINSTATEMENT)
                                && e.orgKey().equals(h.orgKey()) && e.role() != null
                                && e.role().key().equals(Roles.interimBaseKey(h.role()))
                                && e.date() != null && !e.date().latest().isBefore(h.start().earliest()))
                        .min(java.util.Comparator.comparing(Event::date))
                        .map(e -> h.withEnd(e.date(), e.derivation()))
                        .orElse(h))
                .toList();
    }

    /**
     * "X, director of research, will be chief scientist": the title the appointee is described by
     * ends when the new post begins, unless either is a seat held alongside a post (a board seat, a
     * chair) or the new one is interim.
     */
    private static void promotions(List<RelationFinder.PriorTitle> priors, List<Holding> holdings) {
        for (RelationFinder.PriorTitle p : priors) {
            Event e = p.appointment();
            if (e.date() == null || Roles.isConcurrent(p.role())) {
                continue;
            }
            boolean promoted = holdings.stream().anyMatch(h -> h.personKey().equals(e.personKey())
                    && h.orgKey().equals(e.orgKey()) && !h.role().equals(p.role()) && !Roles.isConcurrent(h.role())
                    && !Roles.isInterim(h.role()) && (h.role().equals(e.role()) || e.date().equals(h.start())));
            if (promoted) {
                holdings.add(new Holding(e.personKey(), e.orgKey(), p.role(), null, e.date(), e.evidence(), null, e.derivation()));
            }
        }
    }

    /**
     * A promotion ends the person's earlier title at the same organization: a holding with a known
     * start and no end closes when the person is appointed to another title there later.
     */
    private static List<Holding> endPromotedRoles(List<Holding> holdings, List<Event> events) {
        List<Holding> out = new ArrayList<>();
        for (Holding h : holdings) {
            Holding result = h;
            if (h.start() != null && h.end() == null && !Roles.isLifelong(h.role())) {
                for (Event e : events) {
                    if (e.type() == EventType.APPOINTMENT && e.personKey().equals(h.personKey())
                            && e.orgKey().equals(h.orgKey()) && e.role() != null && !e.role().equals(h.role())
                            && !Roles.isLifelong(e.role()) && e.date() != null
                            && e.date().earliest().isAfter(h.start().latest())) {
                        result = h.withEnd(e.date(), e.derivation());
                    }
                }
            }
            out.add(result);
        }
        return out;
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

    /** One holding per person, organization and role; the first evidence, the most precise dates. */
    static List<Holding> mergeHoldings(List<Holding> holdings) {
        Map<String, Holding> byKey = new LinkedHashMap<>();
        for (Holding h : holdings) {
            String k = h.personKey() + "|" + h.orgKey() + "|" + h.role().key();
            Holding old = byKey.get(k);
            if (old == null) {
                byKey.put(k, h);
            } else {
                TimeValue start = finer(old.start(), h.start());
                TimeValue end = finer(old.end(), h.end());
                byKey.put(k, new Holding(old.personKey(), old.orgKey(), old.role(), start, end, old.evidence(),
                        start == old.start() ? old.startHow() : h.startHow(), end == old.end() ? old.endHow() : h.endHow()));
            }
        }
        return List.copyOf(byKey.values());
    }

    private static TimeValue finer(TimeValue a, TimeValue b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.precision().ordinal() < a.precision().ordinal() && b.overlaps(a) ? b : a;
    }

    /**
     * One event per type, person and organization within an article: the first mention, with the
     * best date any mention gives (a stated time beats the publication date) and a role if any has one.
     */
    private static List<Event> distinctEvents(List<Event> events) {
        Map<String, Event> byKey = new LinkedHashMap<>();
        for (Event e : events) {
            String k = e.type() + "|" + e.personKey() + "|" + e.orgKey();
            Event old = byKey.get(k);
            if (old == null) {
                byKey.put(k, e);
                continue;
            }
            boolean betterDate = dateRank(e) > dateRank(old);
            byKey.put(k, new Event(old.type(), old.personKey(), old.orgKey(), old.role() != null ? old.role() : e.role(),
                    betterDate ? e.date() : old.date(), old.end() != null ? old.end() : e.end(),
                    betterDate ? e.derivation() : old.derivation(), betterDate ? e.evidence() : old.evidence()));
        }
        return List.copyOf(byKey.values());
    }

    /** Dates stated in the sentence rank above those from the paragraph, then the publication date, then none. */
    private static int dateRank(Event e) {
        if (e.date() == null) {
            return 0;
        }
        if (e.derivation() == Derivation.PUBLICATION || e.derivation() == null) {
            return 1;
        }
        return e.derivation() == Derivation.CONTEXT ? 2 : 3;
    }
}
