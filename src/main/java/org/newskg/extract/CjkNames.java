package org.newskg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Chinese and Japanese personal names, which no capital letter marks, read from what stands
 * around them. A Chinese name is a family name (王, 欧阳) and one or two given-name characters where
 * a title or a verb taking a person stands before it (总经理刘洋, 任命李敏为), a cue after it (王强表示,
 * 陈峰先生), or a clause boundary on both sides (，李明出任). A Japanese name is read back from a
 * title (佐藤花子取締役), an honorific or rank (山田氏, 野口博之常務), or an age in parentheses, to
 * the particle or punctuation before it; a title then a colon puts the name after it (社長：山田太郎).
 *
 * <pre>
 *   CjkNames names = new CjkNames(lex, readings, composer::endsInTitlePart, lex.fold(articleText));
 *   names.chinese(sentence, folded, base, taken, mentions);
 * </pre>
 */
final class CjkNames {

    /** How firmly what stands next to a candidate marks it as a name. */
    enum Anchor {
        /** An ordinary word: nothing tells. */
        NONE,
        /** A clause boundary or a function word: a name may stand here, as any noun may. */
        WEAK,
        /** A title, a person's verb, a speech verb, an honorific: a person stands here. */
        STRONG
    }

    /** The most kanji a Japanese name is read back over; longer runs have no boundary to trust. */
    private static final int MAX_JAPANESE = 6;

    private final Lexicon lex;
    /** The Japanese dictionary, where a name's start or a kana given name needs it; null to go without. */
    private final org.newskg.lang.JapaneseReadings readings;
    /** Whether a folded word ends in a part of a composed title (経営企画, 担当): no name. */
    private final Predicate<String> endsInTitlePart;
    /** The whole article, folded: where a sentence leaves a name's length open, the article decides. */
    private final String article;

    CjkNames(Lexicon lex, org.newskg.lang.JapaneseReadings readings, Predicate<String> endsInTitlePart, String foldedArticle) {
        this.lex = lex;
        this.readings = readings;
        this.endsInTitlePart = endsInTitlePart;
        this.article = foldedArticle == null ? "" : foldedArticle;
    }

    // ---------------------------------------------------------------- Chinese

    /** Adds the native Chinese names of a sentence that its context marks as names. */
    void chinese(String text, String folded, int base, boolean[] taken, List<Mention> out) {
        Spans spans = new Spans(out, base);
        for (int s = 0; s < folded.length(); s++) {
            if (taken[s]) {
                continue;
            }
            int e = chineseNameAt(folded, s, taken, spans, null);
            if (e > s) {
                MentionFinder.add(out, taken, Mention.name(base + s, base + e, text.substring(s, e), Mention.Hint.PERSON), base);
                spans.add(out.get(out.size() - 1), base);
                s = e - 1;
            }
        }
    }

    /**
     * The end of the Chinese name that starts at {@code s}, or -1 where none does.
     *
     * @param left what stands before, when the caller knows it (a title just read); null to look
     */
    int chineseNameAt(String folded, int s, boolean[] taken, Spans spans, Anchor left) {
        int surname = lex.surnameLength(folded, s);
        if (surname == 0 || taken[s] || surname == 2 && taken[s + 1]) {
            return -1;
        }
        // 任 in 担任, 出任: a family name's character that ends a verb is the verb's.
        for (int k = Math.max(0, s - 3); k < s; k++) {
            if (left == null && lex.personCueAfterAt(folded, k) > s - k) {
                return -1;
            }
        }
        Anchor before = left != null ? left : left(folded, s, taken, spans);
        if (opensWord(folded, s)) {
            return -1;
        }
        int[] ends = new int[2];
        int n = 0;
        for (int g = 1; g <= 2; g++) {
            int e = s + surname + g;
            if (e > folded.length() || !givenNameChar(folded, e - 1, taken)) {
                break;
            }
            if (!holdsSurnameWord(folded, s, e)) {
                ends[n++] = e;
            }
        }
        if (n == 0) {
            return -1;
        }
        for (int k = 0; k < n; k++) {
            int e = ends[k];
            Anchor after = right(folded, e, taken, spans);
            // Marked on one side only, or by boundaries alone: a full three-character name with a frequent family
            // name, two-character words being legion and rare family names everyday characters (闻, 司).
            boolean common = lex.isCommonSurname(folded, s);
            boolean full = e - s >= 3 && common;
            boolean accepted = switch (before) {
                case STRONG -> after != Anchor.NONE;
                case WEAK -> after == Anchor.STRONG && common || after == Anchor.WEAK && full;
                case NONE -> after == Anchor.STRONG && full;
            };
            if (accepted) {
                return e;
            }
        }
        if (before != Anchor.STRONG) {
            return -1;
        }
        // After a title and nothing to end the name: the longer reading, unless the article writes the shorter one alone.
        return n == 2 && writtenAlone(folded.substring(s, ends[0]), folded.charAt(ends[0])) ? ends[0] : ends[n - 1];
    }

