package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.time.Derivation;
import org.newskg.time.TimeValue;

/**
 * The passes over a whole article's facts, each a small unit, in the one order {@link #ORDER}
 * declares: what single sentences cannot settle (when an appointment takes effect, the holdings
 * events imply, founders, successions and promotions, one holding per title, tenures dated by verbs
 * of leading, the end of interim and earlier posts, one event per kind and person).
 */
final class ArticlePasses {

    private ArticlePasses() {
    }

    /** What the passes may consult besides the facts. */
    record Context(LocalDate published, Lexicon lex, RoleVocabulary roles,
                   java.util.function.Function<String, java.util.Set<String>> orgNames) {
    }

    /** One pass over an article's facts. */
    interface ArticlePass {
        ArticleFacts apply(ArticleFacts facts, Context context);
    }

    /** The passes, in the order they run. */
    static final List<ArticlePass> ORDER = List.of(
            new TopPosts(), new EffectiveDates(), new CompanyPresidents(), new VacatedPosts(), new ReplacedPosts(), new HoldingsFromEvents(), new Founders(), new Successions(), new Promotions(),
            new MergeHoldings(), new TenureStarts(), new InterimEnds(), new PromotionEnds(), new DistinctEvents(),
            new UnfinishedTitles());

    static ArticleFacts run(ArticleFacts facts, Context context) {
        for (ArticlePass p : ORDER) {
            facts = p.apply(facts, context);
        }
        return facts;
    }

