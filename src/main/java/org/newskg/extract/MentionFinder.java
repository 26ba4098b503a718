package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.read.Language;
import org.newskg.lang.Sentence;
import org.newskg.time.TimeMention;
import org.newskg.time.TimeNormalizer;

/**
 * Finds the mentions of one sentence: time expressions, role titles, well-known organizations,
 * anaphoric organization phrases, event triggers, handles, pronouns, and proper names (Latin
 * capitalized sequences with particles; CJK transliterations with a middle dot, next to a title,
 * or glossed in parentheses). Earlier kinds win where spans overlap.
 */
final class MentionFinder {

    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_]{2,30}");
    /** A club's year or number after its name: " 1896", " 04". */
    private static final Pattern CLUB_NUMBER = Pattern.compile(" (?:\\d{2}|1[89]\\d{2}|20[0-2]\\d)(?![\\p{L}\\p{N}:/-]|[.,]\\d)");

    private final Lexicon lex;
    private final RoleComposer composer;
    private final TimeNormalizer times;
    private final AcronymDefinitions acronyms;
    private final CjkNames cjkNames;
    /** The Japanese dictionary, for Japanese text only; null otherwise. */
    private final org.newskg.lang.JapaneseReadings readings;
    /** The whole article, folded, for CJK text: where a transliterated name is written in full. */
    private final String foldedArticle;
    /** Pinyin of Chinese characters, to read a Latin gloss against the name it glosses. */
    private final org.newskg.lang.Slugs slugs = new org.newskg.lang.Slugs();

    MentionFinder(Lexicon lex, RoleComposer composer, TimeNormalizer times) {
        this(lex, composer, times, null, "");
    }

    /**
     * A finder for the sentences of one article: the article's text settles what a sentence leaves
     * open (where a Chinese name ends), the Japanese dictionary where a Japanese name begins.
     */
    MentionFinder(Lexicon lex, RoleComposer composer, TimeNormalizer times, org.newskg.lang.JapaneseReadings readings,
                  String articleText) {
        this.lex = lex;
        this.acronyms = new AcronymDefinitions(lex);
        this.composer = composer;
        this.times = times;
        this.readings = lex.language() == Language.JA ? readings : null;
        this.foldedArticle = lex.language().isCjk() && articleText != null ? lex.fold(articleText) : "";
        this.cjkNames = new CjkNames(lex, this.readings, composer::endsInTitlePart,
                lex.language().isCjk() ? lex.fold(articleText) : "");
    }

    List<Mention> find(Sentence sentence, LocalDate anchor) {
        String text = sentence.text();
        String folded = lex.fold(text);
        int base = sentence.begin();
        boolean[] taken = new boolean[text.length()];
        List<Mention> out = new ArrayList<>();

        for (TimeMention t : times.find(text, lex.language().code(), anchor)) {
            add(out, taken, new Mention(Mention.Kind.TIME, base + t.begin(), base + t.end(), t.text(),
                    null, null, null, t, null), base);
        }
        for (PhraseMatcher.Match<GazetteerOrg> m : lex.orgs().findAll(folded)) {
            if (free(taken, m.begin(), m.end()) && startsName(text, m.begin()) && !insideDottedName(folded, m.begin(), m.end())) {
                add(out, taken, new Mention(Mention.Kind.ORG, base + m.begin(), base + m.end(),
                        text.substring(m.begin(), m.end()), null, null, m.values().get(0), null, null), base);
            }
        }
        if (lex.language().isCjk()) {
            findCjkOrganizations(text, folded, base, taken, out);
        }
        List<Mention> titles = new ArrayList<>();
        // "llegó a la presidencia", "neue Präsidentin": a trigger that holds a title is read as the trigger.
        List<PhraseMatcher.Match<Trigger>> triggerMatches = lex.triggers().findAll(folded);
        List<PhraseMatcher.Match<Boolean>> nonRoles = lex.nonRoles().findAll(folded);
        for (PhraseMatcher.Match<Role> m : lex.roles().findAll(folded)) {
            // "董事会宣布": the board, not a director; "董事会成员", longer, is a title again.
            if (nonRoles.stream().anyMatch(n -> n.begin() <= m.begin() && m.end() <= n.end() && n.end() - n.begin() > m.end() - m.begin())) {
                continue;
            }
            boolean insideTrigger = triggerMatches.stream().anyMatch(t -> t.begin() <= m.begin() && m.end() <= t.end()
                    && t.end() - t.begin() > m.end() - m.begin() && !onlyNewness(folded, t.begin(), m.begin(), m.end(), t.end()));
            if (free(taken, m.begin(), m.end()) && !insideTrigger) {
                titles.add(new Mention(Mention.Kind.ROLE, base + m.begin(), base + m.end(),
                        text.substring(m.begin(), m.end()), m.values(), null, null, null, null));
            }
        }
        for (Mention m : composer.teamLeads(text, base, taken)) {
            out.add(m);
        }
        List<PhraseMatcher.Match<Lexicon.SplitTrigger>> splits = lex.splitTriggers().findAll(folded);
        for (Mention m : composer.compose(text, base, titles, taken)) {
            // "führt X die Geschäfte kommissarisch": a verb of leading that is a split trigger here is the trigger.
            boolean trigger = Roles.isTopPost(m.roles().get(0)) && splits.stream().anyMatch(st -> st.begin() == m.begin() - base
                    && st.values().stream().anyMatch(v -> restFollows(folded, st.end(), v.rest()) >= 0));
            if (!trigger && free(taken, m.begin() - base, m.end() - base)) {
                add(out, taken, m, base);
            }
        }
        for (PhraseMatcher.Match<Boolean> m : lex.orgAnaphora().findAll(folded)) {
            if (free(taken, m.begin(), m.end()) && !opensName(text, folded, m.begin(), m.end())) {
                add(out, taken, Mention.of(Mention.Kind.ANAPHOR, base + m.begin(), base + m.end(),
                        text.substring(m.begin(), m.end())), base);
            }
        }
        findDescribedAnaphora(text, folded, base, taken, out);
        // "wählte den Präsidenten ab", "treedt op 1 januari terug": the mention is the verb; the particle confirms it.
        Map<Mention, Integer> split = new HashMap<>();
        for (PhraseMatcher.Match<Lexicon.SplitTrigger> m : splits) {
            if (free(taken, m.begin(), m.end())) {
                for (Lexicon.SplitTrigger st : m.values()) {
                    int rest = restFollows(folded, m.end(), st.rest());
                    if (rest >= 0) {
                        Mention t = new Mention(Mention.Kind.TRIGGER, base + m.begin(), base + m.end(),
                                text.substring(m.begin(), m.end()), null, st.trigger(), null, null, null);
                        add(out, taken, t, base);
                        split.put(t, base + rest);
                        break;
                    }
                }
            }
        }
        for (PhraseMatcher.Match<Trigger> found : triggerMatches) {
            PhraseMatcher.Match<Trigger> m = found;
            if (!free(taken, m.begin(), m.end())) {
                // "lämnar bolaget" where "bolaget" is already read as the company: the verb alone, if it is one.
                int stop = m.begin();
                while (stop < m.end() && !taken[stop]) {
                    stop++;
                }
                PhraseMatcher.Match<Trigger> shorter = stop > m.begin() ? lex.triggers().longestAt(folded, m.begin(), stop) : null;
                int verbEnd = folded.substring(0, stop).stripTrailing().length();
                int titleAt = stop + base;
                if (shorter == null && verbEnd > m.begin() && folded.substring(m.begin(), verbEnd).contains(" ")
                        && titles.stream().anyMatch(r -> r.begin() == titleAt)) {
                    // "prend la présidence du conseil de surveillance": the title read longer than the trigger's
                    // noun keeps the verb before it as the trigger.
                    shorter = new PhraseMatcher.Match<>(m.begin(), verbEnd, m.values());
                }
                m = shorter != null && free(taken, shorter.begin(), shorter.end()) ? shorter : m;
            }
            if (free(taken, m.begin(), m.end())) {
                add(out, taken, new Mention(Mention.Kind.TRIGGER, base + m.begin(), base + m.end(),
                        text.substring(m.begin(), m.end()), null, m.values().get(0), null, null, null), base);
            }
        }
        Matcher h = HANDLE.matcher(text);
        while (h.find()) {
            if (free(taken, h.start(), h.end())) {
                add(out, taken, Mention.of(Mention.Kind.HANDLE, base + h.start(), base + h.end(), h.group()), base);
            }
        }
        if (lex.language().isCjk()) {
            findTitleAbbreviations(text, folded, base, taken, out);
        }
        findCjkNames(text, folded, base, taken, out);
        findLatinNames(text, folded, base, taken, out);
        acronyms.apply(text, base, out);
        findPronouns(text, folded, base, taken, out);
        // "volgt het onderzoek op de voet" is no "volgt X op": what a split verb encloses must be someone or something.
        out.removeIf(m -> split.containsKey(m) && out.stream().noneMatch(o -> o.begin() >= m.end() && o.end() <= split.get(m))
                && text.substring(m.end() - base, split.get(m) - base).strip().split("\\s+").length > 1);
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    /** A capitalized word next, perhaps after one small word: " del Norte", " Ribera". */
    private static final java.util.regex.Pattern NAME_GOES_ON = java.util.regex.Pattern.compile("^ (?:(\\p{Ll}+) )?\\p{Lu}");

    /**
     * "del Grupo Energético del Cinca", "La Compañía Eléctrica del Norte": a kind phrase written with capitals and
     * going on into a name ("de", "of" and a capitalized word) opens that name; it is no "the group". Languages that
     * capitalize every noun tell nothing by capitals.
     */
    private boolean opensName(String text, String folded, int b, int e) {
        int last = text.lastIndexOf(' ', e - 1) + 1;
        if (lex.capitalizesNouns() || last <= b || !Character.isUpperCase(text.charAt(last))) {
            return false;
        }
        String rest = text.substring(e);
        java.util.regex.Matcher w = NAME_GOES_ON.matcher(rest);
        if (!w.find()) {
            return false;
        }
        List<Glue> g = w.group(1) == null ? List.of() : lex.gap(lex.fold(w.group(1)));
        return g != null && g.stream().allMatch(x -> x == Glue.OF);
    }

    /**
     * "de Helmondse autobouwer", "the Swedish lender": a place or nationality adjective inside an anaphoric
     * phrase still refers back to the organization; the adjective is no name.
     */
    private void findDescribedAnaphora(String text, String folded, int base, boolean[] taken, List<Mention> out) {
        List<int[]> words = words(text);
        for (int k = 1; k + 1 < words.size(); k++) {
            int[] p = words.get(k - 1);
            int[] w = words.get(k);
            int[] n = words.get(k + 1);
            if (!Character.isUpperCase(text.charAt(w[0])) || !Character.isLowerCase(text.charAt(n[0]))
                    || !text.substring(p[1], w[0]).equals(" ") || !text.substring(w[1], n[0]).equals(" ")
                    || !free(taken, p[0], n[1])) {
                continue;
            }
            String phrase = folded.substring(p[0], p[1]) + " " + folded.substring(n[0], n[1]);
            PhraseMatcher.Match<Boolean> m = lex.orgAnaphora().longestAt(phrase, 0);
            if (m != null && m.end() == phrase.length()) {
                add(out, taken, Mention.of(Mention.Kind.ANAPHOR, base + p[0], base + n[1], text.substring(p[0], n[1])), base);
            }
        }
    }

    /**
     * "最高デジタル責任者（CDO）", "首席战略官（CSO）": capital letters in parentheses right after a title
     * abbreviate it, whatever they stand for elsewhere; they are that title again, not a name.
     */
    private void findTitleAbbreviations(String text, String folded, int base, boolean[] taken, List<Mention> out) {
        for (Mention title : List.copyOf(out)) {
            int p = title.end() - base;
            if (title.kind() != Mention.Kind.ROLE || p >= folded.length() || folded.charAt(p) != '(') {
                continue;
            }
            int e = p + 1;
            while (e < folded.length() && e - p <= 6 && text.charAt(e) >= 'A' && text.charAt(e) <= 'Z') {
                e++;
            }
            if (e - p - 1 >= 2 && e < folded.length() && folded.charAt(e) == ')' && free(taken, p + 1, e)) {
                add(out, taken, new Mention(Mention.Kind.ROLE, base + p + 1, base + e, text.substring(p + 1, e),
                        title.roles(), null, null, null, null), base);
            }
        }
    }

    /** Whether what a trigger adds to a title is only "new" ("ny vd", "neuer CEO"): then the title is read as a title. */
    private boolean onlyNewness(String folded, int tb, int rb, int re, int te) {
        String extra = (folded.substring(tb, rb) + " " + folded.substring(re, te)).strip();
        java.util.List<Glue> g = lex.gap(extra);
        return g != null && !g.isEmpty() && g.stream().allMatch(x -> x == Glue.FUTURE || x == Glue.DET);
    }

    /**
     * Whether a span lies in a transliterated name joined by a middle dot: 福斯 in 丹尼尔·福斯特 touches
     * the dot, 雷诺 in 哈维尔·莫雷诺 reaches it over transliteration characters.
     */
    private boolean insideDottedName(String folded, int b, int e) {
        if (!lex.language().isCjk()) {
            return b > 0 && isDot(folded, b - 1) || e < folded.length() && isDot(folded, e);
        }
        int l = b;
        while (l > 0 && !isDot(folded, l - 1) && isNameChar(folded.charAt(l - 1))) {
            l--;
        }
        int r = e;
        while (r < folded.length() && !isDot(folded, r) && isNameChar(folded.charAt(r))) {
            r++;
        }
        if (l > 0 && isDot(folded, l - 1) || r < folded.length() && isDot(folded, r)) {
            return true;
        }
        // "莫雷诺上任" after "哈维尔·莫雷诺": the surname alone, which the article writes in full elsewhere.
        String word = folded.substring(l, r);
        return r - l > e - b && (foldedArticle.contains("\u00B7" + word) || foldedArticle.contains(word + "\u00B7"));
    }

    /**
     * Whether the character at {@code i} joins the parts of a transliterated name: a middle dot, or a
     * full stop between two CJK characters (哈维尔．莫雷诺, written with the full-width stop).
     */
    private static boolean isDot(String folded, int i) {
        char c = folded.charAt(i);
        return c == '\u00B7' || c == '\u30FB' || c == '.' && i > 0 && i + 1 < folded.length()
                && MatchText.isCjk(folded.charAt(i - 1)) && MatchText.isCjk(folded.charAt(i + 1));
    }

    /** Adds mentions for further occurrences of names already established elsewhere in the article. */
    List<Mention> addKnownNames(Sentence sentence, List<Mention> mentions, Map<String, Mention.Hint> known) {
        if (known.isEmpty()) {
            return mentions;
        }
        String text = sentence.text();
        int base = sentence.begin();
        boolean[] taken = new boolean[text.length()];
        for (Mention m : mentions) {
            mark(taken, m.begin() - base, m.end() - base);
        }
        List<Mention> out = new ArrayList<>(mentions);
        String folded = lex.fold(text);
        // Longer names first: 澜锐科技 before a shorter name inside it.
        List<String> names = new ArrayList<>(known.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String name : names) {
            String f = lex.fold(name);
            for (int i = folded.indexOf(f); i >= 0; i = folded.indexOf(f, i + 1)) {
                if (free(taken, i, i + f.length())) {
                    add(out, taken, Mention.name(base + i, base + i + f.length(), text.substring(i, i + f.length()),
                            known.get(name)), base);
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    /**
     * The most characters a CJK organization name is read back over from its kind word: Chinese names
     * are short (华辰科技); Japanese ones, set off by kana, may be long (北海道電子部品工業会).
     */
    private int maxCjkOrg() {
        return lex.language() == Language.JA ? 8 : 4;
    }

    /**
     * CJK organizations named by their kind: two to eight characters before a kind word such as 科技,
     * 集团, 银行, 電機, FC ("华辰科技", "アオバ電機", "青岚FC"), starting where a word before them ends (punctuation,
     * a particle, a verb, a title, a cue, a generic word such as 公司); and names set off as titles.
     */
    private void findCjkOrganizations(String text, String folded, int base, boolean[] taken, List<Mention> out) {
        findTitledOrganizations(text, folded, base, taken, out);
        // Where a known word ends, a name may begin: "加盟远帆飞机租赁", "创立星海基金会", "据岳峰汽车".
        boolean[] wordEnd = new boolean[folded.length() + 1];
        lex.triggers().findAll(folded).forEach(m -> wordEnd[m.end()] = true);
        lex.splitTriggers().findAll(folded).forEach(m -> wordEnd[m.end()] = true);
        lex.roles().findAll(folded).forEach(m -> wordEnd[m.end()] = true);
        lex.leadVerbs().findAll(folded).forEach(m -> wordEnd[m.end()] = true);
        lex.speechVerbs().findAll(folded).forEach(m -> wordEnd[m.end()] = true);
        List<int[]> kinds = new ArrayList<>();
        for (String suffix : lex.orgSuffixes()) {
            // One character (社) is too little to tell a company from any noun.
            if (suffix.length() < 2 || lex.isGenericOrgWord(suffix)) {
                continue;
            }
            boolean cjk = MatchText.isCjk(suffix.charAt(0));
            for (int i = folded.indexOf(suffix, 1); i > 0; i = folded.indexOf(suffix, i + 1)) {
                if ((cjk || latinKindAfterCjk(text, folded, i, i + suffix.length()))
                        && !composer.fieldGoesOn(folded, i, i + suffix.length())) {
                    kinds.add(new int[] {i, i + suffix.length()});
                }
            }
        }
        // The longest kind word first ("テクノロジーズ" before "テクノロジー"), then in the order they stand.
        kinds.sort(Comparator.comparingInt((int[] k) -> k[0] - k[1]).thenComparingInt(k -> k[0]));
        Map<Integer, Integer> kindAt = new HashMap<>();
        kinds.forEach(k -> kindAt.merge(k[0], k[1], Math::max));
        for (int[] k : kinds) {
            if (!free(taken, k[0], k[1])) {
                continue;
            }
            int b = cjkOrgStart(folded, k[0], taken, wordEnd);
            if (b >= 0) {
                // "南海快运航空", "岳峰汽车集团": a kind word right after another belongs to the name too.
                int e = k[1];
                while (kindAt.containsKey(e) && free(taken, e, kindAt.get(e))) {
                    e = kindAt.get(e);
                }
                add(out, taken, Mention.name(base + b, base + e, text.substring(b, e), Mention.Hint.ORGANIZATION), base);
            }
        }
    }

    /**
     * "青岚FC", "翠湾AG": a legal form or a club's letters (a kind word that also opens names, as FC does)
     * written right after a CJK name, as a word of its own; "香港AI" is no company.
     */
    private boolean latinKindAfterCjk(String text, String folded, int i, int e) {
        String kind = folded.substring(i, e);
        return MatchText.isCjk(folded.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))
                && (lex.legalForms().contains(kind) || lex.isOrgPrefix(kind))
                && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)) || MatchText.isCjk(text.charAt(e)));
    }

    /**
     * Where a CJK organization name whose kind word starts at {@code i} begins, or -1: the last place
     * in the run of name characters before it where a known word ends, else the start of the run if
     * something other than its length ended it.
     */
    private int cjkOrgStart(String folded, int i, boolean[] taken, boolean[] wordEnd) {
        // A function word of several characters ends the run; one character (和, 与) may be part of a name (和曦),
        // but not its last: "同学与大学" has no name before its kind word.
        if (lex.nameStopBefore(folded, i) > 0) {
            return -1;
        }
        int b = i;
        while (b > 0 && i - b < maxCjkOrg() && !taken[b - 1] && isOrgNameChar(folded.charAt(b - 1))
                && lex.nameStopBefore(folded, b) < 2 && lex.personCueAfterBefore(folded, b) == 0) {
            b--;
        }
        for (int g = i - 2; g > b; g--) {
            // "公司澜锐科技": a generic word before the name; "加盟远帆飞机租赁": a verb; "与华信证券": a function word.
            if (wordEnd[g] || lex.orgCueBefore(folded, g) > 1 || lex.personCueBefore(folded, g) > 1
                    || genericWordBefore(folded, g) || lex.nameStopBefore(folded, g) > 0) {
                return g;
            }
        }
        boolean ended = b == 0 || taken[b - 1] || !isOrgNameChar(folded.charAt(b - 1)) || lex.nameStopBefore(folded, b) > 0
                || lex.personCueAfterBefore(folded, b) > 0
                || wordEnd[b] || genericWordBefore(folded, b);
        if (b > 0 && Character.isDigit(folded.charAt(b - 1))) {
            b++; // "19年白山リース": the unit after a number (年, 月, 家) goes with the number
        }
        if (!ended && b > 0) {
            // "IC設計廠崇晶科技", "晶片厂华芯科技": a longer run may hold a trade noun before the name; the name starts after it.
            for (int g = i - 2; g > 0 && i - g <= 2 * maxCjkOrg() && !taken[g - 1] && isOrgNameChar(folded.charAt(g - 1)); g--) {
                if (genericWordBefore(folded, g) || lex.isGenericOrgWord(folded.substring(g - 1, g))) {
                    return i - g >= 2 && i - g <= maxCjkOrg() ? kanaOpening(folded, g) : -1;
                }
            }
        }
        // "两位大学同学", "一家家电企业": a quantity, not a name.
        if (!ended || i - b < 2 || lex.opensWithCount(folded.substring(b, i))) {
            return -1;
        }
        return kanaOpening(folded, b);
    }

    /**
     * "みちのく損害保険協議会": a Japanese name may open with a word in hiragana, which the dictionary
     * reads as a noun, set off before by punctuation or the sentence start; particles and adverbs
     * (さらに) open none. Returns where the name begins: {@code b}, or the start of that word.
     */
    private int kanaOpening(String folded, int b) {
        if (readings == null) {
            return b;
        }
        int h = b;
        while (h > 0 && b - h < 6 && Character.UnicodeScript.of(folded.charAt(h - 1)) == Character.UnicodeScript.HIRAGANA) {
            h--;
        }
        boolean setOff = h == 0 || !Character.isLetterOrDigit(folded.charAt(h - 1));
        return b - h >= 3 && setOff && readings.nounsOnly(folded.substring(h, b)) ? h : b;
    }

    /** Whether a generic organization word ("公司", "媒体", "子会社") ends at {@code i}. */
    private boolean genericWordBefore(String folded, int i) {
        for (int n = 2; n <= 4 && n <= i; n++) {
            if (lex.isGenericOrgWord(folded.substring(i - n, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names set off as titles: 《…》 and 「…」 after a generic word ("新闻媒体《岛屿观察》", "子会社「エチゴ・リニューアブルズ」")
     * or before a Latin gloss ("《岛屿观察》（Island Watch）").
     */
    private void findTitledOrganizations(String text, String folded, int base, boolean[] taken, List<Mention> out) {
        for (int i = 0; i < folded.length(); i++) {
            char close = folded.charAt(i) == '\u300A' ? '\u300B' : folded.charAt(i) == '\u300C' ? '\u300D' : 0;
            int c = close == 0 ? -1 : folded.indexOf(close, i + 1);
            if (c < 0 || c - i > 20) {
                continue;
            }
            int e = c;
            int paren = folded.indexOf('(', i + 1);
            if (paren > i && paren < c) {
                e = paren; // 「クロスポイント（CrossPoint）」: the gloss is the name's other form
            }
            boolean glossed = c + 2 < folded.length() && folded.charAt(c + 1) == '('
                    && Character.isLetter(folded.charAt(c + 2)) && !MatchText.isCjk(folded.charAt(c + 2));
            String inside = folded.substring(i + 1, e).strip();
            if (inside.length() < 2 || !free(taken, i + 1, e) || !inside.chars().allMatch(ch -> Character.isLetterOrDigit(ch)
                    || ch == '\u00B7' || ch == '\u30FC' || ch == ' ' || ch == '&') || !(glossed || genericWordBefore(folded, i))
                    || quotedPhrase(inside)) {
                continue;
            }
            add(out, taken, Mention.name(base + i + 1, base + e, text.substring(i + 1, e), Mention.Hint.ORGANIZATION), base);
        }
    }

    /** 公司「規劃多年的接班安排」: a quotation holding a particle (的, の) is a phrase, unless a kind word ends it (「みちのく銀行」). */
    private boolean quotedPhrase(String inside) {
        boolean particle = false;
        for (int k = 1; k <= inside.length() && !particle; k++) {
            particle = lex.nameStopBefore(inside, k) > 0;
        }
        return particle && lex.orgSuffixes().stream().noneMatch(x -> x.length() >= 2 && inside.endsWith(x));
    }

    private static boolean isOrgNameChar(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.KATAKANA || c == '\u30FC';
    }

    private void findCjkNames(String text, String folded, int base, boolean[] taken, List<Mention> out) {
        if (!lex.language().isCjk()) {
            return;
        }
        // Japanese names before a title, an honorific, a rank or an age, and after a title and a colon.
        if (lex.language() == Language.JA) {
            cjkNames.japanese(text, folded, base, taken, out);
        }
        // Transliterated foreign names joined by a middle dot: 玛丽亚·桑托斯, マリア・サントス.
        for (int i = 1; i < folded.length(); i++) {
            if (!isDot(folded, i)) {
                continue;
            }
            int b = i;
            while (b > 0 && isNameChar(folded.charAt(b - 1)) && !taken[b - 1]) {
                b--;
            }
            int e = i + 1;
            while (e < folded.length() && (isNameChar(folded.charAt(e)) || isDot(folded, e)) && !taken[e]) {
                e++;
            }
            if (b < i && e > i + 1 && free(taken, b, e)) {
                add(out, taken, Mention.name(base + b, base + e, text.substring(b, e), Mention.Hint.PERSON), base);
            }
        }
        // A name right after a title: CEO布兰特, 研究总监 Maria (Latin handled below), 总裁陈立群;
        // or after a trigger that takes a person as its object: 任命李敏为, 罢免王强.
        CjkNames.Spans spans = new CjkNames.Spans(out, base);
        for (Mention m : List.copyOf(out)) {
            boolean objectTrigger = m.kind() == Mention.Kind.TRIGGER && m.trigger().slot() != Trigger.Slot.BEFORE;
            if (m.kind() != Mention.Kind.ROLE && !objectTrigger) {
                continue;
            }
            int s = m.end() - base;
            while (s < text.length() && text.charAt(s) == ' ') {
                s++;
            }
            int e = cjkNameEnd(folded, s, taken, spans);
            if (e - s >= 2) {
                add(out, taken, Mention.name(base + s, base + e, text.substring(s, e), Mention.Hint.PERSON), base);
                spans.add(out.get(out.size() - 1), base);
            }
        }
        // An organization glossed with its Latin name: 葉山先端科学研究所（Hayama Institute for Advanced Science）.
        for (int i = folded.indexOf('('); i > 0; i = folded.indexOf('(', i + 1)) {
            int close = folded.indexOf(')', i);
            if (close < 0) {
                continue;
            }
            // 华晶微电子（Huajing Microelectronics）: the gloss spells the name's characters before their kind word.
            final int at = base + i;
            boolean named = out.stream().anyMatch(m -> m.end() == at && m.kind() == Mention.Kind.NAME && m.hint() == Mention.Hint.ORGANIZATION);
            int spelled = latinOrganization(folded.substring(i + 1, close)) ? -1 : named ? i : spelledOrgStart(folded, i, taken, text.substring(i + 1, close));
            if (spelled >= 0) {
                if (spelled < i) {
                    add(out, taken, Mention.name(base + spelled, base + i, text.substring(spelled, i), Mention.Hint.ORGANIZATION), base);
                }
                String gloss = text.substring(i + 1, close).strip();
                int g = text.indexOf(gloss, i + 1);
                if (free(taken, g, g + gloss.length())) {
                    add(out, taken, Mention.name(base + g, base + g + gloss.length(), gloss, Mention.Hint.ORGANIZATION), base);
                }
                continue;
            }
            if (!latinOrganization(folded.substring(i + 1, close))) {
                continue;
            }
            int b = i;
            while (b > 0 && !taken[b - 1] && isOrgNameChar(folded.charAt(b - 1)) && lex.nameStopBefore(folded, b) == 0) {
                b--;
            }
            if (i - b >= 2) {
                add(out, taken, Mention.name(base + b, base + i, text.substring(b, i), Mention.Hint.ORGANIZATION), base);
            }
        }
        // A transliteration glossed with its Latin form: 布兰特（Peter Brandt）.
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) != '(') {
                continue;
            }
            int j = i + 1;
            while (j < folded.length() && folded.charAt(j) == ' ') {
                j++;
            }
            if (j >= folded.length() || !Character.isLetter(folded.charAt(j)) || MatchText.isCjk(folded.charAt(j))) {
                continue;
            }
            int e = i;
            while (e > 0 && folded.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > 0 && isNameChar(folded.charAt(b - 1)) && !taken[b - 1]) {
                b--;
            }
            // A native name glossed in Latin: family name and one or two given-name characters, 陳耀宗（Chen Yao-tsung）,
            // 司徒永康（Szeto Wing-hong）.
            for (int len = 4; len >= 2 && e - b < 2; len--) {
                int nb = e - len;
                int surname = nb >= 0 ? lex.surnameLength(folded, nb) : 0;
                if (surname > 0 && len - surname >= 1 && len - surname <= 2 && free(taken, nb, e)
                        && folded.substring(nb, e).chars().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)) {
                    b = nb;
                }
            }
            if (e - b >= 2 && free(taken, b, e)) {
                add(out, taken, Mention.name(base + b, base + e, text.substring(b, e), Mention.Hint.PERSON), base);
            }
        }
        // Native Chinese names wherever their context marks them: 接替已退休的王建国, 李明出任, 王强表示.
        if (lex.language().isChinese()) {
            cjkNames.chinese(text, folded, base, taken, out);
        }
    }

    /** Whether a parenthesis holds a Latin organization name: a word of it is a kind or legal-form word. */
    /**
     * Where a CJK organization that ends in a kind word right before {@code i} begins, when a
     * capitalized word of the Latin gloss after it is the pinyin of two or three of the characters
     * before that kind word (华晶 in "华晶微电子（Huajing Microelectronics）", 南瀛 in
     * "南瀛之声广播电台（Voice of Nanying）"); -1 otherwise.
     */
    private int spelledOrgStart(String folded, int i, boolean[] taken, String gloss) {
        if (!lex.language().isChinese()) {
            return -1;
        }
        int kind = 0;
        for (int n = Math.min(4, i); n >= 2 && kind == 0; n--) {
            kind = lex.isOrgSuffix(folded.substring(i - n, i)) ? n : 0;
        }
        if (kind == 0) {
            return -1;
        }
        Set<String> words = new HashSet<>();
        for (String w : gloss.split("[^\\p{L}]+")) {
            if (w.length() >= 4 && Character.isUpperCase(w.charAt(0))) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        for (int p = Math.max(0, i - kind - 6); p <= i - kind - 2; p++) {
            if (!free(taken, p, i) || !folded.substring(p, i).chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            for (int n = 2; n <= 3 && p + n <= i - kind; n++) {
                if (words.contains(slugs.latin(folded.substring(p, p + n)).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
                    return p;
                }
            }
        }
        return -1;
    }

    private boolean latinOrganization(String inside) {
        String t = inside.strip();
        if (t.isEmpty() || !Character.isLetter(t.charAt(0)) || MatchText.isCjk(t.charAt(0))) {
            return false;
        }
        String[] w = t.split("[\\s,]+");
        for (int k = 1; k < w.length; k++) {
            if (lex.isOrgSuffix(w[k]) || lex.legalForms().contains(w[k])) {
                return true;
            }
        }
        return false;
    }

    private boolean isNameChar(char folded) {
        Character.UnicodeScript s = Character.UnicodeScript.of(folded);
        if (s == Character.UnicodeScript.KATAKANA) {
            return folded != '\u30FC' || true;
        }
        return lex.isTransliterationChar(folded);
    }

    /**
     * End of a CJK personal name starting at {@code s} right after a title: a run of transliteration
     * characters, or a native Chinese name (family name and given name).
     */
    private int cjkNameEnd(String folded, int s, boolean[] taken, CjkNames.Spans spans) {
        if (s < folded.length() && cjkNames.opensWord(folded, s)) {
            return s; // 解雇西班牙籍主教练: 西班 is no name
        }
        int e = s;
        while (e < folded.length() && !taken[e] && isNameChar(folded.charAt(e))) {
            e++;
        }
        int native_ = lex.language().isChinese() && s < folded.length()
                ? cjkNames.chineseNameAt(folded, s, taken, spans, CjkNames.Anchor.STRONG) : -1;
        // A family name with a given name (林佩琪) beats a short run of transliteration characters (林佩).
        if (e - s >= 2 && !(native_ > e && e - s <= 2)) {
            return e;
        }
        return native_ > s + 1 ? native_ : e - s >= 2 ? e : s;
    }

    private void findLatinNames(String text, String folded, int base, boolean[] taken, List<Mention> out) {
        currentText = text;
        List<int[]> words = words(text);
        int i = 0;
        while (i < words.size()) {
            int[] w = words.get(i);
            if (!isNameStart(text, folded, w, taken, i == 0 && !lex.language().isCjk())) {
                i++;
                continue;
            }
            int j = i;
            int end = w[1];
            int cursor = end;
            int k = i + 1;
            boolean afterOf = false;
            boolean ofSeen = false;
            boolean ampersand = false;
            while (k < words.size()) {
                int[] next = words.get(k);
                String between = text.substring(cursor, next[0]);
                // "Pellman & Rusk", "H&M": names joined by an ampersand are one firm's.
                boolean amp = (between.equals(" & ") || between.equals("&")) && isCapitalized(text, next);
                if (!(between.equals(" ") || between.isEmpty() && cursor > end || amp) || !free(taken, next[0], next[1])) {
                    break;
                }
                ampersand |= amp;
                String f = folded.substring(next[0], next[1]);
                // "die Kestner Werke Anna Vogt": a company word ends the company before a given name.
                if (j > i && lex.isOrgSuffix(folded.substring(words.get(j)[0], words.get(j)[1])) && lex.isGivenName(f)
                        && !lex.isOrgSuffix(f)) {
                    break;
                }
                // "Brackwater Media Group": a suffix is part of the name even where it is a common word;
                // "El Vigía de Valencia": so is a place after "of".
                // "Centre for Ocean Science": past "of" in an organization's name, every capitalized word is its.
                if (isCapitalized(text, next) && (!lex.isNonName(f) || lex.isOrgSuffix(f) || afterOf || ofSeen)) {
                    j = k;
                    end = next[1];
                    cursor = end;
                    k++;
                    afterOf = false;
                } else if (lex.isNameParticle(f) && k + 1 < words.size() && isCapitalized(text, words.get(k + 1))
                        // "fondata a Cagliari da Lorenza Zaccaria": a place is no first name before a particle
                        && !(j == i && lex.isPlace(folded.substring(w[0], w[1])))
                        && text.substring(next[1], words.get(k + 1)[0]).equals(" ")
                        && (givenNamesOnly(folded, words, i, j) || surnameGoesOn(folded, words, i, j, k + 1))) {
                    cursor = next[1]; // "Eva de Groot": the particle joins the name to what follows
                    k++;
                    afterOf = ofWord(f);
                } else if (k + 1 < words.size() && (endsLikeOrganization(folded.substring(words.get(j)[0], words.get(j)[1]))
                        || titledByArticle(text, folded, words, i) || lex.isOrgPrefix(folded.substring(w[0], w[1])))
                        && ofWord(f) && !lex.endsWithOrigin(f) && isCapitalized(text, words.get(k + 1))
                        && text.substring(next[1], words.get(k + 1)[0]).equals(" ")) {
                    // "Lindenau-Instituts für Materialforschung", "Institute for Advanced Science", "Asociación
                    // Valenciana de Aseguradores": a name that opens or ends with a kind word goes on after "of".
                    cursor = next[1];
                    k++;
                    afterOf = true;
                    ofSeen = true;
                } else if (k + 2 < words.size() && lex.isOrgPrefix(folded.substring(w[0], w[1])) && ofWord(f)
                        && lex.isDeterminer(folded.substring(words.get(k + 1)[0], words.get(k + 1)[1]))
                        && isCapitalized(text, words.get(k + 2))
                        && text.substring(next[1], words.get(k + 2)[0]).matches(" \\p{L}+ ")) {
                    cursor = words.get(k + 1)[1]; // "Banco Austral de la Plata", "Instituto de los Andes"
                    k += 2;
                    afterOf = true;
                } else if (lex.isNameParticle(f) && k + 2 < words.size() && words.get(k + 1)[1] - words.get(k + 1)[0] == 1
                        && isCapitalized(text, words.get(k + 2))
                        && text.substring(next[1], words.get(k + 2)[0]).matches(" \\p{L}['\u2019]")) {
                    cursor = words.get(k + 1)[1] + 1; // "Courrier de l'Estuaire": particle and elided article
                    k += 2;
                } else {
                    break;
                }
            }
            // "TSV Eichenau 1896", "FC Schalke 04": a club's founding year or number after its name is part of it.
            if (lex.isOrgPrefix(folded.substring(w[0], w[1])) || isCamelOrAcronym(text.substring(w[0], w[1]))
                    && j > i) {
                java.util.regex.Matcher year = CLUB_NUMBER.matcher(text).region(end, text.length());
                if (year.lookingAt() && free(taken, year.start(), year.end())) {
                    end = year.end();
                }
            }
            // "grundat i Trollhättan av …": a place alone names no one.
            if (i == j && lex.isPlace(folded.substring(w[0], w[1]))) {
                i++;
                continue;
            }
            // "ROCCA SERENA, mercoledì 9 ottobre –": a dateline in capitals names a place, not a person.
            if (i == 0 && allCaps(text, words, i, j) && text.startsWith(",", words.get(j)[1])) {
                i = j + 1;
                continue;
            }
            // "das Familienunternehmen", "einer leicht steigenden Marge": where every noun is capitalized,
            // a lone word after an article, or with a noun's ending, is a noun, not a name.
            if (i == j && lex.capitalizesNouns() && commonNoun(text, folded, words, i) && !compoundName(folded, w)) {
                i++;
                continue;
            }
            // "der Bielefelder Getriebehersteller Hollwede Antriebstechnik": descriptions before the name go.
            String described = null;
            while (lex.hasDescriptors() && j - i >= 2 && lex.isDescriptor(folded.substring(w[0], w[1]))) {
                String kind = lex.descriptorKind(folded.substring(w[0], w[1]));
                int[] nextWord = words.get(i + 1);
                // A place adjective ("Bielefelder") only describes before a trade noun; else it may be a name (Brenner).
                if (kind.equals("place") && !lex.isDescriptor(folded.substring(nextWord[0], nextWord[1]))) {
                    break;
                }
                described = kind;
                i++;
                w = words.get(i);
            }
            // "Verzekeraar Dijkstra & Wolters meldt…": a kind noun opening the sentence is capitalized only there.
            if (i == 0 && j > i && lex.isOrgCueBefore(folded.substring(w[0], w[1])) && !lex.isOrgPrefix(folded.substring(w[0], w[1]))) {
                i++;
                w = words.get(i);
            }
            // "Boer Gerrit Smit", "die Mitglieder Carola Endres": a noun before a given name and surname describes.
            if (j - i >= 2 && !lex.isGivenName(folded.substring(w[0], w[1]))
                    && lex.isGivenName(folded.substring(words.get(i + 1)[0], words.get(i + 1)[1]))) {
                i++;
                w = words.get(i);
            }
            // "Fußball-Regionalligisten SV Altmühlbach": an organization word inside a run starts the name.
            // A prefix word that ends the run is a kind word after the name instead: "Rijnstroom Instituut".
            for (int q = i + 1; q < j; q++) {
                if (lex.isOrgPrefix(folded.substring(words.get(q)[0], words.get(q)[1]))) {
                    i = q;
                    w = words.get(q);
                    break;
                }
            }
            int b = w[0];
            // "Università di Rocca Serena", "University of Eastbrook": a prefix phrase before the name belongs to it.
            String prefix = orgPrefixBefore(folded, b);
            if (prefix != null && !free(taken, b - prefix.length(), b)) {
                // "dell'Università di Rocca Serena": an anaphor that turns out to open a name gives way to it.
                int pb = base + b - prefix.length();
                int pe = base + b;
                boolean released = out.removeIf(m -> m.kind() == Mention.Kind.ANAPHOR && m.begin() < pe && pb < m.end());
                if (released) {
                    java.util.Arrays.fill(taken, b - prefix.length(), b, false);
                }
            }
            if (prefix != null && free(taken, b - prefix.length(), b)) {
                b -= prefix.length();
                add(out, taken, Mention.name(base + b, base + end, text.substring(b, end), Mention.Hint.ORGANIZATION), base);
                i = j + 1;
                continue;
            }
            // "NovaTech Anna Berg": an acronym or camel-case word before a name is an organization of its own.
            if (j > i + 1 && isCamelOrAcronym(text.substring(w[0], w[1]))) {
                add(out, taken, Mention.name(base + b, base + w[1], text.substring(b, w[1]), Mention.Hint.ORGANIZATION), base);
                b = words.get(i + 1)[0];
                i++;
            }
            Mention.Hint h = "org".equals(described) || ampersand ? Mention.Hint.ORGANIZATION
                    : "person".equals(described) ? Mention.Hint.PERSON : hint(text, folded, words, i, j);
            // "bij De Zuiderzeebode", "dans Le Courrier": a capitalized article inside a sentence opens a title.
            // At the start of a sentence the article is ambiguous ("Die Physikerin"): only before a longer name.
            // Not before a company word: "Die Kestner Werke haben…", "Die Hollwede AG".
            // Nor before a kind word that opens the name: "Der TSV Talheim", "Das Bankhaus Merkel".
            boolean companyWord = lex.isOrgSuffix(folded.substring(words.get(j)[0], words.get(j)[1]))
                    || lex.isOrgPrefix(folded.substring(w[0], w[1]));
            if (i >= 1 && described == null && (i >= 2 || j > i) && !companyWord && articleBefore(text, folded, words, i)
                    && free(taken, words.get(i - 1)[0], words.get(i - 1)[1])) {
                b = words.get(i - 1)[0];
                h = Mention.Hint.ORGANIZATION;
            }
            if (i == 0 && j == 0 && h == Mention.Hint.UNKNOWN && !lex.language().isCjk()) {
                h = Mention.Hint.INITIAL;
            }
            add(out, taken, Mention.name(base + b, base + end, text.substring(b, end), h), base);
            i = j + 1;
        }
    }

    /**
     * Whether a particle may continue the run {@code i..j}: after given names ("Joris van Dam",
     * "Jan Peter van der Berg"), not after a full name ("Dirk Schaap van Kustpers" is of Kustpers).
     */
    /**
     * "Fernando Ruiz de Alda", "Ana García del Valle": a given name and a surname go on after a name
     * particle, unless what follows the particle is an organization ("… de Banco X").
     */
    private boolean surnameGoesOn(String folded, List<int[]> words, int i, int j, int after) {
        String next = folded.substring(words.get(after)[0], words.get(after)[1]);
        return j == i + 1 && lex.isGivenName(folded.substring(words.get(i)[0], words.get(i)[1]))
                && !lex.isOrgPrefix(next) && !lex.isOrgSuffix(next) && lex.orgs().longestAt(folded, words.get(after)[0]) == null
                && !endsLikeOrganization(next); // "Kees Vermeer van Havenbank Noord": of the bank, not a surname
    }

    private boolean givenNamesOnly(String folded, List<int[]> words, int i, int j) {
        if (i == j) {
            return true;
        }
        for (int q = i; q <= j; q++) {
            if (!lex.isGivenName(folded.substring(words.get(q)[0], words.get(q)[1]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "der Weserbank", "die Alsterversicherung": a word that is no common noun the lexicon knows and ends in an
     * organization's kind word is a name written as one compound.
     */
    private boolean compoundName(String folded, int[] w) {
        String f = folded.substring(w[0], w[1]);
        if (lex.isNonName(f) || lex.hasNounEnding(f)) {
            return false;
        }
        for (int k = 3; k <= f.length() - 4; k++) {
            if (lex.isOrgSuffix(f.substring(k)) && f.length() - k >= 4) {
                return true;
            }
        }
        return false;
    }

    private boolean commonNoun(String text, String folded, List<int[]> words, int i) {
        int[] w = words.get(i);
        if (lex.hasNounEnding(folded.substring(w[0], w[1]))) {
            return true;
        }
        // An article, then at most two lower-case words (adjectives, adverbs), then the word.
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            int[] p = words.get(k);
            String f = folded.substring(p[0], p[1]);
            if (lex.isDeterminer(f)) {
                return true;
            }
            if (!Character.isLowerCase(text.charAt(p[0])) || !text.substring(p[1], words.get(k + 1)[0]).equals(" ")) {
                return false;
            }
        }
        return false;
    }

    private String currentText = "";

    private char originalAt(int i) {
        return i >= 0 && i < currentText.length() ? currentText.charAt(i) : ' ';
    }

    /** The organization prefix phrase ("università di ", "Groupe ") that ends right before {@code b}, or null. */
    private String orgPrefixBefore(String folded, int b) {
        String before = folded.substring(Math.max(0, b - 40), b);
        String best = null;
        for (String p : lex.orgPrefixes()) {
            String withSpace = p.endsWith("'") ? p : p + " ";
            // Written as a name: "the Board of Trustees", not "the board of Halvard Systems".
            boolean capitalized = before.endsWith(withSpace) && Character.isUpperCase(originalAt(b - withSpace.length()));
            if (capitalized) {
                if (before.endsWith(withSpace) && (best == null || withSpace.length() > best.length())) {
                    int start = before.length() - withSpace.length();
                    if (start == 0 || !MatchText.isWordChar(before.charAt(start - 1))) {
                        best = withSpace;
                    }
                }
            }
        }
        return best;
    }

    private boolean isNameStart(String text, String folded, int[] w, boolean[] taken, boolean sentenceStart) {
        if (!isCapitalized(text, w) || !free(taken, w[0], w[1])) {
            return false;
        }
        String f = folded.substring(w[0], w[1]);
        if (lex.isNonName(f) && !((lex.isListedGivenName(f) || lex.isPlace(f)) && nameFollows(text, folded, w))
                || lex.isPronoun(f) || lex.isHonorific(f)) {
            return false;
        }
        // "J'ai démissionné", "L'Oréal" aside: one elided letter is a word of its own, not a name.
        if (w[1] - w[0] == 1 && w[1] < text.length() && (text.charAt(w[1]) == '\'' || text.charAt(w[1]) == '\u2019')) {
            return false;
        }
        // A lone capital at the start of a sentence is usually just the start of the sentence.
        return !(sentenceStart && w[1] - w[0] <= 1);
    }

    /**
     * Whether a name follows the word: "Clara Weston", "Jan de Vries" (a given name that is also a common word),
     * "Uppsala Immunterapi" (a place that opens an organization's name).
     */
    private boolean nameFollows(String text, String folded, int[] w) {
        if (w[1] + 2 >= text.length() || text.charAt(w[1]) != ' ') {
            return false;
        }
        int b = w[1] + 1;
        int e = b;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
            e++;
        }
        return e > b + 1 && Character.isUpperCase(text.charAt(b)) && Character.isLowerCase(text.charAt(b + 1))
                && !lex.isNonName(folded.substring(b, e)) && !lex.isPronoun(folded.substring(b, e));
    }

    /** Whether a folded word is the plural in -s of a word the test accepts ("fonderies", "holdings"). */
    private static boolean plural(String folded, java.util.function.Predicate<String> singular) {
        return folded.endsWith("s") && singular.test(folded.substring(0, folded.length() - 1));
    }

    /**
     * "le laboratoire lyonnais Pharmalys", "la aseguradora vasca X": one adjective after the kind noun, before the name.
     * A word that connects ("où", "que", "selon") or a title ("the company chairman X") is no adjective.
     */
    private boolean describedKind(String raw, String between) {
        String w = between.strip();
        return !raw.isBlank() && Character.isLowerCase(raw.strip().charAt(0)) && between.startsWith(" ") && between.endsWith(" ") && w.length() > 3 && w.chars().allMatch(Character::isLetter)
                && lex.gap(w) == null && lex.roles().findAll(w).isEmpty();
    }

    private Mention.Hint hint(String text, String folded, List<int[]> words, int first, int last) {
        String lastWord = folded.substring(words.get(last)[0], words.get(last)[1]);
        String firstWord = folded.substring(words.get(first)[0], words.get(first)[1]);
        // "Fonderies Arlan", "Eléctricas del Sil": a kind word in the plural is one too.
        if (lex.isOrgSuffix(lastWord) || lex.isOrgPrefix(firstWord) || last > first && firstWord.length() > 4 && plural(firstWord, lex::isOrgPrefix)) {
            return Mention.Hint.ORGANIZATION;
        }
        // "Hayama Institute for Advanced Science": a kind word inside the run.
        for (int q = first + 1; q < last; q++) {
            String mid = folded.substring(words.get(q)[0], words.get(q)[1]);
            if (lex.isOrgSuffix(mid) && !lex.isGivenName(firstWord)) {
                return Mention.Hint.ORGANIZATION;
            }
        }
        // "Uppsala Immunterapi", "Hamburg Süd": a name that opens with a place is an organization's.
        if (last > first && lex.isPlace(firstWord) && !lex.isGivenName(firstWord)) {
            return Mention.Hint.ORGANIZATION;
        }
        // "bij Sanne Kuipers": a given name then more words is a person, whatever stands before it.
        if (last > first && lex.isGivenName(firstWord)) {
            return Mention.Hint.PERSON;
        }
        if (first > 0) {
            String prev = folded.substring(words.get(first - 1)[0], words.get(first - 1)[1]);
            if (lex.isHonorific(prev) || lex.isPersonCueBefore(prev)) {
                return Mention.Hint.PERSON;
            }
            // People take no article in news prose; organizations do: "alla Bertolasi Tessuti", "der Hollwede AG";
            // and a governing body belongs to an organization: "the board of X", "Styrelsen för X".
            for (int n = 1; n <= 4 && n <= first; n++) {
                String cue = folded.substring(words.get(first - n)[0], words.get(first - 1)[1]);
                if (lex.isOrgCueBefore(cue)) {
                    return Mention.Hint.ORG_CUE;
                }
            }
            if (last > first && lex.isDeterminer(prev) && !lex.isPronoun(prev)) {
                return Mention.Hint.ORG_ARTICLE;
            }
            // "die Zeitung Harlinger Tageblatt", "the insurer Dovecote Mutual": a kind noun right before names its kind.
            int at = words.get(first)[0];
            if (lex.orgAnaphora().findAll(folded.substring(0, at)).stream().anyMatch(m -> folded.substring(m.end(), at).isBlank()
                    || describedKind(text.substring(m.end(), at), folded.substring(m.end(), at)))) {
                return Mention.Hint.ORG_CUE;
            }

        }
        String w = text.substring(words.get(first)[0], words.get(first)[1]);
        if (first == last && isCamelOrAcronym(w)) {
            return Mention.Hint.ORGANIZATION;
        }
        // "CD Valdeoro", "SV Altmühlbach", "FC Utrecht": a short acronym before one name is a club's or a company's.
        if (last == first + 1 && w.length() >= 2 && w.length() <= 4 && w.chars().allMatch(Character::isUpperCase)) {
            return Mention.Hint.ORGANIZATION;
        }
        return last > first ? Mention.Hint.PERSON : Mention.Hint.UNKNOWN;
    }

    /**
     * Camel case with a capital after a small letter ("NovaTech", "BioNTech", "YouTube") is how
     * companies write their names; all capitals ("GPT", "IA") are as often acronyms of things.
     */
    private static boolean isCamelOrAcronym(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private void findPronouns(String text, String folded, int base, boolean[] taken, List<Mention> out) {
        if (lex.language().isCjk()) {
            // Longest first, so "他的" is read before "他" whatever order the set keeps.
            for (String p : lex.pronouns().stream()
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
                    .toList()) {
                for (int i = folded.indexOf(p); i >= 0; i = folded.indexOf(p, i + 1)) {
                    int e = i + p.length();
                    // 他人 ("others"), 其他 ("other"), 他们 ("they"): not a person of the story.
                    boolean partOfWord = e < folded.length() && "人们们".indexOf(folded.charAt(e)) >= 0
                            || i > 0 && folded.charAt(i - 1) == '\u5176';
                    if (!partOfWord && free(taken, i, i + p.length())) {
                        add(out, taken, Mention.of(Mention.Kind.PRONOUN, base + i, base + i + p.length(),
                                text.substring(i, i + p.length())), base);
                    }
                }
            }
            return;
        }
        for (int[] w : words(text)) {
            String f = folded.substring(w[0], w[1]);
            // Possessive determiners ("son vice-président", "his deputy") connect; they are no subjects.
            if (lex.isPronoun(f) && !lex.isDeterminer(f) && free(taken, w[0], w[1])
                    && !(Character.isDigit(f.charAt(0)) && describesNext(text, base, w[1], out))) {
                add(out, taken, Mention.of(Mention.Kind.PRONOUN, base + w[0], base + w[1], text.substring(w[0], w[1])), base);
            }
        }
    }

    /**
     * "the 52-year-old chief executive", "die 52-jährige Marta Berg": an age written before a title or a name
     * describes it and stands for no one.
     */
    private static boolean describesNext(String text, int base, int end, List<Mention> found) {
        if (end == 0 || !Character.isLetter(text.charAt(end - 1)) || end >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int next = base + end + 1;
        return found.stream().anyMatch(m -> m.begin() == next && (m.kind() == Mention.Kind.ROLE || m.kind() == Mention.Kind.NAME));
    }

    /**
     * Latin-script words: letters and digits with inner hyphens; an apostrophe after a lowercase
     * elision (d', l', dell') ends the word so that "d'Airbus" yields "Airbus".
     */
    static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || MatchText.isCjk(c)) {
                i++;
                continue;
            }
            int b = i;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d) && !MatchText.isCjk(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    i++;
                } else if ((d == '\'' || d == '\u2019') && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                    break; // English possessive: "Corvane's" is "Corvane" + 's
                } else if ((d == '-' || d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                        && !MatchText.isCjk(text.charAt(i + 1))
                        && !(d != '-' && (isLowerWord(text, b, i) || isElision(text, b, i)))) {
                    i++;
                } else {
                    break;
                }
            }
            out.add(new int[] {b, i});
        }
        return out;
    }

    /** French and Italian elided articles and pronouns: L', J', C', D', Qu', Dell'. */
    private static boolean isElision(String text, int b, int e) {
        String w = text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
        return w.length() <= 2 || w.equals("qu") || w.equals("dell") || w.equals("all") || w.equals("nell")
                || w.equals("sull") || w.equals("dall") || w.equals("jusqu") || w.equals("lorsqu") || w.equals("puisqu");
    }

    private static boolean isLowerWord(String text, int b, int e) {
        for (int i = b; i < e; i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitalized(String text, int[] w) {
        char c = text.charAt(w[0]);
        if (!Character.isUpperCase(c)) {
            return false;
        }
        // A compound ending in a common noun ("AI-teamet", "Volvo-anställda") is not a name.
        int hyphen = text.lastIndexOf('-', w[1] - 1);
        if (hyphen > w[0] && hyphen + 1 < w[1] && Character.isLowerCase(text.charAt(hyphen + 1))
                && !romanizedGivenName(text, w[0], hyphen, w[1])) {
            return false;
        }
        for (int i = w[0]; i < w[1]; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false; // GPT-4o, A320: products and models, not names
            }
        }
        return true;
    }

    /** "Chia-jung", "Yao-tsung": romanized Chinese and Korean given names join two short syllables. */
    private static boolean romanizedGivenName(String text, int b, int hyphen, int e) {
        return hyphen - b <= 5 && e - hyphen - 1 <= 6 && Character.isLowerCase(text.charAt(hyphen - 1));
    }

    /** A word that is, or ends in, an organization kind: "Institut", "Lindenau-Instituts", "University". */
    private boolean endsLikeOrganization(String foldedWord) {
        String w = foldedWord.substring(foldedWord.lastIndexOf('-') + 1);
        return lex.isOrgSuffix(w) || lex.isOrgPrefix(w) || plural(w, x -> lex.isOrgSuffix(x) || lex.isOrgPrefix(x));
    }

    /** Whether a word is an "of" word of the language ("für", "of", "for", "de"). */
    /** "El Vigía de Valencia", "La Gazette du Rhône": a name after a capitalized article inside a sentence is a title. */
    private boolean titledByArticle(String text, String folded, List<int[]> words, int i) {
        return i >= 2 && articleBefore(text, folded, words, i); // at a sentence's start the article is only a capital
    }

    /** Whether word {@code i} follows a capitalized article ("De Zuiderzeebode", "El Vigía"). */
    private boolean articleBefore(String text, String folded, List<int[]> words, int i) {
        int[] art = words.get(i - 1);
        return Character.isUpperCase(text.charAt(art[0])) && lex.isDeterminer(folded.substring(art[0], art[1]))
                && text.substring(art[1], words.get(i)[0]).equals(" ");
    }

    private boolean ofWord(String foldedWord) {
        List<Glue> g = lex.gap(foldedWord);
        return g != null && g.equals(List.of(Glue.OF)) || foldedWord.equals("for") || foldedWord.equals("für");
    }

    private static boolean allCaps(String text, List<int[]> words, int first, int last) {
        for (int k = first; k <= last; k++) {
            int[] w = words.get(k);
            if (w[1] - w[0] < 2) {
                return false;
            }
            for (int c = w[0]; c < w[1]; c++) {
                if (Character.isLowerCase(text.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a gazetteer match starts like a name (capital or CJK), so "meta" inside prose is not Meta. */
    private static boolean startsName(String text, int i) {
        char c = text.charAt(i);
        return Character.isUpperCase(c) || MatchText.isCjk(c) || Character.isDigit(c);
    }

    /** Where {@code rest} follows as whole words within the clause that starts at {@code from}; -1 if it does not. */
    private static int restFollows(String folded, int from, String rest) {
        int limit = Math.min(folded.length(), from + 80);
        for (int i = from; i < limit; i++) {
            char c = folded.charAt(i);
            if (c == ',' || c == ';' || c == '.' || c == ':' || c == '\u201C' || c == '\u201D' || c == '"') {
                return -1;
            }
            if ((i == 0 || !MatchText.isWordChar(folded.charAt(i - 1))) && folded.startsWith(rest, i)
                    && (i + rest.length() == folded.length() || !MatchText.isWordChar(folded.charAt(i + rest.length())))) {
                return i;
            }
        }
        return -1;
    }

    static boolean free(boolean[] taken, int b, int e) {
        for (int i = b; i < e; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    static void mark(boolean[] taken, int b, int e) {
        for (int i = Math.max(0, b); i < e && i < taken.length; i++) {
            taken[i] = true;
        }
    }

    static void add(List<Mention> out, boolean[] taken, Mention m, int base) {
        mark(taken, m.begin() - base, m.end() - base);
        out.add(m);
    }

    Language language() {
        return lex.language();
    }
}
