package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
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

    public RuleBasedExtractor(Lexicons lexicons, TimeNormalizer times) {
        this.lexicons = lexicons;
        this.times = times;
    }

    @Override
    public Extraction extract(Document doc) {
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
        Derivation anchorDerivation = inferred ? Derivation.INFERRED : Derivation.PUBLICATION;

        MentionFinder finder = new MentionFinder(lex, lexicons.composer(doc.language()), times);
        List<List<Mention>> perSentence = new ArrayList<>();
        Set<String> cjkNames = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<Mention> ms = finder.find(s, anchor);
            perSentence.add(ms);
            for (Mention m : ms) {
                if (m.kind() == Mention.Kind.NAME && m.hint() == Mention.Hint.PERSON && MatchText.isCjk(m.text().charAt(0))) {
                    cjkNames.add(m.text());
                    // 托马斯·贝克尔 is later just 贝克尔: the family name after the dot names the person too.
                    String family = m.text().substring(Math.max(m.text().lastIndexOf('\u00B7'), m.text().lastIndexOf('\u30FB')) + 1);
                    if (family.length() >= 2 && family.length() < m.text().length()) {
                        cjkNames.add(family);
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
        RelationFinder relations = new RelationFinder(lex, lexicons.professions());

        List<Holding> holdings = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<RelationFinder.Succession> successions = new ArrayList<>();
        String lastPerson = null;
        TimeMention topic = null;
        TimeMention recent = null;
        List<Holding> previous = List.of();
        List<String> lastPersons = List.of();
        for (int i = 0; i < perSentence.size(); i++) {
            Sentence sentence = doc.sentences().get(i);
            boolean sameParagraph = i > 0
                    && !article.text().substring(doc.sentences().get(i - 1).end(), sentence.begin()).contains("\n");
            if (!sameParagraph) {
                topic = null; // a new paragraph starts a new topic
                recent = null;
            }
            // "…a évincé Paul Morin en janvier. Ils ont été réintégrés quelques jours plus tard": with no time of
            // its own, a sentence goes on in the time the sentence before it told of, else the paragraph's.
            RelationFinder.Found found = relations.find(sentence, perSentence.get(i), entities,
                    article.text(), anchor, anchorDerivation, lastPerson, lastPersons, recent != null ? recent : topic);
            TimeMention opening = openingTime(sentence, perSentence.get(i));
            topic = opening != null ? opening : topic;
            recent = lastTime(perSentence.get(i));
            holdings.addAll(found.holdings());
            for (Event e : found.events()) {
                events.add(e.role() != null || e.type() != EventType.APPOINTMENT ? e
                        : withRole(e, contextRole(relations, perSentence.get(i), found.holdings(),
                                sameParagraph ? perSentence.get(i - 1) : List.of(), previous)));
            }
            previous = found.holdings();
            successions.addAll(found.successions());
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
        List<Holding> merged = endPromotedRoles(mergeHoldings(holdings), events);
        if (inferred) {
            merged = merged.stream().map(Holding::anchoredOnInferredDate).toList();
        }
        List<Event> distinctEvents = distinctEvents(events);
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
                        .filter(e -> (e.type() == EventType.DEPARTURE || e.type() == EventType.DISMISSAL)
                                && e.personKey().equals(s.oldPerson()) && e.orgKey().equals(s.orgKey())
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