    /**
     * "at the helm of the Thameside Brewers Association", "dirigía RTSE": the top post a verb of leading gives
     * is the one {@code head-titles.tsv} names for what the organization's names say it is, a chief
     * executive's when they say nothing. A title may name another post at an organization of a kind: at a club
     * led by its head coach, a manager is that coach ({@code kind-titles.tsv}). It runs first, over every title
     * the later passes read.
     */
    static final class TopPosts implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            java.util.function.UnaryOperator<Event> event = e -> {
                Role r = post(e.role(), e.orgKey(), c);
                return r == e.role() ? e : new Event(e.type(), e.personKey(), e.orgKey(), r, e.date(), e.end(),
                        e.derivation(), e.evidence());
            };
            return f.withHoldings(f.holdings().stream().map(h -> {
                Role r = post(h.role(), h.orgKey(), c);
                return r == h.role() ? h : new Holding(h.personKey(), h.orgKey(), r, h.start(), h.end(), h.evidence(),
                        h.startHow(), h.endHow());
            }).toList()).withEvents(f.events().stream().map(event).toList())
                    .withPriorTitles(f.priorTitles().stream().map(p -> new RelationFinder.PriorTitle(event.apply(p.appointment()),
                            post(p.role(), p.appointment().orgKey(), c))).toList());
        }

        /** The title a role read in the article stands for at that organization. */
        private static Role post(Role r, String org, Context c) {
            String key = c.lex().topPostKey(c.orgNames().apply(org));
            String there = r == null ? null : c.lex().titleAt(key, r.key());
            if (there != null) {
                return c.roles().byKey(there).orElse(r); // "sacked manager Gary Lyle" at Hartfield United
            }
            if (!Roles.isTopPost(r)) {
                return r;
            }
            Role post = c.roles().byKey(key == null ? "chief-executive-officer" : key).orElseThrow();
            return Roles.isInterim(r) ? interim(post, c.roles()) : post;
        }
    }

    /** The interim form of a post ("Interim Chief Executive Officer"). */
    static Role interim(Role r, RoleVocabulary roles) {
        if (Roles.isInterim(r)) {
            return r;
        }
        String label = "Interim " + r.label();
        return roles.byEnglishLabel(label).orElseGet(() -> new Role("interim-" + r.key(), label, false));
    }

    /**
     * "Der Aufsichtsrat berief am Donnerstag X … X tritt ihr neues Amt am 1. April an": an appointment
     * or departure told twice with two stated dates takes effect at the later one when that is still
     * to come at publication, the earlier being the decision. The same person, organization and title
     * (or none named).
     */
    static final class EffectiveDates implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            return f.withEvents(effectiveDates(f.events(), c.published()));
        }

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
    }

    /**
     * "jefe de plataforma", "Leiterin des Netzbetriebs" where the field is not in the vocabulary: a bare "Head"
     * names no post, so it holds nothing; the event stays, without a title.
     */
    static final class UnfinishedTitles implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            List<Holding> holdings = f.holdings().stream().filter(h -> !unfinished(h.role())).toList();
            List<Event> events = f.events().stream().map(e -> unfinished(e.role())
                    ? new Event(e.type(), e.personKey(), e.orgKey(), null, e.date(), e.end(), e.derivation(), e.evidence()) : e).toList();
            return f.withHoldings(holdings).withEvents(events);
        }

        private static boolean unfinished(Role r) {
            return r != null && r.key().equals("head");
        }
    }

    /**
     * "presidente de Banco X", "président du groupe Y": where the language's president of a company chairs
     * its board, a President of an organization that is no club, association, federation or university
     * is its Chair ({@link Lexicon#presidentIsPresident}).
     */
    static final class CompanyPresidents implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            Role chair = c.roles().byKey("chair").orElse(null);
            if (chair == null) {
                return f;
            }
            java.util.function.BiFunction<Role, String, Role> fix = (r, org) -> r != null && r.key().equals("president")
                    && !c.lex().presidentIsPresident(c.orgNames().apply(org)) ? chair : r;
            List<Holding> holdings = f.holdings().stream().map(h -> {
                Role r = fix.apply(h.role(), h.orgKey());
                return r == h.role() ? h : new Holding(h.personKey(), h.orgKey(), r, h.start(), h.end(), h.evidence(),
                        h.startHow(), h.endHow());
            }).toList();
            List<Event> events = f.events().stream().map(e -> {
                Role r = fix.apply(e.role(), e.orgKey());
                return r == e.role() ? e : new Event(e.type(), e.personKey(), e.orgKey(), r, e.date(), e.end(),
                        e.derivation(), e.evidence());
            }).toList();
            return f.withHoldings(holdings).withEvents(events);
        }
    }

    /**
     * "The board dismissed its chief executive … the finance chief takes the helm on an interim
     * basis": an appointment that names no title, at an organization whose post another person
     * leaves (or takes leave from) in the sentence before or the same, is to that post, interim when the
     * appointment's sentence says so.
     */
    static final class VacatedPosts implements ArticlePass {
        /** How far after the leaving the stand-in's sentence may begin: the same or the next sentence. */
        private static final int NEXT_SENTENCE = 3;

        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            List<Event> events = f.events();
            return f.withEvents(events.stream().map(e -> {
                if (e.type() != EventType.APPOINTMENT || e.role() != null) {
                    return e;
                }
                // The leaver's post: the event's title, else the one post the article gives them there.
                List<Role> vacated = events.stream()
                        .filter(o -> (o.type().endsPost() || o.type() == EventType.LEAVE_OF_ABSENCE)
                                && !o.personKey().equals(e.personKey()) && o.orgKey().equals(e.orgKey())
                                && e.evidence().begin() >= o.evidence().begin()
                                && e.evidence().begin() - o.evidence().end() <= NEXT_SENTENCE)
                        .flatMap(o -> o.role() != null ? java.util.stream.Stream.of(o.role()) : f.holdings().stream()
                                .filter(h -> h.personKey().equals(o.personKey()) && h.orgKey().equals(o.orgKey()))
                                .map(Holding::role))
                        .filter(r -> !Roles.isConcurrent(r)).distinct().toList();
                if (vacated.size() != 1 || c.lex().interimWords(c.lex().fold(e.evidence().text())).isEmpty()) {
                    return e;
                }
                Role role = interim(vacated.get(0), c.roles());
                return new Event(e.type(), e.personKey(), e.orgKey(), role, e.date(), e.end(), e.derivation(), e.evidence());
            }).toList());
        }
    }

    /**
     * "named X its new finance director, in place of Y, who retires": a departure that names no title, by
     * someone the article gives no post there, in the sentence of another's appointment to a post at that
     * organization, leaves that post.
     */
    static final class ReplacedPosts implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            List<Event> events = f.events();
            return f.withEvents(events.stream().map(e -> {
                if (!e.type().endsPost() || e.role() != null || f.holdings().stream()
                        .anyMatch(h -> h.personKey().equals(e.personKey()) && h.orgKey().equals(e.orgKey()))) {
                    return e;
                }
                List<Role> taken = events.stream()
                        .filter(a -> a.type() == EventType.APPOINTMENT && a.role() != null && !a.personKey().equals(e.personKey())
                                && a.orgKey().equals(e.orgKey()) && a.evidence().begin() == e.evidence().begin()
                                && !Roles.isConcurrent(a.role()) && !Roles.isInterim(a.role()))
                        .map(Event::role).distinct().toList();
                return taken.size() != 1 ? e
                        : new Event(e.type(), e.personKey(), e.orgKey(), taken.get(0), e.date(), e.end(), e.derivation(), e.evidence());
            }).toList());
        }
    }

    /** Appointments, joinings and returns with a title start a holding; departures and dismissals end one (not a founding). */
    static final class HoldingsFromEvents implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            List<Holding> holdings = new ArrayList<>(f.holdings());
            for (Event e : f.events()) {
                if (e.role() == null) {
                    continue;
                }
                switch (e.type()) {
                    case APPOINTMENT, JOINING, REINSTATEMENT -> holdings.add(new Holding(e.personKey(), e.orgKey(), e.role(), e.date(), null,
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
            return f.withHoldings(holdings);
        }
    }

    /**
     * Whoever founded an organization is its founder from then on; with others ("together with
     * two former students"), its co-founder.
     * A person already known as (co-)founder there keeps that title alone.
     */
    static final class Founders implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            List<Holding> holdings = new ArrayList<>(f.holdings());
            holdings.addAll(founders(f.events(), f.holdings(), c.lex(), c.roles()));
            return f.withHoldings(together(holdings, c.roles()));
        }

        /** Two or more founders of one organization are each its Co-founder, however each was introduced. */
        private static List<Holding> together(List<Holding> holdings, RoleVocabulary roles) {
            Role co = roles.byKey("co-founder").orElse(null);
            if (co == null) {
                return holdings;
            }
            Map<String, Set<String>> founders = holdings.stream()
                    .filter(h -> isFounder(h.role()) || h.role() != null && h.role().key().equals(co.key()))
                    .collect(Collectors.groupingBy(Holding::orgKey, Collectors.mapping(Holding::personKey, Collectors.toSet())));
            return holdings.stream().map(h -> isFounder(h.role()) && founders.get(h.orgKey()).size() > 1
                    ? new Holding(h.personKey(), h.orgKey(), co, h.start(), h.end(), h.evidence(), h.startHow(), h.endHow()) : h).toList();
        }

        private static boolean isFounder(Role r) {
            return r != null && r.key().equals("founder");
        }

        private static List<Holding> founders(List<Event> events, List<Holding> holdings, Lexicon lex, RoleVocabulary roles) {
            List<Holding> out = new ArrayList<>();
            for (Event e : events) {
                if (e.type() != EventType.FOUNDING || holdings.stream().anyMatch(h -> h.personKey().equals(e.personKey())
                        && h.orgKey().equals(e.orgKey()) && Roles.isLifelong(h.role()))) {
                    continue;
                }
                long together = events.stream().filter(o -> o.type() == EventType.FOUNDING && o.orgKey().equals(e.orgKey()))
                        .map(Event::personKey).distinct().count();
                Role role = Roles.isLifelong(e.role()) ? e.role()
                        : roles.byKey(together > 1 || lex.mentionsCoAgents(e.evidence().text()) ? "co-founder" : "founder")
                        .orElse(null);
                if (role != null) {
                    out.add(new Holding(e.personKey(), e.orgKey(), role, e.date(), null, e.evidence(), e.derivation(), null));
                }
            }
            return out;
        }
    }

    /**
     * "Y replaces X": the title Y is appointed to in this article was X's until Y's appointment.
     */
    static final class Successions implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            List<Holding> holdings = new ArrayList<>(f.holdings());
            successions(f.successions(), f.events(), holdings);
            return f.withHoldings(holdings);
        }

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
                // Else the one post the successor is given there ("X is the new editor-in-chief … she takes over from Y").
                List<Role> taken = holdings.stream()
                        .filter(h -> h.personKey().equals(s.newPerson()) && h.orgKey().equals(s.orgKey()) && !Roles.isConcurrent(h.role()))
                        .map(Holding::role).distinct().toList();
                Role role = appointed == null ? null : appointed.role() != null ? appointed.role()
                        : predecessors.size() == 1 ? predecessors.get(0) : taken.size() == 1 ? taken.get(0) : null;
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
    }

    /**
     * "X, director of research, will be chief scientist": the title the appointee is described by
     * ends when the new post begins, unless either is a seat held alongside a post (a board seat, a
     * chair) or the new one is interim.
     */
    static final class Promotions implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            List<Holding> holdings = new ArrayList<>(f.holdings());
            promotions(f.priorTitles(), holdings);
            return f.withHoldings(holdings);
        }

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
    }

    /** One holding per person, organization and role; the first evidence, the most precise dates. */
    static final class MergeHoldings implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            return f.withHoldings(mergeHoldings(f.holdings()));
        }

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
    }

    /** "der das Familienunternehmen seit 2014 führt": a verb of leading's since-phrase dates the one post of its subject. */
    static final class TenureStarts implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            return f.withHoldings(Tenures.apply(f.holdings(), f.tenures()));
        }
    }

    /**
     * An interim title ends when someone (the stand-in included) is appointed or reinstated to the
     * post it stood in for: "Less than a week later A returned as CEO" ends B's interim tenure.
     */
    static final class InterimEnds implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            return f.withHoldings(endInterims(f.holdings(), f.events()));
        }

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
    }

    /**
     * A promotion ends the person's earlier title at the same organization: a holding with a known
     * start and no end closes when the person is appointed to another title there later.
     */
    static final class PromotionEnds implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            return f.withHoldings(endPromotedRoles(f.holdings(), f.events()));
        }

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
    }

    /**
     * One event per type, person and organization within an article: the first mention, with the
     * best date any mention gives (a stated time beats the publication date) and a role if any has one.
     */
    static final class DistinctEvents implements ArticlePass {
        @Override
        public ArticleFacts apply(ArticleFacts f, Context c) {
            return f.withEvents(distinctEvents(f.events()));
        }

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
    }

    /** Dates stated in the sentence rank above those from the paragraph, then the publication date, then none. */
    static int dateRank(Event e) {
        if (e.date() == null) {
            return 0;
        }
        if (e.derivation() == Derivation.PUBLICATION || e.derivation() == null) {
            return 1;
        }
        return e.derivation() == Derivation.CONTEXT ? 2 : 3;
    }
}
