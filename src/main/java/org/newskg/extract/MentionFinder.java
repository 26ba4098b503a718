package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.lang.Language;
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
    /** Characters that end a CJK name written after a title: verbs and particles that follow a subject. */
    private static final String CJK_STOP = "的是在将將已曾也于於和与與及等被把对對说說称稱表为為了着著过過从從向到今后後前年月日时時";

    private final Lexicon lex;
    private final RoleComposer composer;
    private final TimeNormalizer times;
    private final AcronymDefinitions acronyms;

    MentionFinder(Lexicon lex, RoleComposer composer, TimeNormalizer times) {
        this.lex = lex;
        this.acronyms = new AcronymDefinitions(lex);
        this.composer = composer;
        this.times = times;
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
            if (free(taken, m.begin(), m.end()) && startsName(text, m.begin()) && !dotted(folded, m.begin(), m.end())) {
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
        for (Mention m : composer.compose(text, base, titles, taken)) {
            if (free(taken, m.begin() - base, m.end() - base)) {
                add(out, taken, m, base);
            }
        }
        for (PhraseMatcher.Match<Boolean> m : lex.orgAnaphora().findAll(folded)) {
            if (free(taken, m.begin(), m.end())) {
                add(out, taken, Mention.of(Mention.Kind.ANAPHOR, base + m.begin(), base + m.end(),
                        text.substring(m.begin(), m.end())), base);
            }
        }
        findDescribedAnaphora(text, folded, base, taken, out);
        // "wählte den Präsidenten ab", "treedt op 1 januari terug": the mention is the verb; the particle confirms it.
        Map<Mention, Integer> split = new HashMap<>();
        for (PhraseMatcher.Match<Lexicon.SplitTrigger> m : lex.splitTriggers().findAll(folded)) {
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

    /** Whether what a trigger adds to a title is only "new" ("ny vd", "neuer CEO"): then the title is read as a title. */
    private boolean onlyNewness(String folded, int tb, int rb, int re, int te) {
        String extra = (folded.substring(tb, rb) + " " + folded.substring(re, te)).strip();
        java.util.List<Glue> g = lex.gap(extra);
        return g != null && !g.isEmpty() && g.stream().allMatch(x -> x == Glue.FUTURE || x == Glue.DET);
    }

    /** Whether a span touches a middle dot: 福斯 in 丹尼尔·福斯特 is part of a transliterated name. */
    private static boolean dotted(String folded, int b, int e) {
        return b > 0 && isDot(folded.charAt(b - 1)) || e < folded.length() && isDot(folded.charAt(e));
    }

    private static boolean isDot(char c) {
        return c == '\u00B7' || c == '\u30FB';
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
     * CJK organizations named by their kind: two to four characters before a suffix such as 科技,
     * 集团, 银行, 電機 ("华辰科技", "アオバ電機"), starting after punctuation, a title or a verb-like stop.
     */
    private void findCjkOrganizations(String text, String folded, int base, boolean[] taken, List<Mention> out) {
        List<String> suffixes = new ArrayList<>(lex.orgSuffixes());
        // The longest kind word first: "テクノロジーズ" before "テクノロジー".
        suffixes.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String suffix : suffixes) {
            // One character (社) is too little to tell a company from any noun.
            if (suffix.length() < 2 || !MatchText.isCjk(suffix.charAt(0)) || lex.isGenericOrgWord(suffix)) {
                continue;
            }
            for (int i = folded.indexOf(suffix); i >= 0; i = folded.indexOf(suffix, i + 1)) {
                int e = i + suffix.length();
                if (i == 0 || !free(taken, i, e)) {
                    continue;
                }
                int b = i;
                while (b > 0 && i - b < 4 && !taken[b - 1] && isOrgNameChar(folded.charAt(b - 1))) {
                    b--;
                }
                // Only where a name can begin: the start of the sentence or after punctuation ("将扩大投资" is no company).
                // Japanese particles (の, は, が) end the word before, as punctuation does.
                boolean boundary = b == 0 || "，。、：；“”「」（）()《》 ,.:;".indexOf(folded.charAt(b - 1)) >= 0
                        || !MatchText.isCjk(folded.charAt(b - 1))
                        || Character.UnicodeScript.of(folded.charAt(b - 1)) == Character.UnicodeScript.HIRAGANA
                        || b >= 2 && lex.isGenericOrgWord(folded.substring(b - 2, b)); // "机器人公司澜锐科技"
                if (!boundary) {
                    // The run may have swallowed the generic word: "公司澜锐科技" read from "司".
                    for (int g = b + 1; g < i - 1 && !boundary; g++) {
                        if (g >= 2 && lex.isGenericOrgWord(folded.substring(g - 2, g))) {
                            b = g;
                            boundary = true;
                        }
                    }
                }
                if (i - b >= 2 && boundary) {
                    add(out, taken, Mention.name(base + b, base + e, text.substring(b, e), Mention.Hint.ORGANIZATION), base);
                }
            }
        }
    }

    private static boolean isOrgNameChar(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.KATAKANA || c == '\u30FC')
                && CJK_STOP.indexOf(c) < 0 && "为為任由被将將已曾也于於对對与與和及等了在是".indexOf(c) < 0;
    }

    private void findCjkNames(String text, String folded, int base, boolean[] taken, List<Mention> out) {
        if (!lex.language().isCjk()) {
            return;
        }
        // A Japanese name right before a title: 山田太郎社長, 佐藤花子取締役.
        if (lex.language() == org.newskg.lang.Language.JA) {
            for (Mention m : List.copyOf(out)) {
                if (m.kind() != Mention.Kind.ROLE) {
                    continue;
                }
                int e = m.begin() - base;
                int b = e;
                while (b > 0 && e - b < 4 && !taken[b - 1]
                        && Character.UnicodeScript.of(folded.charAt(b - 1)) == Character.UnicodeScript.HAN) {
                    b--;
                }
                boolean boundary = b == 0 || !MatchText.isCjk(folded.charAt(b - 1))
                        || Character.UnicodeScript.of(folded.charAt(b - 1)) == Character.UnicodeScript.HIRAGANA
                        || "、。「」（）".indexOf(text.charAt(b - 1)) >= 0;
                if (e - b >= 3 && boundary && free(taken, b, e)) {
                    add(out, taken, Mention.name(base + b, base + e, text.substring(b, e), Mention.Hint.PERSON), base);
                }
            }
        }
        // A Japanese name before an honorific or a Latin gloss: 山田太郎氏, 佐藤花子（Hanako Sato）.
        if (lex.language() == org.newskg.lang.Language.JA) {
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                boolean honorific = lex.isHonorific(String.valueOf(c)) || (i + 1 < folded.length()
                        && lex.isHonorific(folded.substring(i, i + 2)));
                if (!(honorific || c == '(') || i == 0) {
                    continue;
                }
                int b = i;
                while (b > 0 && i - b < 5 && !taken[b - 1]
                        && Character.UnicodeScript.of(folded.charAt(b - 1)) == Character.UnicodeScript.HAN) {
                    b--;
                }
                if (i - b >= 2 && free(taken, b, i)) {
                    add(out, taken, Mention.name(base + b, base + i, text.substring(b, i), Mention.Hint.PERSON), base);
                }
            }
        }
        // Transliterated foreign names joined by a middle dot: 玛丽亚·桑托斯, マリア・サントス.
        for (int i = folded.indexOf('\u00B7'); i >= 0; i = folded.indexOf('\u00B7', i + 1)) {
            int b = i;
            while (b > 0 && isNameChar(folded.charAt(b - 1)) && !taken[b - 1]) {
                b--;
            }
            int e = i + 1;
            while (e < folded.length() && (isNameChar(folded.charAt(e)) || folded.charAt(e) == '\u00B7') && !taken[e]) {
                e++;
            }
            if (b < i && e > i + 1 && free(taken, b, e)) {
                add(out, taken, Mention.name(base + b, base + e, text.substring(b, e), Mention.Hint.PERSON), base);
            }
        }
        // A name right after a title: CEO布兰特, 研究总监 Maria (Latin handled below), 总裁陈立群;
        // or after a trigger that takes a person as its object: 任命李敏为, 罢免王强.
        for (Mention m : List.copyOf(out)) {
            boolean objectTrigger = m.kind() == Mention.Kind.TRIGGER && m.trigger().slot() != Trigger.Slot.BEFORE;
            if (m.kind() != Mention.Kind.ROLE && !objectTrigger) {
                continue;
            }
            int s = m.end() - base;
            while (s < text.length() && text.charAt(s) == ' ') {
                s++;
            }
            int e = cjkNameEnd(folded, s, taken);
            if (e - s >= 2) {
                add(out, taken, Mention.name(base + s, base + e, text.substring(s, e), Mention.Hint.PERSON), base);
            }
        }
        // An organization glossed with its Latin name: 葉山先端科学研究所（Hayama Institute for Advanced Science）.
        for (int i = folded.indexOf('('); i > 0; i = folded.indexOf('(', i + 1)) {
            int close = folded.indexOf(')', i);
            if (close < 0 || !latinOrganization(folded.substring(i + 1, close))) {
                continue;
            }
            int b = i;
            while (b > 0 && !taken[b - 1] && isOrgNameChar(folded.charAt(b - 1))) {
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
            // A native name glossed in Latin: family name and one or two given-name characters, 陳耀宗（Chen Yao-tsung）.
            for (int len = 3; len >= 2 && e - b < 2; len--) {
                int nb = e - len;
                if (nb >= 0 && lex.isSurnameChar(folded.charAt(nb)) && free(taken, nb, e)
                        && folded.substring(nb, e).chars().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)) {
                    b = nb;
                }
            }
            if (e - b >= 2 && free(taken, b, e)) {
                add(out, taken, Mention.name(base + b, base + e, text.substring(b, e), Mention.Hint.PERSON), base);
            }
        }
    }

    /** Whether a parenthesis holds a Latin organization name: a word of it is a kind or legal-form word. */
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

    /** End of a CJK personal name starting at {@code s}: a run of transliteration characters, or surname + given name. */
    private int cjkNameEnd(String folded, int s, boolean[] taken) {
        int e = s;
        while (e < folded.length() && !taken[e] && isNameChar(folded.charAt(e))) {
            e++;
        }
        int native_ = s;
        if (s < folded.length() && lex.isSurnameChar(folded.charAt(s))) {
            native_ = s + 1;
            while (native_ < folded.length() && native_ - s < 3 && !taken[native_]
                    && Character.UnicodeScript.of(folded.charAt(native_)) == Character.UnicodeScript.HAN
                    && CJK_STOP.indexOf(folded.charAt(native_)) < 0) {
                native_++;
            }
        }
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
                        && text.substring(next[1], words.get(k + 1)[0]).equals(" ")
                        && (givenNamesOnly(folded, words, i, j) || surnameGoesOn(folded, words, i, j, k + 1))) {
                    cursor = next[1]; // "Eva de Groot": the particle joins the name to what follows
                    k++;
                    afterOf = ofWord(f);
                } else if (k + 1 < words.size() && (endsLikeOrganization(folded.substring(words.get(j)[0], words.get(j)[1]))
                        || titledByArticle(text, folded, words, i) || lex.isOrgPrefix(folded.substring(w[0], w[1])))
                        && ofWord(f) && isCapitalized(text, words.get(k + 1))
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
            // "ROCCA SERENA, mercoledì 9 ottobre –": a dateline in capitals names a place, not a person.
            if (i == 0 && allCaps(text, words, i, j) && text.startsWith(",", words.get(j)[1])) {
                i = j + 1;
                continue;
            }
            // "das Familienunternehmen", "einer leicht steigenden Marge": where every noun is capitalized,
            // a lone word after an article, or with a noun's ending, is a noun, not a name.
            if (i == j && lex.capitalizesNouns() && commonNoun(text, folded, words, i)) {
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
                && !lex.isOrgPrefix(next) && !lex.isOrgSuffix(next) && lex.orgs().longestAt(folded, words.get(after)[0]) == null;
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
        if (lex.isNonName(f) && !givenNameBeforeName(text, folded, f, w) || lex.isPronoun(f) || lex.isHonorific(f)) {
            return false;
        }
        // "J'ai démissionné", "L'Oréal" aside: one elided letter is a word of its own, not a name.
        if (w[1] - w[0] == 1 && w[1] < text.length() && (text.charAt(w[1]) == '\'' || text.charAt(w[1]) == '\u2019')) {
            return false;
        }
        // A lone capital at the start of a sentence is usually just the start of the sentence.
        return !(sentenceStart && w[1] - w[0] <= 1);
    }

    /** "Clara Weston", "Jan de Vries": a given name that is also a common word or a place's part starts a name before one. */
    private boolean givenNameBeforeName(String text, String folded, String f, int[] w) {
        if (!lex.isListedGivenName(f) || w[1] + 2 >= text.length() || text.charAt(w[1]) != ' ') {
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

    private Mention.Hint hint(String text, String folded, List<int[]> words, int first, int last) {
        String lastWord = folded.substring(words.get(last)[0], words.get(last)[1]);
        String firstWord = folded.substring(words.get(first)[0], words.get(first)[1]);
        if (lex.isOrgSuffix(lastWord) || lex.isOrgPrefix(firstWord)) {
            return Mention.Hint.ORGANIZATION;
        }
        // "Hayama Institute for Advanced Science": a kind word inside the run.
        for (int q = first + 1; q < last; q++) {
            String mid = folded.substring(words.get(q)[0], words.get(q)[1]);
            if (lex.isOrgSuffix(mid) && !lex.isGivenName(firstWord)) {
                return Mention.Hint.ORGANIZATION;
            }
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
            for (String p : lex.pronouns()) {
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
            if (lex.isPronoun(f) && !lex.isDeterminer(f) && free(taken, w[0], w[1])) {
                add(out, taken, Mention.of(Mention.Kind.PRONOUN, base + w[0], base + w[1], text.substring(w[0], w[1])), base);
            }
        }
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
        return lex.isOrgSuffix(w) || lex.isOrgPrefix(w)
                || w.endsWith("s") && (lex.isOrgSuffix(w.substring(0, w.length() - 1)) || lex.isOrgPrefix(w.substring(0, w.length() - 1)));
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

    private static boolean free(boolean[] taken, int b, int e) {
        for (int i = b; i < e; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int b, int e) {
        for (int i = Math.max(0, b); i < e && i < taken.length; i++) {
            taken[i] = true;
        }
    }

    private static void add(List<Mention> out, boolean[] taken, Mention m, int base) {
        mark(taken, m.begin() - base, m.end() - base);
        out.add(m);
    }

    Language language() {
        return lex.language();
    }
}
