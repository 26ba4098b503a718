package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a candidate, in its sentence, into feature strings for a trained scorer: which patterns
 * proposed it, how far apart its mentions stand, what stands between them (another person,
 * organization, title or event word, a clause boundary, a quotation), the shape of the words in the
 * gaps, possessives and pronouns, where the sentence stands in the article, and the language
 * family. Nothing here names a word of any language: glue words are read through the lexicon's
 * kinds ({@link Glue}).
 */
final class CandidateFeatures {

    private CandidateFeatures() {
    }

    static List<String> holding(SentenceView v, TitleGroup t, PersonRef p, Set<Support> supports, OrgRef o,
                                boolean ruleChoice) {
        List<String> f = new ArrayList<>();
        String fam = v.cjk() ? "cjk" : "lat";
        f.add("fam=" + fam);
        f.add("lang=" + v.lex.language().code());
        if (ruleChoice) {
            f.add("rule");
        }
        StringBuilder ps = new StringBuilder();
        for (Support s : Support.values()) {
            if (supports.contains(s)) {
                f.add("s=" + s);
                f.add("s=" + s + "&" + fam);
                ps.append(s.ordinal()).append('.');
            }
        }
        f.add("ss=" + ps);
        Mention title = v.at(t.first());
        Mention lastTitle = v.at(t.last());
        Role role = title.roles().isEmpty() ? null : title.roles().get(0);
        if (role != null) {
            f.add(Roles.isLifelong(role) ? "t=life" : Roles.isConcurrent(role) ? "t=seat" : "t=post");
            f.add(role.inVocabulary() ? "t=vocab" : "t=composed");
        }
        f.add("t.first=" + (firstOfKind(v, t.first(), Mention.Kind.ROLE)));
        f.add("t.n=" + cap(count(v, 0, v.size(), Mention.Kind.ROLE), 3));
        f.add("sent=" + bucket(v.sentenceIndex, 0, 1, 2, 4, 8));
        f.add("q=" + inQuote(v, title));

        // The person, and what stands between them and the title.
        if (p.mention() == null) {
            f.add("p=disc");
        } else {
            Mention m = p.mention();
            int k = v.items.indexOf(m);
            boolean before = m.begin() < title.begin();
            int from = before ? k + 1 : t.last() + 1;
            int to = before ? t.first() : k;
            String side = before ? "pb" : "pa";
            f.add("p.side=" + side);
            f.add("p.hint=" + m.hint());
            f.add("p.full=" + (m.text().strip().contains(" ") || MatchText.isCjk(m.text().charAt(0))));
            int between = Math.max(0, to - from);
            f.add("p.d=" + cap(between, 4));
            f.add("p.d=" + cap(between, 4) + "&" + side);
            f.add("p.cd=" + bucket(before ? title.begin() - m.end() : m.begin() - lastTitle.end(), 0, 2, 5, 15, 40, 80));
            String gap = before ? v.text.substring(m.end(), title.begin()) : v.text.substring(lastTitle.end(), m.begin());
            String shape = shape(v, gap);
            f.add("p.g=" + side + ":" + shape);
            f.add("p.g=" + side + ":" + shape + "&" + fam);
            glueBag(v, gap, "p.gk=" + side + ":", f);
            between(v, from, to, "p.b", f);
            f.add("p.brk=" + SentenceView.clauseBreak(gap));
            f.add("p.first=" + firstOfKind(v, k, Mention.Kind.NAME));
            f.add("p.nearer=" + otherTitleNearer(v, k, t));
            int rank = personRank(v, t, k);
            f.add("p.rank=" + cap(rank, 3));
            f.add("p.rank=" + cap(rank, 3) + "&" + side);
            f.add("persons=" + cap(personsIn(v), 4));
            for (Support s : supports) {
                if (s.ordinal() <= Support.COLON_LIST.ordinal()) {
                    f.add("s=" + s + "&pd=" + cap(between, 2));
                }
            }
        }

        // The organization.
        if (o.focus()) {
            f.add("o=focus");
        } else if (o.key() != null) {
            f.add("o=adjacent");
        } else {
            Mention m = o.mention();
            int k = v.items.indexOf(m);
            boolean before = m.begin() < title.begin();
            f.add("o.kind=" + m.kind() + (m.kind() == Mention.Kind.NAME ? ":" + m.hint() : ""));
            String side = before ? "ob" : "oa";
            int from = before ? k + 1 : t.last() + 1;
            int to = before ? t.first() : k;
            int between = Math.max(0, to - from);
            f.add("o.side=" + side);
            f.add("o.d=" + cap(between, 4) + "&" + side);
            String gap = before ? v.text.substring(m.end(), title.begin()) : v.text.substring(lastTitle.end(), m.begin());
            f.add("o.g=" + side + ":" + shape(v, gap));
            glueBag(v, gap, "o.gk=" + side + ":", f);
            between(v, from, to, "o.b", f);
            f.add("o.brk=" + SentenceView.clauseBreak(gap));
            f.add("o.nearest=" + nearestOrg(v, t, k));
            f.add("o.nearest=" + nearestOrg(v, t, k) + "&" + side);
            f.add("orgs=" + cap(orgsIn(v), 3));
        }
        for (Support s : supports) {
            if (s.ordinal() > Support.COLON_LIST.ordinal()) {
                for (Support q : supports) {
                    if (q.ordinal() <= Support.COLON_LIST.ordinal()) {
                        f.add("po=" + q + "&" + s);
                    }
                }
            }
        }
        return f;
    }