    /** Whether a word that only looks like a name opens at {@code s}: 任期, 高层, 西班牙. */
    boolean opensWord(String folded, int s) {
        for (int n = 2; n <= 4 && s + n <= folded.length(); n++) {
            if (lex.isSurnameWord(folded.substring(s, s + n))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a character may be part of a given name: Han, free, and opening no word that follows names. */
    private boolean givenNameChar(String folded, int i, boolean[] taken) {
        return !taken[i] && Character.UnicodeScript.of(folded.charAt(i)) == Character.UnicodeScript.HAN
                && lex.nameStopAt(folded, i) == 0 && lex.personCueAfterAt(folded, i) == 0
                && lex.speechVerbs().longestAt(folded, i) == null;
    }

    /** Whether {@code [s, e)} holds a word that only looks like a name (司高层 holds 高层). */
    private boolean holdsSurnameWord(String folded, int s, int e) {
        for (int b = s; b < e - 1; b++) {
            for (int x = b + 2; x <= e; x++) {
                if (lex.isSurnameWord(folded.substring(b, x))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the article writes {@code name} somewhere as a whole name: followed by punctuation, a
     * word that follows names, or a cue, and not by {@code next}. 刘洋 for 刘洋因 when "刘洋表示" comes later.
     */
    private boolean writtenAlone(String name, char next) {
        for (int i = article.indexOf(name); i >= 0; i = article.indexOf(name, i + 1)) {
            int e = i + name.length();
            if (e >= article.length()) {
                return true;
            }
            char c = article.charAt(e);
            if (c != next && (!MatchText.isCjk(c) || lex.nameStopAt(article, e) > 0 || lex.personCueAfterAt(article, e) > 0
                    || lex.speechVerbs().longestAt(article, e) != null)) {
                return true;
            }
        }
        return false;
    }

    /** What stands right before position {@code s}. */
    private Anchor left(String folded, int s, boolean[] taken, Spans spans) {
        if (s == 0) {
            return Anchor.WEAK;
        }
        Mention m = spans.endingAt(s);
        if (m != null) {
            return switch (m.kind()) {
                case ROLE -> Anchor.STRONG;
                case TRIGGER -> m.trigger().slot() != Trigger.Slot.BEFORE ? Anchor.STRONG : Anchor.WEAK;
                case PRONOUN -> Anchor.NONE;
                default -> Anchor.WEAK;
            };
        }
        if (folded.charAt(s - 1) == ':') {
            return Anchor.NONE; // "编辑:兰素英", a byline: the colon tells nothing of what follows
        }
        if (taken[s - 1] || !MatchText.isCjk(folded.charAt(s - 1))) {
            return Anchor.WEAK;
        }
        if (lex.personCueBefore(folded, s) > 0) {
            return Anchor.STRONG; // 记者, 分析师, 老帅, 球员: a noun for a person
        }
        return lex.nameStopBefore(folded, s) > 0 ? Anchor.WEAK : Anchor.NONE;
    }

    /** What stands right after a candidate that ends at {@code e}. */
    private Anchor right(String folded, int e, boolean[] taken, Spans spans) {
        if (e >= folded.length()) {
            return Anchor.WEAK;
        }
        Mention m = spans.startingAt(e);
        if (m != null) {
            // A title after a name is as often after an organization's short name (临江雄狮董事长): weak.
            return m.kind() == Mention.Kind.TRIGGER || m.kind() == Mention.Kind.TIME ? Anchor.STRONG : Anchor.WEAK;
        }
        char c = folded.charAt(e);
        if (taken[e] || !MatchText.isCjk(c)) {
            return c == '(' ? Anchor.STRONG : Anchor.WEAK;
        }
        if (lex.personCueAfterAt(folded, e) > 0 || lex.speechVerbs().longestAt(folded, e) != null) {
            return Anchor.STRONG;
        }
        return lex.nameStopAt(folded, e) > 0 ? Anchor.WEAK : Anchor.NONE;
    }

    // ---------------------------------------------------------------- Japanese

    /**
     * Adds the Japanese names of a sentence: kanji (and a kana given name) before a title, an
     * honorific, a rank or an age; and after a title set off by a colon or a space.
     */
    void japanese(String text, String folded, int base, boolean[] taken, List<Mention> out) {
        Spans spans = new Spans(out, base);
        for (int e = 1; e < folded.length(); e++) {
            int least = markerAt(folded, e, spans);
            if (least == 0 || taken[e - 1]) {
                continue;
            }
            int end = e;
            int s = japaneseStart(text, folded, end, taken);
            // "黒川社長" where the article writes 黒川氏: two kanji before a title are a family name the article knows.
            if (s >= 0 && (end - s >= least || end - s == 2 && writtenWithHonorific(folded.substring(s, end)))
                    && plausibleJapanese(folded.substring(s, end))) {
                MentionFinder.add(out, taken, Mention.name(base + s, base + end, text.substring(s, end), Mention.Hint.PERSON), base);
            }
        }
        for (Mention m : List.copyOf(out)) {
            if (m.kind() != Mention.Kind.ROLE) {
                continue;
            }
            // "代表取締役社長：堀内健太郎", "広報部長　永井さやか": a title, a colon or a space, the name.
            int p = m.end() - base;
            if (p + 1 < folded.length() && (folded.charAt(p) == ':' || folded.charAt(p) == ' ') && !taken[p + 1]) {
                int e = japaneseEnd(folded, p + 1, taken);
                if (e - (p + 1) >= 2 && plausibleJapanese(folded.substring(p + 1, e))) {
                    MentionFinder.add(out, taken, Mention.name(base + p + 1, base + e, text.substring(p + 1, e),
                            Mention.Hint.PERSON), base);
                }
            }
        }
    }

    /**
     * The fewest characters a name needs before a marker at {@code e}, or 0 where no marker stands: a
     * title (3: two kanji before a title are as often a word), perhaps after a word for former or
     * incoming (大江茂樹前会長), an honorific or rank (2), an age or a Latin gloss in parentheses (3 and 2).
     */
    private int markerAt(String folded, int e, Spans spans) {
        Mention m = spans.startingAt(e);
        if (m != null && m.kind() == Mention.Kind.ROLE) {
            // "森岡新社長": a word for incoming or former before the title ends the name; it is read from there.
            return marksTime(folded, e) ? 0 : 3;
        }
        PhraseMatcher.Match<Glue> g = lex.glueAt(folded, e);
        if (g != null && (g.values().contains(Glue.FORMER) || g.values().contains(Glue.FUTURE))) {
            Mention title = spans.startingAt(g.end());
            if (title != null && title.kind() == Mention.Kind.ROLE) {
                return 3;
            }
        }
        if (lex.personCueAfterAt(folded, e) > 0) {
            return 2;
        }
        if (folded.charAt(e) == '(' && e + 1 < folded.length()) {
            // "桐生修一（きりゅう・しゅういち）氏": the name's reading in kana, then an honorific.
            int r = e + 1;
            while (r < folded.length() && r - e <= 16 && (isHiragana(folded.charAt(r)) || folded.charAt(r) == '\u00B7')) {
                r++;
            }
            if (r - e > 3 && r < folded.length() && folded.charAt(r) == ')' && lex.personCueAfterAt(folded, r + 1) > 0) {
                return 2;
            }
            char c = folded.charAt(e + 1);
            if (Character.isLetter(c) && !MatchText.isCjk(c)) {
                return 2;
            }
            int d = e + 1;
            while (d < folded.length() && Character.isDigit(folded.charAt(d))) {
                d++;
            }
            if (d > e + 1 && d < folded.length() && folded.charAt(d) == ')') {
                return 3;
            }
        }
        return 0;
    }

    /** Whether a word for former or incoming (前, 新) ends at {@code e}, right before a title. */
    private boolean marksTime(String folded, int e) {
        for (int k = Math.max(1, e - 3); k < e; k++) {
            PhraseMatcher.Match<Glue> g = lex.glueAt(folded, k);
            if (g != null && g.end() == e && (g.values().contains(Glue.FORMER) || g.values().contains(Glue.FUTURE))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article writes {@code name} after a boundary and before an honorific or a person's
     * cue (黒川氏, 黒川さん): a family name, which may then stand alone before a title.
     */
    private boolean writtenWithHonorific(String name) {
        for (int i = article.indexOf(name); i >= 0; i = article.indexOf(name, i + 1)) {
            int e = i + name.length();
            if ((i == 0 || !isHan(article.charAt(i - 1))) && e < article.length() && lex.personCueAfterAt(article, e) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Where a Japanese name that ends at {@code e} begins, or -1 where no boundary comes before it. */
    private int japaneseStart(String text, String folded, int e, boolean[] taken) {
        int i = e;
        while (i > 0 && e - i < 4 && !taken[i - 1] && isHiragana(folded.charAt(i - 1))) {
            i--;
        }
        int most = MAX_JAPANESE;
        if (i < e) {
            // A given name in kana after a kanji family name: 佐伯まどか. Particles open no name.
            if (e - i < 2 || lex.nameStopAt(folded, i) > 0) {
                return -1;
            }
            most = 3;
        }
        int j = i;
        while (j > 0 && i - j < most && !taken[j - 1] && isHan(folded.charAt(j - 1))) {
            j--;
        }
        if (j == i) {
            return -1;
        }
        boolean boundary = j == 0 || taken[j - 1] || !isHan(folded.charAt(j - 1));
        if (!boundary) {
            // Kanji run on from the words before: where the dictionary reads a name, it begins there.
            int tail = readings == null ? 0 : readings.nameTail(text.substring(Math.max(0, e - 10), e));
            return tail >= 3 && e - tail >= j - 1 ? e - tail : -1;
        }
        // "就任している" is no family name and kana given name: a verb or a particle reads in it.
        if (i < e && readings != null && readings.inflects(text.substring(j, e))) {
            return -1;
        }
        // "村瀬 健一氏": a profile writes family and given name apart.
        if (i == e && j >= 2 && folded.charAt(j - 1) == ' ' && !taken[j - 2] && isHan(folded.charAt(j - 2)) && e - j <= 3) {
            int f = j - 1;
            while (f > 0 && j - 1 - f < 3 && !taken[f - 1] && isHan(folded.charAt(f - 1))) {
                f--;
            }
            if (f == 0 || taken[f - 1] || !isHan(folded.charAt(f - 1))) {
                return f;
            }
        }
        return j;
    }

    /** Where a Japanese name that begins at {@code s} after a title ends: kanji, then perhaps a kana given name. */
    private int japaneseEnd(String folded, int s, boolean[] taken) {
        int e = s;
        while (e < folded.length() && e - s < 4 && !taken[e] && isHan(folded.charAt(e))) {
            e++;
        }
        if (e == s) {
            return s;
        }
        if (e < folded.length() && isHiragana(folded.charAt(e)) && lex.nameStopAt(folded, e) == 0) {
            int k = e;
            while (k < folded.length() && k - e < 4 && !taken[k] && isHiragana(folded.charAt(k))) {
                k++;
            }
            if (k - e >= 2 && (k == folded.length() || !isHiragana(folded.charAt(k)))) {
                e = k;
            }
        }
        boolean boundary = e == folded.length() || taken[e] || !MatchText.isCjk(folded.charAt(e)) || isHiragana(folded.charAt(e));
        return boundary ? e : s;
    }

    /** A name is no organization word, no title part and no generic noun: 子会社, 営業担当. */
    private boolean plausibleJapanese(String f) {
        for (int k = 0; k < f.length(); k++) {
            String tail = f.substring(k);
            if (tail.length() >= 2 && (lex.isGenericOrgWord(tail) || lex.isOrgSuffix(tail))) {
                return false;
            }
        }
        return !endsInTitlePart.test(f);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isHiragana(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA;
    }

    /** The mentions of a sentence by where they start and end, in sentence offsets. */
    static final class Spans {
        private final Map<Integer, Mention> starting = new HashMap<>();
        private final Map<Integer, Mention> ending = new HashMap<>();

        Spans(List<Mention> mentions, int base) {
            mentions.forEach(m -> add(m, base));
        }

        void add(Mention m, int base) {
            starting.merge(m.begin() - base, m, (a, b) -> a.end() >= b.end() ? a : b);
            ending.merge(m.end() - base, m, (a, b) -> a.begin() <= b.begin() ? a : b);
        }

        Mention startingAt(int i) {
            return starting.get(i);
        }

        Mention endingAt(int i) {
            return ending.get(i);
        }
    }
}
