package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a name defined by its acronym in parentheses, "Institute for Applied Optics (IAO)": the words
 * whose initials spell the acronym are one organization's name, whatever the name finder cut them into,
 * and the acronym is its short form. Short connecting words may give a letter or not ("Banco del Sur
 * (BDS)", "Centre for Marine Science (CMS)"). A span holding a title, a trigger or a time is no such
 * name ("Chief Executive Officer (CEO)").
 */
final class AcronymDefinitions {

    private static final int MAX_WORDS = 10;

    private final Lexicon lex;

    AcronymDefinitions(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * Rewrites the mentions of one sentence: the defined name becomes one organization name, the acronym
     * an organization name after it.
     *
     * @param text     the sentence text
     * @param base     the sentence's offset in the article
     * @param mentions the sentence's mentions, in any order; replaced in place
     */
    void apply(String text, int base, List<Mention> mentions) {
        if (lex.language().isCjk()) {
            return;
        }
        for (Mention acronym : List.copyOf(mentions)) {
            if (acronym.kind() != Mention.Kind.NAME || !isAcronym(acronym.text())) {
                continue;
            }
            int b = acronym.begin() - base;
            int e = acronym.end() - base;
            if (b < 2 || e >= text.length() || text.charAt(b - 1) != '(' || text.charAt(e) != ')' || text.charAt(b - 2) != ' ') {
                continue;
            }
            int[] span = definedSpan(text, b - 2, acronym.text());
            if (span == null) {
                continue;
            }
            int sb = base + span[0];
            int se = base + span[1];
            // "del Grupo Energético del Cinca (GEC)": a kind phrase read as "the group" is part of the name.
            boolean blocked = mentions.stream().anyMatch(m -> m.overlaps(sb, se) && m.kind() != Mention.Kind.NAME
                    && m.kind() != Mention.Kind.ANAPHOR && !(m.kind() == Mention.Kind.ORG && m.begin() == sb && m.end() == se));
            if (blocked || mentions.stream().anyMatch(m -> m.kind() == Mention.Kind.ORG && m.begin() == sb && m.end() == se)) {
                continue;
            }
            mentions.removeIf(m -> m.overlaps(sb, se) || m == acronym);
            mentions.add(Mention.name(sb, se, text.substring(span[0], span[1]), Mention.Hint.ORGANIZATION));
            mentions.add(acronym.withHint(Mention.Hint.ORGANIZATION));
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::begin));
    }

    static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The span of words ending at {@code end} whose initials spell the acronym, read from the right; the
     * shortest that starts with a capitalized word, or null.
     */
    private int[] definedSpan(String text, int end, String acronym) {
        List<int[]> words = new ArrayList<>();
        for (int[] w : MentionFinder.words(text.substring(0, end))) {
            words.add(w);
        }
        if (words.isEmpty() || words.get(words.size() - 1)[1] != end) {
            return null;
        }
        int first = Math.max(0, words.size() - MAX_WORDS);
        for (int start = words.size() - 1; start >= first; start--) {
            int[] w = words.get(start);
            if (!Character.isUpperCase(text.charAt(w[0]))) {
                continue;
            }
            if (!joinedBySpaces(text, words, start)) {
                return null;
            }
            if (spells(text, words, start, words.size(), acronym, 0)) {
                return new int[] {w[0], end};
            }
        }
        return null;
    }

    private static boolean joinedBySpaces(String text, List<int[]> words, int start) {
        for (int k = start; k + 1 < words.size(); k++) {
            String gap = text.substring(words.get(k)[1], words.get(k + 1)[0]);
            if (!gap.equals(" ") && !gap.equals(" & ") && !gap.equals("-")) {
                return false;
            }
        }
        return true;
    }

    /** Whether words [k, to) spell acronym[a..]: capitalized words give their initial, connectors may. */
    private static boolean spells(String text, List<int[]> words, int k, int to, String acronym, int a) {
        if (k == to) {
            return a == acronym.length();
        }
        int[] w = words.get(k);
        char c = text.charAt(w[0]);
        boolean gives = a < acronym.length() && initial(c) == acronym.charAt(a);
        if (Character.isUpperCase(c)) {
            // "Rhône-Doubs" gives R or RD: each capitalized part of a hyphenated word may give its initial.
            String parts = hyphenInitials(text.substring(w[0], w[1]));
            if (parts.length() > 1 && acronym.startsWith(parts, a) && spells(text, words, k + 1, to, acronym, a + parts.length())) {
                return true;
            }
            return gives && spells(text, words, k + 1, to, acronym, a + 1);
        }
        if (!isConnector(text.substring(w[0], w[1]))) {
            return false;
        }
        return gives && spells(text, words, k + 1, to, acronym, a + 1) || spells(text, words, k + 1, to, acronym, a);
    }

    /** "É" spells E: acronyms are written without accents. */
    private static char initial(char c) {
        String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        return Character.toUpperCase(base.charAt(0));
    }

    private static String hyphenInitials(String word) {
        StringBuilder b = new StringBuilder();
        for (String part : word.split("-")) {
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
                return "";
            }
            b.append(initial(part.charAt(0)));
        }
        return b.toString();
    }

    /** A short lowercase word inside a name: "of", "für", "del", "and", "the"; the spelling decides. */
    private static boolean isConnector(String folded) {
        return folded.length() <= 4;
    }
}
