package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The patterns that say who holds a title. Each answers one question about a title group of a
 * sentence and points at a person (or at nobody) without typing any name: candidates are weighed
 * before one is chosen. {@link #RULE_ORDER} is the order of today's rule priorities.
 */
final class HolderPatterns {

    /** How far (in mentions) a pattern may reach across appositions. */
    private static final int REACH = 8;

    private HolderPatterns() {
    }

    /** One pattern: the holder it sees, with an organization it names on the way, or null. */
    interface HolderPattern {
        Support support();

        Proposal find(SentenceView v, TitleGroup t);
    }

    /** A holder a pattern proposes, and an organization it reads with them ("CEO Anna Berg of Nordbank"), or null. */
    record Proposal(PersonRef who, Mention org, Support how) {
    }

    static final List<HolderPattern> RULE_ORDER = List.of(new TitleThenName(), new NameThenTitle(), new RelativeClause(),
            new CopulaLast(), new VerbAs(), new OpeningAs(), new LeadVerbSubject());

    /** "CEO Anna Berg", "le président d'Airbus, Marc Dubois", "共同創業者の岡田健人". */
    static final class TitleThenName implements HolderPattern {
        @Override
        public Support support() {
            return Support.TITLE_THEN_NAME;
        }

        @Override
        public Proposal find(SentenceView v, TitleGroup t) {
            List<Mention> items = v.items;
            int right = t.right();
            if (right >= items.size() || !SentenceView.isPersonLike(items.get(right))) {
                return null;
            }
            Mention prev = items.get(right - 1);
            String raw = v.between(prev, items.get(right));
            List<Glue> g = v.bareGap(prev, items.get(right));
            // "(Norvik CTO) Name": the title's parenthesis closes before the name; not "最高技術責任者（CTO）を務めた…",
            // where the parenthesis only glosses the title.
            boolean glossed = prev.begin() > 0 && "(\uFF08".indexOf(v.text.charAt(prev.begin() - 1)) >= 0;
            boolean closesParen = (raw.contains(")") || raw.contains("\uFF09")) && !glossed;
            // Japanese "共同創業者の岡田健人": the title, の, then the person; Chinese "担任X首席财务官的庞慧敏": a
            // clause before 的 describes the person after it.
            boolean jaOf = v.cjk() && g != null && !g.isEmpty() && g.stream().allMatch(x -> x == Glue.OF || x == Glue.POSS)
                    && (v.lex.language() == org.newskg.read.Language.JA || raw.strip().length() == 1);
            if (g == null || closesParen || !(jaOf || g.stream().allMatch(x -> x == Glue.APPOS || x == Glue.COPULA))
                    || raw.strip().length() > 3 + (g.contains(Glue.COPULA) ? 12 : 0)
                    || !v.entities.canBePerson(items.get(right))) {
                return null;
            }
            // "Algemeen directeur Dirk Schaap van Kustpers", "CEO Anna Berg of Nordbank": the organization after the name.
            Mention org = null;
            if (t.org() == null && right + 1 < items.size() && SentenceView.isOrgLike(items.get(right + 1))) {
                List<Glue> after = v.bareGap(items.get(right), items.get(right + 1));
                if (after != null && !after.isEmpty() && after.stream().allMatch(x -> x == Glue.OF)) {
                    org = items.get(right + 1);
                }
            }
            return new Proposal(PersonRef.of(items.get(right)), org, support());
        }
    }

    /** "Y, chief scientist of X", "Y is the CEO", "…, where she was chief financial officer". */
    static final class NameThenTitle implements HolderPattern {
        @Override
        public Support support() {
            return Support.NAME_THEN_TITLE;
        }

        @Override
        public Proposal find(SentenceView v, TitleGroup t) {
            PersonRef p = before(v, t.left());
            return p == null ? null : new Proposal(p, null, support());
        }

        /** Walks left from {@code from} over appositions to the person a title describes. */
        private static PersonRef before(SentenceView v, int from) {
            List<Mention> items = v.items;
            int steps = 0;
            for (int k = from; k >= 0 && steps < REACH; k--, steps++) {
                Mention m = items.get(k);
                List<Glue> g = v.bareGap(m, items.get(k + 1));
                // "and will remain chair", "e resterà presidente": a coordinated predicate keeps its subject.
                boolean sharedSubject = g != null && (g.contains(Glue.COPULA) || g.contains(Glue.AS));
                if (g == null || g.contains(Glue.CONJ) && !v.cjk() && !sharedSubject) {
                    return null;
                }
                if (m.kind() == Mention.Kind.TRIGGER || m.kind() == Mention.Kind.HANDLE) {
                    return null;
                }
                // "大川修社長", "李明董事长": in Chinese and Japanese a title written right after a name is that person's.
                // "Bij SV Dalen is Bram Kuipers sinds 2020 trainer", "Bei X ist Y seit 2019 Finanzchefin": the verb before
                // the subject, the title after it.
                boolean inverted = !v.cjk() && v.copulaBefore(m);
                if (SentenceView.isPersonLike(m) && g.isEmpty() && (v.cjk() || inverted) && k == from
                        && v.between(m, items.get(k + 1)).isBlank() && v.entities.canBePerson(m)) {
                    return PersonRef.of(m);
                }
                if (SentenceView.isPersonLike(m) && !g.isEmpty()) {
                    boolean ok = g.stream().allMatch(x -> x == Glue.APPOS || x == Glue.COPULA || x == Glue.AS || x == Glue.OF);
                    if (ok && (g.contains(Glue.APPOS) || g.contains(Glue.COPULA) || g.contains(Glue.AS))
                            && v.entities.canBePerson(m)) {
                        return PersonRef.of(m);
                    }
                    return null;
                }
                // "…, where she was chief financial officer": the pronoun's person, nearest before it.
                if (m.kind() == Mention.Kind.PRONOUN && g.contains(Glue.COPULA)
                        && g.stream().allMatch(x -> x == Glue.COPULA || x == Glue.AS)) {
                    for (int q = k - 1; q >= 0; q--) {
                        if (v.knownPerson(items.get(q))) {
                            return PersonRef.of(items.get(q));
                        }
                    }
                    return PersonRef.known(v.lastPerson);
                }
                if (m.kind() == Mention.Kind.PRONOUN || SentenceView.isPersonLike(m)) {
                    return null;
                }
            }
            return null;
        }
    }

    /** "Kwame Adjei, a former researcher in Tranter's group, who has been the company's chief executive". */
    static final class RelativeClause implements HolderPattern {
        @Override
        public Support support() {
            return Support.RELATIVE_CLAUSE;
        }

        @Override
        public Proposal find(SentenceView v, TitleGroup t) {
            int upto = t.left() + 1;
            if (upto <= 0 || !v.relativeBefore(upto)) {
                return null;
            }
            // The person the relative clause hangs on: the first known person of the clause, set off by a comma.
            for (int k = 0; k < upto; k++) {
                Mention m = v.at(k);
                if (v.knownPerson(m)) {
                    String after = v.text.substring(m.end(), Math.min(v.text.length(), m.end() + 2));
                    return after.startsWith(",") ? new Proposal(PersonRef.of(m), null, support()) : null;
                }
            }
            return null;
        }
    }

    /** Verb last: "wo sie seit 2020 Technikvorständin ist", "dat hij sinds 2019 directeur is". */
    static final class CopulaLast implements HolderPattern {
        @Override
        public Support support() {
            return Support.COPULA_LAST;
        }

        @Override
        public Proposal find(SentenceView v, TitleGroup t) {
            int left = t.left();
            if (left < 0 || !v.copulaFollows(t.lastRole(v))) {
                return null;
            }
            Mention m = v.at(left);
            List<Glue> g = v.bareGap(m, v.at(left + 1));
            if (g == null || !g.isEmpty()) {
                return null;
            }
            PersonRef p = m.kind() == Mention.Kind.PRONOUN ? PersonRef.known(v.lastPerson)
                    : SentenceView.isPersonLike(m) && v.entities.isPerson(m) ? PersonRef.of(m) : null;
            return p == null ? null : new Proposal(p, null, support());
        }
    }

    /**
     * "Y曾在X擔任Z", "Y於2017年加入X,擔任Z": a CJK title taken up by a verb belongs to the clause's
     * subject; so does "… als Z" / "… as Z" after a verb ("Ellen Verbeek stopt per 1 september als
     * bestuursvoorzitter").
     */
    static final class VerbAs implements HolderPattern {
        @Override
        public Support support() {
            return Support.VERB_AS;
        }

        /** Whether a CJK verb of taking a post stands right before item {@code head}. */
        static boolean cjkVerb(SentenceView v, int head) {
            String raw = v.between(v.at(head - 1), v.at(head));
            List<Glue> g = v.bareGap(v.at(head - 1), v.at(head));
            return v.cjk() && (g != null && (g.contains(Glue.AS) || g.contains(Glue.COPULA))
                    || raw.endsWith("\u64D4\u4EFB") || raw.endsWith("\u62C5\u4EFB"));
        }

        /** Whether item {@code head} is taken up by a verb or "as". */
        static boolean takesUp(SentenceView v, int head) {
            return cjkVerb(v, head) || v.endsWithAs(v.between(v.at(head - 1), v.at(head)));
        }

        @Override
        public Proposal find(SentenceView v, TitleGroup t) {
            int head = t.head();
            if (head <= 0 || !takesUp(v, head)) {
                return null;
            }
            Mention subject = onlyPersonBefore(v, 0, head);
            boolean cjkVerb = cjkVerb(v, head);
            // "Daniel Moreau師從Peter Lindgren，曾在華辰大學擔任…": a clause after a comma keeps the sentence's subject.
            if (subject == null && cjkVerb) {
                subject = topicAcrossComma(v, head);
            }
            // "…已經辭職，首席財務官Ana Ruiz暫時擔任代理執行長": else the one person of the verb's own clause.
            if (subject == null && cjkVerb) {
                subject = onlyPersonBefore(v, v.clauseStart(head), head);
            }
            return subject == null ? null : new Proposal(PersonRef.of(subject), null, support());
        }

        /** The only known person among items {@code from..upto-1}, or null. */
        private static Mention onlyPersonBefore(SentenceView v, int from, int upto) {
            Mention found = null;
            for (int k = from; k < upto; k++) {
                Mention m = v.at(k);
                if (v.knownPerson(m)) {
                    if (found != null && !v.entities.sameEntity(found, m)) {
                        return null;
                    }
                    found = found == null ? m : found;
                }
            }
            return found;
        }

        /** The first person of the sentence, when a clause break separates the last person named from {@code upto}. */
        private static Mention topicAcrossComma(SentenceView v, int upto) {
            int last = -1;
            for (int k = 0; k < upto; k++) {
                if (SentenceView.isPersonLike(v.at(k)) && v.entities.isPerson(v.at(k))) {
                    last = k;
                }
            }
            if (last < 0 || !SentenceView.clauseBreak(v.between(v.at(last), v.at(upto)))) {
                return null;
            }
            for (int k = 0; k <= last; k++) {
                if (v.knownPerson(v.at(k))) {
                    return v.at(k);
                }
            }
            return null;
        }
    }

    /** "Som tidigare styrelseledamot i Norrvik Energi spelade hon…", "As chief executive of Nordbank, she…". */
    static final class OpeningAs implements HolderPattern {
        @Override
        public Support support() {
            return Support.OPENING_AS;
        }

        @Override
        public Proposal find(SentenceView v, TitleGroup t) {
            if (t.first() != 0 || !v.endsWithAs(v.text.substring(v.evidence.begin(), t.firstRole(v).begin()))) {
                return null;
            }
            for (int k = t.right(); k < v.size() && k <= t.right() + 3; k++) {
                Mention m = v.at(k);
                if (m.kind() == Mention.Kind.PRONOUN) {
                    PersonRef p = PersonRef.known(v.lastPerson);
                    return p == null ? null : new Proposal(p, null, support());
                }
                if (v.knownPerson(m)) {
                    return new Proposal(PersonRef.of(m), null, support());
                }
                if (m.kind() == Mention.Kind.TRIGGER || m.kind() == Mention.Kind.ROLE) {
                    break;
                }
            }
            return null;
        }
    }

    /**
     * "Lisle ran the retail banking arm", "wo sie zuletzt das Rechnungswesen leitete": a title made of a
     * verb of leading and its field is held by the verb's subject, the nearest person or pronoun before it
     * in its clause.
     */
    static final class LeadVerbSubject implements HolderPattern {
        @Override
        public Support support() {
            return Support.LEAD_VERB_SUBJECT;
        }

        @Override
        public Proposal find(SentenceView v, TitleGroup t) {
            Mention title = t.firstRole(v);
            if (t.first() != t.last() || v.lex.leadVerbs().findAll(v.lex.fold(title.text())).isEmpty()) {
                return null;
            }
            for (int k = t.first() - 1; k >= 0 && !v.breakBefore(k + 1) || k >= 0 && v.relativeBefore(k + 1); k--) {
                Mention m = v.at(k);
                if (m.kind() == Mention.Kind.PRONOUN) {
                    for (int q = k - 1; q >= 0; q--) {
                        if (v.knownPerson(v.at(q))) {
                            return new Proposal(PersonRef.of(v.at(q)), null, support());
                        }
                    }
                    PersonRef p = PersonRef.known(v.lastPerson);
                    return p == null ? null : new Proposal(p, null, support());
                }
                if (SentenceView.isPersonLike(m) && v.entities.canBePerson(m) && !v.entities.isGenitive(m)) {
                    return new Proposal(PersonRef.of(m), null, support());
                }
                if (m.kind() == Mention.Kind.TRIGGER || m.kind() == Mention.Kind.ROLE) {
                    return null;
                }
            }
            return null;
        }
    }

    /** Every person the sentence names, but those who only possess something ("Bergs"). */
    static List<Proposal> sentencePersons(SentenceView v, TitleGroup t) {
        List<Proposal> out = new ArrayList<>();
        for (int k = 0; k < v.size(); k++) {
            Mention m = v.at(k);
            if (k >= t.first() && k <= t.last()) {
                continue;
            }
            if (SentenceView.isPersonLike(m) && v.entities.canBePerson(m) && !v.entities.isGenitive(m)) {
                out.add(new Proposal(PersonRef.of(m), null, Support.SENTENCE_PERSON));
            }
        }
        return out;
    }
}
