package org.newskg.extract;

import java.util.List;

/**
 * One sentence as the relation patterns read it: its mentions other than times (in order), the
 * article text with time expressions blanked (so that "ist seit 2019 Finanzvorständin" reads as
 * "ist Finanzvorständin"), the evidence, the article's entities, and what the discourse before it
 * offers (the person named last). Answers the small questions every pattern asks: what connects
 * two mentions, where a clause breaks, whether a mention can be a person or an organization.
 */
final class SentenceView {

    /** Longest run of text between two mentions that may still connect them. */
    private static final int MAX_GAP = 40;

    final Lexicon lex;
    final ArticleEntities entities;
    final List<Mention> items;
    final String text;
    final Evidence evidence;
    /** The person the text spoke of last, before this sentence or a pronoun in it; or null. */
    final String lastPerson;
    /** Where the sentence stands in the article, from 0. */
    final int sentenceIndex;

    SentenceView(Lexicon lex, ArticleEntities entities, List<Mention> items, String text, Evidence evidence,
                 String lastPerson, int sentenceIndex) {
        this.sentenceIndex = sentenceIndex;
        this.lex = lex;
        this.entities = entities;
        this.items = items;
        this.text = text;
        this.evidence = evidence;
        this.lastPerson = lastPerson;
    }

    Mention at(int k) {
        return items.get(k);
    }

    int size() {
        return items.size();
    }

    boolean cjk() {
        return lex.language().isCjk();
    }

    /** The text between two mentions. */
    String between(Mention a, Mention b) {
        return b.begin() < a.end() ? "" : text.substring(a.end(), b.begin());
    }

    /** The glue kinds of the words between two mentions; null when anything else stands there. */
    List<Glue> gap(Mention a, Mention b) {
        if (b.begin() < a.end()) {
            return null;
        }
        String between = text.substring(a.end(), b.begin());
        if (between.length() > MAX_GAP) {
            return null;
        }
        return lex.gap(lex.fold(between));
    }

    /** The gap without articles and former/future/now markers, which do not change how mentions connect. */
    List<Glue> bareGap(Mention a, Mention b) {
        return strip(gap(a, b));
    }

    static List<Glue> strip(List<Glue> g) {
        if (g == null) {
            return null;
        }
        return g.stream().filter(x -> x != Glue.DET && x != Glue.FORMER && x != Glue.FUTURE && x != Glue.NOW).toList();
    }

    /** Punctuation that ends a clause: what follows no longer belongs to what came before. */
    static boolean clauseBreak(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            switch (gap.charAt(i)) {
                case ',', ';', '.', '!', '?', '\uFF0C', '\u3002', '\uFF1B', '\u3001', '\uFF01', '\uFF1F', '\u201C', '\u201D',
                     '\u00AB', '\u00BB', '\u300C', '\u300D', '\u300E', '\u300F' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    /** Whether a clause breaks between item {@code k - 1} and item {@code k}. */
    boolean breakBefore(int k) {
        return k > 0 && clauseBreak(between(items.get(k - 1), items.get(k)));
    }

    static boolean isOrgLike(Mention m) {
        return m.kind() == Mention.Kind.ORG || m.kind() == Mention.Kind.ANAPHOR
                || (m.kind() == Mention.Kind.NAME && m.hint() != Mention.Hint.PERSON);
    }

    static boolean isPersonLike(Mention m) {
        return m.kind() == Mention.Kind.NAME && m.hint() != Mention.Hint.ORGANIZATION;
    }

    /** A known person who is the subject of something (not a genitive "Bergs"). */
    boolean knownPerson(Mention m) {
        return isPersonLike(m) && entities.isPerson(m) && !entities.isGenitive(m);
    }

    /** Whether two titles are held together: "co-founder and chief scientist", "董事长兼首席执行官". */
    boolean joins(List<Glue> g) {
        if (g == null) {
            return false;
        }
        if (g.contains(Glue.CONJ)) {
            return g.stream().allMatch(x -> x == Glue.CONJ || x == Glue.DET);
        }
        return cjk() && g.size() == 1 && g.get(0) == Glue.APPOS;
    }

    /** Whether the gap before item {@code k} holds a relative pronoun ("who", "qui", "che"). */
    boolean relativeBefore(int k) {
        if (k <= 0 || k >= items.size()) {
            return false;
        }
        String raw = between(items.get(k - 1), items.get(k));
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

    /** Whether a copula ("ist", "is", "war") is the next word after a mention. */
    boolean copulaFollows(Mention m) {
        List<Glue> g = firstWordGlue(text.substring(m.end(), Math.min(text.length(), m.end() + 12)));
        return g != null && g.equals(List.of(Glue.COPULA));
    }

    /** Whether the word right before a mention is a copula ("ist", "is", "är"). */
    boolean copulaBefore(Mention m) {
        String before = text.substring(Math.max(0, m.begin() - 12), m.begin());
        if (!before.endsWith(" ")) {
            return false;
        }
        String[] words = before.strip().split("\\s+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        List<Glue> g = last.isEmpty() || !Character.isLetter(last.charAt(0)) ? null : lex.gap(lex.fold(last));
        return g != null && g.equals(List.of(Glue.COPULA));
    }

    /** The glue kinds of the first word of a text ("ist" → copula, "de" → of), or null when it is no glue word. */
    List<Glue> firstWordGlue(String s) {
        String f = lex.fold(s).strip();
        int sp = 0;
        while (sp < f.length() && Character.isLetter(f.charAt(sp))) {
            sp++;
        }
        return sp == 0 ? null : lex.gap(f.substring(0, sp));
    }

    /** Whether a text ends in "as" ("als", "comme", "som", …), possibly followed by an article or "new". */
    boolean endsWithAs(String raw) {
        String f = lex.fold(raw).strip();
        int cut = Math.max(f.lastIndexOf(' '), -1);
        for (int tries = 0; tries < 3 && !f.isEmpty(); tries++) {
            List<Glue> tail = lex.gap(f.substring(cut + 1));
            if (tail != null && tail.contains(Glue.AS)) {
                return true;
            }
            if (tail == null || !tail.stream().allMatch(x -> x == Glue.DET || x == Glue.FORMER || x == Glue.FUTURE || x == Glue.NOW)) {
                return false; // "als neuer", "som tidigare", "as the former" still end in "as"
            }
            f = f.substring(0, Math.max(cut, 0)).strip();
            cut = f.lastIndexOf(' ');
        }
        return false;
    }

    /** The index of the first item of the clause item {@code k} stands in. */
    int clauseStart(int k) {
        int q = k;
        while (q > 0 && !breakBefore(q)) {
            q--;
        }
        return q;
    }
}
