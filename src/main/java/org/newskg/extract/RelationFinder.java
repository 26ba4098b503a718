package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newskg.read.Language;
import org.newskg.lang.Sentence;
import org.newskg.time.Derivation;
import org.newskg.time.Precision;
import org.newskg.time.TimeMention;
import org.newskg.time.TimeValue;

/**
 * Reads holdings and events from the mentions of one sentence with a few language-independent
 * patterns over mention kinds and the connecting words between them (see {@link Glue}):
 * <ul>
 *   <li>title then name: "Nordbank's CEO Anna Berg", "le président d'X, Y", "CEO布兰特";</li>
 *   <li>name then title: "Y, chief scientist of X", "Y (X CTO)", "Y is the president of X",
 *       "Y擔任X研究總監";</li>
 *   <li>events: a trigger word with the person in the slot its lexicon entry names, the nearest
 *       organization, a title next to it, and the nearest time expression.</li>
 * </ul>
 * Where a title names no organization, the nearest one before it in the sentence is taken, else
 * the organization the article is about.
 */
final class RelationFinder {

    private final Lexicon lex;
    private final RoleComposer composer;
    private final java.util.Set<String> professions;
    private final CandidateScorer scorer;
    private final CandidateSink sink;
    /** Whether candidates beyond the rules' choice are weighed (and described by features). */
    private final boolean wide;
    /** Numbers the decisions of the article (titles and triggers), for the candidate sink. */
    private int decisions;

    RelationFinder(Lexicon lex, RoleComposer composer, java.util.Set<String> professions, CandidateScorer scorer,
                   CandidateSink sink) {
        this.lex = lex;
        this.scorer = scorer;
        this.sink = sink;
        this.wide = scorer.needsFeatures() || sink != CandidateSink.NONE;
        this.composer = composer;
        this.professions = professions;
    }

    private static String headWord(String label) {
        return label.substring(label.lastIndexOf(' ') + 1);
    }

    /** What one sentence yields. */
    record Found(List<Holding> holdings, List<Event> events, List<Succession> successions, List<PriorTitle> priorTitles) {
    }

    /** "研究总监X接任首席科学家", "X, director of research, will be chief scientist": a title the appointee held before. */
    record PriorTitle(Event appointment, Role role) {
    }

    /** "Y replaces X": Y's appointment ends X's tenure in the same role. */
    record Succession(String newPerson, String oldPerson, String orgKey, TimeValue date, Evidence evidence) {
    }