    static List<String> event(SentenceView v, int trigger, PersonRef p, Set<Support> supports, boolean ruleChoice) {
        List<String> f = new ArrayList<>();
        String fam = v.cjk() ? "cjk" : "lat";
        Mention trig = v.at(trigger);
        String type = trig.trigger().type().name();
        f.add("fam=" + fam);
        f.add("lang=" + v.lex.language().code());
        f.add("ty=" + type);
        f.add("slot=" + trig.trigger().slot());
        if (ruleChoice) {
            f.add("rule");
            f.add("rule&" + type);
        }
        for (Support s : supports) {
            f.add("s=" + s);
            f.add("s=" + s + "&" + type);
        }
        f.add("sent=" + bucket(v.sentenceIndex, 0, 1, 2, 4, 8));
        f.add("q=" + inQuote(v, trig));
        if (p.mention() == null) {
            f.add("p=disc");
            f.add("p=disc&" + type);
            f.add("persons=" + cap(count(v, 0, v.size(), Mention.Kind.NAME), 2));
            return f;
        }
        Mention m = p.mention();
        int k = v.items.indexOf(m);
        boolean before = k < trigger;
        String side = before ? "pb" : "pa";
        int from = before ? k + 1 : trigger + 1;
        int to = before ? trigger : k;
        int between = Math.max(0, to - from);
        f.add("p.side=" + side);
        f.add("p.side=" + side + "&" + type);
        f.add("p.side=" + side + "&" + trig.trigger().slot());
        f.add("p.d=" + cap(between, 4) + "&" + side);
        f.add("p.hint=" + m.hint());
        String gap = before ? v.text.substring(m.end(), trig.begin()) : v.text.substring(trig.end(), m.begin());
        f.add("p.g=" + side + ":" + shape(v, gap));
        f.add("p.cd=" + bucket(gap.length(), 0, 2, 5, 15, 40, 80));
        glueBag(v, gap, "p.gk=" + side + ":", f);
        between(v, from, to, "p.b", f);
        f.add("p.brk=" + SentenceView.clauseBreak(gap) + "&" + side);
        f.add("p.first=" + firstOfKind(v, k, Mention.Kind.NAME));
        f.add("p.clause1=" + (firstPersonOfClause(v, k)));
        return f;
    }

    /** Counts of persons, organizations, titles and event words among items {@code from..to-1}, and a quotation mark. */
    private static void between(SentenceView v, int from, int to, String prefix, List<String> f) {
        int persons = 0;
        int orgs = 0;
        int titles = 0;
        int triggers = 0;
        for (int k = from; k < to; k++) {
            Mention m = v.at(k);
            if (SentenceView.isPersonLike(m) && m.hint() != Mention.Hint.ORGANIZATION) {
                persons++;
            } else if (SentenceView.isOrgLike(m)) {
                orgs++;
            } else if (m.kind() == Mention.Kind.ROLE) {
                titles++;
            } else if (m.kind() == Mention.Kind.TRIGGER) {
                triggers++;
            }
        }
        f.add(prefix + ".per=" + cap(persons, 2));
        f.add(prefix + ".org=" + cap(orgs, 2));
        f.add(prefix + ".ttl=" + cap(titles, 2));
        f.add(prefix + ".trg=" + cap(triggers, 2));
    }