    /**
     * @param topic a time that opened the previous sentence of the paragraph ("去年11月，…", "In March, …"),
     *              used for events that state no time of their own; or null
     */
    /**
     * @param index     where the sentence stands in the article
     * @param discourse what the article said before the sentence
     */
    Found find(Sentence sentence, int index, List<Mention> mentions, ArticleEntities entities, String text,
               LocalDate anchor, Discourse discourse) {
        String lastPerson = discourse.referent();
        List<String> lastPersons = discourse.lastPersons();
        TimeMention topic = discourse.time();
        List<Holding> holdings = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Succession> successions = new ArrayList<>();
        List<PriorTitle> priors = new ArrayList<>();
        Evidence evidence = new Evidence(sentence.begin(), sentence.end(), sentence.text());
        // Folded once per sentence, not once per trigger: quadratic on long unpunctuated text.
        String sentenceFolded = lex.fold(evidence.text());
        List<Mention> items = mentions.stream().filter(m -> m.kind() != Mention.Kind.TIME).toList();
        // Time expressions sit between names and titles ("ist seit 2019 Finanzvorständin"): read gaps without them.
        text = blankTimes(text, mentions);
        // So do ages: "Anna Berg, 52, chief executive", "Anna Berg (52), Vorstandschefin".
        text = lex.blankAges(text, sentence.begin(), sentence.end());
        List<TimeMention> times = mentions.stream().filter(m -> m.kind() == Mention.Kind.TIME).map(Mention::time).toList();
        SentenceView view = new SentenceView(lex, entities, items, text, evidence, lastPerson, index);

        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() != Mention.Kind.ROLE) {
                continue;
            }
            int first = i;
            int last = i;
            // Titles joined by "and", "兼", "、" are held together: "co-founder and chief scientist".
            while (last + 1 < items.size() && items.get(last + 1).kind() == Mention.Kind.ROLE
                    && joins(gap(text, items.get(last), items.get(last + 1)))) {
                last++;
            }
            holdingsAround(view, first, last, times, holdings);
            colonList(items, last, entities, text, evidence, holdings);
            i = last;
        }
        for (int i = 0; i < items.size(); i++) {
            Mention t = items.get(i);
            if (t.kind() == Mention.Kind.TRIGGER) {
                List<Event> co = new ArrayList<>();
                Event e = event(view, items, i, entities, text, evidence, sentenceFolded, times, holdings, anchor,
                        lastPerson, successions, topic, co);
                // "Ils ont tous deux été réintégrés", "they both resigned": everyone the sentence before named.
                if (e != null && pluralSubject(items, i)) {
                    for (String p : lastPersons) {
                        if (!p.equals(e.personKey())) {
                            co.add(new Event(e.type(), p, e.orgKey(), null, e.date(), e.end(), e.derivation(), e.evidence()));
                        }
                    }
                }
                if (e != null) {
                    events.add(e);
                    events.addAll(co);
                    if (e.type() == EventType.APPOINTMENT) {
                        priorTitles(items, i, e, holdings, priors);
                    }
                }
            }
        }
        return new Found(holdings, events, successions, priors);
    }

    /** The appointee's titles at the organization named before the trigger, other than the one taken. */
    private static void priorTitles(List<Mention> items, int t, Event e, List<Holding> sentenceHoldings, List<PriorTitle> out) {
        for (int k = 0; k < t; k++) {
            Mention m = items.get(k);
            Role r = m.kind() == Mention.Kind.ROLE && !m.roles().isEmpty() ? m.roles().get(0) : null;
            if (r != null && !r.equals(e.role()) && sentenceHoldings.stream().anyMatch(h -> h.personKey().equals(e.personKey())
                    && h.orgKey().equals(e.orgKey()) && h.role().equals(r))) {
                out.add(new PriorTitle(e, r));
            }
        }
    }

    private boolean joins(List<Glue> g) {
        if (g == null) {
            return false;
        }
        if (g.contains(Glue.CONJ)) {
            return g.stream().allMatch(x -> x == Glue.CONJ || x == Glue.DET);
        }
        return lex.language().isCjk() && g.size() == 1 && g.get(0) == Glue.APPOS;
    }

    private void holdingsAround(SentenceView v, int first, int last, List<TimeMention> times, List<Holding> out) {
        TitleGroup t = TitleGroup.read(v, first, last);
        List<HolderPatterns.Proposal> proposals = new ArrayList<>();
        for (HolderPatterns.HolderPattern p : HolderPatterns.RULE_ORDER) {
            HolderPatterns.Proposal found = p.find(v, t);
            if (found != null) {
                proposals.add(found);
            }
        }
        // The organization before a verb of taking a post is one, whoever holds the title (as read since the rules began).
        if (t.verbOrg() != null && proposals.stream().noneMatch(p -> p.how().ordinal() < Support.VERB_AS.ordinal())) {
            v.entities.asOrganization(t.verbOrg());
        }
        List<HoldingCandidate> candidates = holdingCandidates(v, t, proposals);
        HoldingCandidate chosen = choose(candidates);
        if (sink != CandidateSink.NONE) {
            int decision = decisions++;
            List<String> roles = new ArrayList<>();
            for (int k = first; k <= last; k++) {
                if (!v.at(k).roles().isEmpty()) {
                    roles.add(v.at(k).roles().get(0).label());
                }
            }
            for (HoldingCandidate c : candidates) {
                sink.offer(new CandidateRecord(decision, v.entities.namesOf(c.person()), v.entities.namesOf(c.org()), roles,
                        null, c.features(), c.ruleChoice()));
            }
        }
        if (chosen == null) {
            if (!proposals.isEmpty() && candidates.stream().noneMatch(Candidate::ruleChoice)) {
                proposals.get(0).who().commit(v.entities); // named as a holder, if of nowhere known: a person still
            }
            return;
        }
        String person = chosen.person().commit(v.entities);
        String org = person == null ? null : chosen.org().commit(v.entities);
        if (org == null) {
            return;
        }
        boolean explicitOrg = chosen.explicitOrg();
        Evidence evidence = v.evidence;
        List<Mention> items = v.items;
        Mention firstRole = items.get(first);
        TimeValue start = null;
        TimeValue end = null;
        Derivation startHow = null;
        Derivation endHow = null;
        int titleAt = firstRole.begin() - evidence.begin();
        TimeMention since = null;
        for (TimeMention tm : times) {
            if (otherTitleBetween(items, first, last, tm.begin() + evidence.begin())) {
                continue; // "2015年から2021年までCFOを務めた山口氏が社長に就任": the span is the CFO's
            }
            switch (tm.relation()) {
                case SINCE -> {
                    // "自2019年起在X工作，並從今年3月起擔任X財務長": the since-phrase nearest the title.
                    if (since == null || distance(tm, titleAt) < distance(since, titleAt)) {
                        since = tm;
                        start = tm.value();
                        startHow = tm.derivation();
                    }
                }
                case RANGE -> {
                    start = tm.value();
                    end = tm.rangeEnd();
                    startHow = tm.derivation();
                    endHow = tm.derivation();
                }
                case UNTIL -> {
                    if (end == null) {
                        end = tm.value();
                        endHow = tm.derivation();
                    }
                }
                default -> { }
            }
        }
        String folded = lex.fold(evidence.text());
        for (int k = first; k <= last; k++) {
            Mention title = items.get(k);
            for (Role r : title.roles()) {
                // "a researcher": a profession is a holding only where the sentence names the organization.
                // "Hartfield United sacked manager Gary Lyle": at a club led by its coach, the manager is no trade.
                boolean coach = lex.titleAt(lex.topPostKey(v.entities.describedNamesOfKey(org)), r.key()) != null;
                if (explicitOrg || coach || !professions.contains(headWord(r.label()))) {
                    // "ejerce de forma interina como consejera delegada": held for the time being.
                    Role held = interimNear(items, title, evidence, folded) ? composer.interim(r) : r;
                    out.add(new Holding(person, org, held, start, end, evidence, startHow, endHow));
                }
                break; // the first reading of an ambiguous title
            }
        }
    }

    /**
     * The holdings a title group may stand for: every proposed holder (and, for a scorer that weighs
     * them, every person of the sentence) with the organization the rules read for them, and, for
     * such a scorer, with every other organization of the sentence and the article's own.
     */
    private List<HoldingCandidate> holdingCandidates(SentenceView v, TitleGroup t, List<HolderPatterns.Proposal> proposals) {
        List<HoldingCandidate> out = new ArrayList<>();
        boolean all = wide;
        List<HolderPatterns.Proposal> who = new ArrayList<>(proposals);
        if (all) {
            who.addAll(HolderPatterns.sentencePersons(v, t));
        }
        List<PersonRef> seen = new ArrayList<>();
        for (HolderPatterns.Proposal p : who) {
            if (seen.stream().anyMatch(s -> samePerson(v, s, p.who()))) {
                continue;
            }
            seen.add(p.who());
            java.util.EnumSet<Support> personSupports = java.util.EnumSet.noneOf(Support.class);
            for (HolderPatterns.Proposal q : who) {
                if (samePerson(v, q.who(), p.who())) {
                    personSupports.add(q.how());
                }
            }
            Support[] how = new Support[1];
            OrgRef ruleOrg = ruleOrg(v, t, p, how);
            if (ruleOrg != null) {
                java.util.EnumSet<Support> s = java.util.EnumSet.copyOf(personSupports);
                s.add(how[0]);
                boolean rule = out.isEmpty() && p == proposals.stream().findFirst().orElse(null);
                out.add(new HoldingCandidate(t, p.who(), ruleOrg, s, how[0] != Support.ORG_IN_CLAUSE && how[0] != Support.FOCUS_ORG,
                        rule, all ? CandidateFeatures.holding(v, t, p.who(), s, ruleOrg, rule) : List.of()));
            }
            if (!all) {
                break;
            }
            for (OrgRef o : sentenceOrgs(v, t)) {
                if (!o.same(ruleOrg)) {
                    java.util.EnumSet<Support> s = java.util.EnumSet.copyOf(personSupports);
                    s.add(o.focus() ? Support.FOCUS_ORG : Support.ORG_IN_SENTENCE);
                    out.add(new HoldingCandidate(t, p.who(), o, s, false, false, CandidateFeatures.holding(v, t, p.who(), s, o, false)));
                }
            }
        }
        return out;
    }

    private static boolean samePerson(SentenceView v, PersonRef a, PersonRef b) {
        if (a.key() != null || b.key() != null) {
            return java.util.Objects.equals(a.key(), b.key());
        }
        return a.mention() == b.mention() || v.entities.sameEntity(a.mention(), b.mention());
    }

    /**
     * The organization today's rules read for a holder: the one written with the title, else the one
     * the holder's pattern read with them, else the one before the verb that takes up the title, else
     * the nearest before the title in its clause, else the article's own.
     */
    private OrgRef ruleOrg(SentenceView v, TitleGroup t, HolderPatterns.Proposal p, Support[] how) {
        if (t.org() != null) {
            how[0] = t.orgHow();
            return OrgRef.known(t.org());
        }
        if (p.how() == Support.TITLE_THEN_NAME && p.org() != null && v.entities.canBeOrganization(p.org())) {
            how[0] = Support.ORG_AFTER_NAME;
            return OrgRef.of(p.org());
        }
        // "dirigeait le développement de produits chez Meta", "ran the retail arm of Northgate": the organization
        // after the field a verb of leading governs, in its clause.
        boolean top = t.first() == t.last() && headsOrganization(v.at(t.first()));
        if (p.how() == Support.LEAD_VERB_SUBJECT || top) {
            for (int k = t.last() + 1; k < v.size() && !v.breakBefore(k); k++) {
                Mention m = v.at(k);
                if (top && m.kind() == Mention.Kind.ANAPHOR) {
                    // "führt den Zulieferer Wendlinger Antriebstechnik": the name the kind noun introduces.
                    if (k + 1 < v.size() && v.between(m, v.at(k + 1)).isBlank() && SentenceView.isOrgLike(v.at(k + 1))
                            && v.entities.canBeOrganization(v.at(k + 1))) {
                        how[0] = Support.TITLE_OF_ORG;
                        return OrgRef.of(v.at(k + 1));
                    }
                    OrgRef named = anaphorRef(v, k);
                    if (named != null) {
                        how[0] = Support.TITLE_OF_ORG;
                        return named;
                    }
                }
                if (m.kind() != Mention.Kind.ANAPHOR && SentenceView.isOrgLike(m) && v.entities.canBeOrganization(m)) {
                    how[0] = Support.TITLE_OF_ORG;
                    return OrgRef.of(m);
                }
                // "Sedan 2019 leder Maja Fridell bolaget X": the subject may stand after the verb.
                boolean inverted = top && k <= t.last() + 2 && (SentenceView.isPersonLike(m) || m.kind() == Mention.Kind.ROLE);
                if (m.kind() != Mention.Kind.PRONOUN && m.kind() != Mention.Kind.HANDLE && !inverted) {
                    break;
                }
            }
            if (top) {
                return null; // "leitet die Abteilung": a verb of leading whose object names no organization holds no post
            }
        }
        if (p.how().ordinal() >= Support.VERB_AS.ordinal() && t.verbOrg() != null && v.entities.canBeOrganization(t.verbOrg())) {
            how[0] = Support.ORG_BEFORE_VERB;
            return OrgRef.of(t.verbOrg());
        }
        OrgRef before = orgInClause(v, t.first());
        if (before != null) {
            how[0] = Support.ORG_IN_CLAUSE;
            return before;
        }
        // "The board of Corrin Mills dismissed its chief financial officer": "its" is the organization the
        // sentence named before, across clauses.
        if (possessedBefore(v.text, v.at(t.first()))) {
            OrgRef named = orgInSentence(v, t.first());
            if (named != null) {
                how[0] = Support.ORG_POSSESSIVE;
                return named;
            }
        }
        how[0] = Support.FOCUS_ORG;
        return v.entities.focusOrganization() == null ? null : OrgRef.ofFocus();
    }

    /** Whether a title is a verb of leading alone ("at the helm", "dirige"): the top post of what follows. */
    private boolean headsOrganization(Mention title) {
        String f = lex.fold(title.text());
        return lex.leadVerbs().findAll(f).stream().anyMatch(m -> m.begin() == 0 && m.end() == f.length());
    }

    /** The nearest organization before item {@code from} within its clause (a relative clause still speaks of it). */
    private static OrgRef orgInClause(SentenceView v, int from) {
        for (int k = from - 1; k >= 0; k--) {
            Mention m = v.at(k);
            if (SentenceView.clauseBreak(v.between(m, v.at(k + 1))) && !v.relativeBefore(k + 1)) {
                break;
            }
            if (m.kind() == Mention.Kind.ANAPHOR) {
                OrgRef named = anaphorRef(v, k);
                if (named != null) {
                    return named;
                }
            } else if (namesOrganization(m) && v.entities.canBeOrganization(m)) {
                // "hämtar Anna Berg från Quillan Bank som finanschef": where a hire comes from is not where the post is.
                // "joined Brackenridge from Orlande, where she had been head of research": a relative clause speaks of it.
                boolean origin = k > 0 && v.lex.endsWithOrigin(v.between(v.at(k - 1), m)) && orgInClause(v, k) != null
                        && !SentenceView.clauseBreak(v.text.substring(m.end(), v.at(from).begin()));
                if (!origin) {
                    return OrgRef.of(m);
                }
            }
        }
        return null;
    }

    /** The nearest organization named before item {@code from} in the sentence, whatever the clause. */
    private static OrgRef orgInSentence(SentenceView v, int from) {
        for (int k = from - 1; k >= 0; k--) {
            Mention m = v.at(k);
            if (m.kind() != Mention.Kind.ANAPHOR && SentenceView.isOrgLike(m) && v.entities.canBeOrganization(m)) {
                return OrgRef.of(m);
            }
        }
        return null;
    }

    /** "the company" as the organization named earlier in the sentence, else as itself (the article's or the one it names). */
    private static OrgRef anaphorRef(SentenceView v, int k) {
        for (int q = k - 1; q >= 0; q--) {
            Mention m = v.at(q);
            if (m.kind() != Mention.Kind.ANAPHOR && namesOrganization(m) && v.entities.canBeOrganization(m)) {
                return OrgRef.of(m);
            }
        }
        return v.entities.canBeOrganization(v.at(k)) ? OrgRef.of(v.at(k)) : null;
    }

    /** A gazetteer organization or a name that reads as one. */
    private static boolean namesOrganization(Mention m) {
        return m.kind() == Mention.Kind.ORG || m.kind() == Mention.Kind.NAME && m.hint() == Mention.Hint.ORGANIZATION;
    }

    /** Every other organization the sentence names, and the article's own. */
    private static List<OrgRef> sentenceOrgs(SentenceView v, TitleGroup t) {
        List<OrgRef> out = new ArrayList<>();
        for (int k = 0; k < v.size(); k++) {
            Mention m = v.at(k);
            if (m.kind() != Mention.Kind.ANAPHOR && SentenceView.isOrgLike(m) && v.entities.canBeOrganization(m)
                    && out.stream().noneMatch(o -> o.mention() != null && v.entities.sameEntity(o.mention(), m))) {
                out.add(OrgRef.of(m));
            }
        }
        if (v.entities.focusOrganization() != null) {
            out.add(OrgRef.ofFocus());
        }
        return out;
    }

    /**
     * Who an event befalls: the person today's rules read in the trigger's slot and, for a scorer that
     * weighs them, every other person of the sentence, or the person the text spoke of last.
     */
    private List<EventCandidate> eventCandidates(SentenceView v, int t, PersonRef ruleWho, boolean possessed) {
        List<EventCandidate> out = new ArrayList<>();
        Mention trig = v.at(t);
        if (ruleWho != null) {
            Support how = possessed ? Support.SUCCESSOR_AFTER_NOUN
                    : ruleWho.mention() == null ? Support.DISCOURSE_PERSON
                    : ruleWho.mention().begin() < trig.begin() ? Support.SUBJECT_BEFORE_TRIGGER : Support.OBJECT_AFTER_TRIGGER;
            java.util.EnumSet<Support> s = java.util.EnumSet.of(how);
            out.add(new EventCandidate(t, ruleWho, s, true, wide ? CandidateFeatures.event(v, t, ruleWho, s, true) : List.of()));
        }
        if (!wide) {
            return out;
        }
        boolean anyone = false;
        for (int k = 0; k < v.size(); k++) {
            Mention m = v.at(k);
            if (k != t && SentenceView.isPersonLike(m) && v.entities.canBePerson(m) && !v.entities.isGenitive(m)) {
                anyone = true;
                PersonRef r = PersonRef.of(m);
                if (ruleWho == null || !samePerson(v, r, ruleWho)) {
                    java.util.EnumSet<Support> s = java.util.EnumSet.of(Support.SENTENCE_PERSON);
                    out.add(new EventCandidate(t, r, s, false, CandidateFeatures.event(v, t, r, s, false)));
                }
            }
        }
        if (!anyone && v.lastPerson != null && (ruleWho == null || !v.lastPerson.equals(ruleWho.key()))) {
            java.util.EnumSet<Support> s = java.util.EnumSet.of(Support.DISCOURSE_PERSON);
            PersonRef r = PersonRef.known(v.lastPerson);
            out.add(new EventCandidate(t, r, s, false, CandidateFeatures.event(v, t, r, s, false)));
        }
        return out;
    }

    /** The best candidate by the scorer, if it reaches the threshold; the earlier of equals. */
    private <C extends Candidate> C choose(List<C> candidates) {
        C best = null;
        double bestScore = -1;
        for (C c : candidates) {
            double s = scorer.score(c);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best != null && bestScore >= scorer.threshold() ? best : null;
    }

    /**
     * "nemen de adjunct-hoofdredacteuren zijn taken over: Fatima El Amrani en Marloes Brink": the
     * people listed after a colon that follows a title all hold it.
     */
    private void colonList(List<Mention> items, int role, ArticleEntities entities, String text, Evidence evidence,
                           List<Holding> out) {
        int k = role + 1;
        if (k >= items.size() || !isPersonLike(items.get(k))) {
            return;
        }
        String before = text.substring(items.get(role).end(), items.get(k).begin());
        if (before.indexOf(':') < 0 || before.length() > 60 || clauseBreak(before.replace(":", " ").replace(",", " "))) {
            return;
        }
        String org = orgBefore(items, role, entities, text);
        Role r = items.get(role).roles().isEmpty() ? null : items.get(role).roles().get(0);
        if (org == null || r == null) {
            return;
        }
        for (; k < items.size() && isPersonLike(items.get(k)); k++) {
            String p = entities.asPerson(items.get(k));
            if (p != null && out.stream().noneMatch(h -> h.personKey().equals(p) && h.role().equals(r))) {
                out.add(new Holding(p, org, r, null, null, evidence));
            }
            if (k + 1 < items.size()) {
                String gap = text.substring(items.get(k).end(), items.get(k + 1).begin());
                List<Glue> g = lex.gap(lex.fold(gap.replace(",", " ").strip()));
                if (!gap.strip().equals(",") && (g == null || !g.contains(Glue.CONJ))) {
                    break;
                }
            }
        }
    }

    /** Whether the gap before item {@code k} holds a relative pronoun ("who", "qui", "che"). */
    private boolean relativeBefore(String text, List<Mention> items, int k) {
        if (k <= 0 || k >= items.size()) {
            return false;
        }
        String raw = text.substring(items.get(k - 1).end(), items.get(k).begin());
        for (String w : raw.split("[\\s,]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                List<Glue> g = lex.gap(lex.fold(w));
                if (g != null && g.equals(List.of(Glue.APPOS))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The glue kinds of the first word of a text ("ist" → copula, "de" → of), or null when it is no glue word. */
    private List<Glue> firstWordGlue(String text) {
        String f = lex.fold(text).strip();
        int sp = 0;
        while (sp < f.length() && Character.isLetter(f.charAt(sp))) {
            sp++;
        }
        return sp == 0 ? null : lex.gap(f.substring(0, sp));
    }

    /** The index of the first item of the clause item {@code k} stands in. */
    private static int clauseStart(List<Mention> items, int k, String text) {
        int q = k;
        while (q > 0 && !clauseBreak(text.substring(items.get(q - 1).end(), items.get(q).begin()))) {
            q--;
        }
        return q;
    }

    /**
     * "Sara Kim, who co-founded Nimbus Labs, is returning to the company": "the company" is the
     * organization named earlier in the same sentence, else the one the article is about.
     */
    private static String anaphorOrg(List<Mention> items, int k, ArticleEntities entities) {
        for (int q = k - 1; q >= 0; q--) {
            Mention m = items.get(q);
            if (m.kind() == Mention.Kind.ORG || m.kind() == Mention.Kind.NAME && m.hint() == Mention.Hint.ORGANIZATION) {
                String o = entities.asOrganization(m);
                if (o != null) {
                    return o;
                }
            }
        }
        return entities.asOrganization(items.get(k));
    }

    /** The nearest organization before {@code from} within its clause, else the article's own. */
    private String orgBefore(List<Mention> items, int from, ArticleEntities entities, String text) {
        for (int k = from - 1; k >= 0; k--) {
            Mention m = items.get(k);
            // "vom Wettbewerber Stellmann Getriebe, wo sie … Technikvorständin ist": a relative clause
            // ("wo", "where", "où") still speaks of the organization before its comma.
            if (clauseBreak(text.substring(m.end(), items.get(k + 1).begin())) && !relativeBefore(text, items, k + 1)) {
                break;
            }
            if (m.kind() == Mention.Kind.ORG || m.kind() == Mention.Kind.ANAPHOR
                    || (m.kind() == Mention.Kind.NAME && m.hint() == Mention.Hint.ORGANIZATION)) {
                String o = m.kind() == Mention.Kind.ANAPHOR ? anaphorOrg(items, k, entities) : entities.asOrganization(m);
                if (o != null) {
                    return o;
                }
            }
        }
        return entities.focusOrganization();
    }

    /** How far into its sentence a verb with no written subject may stand: an opening adverb or two. */
    private static final int OPENING_WORDS = 24;

    private Event event(SentenceView view, List<Mention> items, int t, ArticleEntities entities, String text, Evidence evidence,
                        String sentenceFolded, List<TimeMention> times, List<Holding> sentenceHoldings, LocalDate anchor,
                        String lastPerson, List<Succession> successions,
                        TimeMention topic, List<Event> coEvents) {
        Mention trig = items.get(t);
        Trigger trigger = trig.trigger();
        int tb = trig.begin() - evidence.begin();
        if (lex.negated(sentenceFolded, tb, tb + trig.text().length())) {
            return null; // "did not resign", "varken avskedad", "并未离职"
        }
        // Dismissals and appointments are mostly told actively ("the board fired X"): look after first.
        boolean objectFirst = trigger.type() == EventType.DISMISSAL || trigger.type() == EventType.APPOINTMENT;
        // "这家成立逾40年的公司", "成立於1990年": founded some time ago, by nobody the sentence names.
        if (trigger.type() == EventType.FOUNDING && lex.language().isCjk() && countedAfter(text, trig)) {
            return null;
        }
        // "his successor", "seiner Nachfolgerin": a possessed trigger noun is someone else, named after it if at all.
        // "後任には、…氏が就任した": in Chinese and Japanese, a successor noun opening the sentence is the successor
        // of the person the text spoke of last.
        boolean opening = lex.language().isCjk() && t == 0 && trig.begin() - evidence.begin() <= 2;
        boolean possessed = trigger.relational() && (possessedBefore(text, trig) || opening);
        Trigger.Slot slot = possessed ? Trigger.Slot.AFTER : trigger.slot();
        PersonRef ruleWho = switch (slot) {
            case BEFORE -> personNear(items, t, -1, entities, lastPerson, text);
            case AFTER -> personNear(items, t, +1, entities, lastPerson, text);
            case EITHER -> {
                PersonRef p = personNear(items, t, objectFirst ? +1 : -1, entities, lastPerson, text);
                yield p != null ? p : personNear(items, t, objectFirst ? -1 : +1, entities, lastPerson, text);
            }
        };
        if (ruleWho == null && slot == Trigger.Slot.BEFORE && trigger.type() == EventType.APPOINTMENT && !possessed && t == 0
                && lastPerson != null && tb <= OPENING_WORDS && !lex.language().isCjk() && t + 1 < items.size()
                && isPersonLike(items.get(t + 1)) && !lastPerson.equals(entities.asPerson(items.get(t + 1)))) {
            // "Sustituye a Tomás Aguado", "Prende il posto di Marco Ferri": a verb of succeeding opening its sentence
            // with no subject written has the one the text spoke of last.
            ruleWho = PersonRef.known(lastPerson);
        }
        if (ruleWho == null && slot != Trigger.Slot.AFTER && !lex.language().isCjk() && view.clauseStart(t) == t
                && t + 1 < items.size() && isPersonLike(items.get(t + 1)) && entities.canBePerson(items.get(t + 1))
                && text.substring(trig.end(), items.get(t + 1).begin()).isBlank()) {
            // "1974 gründete Otto Brenner die …", "Dimite Ana Ruiz": nobody before the verb, its subject right after it.
            ruleWho = PersonRef.of(items.get(t + 1));
        }
        if (ruleWho == null && possessed && opening) {
            // "後任には、副社長の田中健氏が就任した": the successor is named after the comma.
            ruleWho = items.stream().skip(t + 1).filter(m -> isPersonLike(m) && entities.isPerson(m) && !entities.isGenitive(m))
                    .map(PersonRef::of).findFirst().orElse(null);
        }
        List<EventCandidate> candidates = eventCandidates(view, t, ruleWho, possessed);
        EventCandidate chosen = choose(candidates);
        if (sink != CandidateSink.NONE) {
            int decision = decisions++;
            Role named = roleIn(trig);
            for (EventCandidate c : candidates) {
                sink.offer(new CandidateRecord(decision, entities.namesOf(c.person()), java.util.Set.of(),
                        named == null ? List.of() : List.of(named.label()), trigger.type(), c.features(), c.ruleChoice()));
            }
        }
        String chosenPerson = chosen == null ? null : chosen.person().commit(entities);
        if (chosenPerson == null) {
            return null;
        }
        // "Anna Berg hat gemeinsam mit dem Chemiker Tom Hale … gegründet": who is named "with" is a co-agent; the
        // subject stands before.
        String withWhom = sharesEvent(trigger.type()) ? withCoAgentBefore(items, t, chosenPerson, entities, text) : null;
        String person = withWhom == null ? chosenPerson : subjectBeforeWith(items, t, chosenPerson, entities, text);
        String org = null;
        Role role = null;
        Role appointeeTitle = null;
        // "Haar opvolger is Sanne Kuipers": the possessor is the one succeeded.
        String replaced = possessed && lastPerson != null && !lastPerson.equals(person) ? lastPerson : null;
        if (trigger.passive()) {
            PersonRef beforeRef = personNear(items, t, -1, entities, lastPerson, text);
            String before = beforeRef == null ? null : beforeRef.commit(entities);
            replaced = before != null && !before.equals(person) ? before : null;
        }
        List<String> coAgents = new ArrayList<>();
        if (withWhom != null && !withWhom.equals(person)) {
            coAgents.add(withWhom);
        }
        if (trigger.type() == EventType.FOUNDING) {
            coAgents.addAll(coordinatedBefore(items, t, person, entities, text));
        }
        // The object of the trigger: within its clause, before any other person or trigger.
        for (int k = t + 1; k < items.size() && k <= t + 5; k++) {
            Mention m = items.get(k);
            String raw = text.substring(items.get(k - 1).end(), m.begin());
            if (m.kind() == Mention.Kind.TRIGGER || clauseBreak(raw)) {
                // "named its finance chief, Fiona Achterberg, as chief executive": the title after the aside.
                List<Glue> g = m.kind() == Mention.Kind.ROLE && role == null ? lex.gap(lex.fold(raw.replace(",", " ").strip())) : null;
                if (g != null && g.contains(Glue.AS) && person.equals(entities.asPerson(items.get(k - 1)))) {
                    role = m.roles().get(0);
                }
                break;
            }
            if (isPersonLike(m) && entities.isPerson(m)) {
                String other = entities.asPerson(m);
                if (person.equals(other)) {
                    continue; // "named Priya Raman as chief executive": the title comes after the person
                }
                if (sharesEvent(trigger.type()) && withBefore(text, items, k)) {
                    coAgents.add(other); // "gründete sie gemeinsam mit dem Ingenieur Jakob Veith die Photalis GmbH"
                    continue;
                }
                // "fondata da Stefano Morandini e Federica Lanza": founders named together after the verb.
                if (trigger.type() == EventType.FOUNDING && slot == Trigger.Slot.AFTER && k > 0
                        && person.equals(entities.asPerson(items.get(k - 1)))) {
                    List<Glue> g = lex.gap(lex.fold(text.substring(items.get(k - 1).end(), m.begin()).strip()));
                    if (g != null && g.contains(Glue.CONJ)) {
                        coAgents.add(other);
                        continue;
                    }
                }
                if (trigger.type() == EventType.APPOINTMENT && items.get(t).begin() > 0) {
                    replaced = other; // "She replaces Daniel Okafor", "succède à X"
                }
                break;
            }
            if (org == null && isOrgLike(m) && m.kind() == Mention.Kind.NAME && k + 1 < items.size()
                    && possessor(text, m, items.get(k + 1))) {
                continue; // "加入林伟的新研究公司Quantelis": Lin Wei's company is joined, not Lin Wei
            }
            if (org == null && isOrgLike(m) && (trigger.type() == EventType.APPOINTMENT || trigger.type() == EventType.JOINING)
                    && k > t + 1 && lex.endsWithOrigin(raw) && t > 0 && isOrgLike(items.get(t - 1))) {
                // "Corby Bank hired Anna Berg from Quillan Bank": where the hire comes from; the one hiring is the subject.
                org = orgBefore(items, t, entities, text);
                continue;
            }
            if (org == null && isOrgLike(m)) {
                // "the start-up Ferrowell Labs", "研究公司Quantelis": a generic noun names the organization after it.
                Mention named = m.kind() == Mention.Kind.ANAPHOR && k + 1 < items.size() && isOrgLike(items.get(k + 1))
                        && items.get(k + 1).kind() != Mention.Kind.ANAPHOR
                        && text.substring(m.end(), items.get(k + 1).begin()).strip().isEmpty() ? items.get(k + 1) : m;
                org = named.kind() == Mention.Kind.ANAPHOR ? anaphorOrg(items, k, entities) : entities.asOrganization(named);
            } else if (role == null && m.kind() == Mention.Kind.ROLE && withoutInterimWords(raw).strip().length() <= 16) {
                List<Glue> g = lex.gap(lex.fold(raw));
                boolean titlesNext = k + 1 < items.size() && isPersonLike(items.get(k + 1))
                        && text.substring(m.end(), items.get(k + 1).begin()).strip().length() <= 1;
                // "as CEO", "ta över som Volvos finanschef", "擔任CEO": a title after the trigger,
                // unless it is the title of the next person ("replaces co-founder Daniel Okafor").
                if (g != null && g.contains(Glue.AS) || !titlesNext) {
                    role = m.roles().get(0);
                } else if (person.equals(entities.asPerson(items.get(k + 1)))) {
                    // "ha nominato nuova direttrice finanziaria Roberta Zanetti": the appointee's title is the one
                    // taken, unless one follows with "as" ("named deputy editor X as editor-in-chief").
                    appointeeTitle = m.roles().get(0);
                }
            }
        }
        if (role == null && appointeeTitle != null && trigger.type() == EventType.APPOINTMENT) {
            role = appointeeTitle;
        }
        // "neue Präsidentin", "new chief executive": a trigger that names the title itself.
        if (role == null) {
            role = roleIn(trig);
        }
        // "後任の研究部長には、…氏が就いた": the post marked with に before the verb is the one taken.
        if (role == null && lex.language() == Language.JA) {
            for (int k = t - 1; k >= 0 && role == null; k--) {
                Mention m = items.get(k);
                if (m.kind() == Mention.Kind.ROLE && text.startsWith("\u306B", m.end())) {
                    role = m.roles().get(0);
                }
            }
        }
        // Japanese puts the title before the verb: "社長に昇格", "会長に就く".
        if (role == null && lex.language() == Language.JA && t > 0
                && items.get(t - 1).kind() == Mention.Kind.ROLE
                && trig.begin() - items.get(t - 1).end() <= 2) {
            role = items.get(t - 1).roles().get(0);
        }
        EventType type = trigger.type();
        boolean starts = type == EventType.APPOINTMENT || type == EventType.JOINING || type == EventType.FOUNDING;
        // "X, rédactrice en chef du quotidien, a été limogée par le Groupe Mésange": one leaves the post one
        // holds, whoever acts; the organization named after the trigger is then the agent.
        String heldAt = null;
        for (Holding h : sentenceHoldings) {
            if (h.personKey().equals(person) && !Roles.isLifelong(h.role())) {
                heldAt = heldAt == null || h.orgKey().equals(org) ? h.orgKey() : heldAt;
            }
        }
        if (!starts && type != EventType.LEAVE_OF_ABSENCE && heldAt != null && org != null && !org.equals(heldAt)) {
            org = heldAt;
        }
        for (Holding h : sentenceHoldings) {
            if (h.personKey().equals(person)) {
                if (org == null && type != EventType.FOUNDING) {
                    org = h.orgKey();
                }
                // A departure concerns the title the person held; an appointment names its own.
                if (role == null && !starts && h.orgKey().equals(org) && !Roles.isLifelong(h.role())) {
                    role = h.role();
                }
            }
        }
        // "La società era stata fondata nel 2019 da X e Y": founded by people named after it, the company before.
        if (org == null && type == EventType.FOUNDING && slot == Trigger.Slot.AFTER) {
            org = orgBefore(items, t, entities, text);
        }
        if (org == null && type == EventType.FOUNDING && t > 1 && isOrgLike(items.get(t - 1))
                && items.get(t - 1).kind() != Mention.Kind.ANAPHOR && text.substring(items.get(t - 1).end(), trig.begin()).isBlank()
                && objectBefore(items, t - 1, text)
                && items.subList(0, t - 1).stream().anyMatch(m -> isPersonLike(m) && person.equals(entities.asPerson(m)))) {
            // "Anna Berg hat 2019 die Corby Labs GmbH gegründet": the verb last, its object right before it.
            org = entities.asOrganization(items.get(t - 1));
        }
        if (org == null && (type == EventType.FOUNDING || type == EventType.JOINING)) {
            return null; // founding or joining what? Only an organization named with the trigger will do.
        }
        if (org == null) {
            org = orgBefore(items, t, entities, text);
        }
        if (org == null) {
            return null;
        }
        TimeValue date = null;
        TimeValue end = null;
        Derivation derivation = null;
        TimeMention nearest = null;
        TimeMention until = null;
        int tPos = trig.begin() - evidence.begin();
        for (TimeMention tm : times) {
            if (tm.relation() == TimeMention.Relation.UNTIL) {
                end = tm.value();
                until = tm;
            } else if (tm.relation() == TimeMention.Relation.RANGE && type != EventType.LEAVE_OF_ABSENCE) {
                continue; // "2014年から2020年まで…を務めた": a span is a tenure, not the moment of a change
            } else if (!sinceOfSomethingElse(tm, type, tPos, items, t, evidence, role)
                    && !inOtherRelativeClause(evidence.text(), tm, tPos) && !beyondUntil(tm, tPos, times)
                    && (nearest == null || distance(tm, tPos) < distance(nearest, tPos))) {
                nearest = tm; // "seit 2014 führt und Ende März in den Ruhestand geht": the time by the verb
            }
        }
        // "ha nominato ieri … amministratrice delegata a partire dal 1° gennaio": the appointment takes effect
        // then; not "nombró presidenta a Rosa Ibarra, vocal de la junta desde 2021", where another title owns it.
        if (type == EventType.APPOINTMENT) {
            for (TimeMention tm : times) {
                if (tm.relation() == TimeMention.Relation.SINCE && tm.begin() >= tPos && !wrapsOtherTrigger(tm, items, t, evidence)
                        && !inOtherRelativeClause(evidence.text(), tm, tPos) && !beyondUntil(tm, tPos, times)
                        && java.util.Objects.equals(titleBefore(items, tm.begin() + evidence.begin()), role)) {
                    nearest = tm;
                    break;
                }
            }
        }
        if (nearest == null && end != null && type.endsPost()) {
            date = end; // "werkte tot 2022 … en vertrok toen": worked until 2022, then left
            derivation = until.derivation();
        } else if (nearest != null) {
            date = nearest.value();
            derivation = nearest.derivation();
        } else if (topic != null && topic.relation() == TimeMention.Relation.AT) {
            date = topic.value();
            derivation = Derivation.CONTEXT;
        } else if (anchor != null) {
            date = new TimeValue(anchor, Precision.DAY);
            derivation = Derivation.PUBLICATION; // marked inferred with the article's other dates, if it was
        }
        if (trigger.type() != EventType.LEAVE_OF_ABSENCE) {
            end = null;
        }
        // "è stata nominata ad interim", "übernimmt interimistisch den Vorstandsvorsitz": appointed for the time being.
        if (type == EventType.APPOINTMENT && role != null && interimNear(items, trig, evidence, sentenceFolded)) {
            role = composer.interim(role);
        }
        if (replaced != null) {
            // "X, who has been finance director at insurer Y since 2019, succeeds Z": the post X held at Y is
            // not the one X takes over; that is the article's organization's.
            String held = org;
            if (type == EventType.APPOINTMENT && entities.focusOrganization() != null && !entities.focusOrganization().equals(org)
                    && sentenceHoldings.stream().anyMatch(h -> h.personKey().equals(person) && h.orgKey().equals(held))) {
                org = entities.focusOrganization();
            }
            successions.add(new Succession(person, replaced, org, date, evidence));
        }
        for (String co : coAgents) {
            coEvents.add(new Event(trigger.type(), co, org, role, date, end, derivation, evidence));
        }
        return new Event(trigger.type(), person, org, role, date, end, derivation, evidence);
    }

    /**
     * Whether an event begins a state a since-phrase can date ("seit 2017 bei X", "先月から休職"): for
     * a departure or dismissal a since-phrase tells of the state that ended, unless it wraps the
     * trigger itself ("depuis son départ en 2019").
     */
    private static boolean startsState(EventType type) {
        return type == EventType.APPOINTMENT || type == EventType.JOINING || type == EventType.FOUNDING
                || type == EventType.LEAVE_OF_ABSENCE;
    }

    /**
     * Whether a since-phrase tells of something other than the event: the state a departure ends, a
     * state around another trigger, or another title's tenure.
     */
    private static boolean sinceOfSomethingElse(TimeMention tm, EventType type, int tPos, List<Mention> items, int t,
                                                 Evidence evidence, Role role) {
        return tm.relation() == TimeMention.Relation.SINCE && (!startsState(type) && !wraps(tm, tPos)
                || wrapsOtherTrigger(tm, items, t, evidence) || ownedByOtherTitle(items, tm, evidence, role));
    }

    /** "son congé durera … depuis la fondation de Valmont il y a neuf ans": the phrase dates the founding. */
    private static boolean wrapsOtherTrigger(TimeMention tm, List<Mention> items, int t, Evidence evidence) {
        for (int k = 0; k < items.size(); k++) {
            if (k != t && items.get(k).kind() == Mention.Kind.TRIGGER && wraps(tm, items.get(k).begin() - evidence.begin())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "son congé durera jusqu'à la fin de l'année et … il y a neuf ans": after the trigger, an
     * until-phrase closes what the sentence says of the event; a time beyond it tells of something else.
     */
    private static boolean beyondUntil(TimeMention tm, int tPos, List<TimeMention> times) {
        return tm.begin() >= tPos && times.stream().anyMatch(u -> u.relation() == TimeMention.Relation.UNTIL
                && u.begin() >= tPos && u.end() <= tm.begin());
    }

    /** "directora financiera del banco desde 2017, asumirá el cargo": a since-phrase right after another title dates that one. */
    private static boolean ownedByOtherTitle(List<Mention> items, TimeMention tm, Evidence evidence, Role role) {
        Role before = titleBefore(items, tm.begin() + evidence.begin());
        return before != null && !before.equals(role);
    }

    /** Whether a title other than items {@code first..last} stands between them and a text offset. */
    private static boolean otherTitleBetween(List<Mention> items, int first, int last, int offset) {
        int from = Math.min(offset, items.get(first).begin());
        int to = Math.max(offset, items.get(last).end());
        for (int k = 0; k < items.size(); k++) {
            Mention m = items.get(k);
            if ((k < first || k > last) && m.kind() == Mention.Kind.ROLE && m.begin() >= from && m.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word saying "for the time being" stands next to a mention, in its clause, with no other
     * mention between: "nominata ad interim", "de forma interina como consejera delegada", "代理執行長".
     */
    private boolean interimNear(List<Mention> items, Mention m, Evidence evidence, String folded) {
        int begin = m.begin() - evidence.begin();
        int end = m.end() - evidence.begin();
        for (PhraseMatcher.Match<Boolean> w : lex.interimWords(folded)) {
            int from = w.end() <= begin ? w.end() : end;
            int to = w.end() <= begin ? begin : w.begin();
            if (to < from || to - from > 30
                    || folded.substring(from, to).chars().anyMatch(c -> ",;.:\u2013\u2014\uFF0C\u3002\uFF1B".indexOf(c) >= 0)) {
                continue;
            }
            int a = evidence.begin() + from;
            int b = evidence.begin() + to;
            if (items.stream().noneMatch(o -> o != m && o.begin() >= a && o.end() <= b)) {
                return true;
            }
        }
        return false;
    }

    /** A gap without its "for the time being" words: "übernimmt interimistisch den Vorstandsvorsitz". */
    private String withoutInterimWords(String raw) {
        StringBuilder b = new StringBuilder(raw);
        List<PhraseMatcher.Match<Boolean>> words = lex.interimWords(lex.fold(raw));
        for (int i = words.size() - 1; i >= 0; i--) {
            b.delete(words.get(i).begin(), words.get(i).end());
        }
        return b.toString();
    }

    /** The title of the last title mention before an offset of the text, or null. */
    private static Role titleBefore(List<Mention> items, int offset) {
        Role r = null;
        for (Mention m : items) {
            if (m.begin() >= offset) {
                break;
            }
            if (m.kind() == Mention.Kind.ROLE && !m.roles().isEmpty()) {
                r = m.roles().get(0);
            }
        }
        return r;
    }

    /** Whether a time mention's span (offsets in the sentence) contains the position. */
    private static boolean wraps(TimeMention tm, int pos) {
        return tm.begin() <= pos && pos < tm.end();
    }

    /** Whether the nearest mention before a trigger, in its clause, is a plural pronoun ("they", "ils", "他们"). */
    private boolean pluralSubject(List<Mention> items, int t) {
        for (int k = t - 1; k >= 0; k--) {
            Mention m = items.get(k);
            if (m.kind() == Mention.Kind.PRONOUN) {
                return lex.isPluralPronoun(lex.fold(m.text()));
            }
            if (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.TRIGGER) {
                return false;
            }
        }
        return false;
    }

    /** Events one does together with others: founding, joining, leaving. */
    /**
     * "Clémence Aubry et Rachid Benhamou, ont fondé", "Anna Berg and Tom Hale founded": the people joined by "and"
     * to the subject just before the verb share what it tells.
     */
    private List<String> coordinatedBefore(List<Mention> items, int t, String person, ArticleEntities entities, String text) {
        int last = t - 1;
        while (last >= 0 && (items.get(last).kind() == Mention.Kind.ROLE || items.get(last).kind() == Mention.Kind.ANAPHOR)) {
            last--;
        }
        if (last < 0 || !isPersonLike(items.get(last)) || !entities.isPerson(items.get(last))) {
            return List.of();
        }
        // The run of people joined by commas and "and" that ends right before the verb.
        List<String> run = new ArrayList<>(List.of(entities.asPerson(items.get(last))));
        boolean joined = false;
        for (int q = last - 1; q >= 0; q--) {
            Mention m = items.get(q);
            List<Glue> g = lex.gap(lex.fold(text.substring(m.end(), items.get(q + 1).begin()).strip()));
            if (g == null || g.isEmpty() || !g.stream().allMatch(x -> x == Glue.CONJ || x == Glue.APPOS)
                    || !isPersonLike(m) || !entities.isPerson(m)) {
                break;
            }
            joined |= g.contains(Glue.CONJ);
            run.add(entities.asPerson(m));
        }
        if (!joined || !run.contains(person)) {
            return List.of();
        }
        return run.stream().filter(p -> p != null && !p.equals(person)).distinct().toList();
    }

    /** "hat 2019 die Corby Labs GmbH gegründet": an article (or nothing) right before a name, as before an object. */
    private boolean objectBefore(List<Mention> items, int k, String text) {
        String[] before = text.substring(items.get(k - 1).end(), items.get(k).begin()).strip().split("\\s+");
        String last = before[before.length - 1];
        if (last.isEmpty()) {
            return true;
        }
        List<Glue> g = lex.gap(lex.fold(last));
        return g != null && g.equals(List.of(Glue.DET));
    }

    /** The person a "with" phrase names right before the verb, when that is who the rules chose; else null. */
    private String withCoAgentBefore(List<Mention> items, int t, String person, ArticleEntities entities, String text) {
        for (int k = t - 1; k > 0; k--) {
            Mention m = items.get(k);
            if (isPersonLike(m) && entities.isPerson(m)) {
                return person.equals(entities.asPerson(m)) && withBefore(text, items, k)
                        && subjectBeforeWith(items, t, person, entities, text) != null ? person : null;
            }
        }
        return null;
    }

    /** The first person of the clause before the one named "with", or null. */
    private String subjectBeforeWith(List<Mention> items, int t, String with, ArticleEntities entities, String text) {
        String found = null;
        for (int k = t - 1; k >= 0; k--) {
            Mention m = items.get(k);
            boolean person = isPersonLike(m) && entities.isPerson(m) && !entities.isGenitive(m) && !with.equals(entities.asPerson(m));
            String gap = k + 1 < items.size() && k + 1 <= t ? text.substring(m.end(), items.get(k + 1).begin()) : "";
            // "…, Anna Berg, hat gemeinsam mit …": the comma that closes an apposition keeps its person in the clause.
            if (clauseBreak(gap) && !(person && gap.strip().startsWith(",") && !clauseBreak(gap.strip().substring(1)))) {
                break;
            }
            if (person) {
                found = entities.asPerson(m);
            }
        }
        return found;
    }

    private static boolean sharesEvent(EventType type) {
        return type == EventType.FOUNDING || type == EventType.JOINING || type == EventType.DEPARTURE;
    }

    /** Whether "with" ("gemeinsam mit", "avec") comes right before item {@code k}, or before the title in front of it. */
    private boolean withBefore(String text, List<Mention> items, int k) {
        int q = k;
        if (items.get(q - 1).kind() == Mention.Kind.ROLE && q - 2 >= 0) {
            q--; // "with the engineer Jakob Veith"
        }
        String raw = text.substring(items.get(q - 1).end(), items.get(q).begin());
        if (raw.strip().length() > 60) {
            return false;
        }
        String f = lex.fold(raw).strip();
        // The last one to three words of the gap, which may follow other words ("sie gemeinsam mit dem").
        String[] w = f.replace(",", " ").strip().split("\\s+");
        // "mit seiner Frau Ilse", "with his brother, Tom": one noun may stand between "with" and the name.
        for (int drop = 0; drop <= 1 && w.length - drop >= 1; drop++) {
            for (int n = Math.min(4, w.length - drop); n >= 1; n--) {
                List<Glue> g = lex.gap(String.join(" ", java.util.Arrays.copyOfRange(w, w.length - drop - n, w.length - drop)));
                if (g != null && g.contains(Glue.WITH) && (drop == 0 || g.stream().allMatch(x -> x == Glue.WITH || x == Glue.DET))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a number follows a mention within two characters: "成立逾40年", "成立于2015年". */
    private static boolean countedAfter(String text, Mention m) {
        for (int i = m.end(); i < Math.min(text.length(), m.end() + 3); i++) {
            if (Character.isDigit(text.charAt(i)) || "一二三四五六七八九十百".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word right before a mention is a possessive ("his", "seiner", "sa"). */
    private boolean possessedBefore(String text, Mention m) {
        int e = m.begin();
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b == e || e == m.begin()) {
            return false;
        }
        String w = lex.fold(text.substring(b, e));
        return lex.isDeterminer(w) && lex.isPronoun(w);
    }

    /** Whether a title names a trade ("researcher", "engineer") rather than a post. */
    boolean isProfession(Role r) {
        return professions.contains(headWord(r.label()));
    }

    /** The title a mention names: a title, or a trigger with a title in it ("neuer CEO"); null if none. */
    Role roleIn(Mention m) {
        if (m.kind() == Mention.Kind.ROLE) {
            return m.roles().isEmpty() ? null : m.roles().get(0);
        }
        if (m.kind() == Mention.Kind.TRIGGER) {
            if (m.trigger().role() != null) {
                return m.trigger().role();
            }
            for (PhraseMatcher.Match<Role> r : lex.roles().findAll(lex.fold(m.text()))) {
                return r.values().get(0);
            }
        }
        return null;
    }

    private static int distance(TimeMention tm, int pos) {
        return tm.end() <= pos ? pos - tm.end() : Math.max(0, tm.begin() - pos);
    }

    /** Whether the mentions from {@code from} (inclusive) to {@code to} (exclusive) are all titles. */
    private static boolean titlesOnly(List<Mention> items, int from, int to) {
        for (int q = from; q < to; q++) {
            if (items.get(q).kind() != Mention.Kind.ROLE) {
                return false;
            }
        }
        return true;
    }

    private PersonRef personNear(List<Mention> items, int t, int dir, ArticleEntities entities, String lastPerson,
                              String text) {
        if (dir < 0 && t > 0 && isPersonLike(items.get(t - 1)) && entities.isPerson(items.get(t - 1))) {
            // "hours after Osei's dismissal": the possessor of an event noun is the one it befalls.
            String gap = text.substring(items.get(t - 1).end(), items.get(t).begin());
            if (gap.equals("'s ") || gap.equals("\u2019s ")) {
                return PersonRef.of(items.get(t - 1));
            }
        }
        if (dir < 0) {
            // "Fernando Ugarte, consejero delegado, que a su vez reemplazará…": a relative clause's subject
            // is the person it hangs on, nearest before the relative pronoun.
            int rel = relativeClauseStart(text, items.get(t).begin());
            if (rel >= 0) {
                for (int k = t - 1; k >= 0; k--) {
                    Mention m = items.get(k);
                    if (m.end() <= rel && isPersonLike(m) && entities.isPerson(m) && !entities.isGenitive(m)) {
                        return PersonRef.of(m);
                    }
                }
            }
            Mention subject = appositiveSubject(items, t, entities, text);
            if (subject != null) {
                return PersonRef.of(subject);
            }
        }
        for (int k = t + dir; k >= 0 && k < items.size(); k += dir) {
            Mention m = items.get(k);
            // The object of a trigger stands in its clause, but for an aside naming it: "a limogé, hier, Marc
            // Dubois", "a évincé son PDG, Marc Dubois".
            boolean aside = isPersonLike(m) && (k == t + 1 || k > t + 1 && k <= t + 3 && titlesOnly(items, t + 1, k)
                    && text.substring(items.get(k - 1).end(), m.begin()).strip().length() <= 1);
            if (dir > 0 && clauseBreak(text.substring(items.get(k - 1).end(), m.begin())) && !aside) {
                return null;
            }
            if (m.kind() == Mention.Kind.TRIGGER) {
                continue; // coordinated verbs share their subject: "fait ses adieux et rejoint"
            }
            if (m.kind() == Mention.Kind.PRONOUN) {
                // "X told Sam he would be fired", "Anna Berg said she would step down": the nearest
                // person before the pronoun in its sentence, else the last one before the sentence.
                for (int q = k - 1; q >= 0; q--) {
                    Mention a = items.get(q);
                    if (isPersonLike(a) && entities.isPerson(a) && !entities.isGenitive(a)) {
                        return PersonRef.of(a);
                    }
                }
                return PersonRef.known(lastPerson);
            }
            if (isPersonLike(m) && !entities.isGenitive(m) && entities.canBePerson(m)) {
                return PersonRef.of(m);
            }
        }
        return null;
    }

    /** Longer than any run of connecting words and punctuation that opens a clause. */
    private static final int MAX_LEAD = 400;

    /**
     * Where the relative clause a position stands in begins, when the clause opens with a relative
     * pronoun after a comma ("…, que a su vez reemplazará", "…, who will succeed"); else -1.
     */
    private int relativeClauseStart(String text, int pos) {
        int comma = Math.max(text.lastIndexOf(',', pos - 1), text.lastIndexOf('\uFF0C', pos - 1));
        if (comma < 0 || text.substring(comma, pos).chars().anyMatch(c -> c == ';' || c == '.')) {
            return -1;
        }
        List<Glue> g = firstWordGlue(text.substring(comma + 1, pos));
        return g != null && g.equals(List.of(Glue.APPOS)) ? comma : -1;
    }

    /**
     * "X, a senior engineer who worked with Y, resigned on Tuesday": when the trigger's clause
     * opens with a person set off by a comma, that person is the subject, whoever the apposition names.
     */
    private Mention appositiveSubject(List<Mention> items, int t, ArticleEntities entities, String text) {
        int trigBegin = items.get(t).begin();
        // A clause opening is a few words: look back no further than MAX_LEAD before the sentence's
        // first mention. Searching and folding back to the paragraph's start for every trigger is
        // quadratic in a long paragraph (a one-line article, a CJK text without line breaks).
        int floor = Math.max(0, items.get(0).begin() - MAX_LEAD - 1);
        int clauseStart = floor - 1;
        for (int i = Math.min(trigBegin, text.length() - 1); i >= floor; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == '\uFF1B' || c == '\n') {
                clauseStart = i;
                break;
            }
        }
        for (int k = 0; k < t; k++) {
            Mention m = items.get(k);
            if (m.begin() <= clauseStart) {
                continue;
            }
            if (!isPersonLike(m) || !entities.isPerson(m)) {
                return null;
            }
            int leadFrom = Math.max(clauseStart + 1, 0);
            String lead = m.begin() - leadFrom > MAX_LEAD ? null : text.substring(leadFrom, m.begin()).strip();
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
            boolean opensClause = lead != null && (lead.isEmpty() || lead.length() <= 2 || lex.gap(lex.fold(lead)) != null);
            return opensClause && (after.startsWith(",") || after.startsWith("\uFF0C")) ? m : null;
        }
        return null;
    }

    private static String blankTimes(String text, List<Mention> mentions) {
        StringBuilder b = null;
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.TIME) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                for (int i = m.begin(); i < m.end() && i < b.length(); i++) {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b == null ? text : b.toString();
    }

    /** Whether {@code a} possesses what follows: "X's", "X:s", "X的" before another organization word. */
    private boolean possessor(String text, Mention a, Mention next) {
        if (!isOrgLike(next) || next.begin() - a.end() > 12) {
            return false;
        }
        String raw = text.substring(a.end(), next.begin()).strip();
        int cut = 0;
        while (cut < raw.length() && !Character.isWhitespace(raw.charAt(cut))
                && (cut == 0 || !MatchText.isCjk(raw.charAt(cut)) || MatchText.isCjk(raw.charAt(0)) && cut < 1)) {
            cut++;
        }
        List<Glue> g = cut == 0 ? null : lex.gap(lex.fold(raw.substring(0, cut)));
        return g != null && !g.isEmpty() && g.get(0) == Glue.POSS;
    }

    /**
     * Whether a time belongs to a relative clause the trigger is not in: "Claire Roy, … qui l'a
     * rejointe l'année dernière, quitte Airbus" — last year dates the joining, not the leaving.
     */
    private boolean inOtherRelativeClause(String sentence, TimeMention tm, int triggerPos) {
        if (triggerPos > sentence.length()) {
            return false;
        }
        // "folgt auf Petra Lenz, die … seit 2014 führt": a relative clause after the trigger has its own times.
        if (tm.begin() >= triggerPos) {
            int rel = relativeClauseStart(sentence, tm.begin());
            return rel >= triggerPos;
        }
        if (tm.end() > triggerPos) {
            return false;
        }
        if (!clauseBreak(sentence.substring(tm.end(), triggerPos))) {
            return false;
        }
        int clauseStart = tm.begin();
        while (clauseStart > 0 && !clauseBreak(String.valueOf(sentence.charAt(clauseStart - 1)))) {
            clauseStart--;
        }
        for (String w : sentence.substring(clauseStart, tm.begin()).split("[\\s,]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                List<Glue> g = lex.gap(lex.fold(w));
                if (g != null && g.equals(List.of(Glue.APPOS))) {
                    return true; // "qui", "who", "che", "die" opened the time's clause
                }
            }
        }
        return false;
    }

    /** Punctuation that ends a clause: what follows no longer belongs to the trigger. */
    private static boolean clauseBreak(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            switch (gap.charAt(i)) {
                case ',', ';', '.', '!', '?', '\uFF0C', '\u3002', '\uFF1B', '\u3001', '\uFF01', '\uFF1F', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u300C', '\u300D', '\u300E', '\u300F' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private static boolean isOrgLike(Mention m) {
        return m.kind() == Mention.Kind.ORG || m.kind() == Mention.Kind.ANAPHOR
                || (m.kind() == Mention.Kind.NAME && m.hint() != Mention.Hint.PERSON);
    }

    private static boolean isPersonLike(Mention m) {
        return m.kind() == Mention.Kind.NAME && m.hint() != Mention.Hint.ORGANIZATION;
    }

    private List<Glue> gap(String text, Mention a, Mention b) {
        if (b.begin() < a.end()) {
            return null;
        }
        String between = text.substring(a.end(), b.begin());
        if (between.length() > 40) {
            return null;
        }
        return lex.gap(lex.fold(between));
    }

    /** Drops articles and former/future markers, which do not change how mentions connect. */
    private static List<Glue> strip(List<Glue> g) {
        if (g == null) {
            return null;
        }
        return g.stream().filter(x -> x != Glue.DET && x != Glue.FORMER && x != Glue.FUTURE && x != Glue.NOW).toList();
    }
}