    /**
     * The shape of a gap: up to four tokens, each the glue kinds of a connecting word, "w" for
     * another lowercase word, "C" for a capitalized one, "9" for a number, or the punctuation itself;
     * a longer gap keeps its first two and last two. Chinese and Japanese gaps: their glue reading
     * and length.
     */
    static String shape(SentenceView v, String gap) {
        String s = gap.strip();
        if (s.isEmpty()) {
            return "_";
        }
        if (v.cjk()) {
            List<Glue> g = v.lex.gap(v.lex.fold(s));
            String glue = g == null ? "x" : g.isEmpty() ? "0" : kinds(g);
            return glue + "/" + bucket(s.length(), 1, 2, 4, 8);
        }
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || "'\u2019-".indexOf(s.charAt(j)) >= 0)) {
                    j++;
                }
                String w = s.substring(i, j);
                List<Glue> g = v.lex.gap(v.lex.fold(w));
                tokens.add(g != null && !g.isEmpty() ? kinds(g) : Character.isDigit(c) ? "9"
                        : Character.isUpperCase(c) ? "C" : "w");
                i = j;
            } else {
                tokens.add(String.valueOf(c == '\u2019' ? '\'' : c));
                i++;
            }
        }
        if (tokens.size() > 4) {
            tokens = List.of(tokens.get(0), tokens.get(1), "..", tokens.get(tokens.size() - 2), tokens.get(tokens.size() - 1));
        }
        return String.join(" ", tokens);
    }

    /** The glue kinds of each word of a gap, one feature per kind. */
    private static void glueBag(SentenceView v, String gap, String prefix, List<String> f) {
        if (v.cjk()) {
            return;
        }
        java.util.Set<Glue> seen = java.util.EnumSet.noneOf(Glue.class);
        for (String w : gap.split("[\\s,;:()]+")) {
            if (!w.isEmpty()) {
                List<Glue> g = v.lex.gap(v.lex.fold(w));
                if (g != null) {
                    seen.addAll(g);
                }
            }
        }
        for (Glue g : seen) {
            f.add(prefix + g);
        }
    }

    private static String kinds(List<Glue> g) {
        StringBuilder b = new StringBuilder();
        for (Glue x : g) {
            if (b.indexOf(x.name()) < 0) {
                b.append(b.length() == 0 ? "" : "+").append(x.name().toLowerCase(Locale.ROOT));
            }
        }
        return b.toString();
    }

    /** Whether another title stands closer to the person than the candidate's, on the person's side. */
    private static boolean otherTitleNearer(SentenceView v, int person, TitleGroup t) {
        int d = person < t.first() ? t.first() - person : person - t.last();
        for (int k = Math.max(0, person - d + 1); k < Math.min(v.size(), person + d); k++) {
            if ((k < t.first() || k > t.last()) && v.at(k).kind() == Mention.Kind.ROLE) {
                return true;
            }
        }
        return false;
    }

    /** Whether the organization is the nearest one to the title. */
    private static boolean nearestOrg(SentenceView v, TitleGroup t, int org) {
        int d = org < t.first() ? t.first() - org : org - t.last();
        for (int k = Math.max(0, t.first() - d + 1); k < Math.min(v.size(), t.last() + d); k++) {
            if (k != org && (k < t.first() || k > t.last()) && SentenceView.isOrgLike(v.at(k))
                    && v.at(k).kind() != Mention.Kind.ANAPHOR) {
                return false;
            }
        }
        return true;
    }

    /** How many persons of the sentence stand nearer the title than this one (0: the nearest). */
    private static int personRank(SentenceView v, TitleGroup t, int person) {
        int d = person < t.first() ? t.first() - person : person - t.last();
        int nearer = 0;
        for (int k = 0; k < v.size(); k++) {
            if (k != person && (k < t.first() || k > t.last()) && SentenceView.isPersonLike(v.at(k))) {
                int dk = k < t.first() ? t.first() - k : k - t.last();
                nearer += dk < d ? 1 : 0;
            }
        }
        return nearer;
    }

    private static int personsIn(SentenceView v) {
        int n = 0;
        for (Mention m : v.items) {
            n += SentenceView.isPersonLike(m) ? 1 : 0;
        }
        return n;
    }

    private static int orgsIn(SentenceView v) {
        int n = 0;
        for (Mention m : v.items) {
            n += SentenceView.isOrgLike(m) && m.kind() != Mention.Kind.ANAPHOR ? 1 : 0;
        }
        return n;
    }

    private static boolean firstOfKind(SentenceView v, int k, Mention.Kind kind) {
        for (int q = 0; q < k; q++) {
            if (v.at(q).kind() == kind) {
                return false;
            }
        }
        return true;
    }

    private static boolean firstPersonOfClause(SentenceView v, int k) {
        for (int q = k - 1; q >= 0; q--) {
            if (v.breakBefore(q + 1)) {
                return true;
            }
            if (SentenceView.isPersonLike(v.at(q))) {
                return false;
            }
        }
        return true;
    }

    private static boolean inQuote(SentenceView v, Mention m) {
        String before = v.text.substring(v.evidence.begin(), Math.max(v.evidence.begin(), m.begin()));
        int open = 0;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\u201C' || c == '\u00AB' || c == '\u300C' || c == '\u201E') {
                open++;
            } else if ((c == '\u201D' || c == '\u00BB' || c == '\u300D') && open > 0) {
                open--;
            } else if (c == '"') {
                open = open > 0 ? open - 1 : open + 1;
            }
        }
        return open > 0;
    }

    private static int count(SentenceView v, int from, int to, Mention.Kind kind) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += v.at(k).kind() == kind ? 1 : 0;
        }
        return n;
    }

    private static String cap(int n, int max) {
        return n >= max ? max + "+" : String.valueOf(n);
    }

    /** The first bound the value does not exceed, as "le<bound>", else "gt<last>". */
    private static String bucket(int value, int... bounds) {
        for (int b : bounds) {
            if (value <= b) {
                return "le" + b;
            }
        }
        return "gt" + bounds[bounds.length - 1];
    }
}
