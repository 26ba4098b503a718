package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.lang.EditDistance;
import org.newskg.lang.Slugs;

/**
 * The people and organizations of one article: groups the name mentions that refer to the same
 * entity (a full name and its surname or given name alone, a one-letter misspelling, a
 * transliteration glossed with its Latin form, a handle next to a name), and answers, for any
 * mention, which entity it is. Names whose kind is still open are typed later by the pattern that
 * uses them ({@link #asPerson}, {@link #asOrganization}).
 */
final class ArticleEntities {

    private static final class Cluster {
        final EntityKind kind;
        final Set<String> surfaces = new LinkedHashSet<>();
        final Map<String, Integer> counts = new HashMap<>();
        /** How strongly the mentions say "organization": an article before a name says it weakly. */
        int strength;
        GazetteerOrg gazetteer;
        String key;
        /** Kind nouns written right before the name ("l'emittente Televalle", "die Zeitung X"): what it is. */
        final Set<String> kinds = new LinkedHashSet<>();

        Cluster(EntityKind kind) {
            this.kind = kind;
        }

        void add(String surface) {
            surfaces.add(surface);
            counts.merge(surface, 1, Integer::sum);
        }
    }

    /** Language tag of romanized Chinese names (BCP 47: Chinese in Latin script, pinyin). */
    static final String PINYIN = "zh-Latn-pinyin";

    private final Lexicon lex;
    private final Slugs slugs;
    private org.newskg.lang.JapaneseReadings readings;
    private final String langTag;
    private final Set<Mention> acting = new HashSet<>();
    private final Map<Mention, Cluster> byMention = new HashMap<>();
    private final Map<String, String> gapTexts = new HashMap<>();
    private final Map<Integer, String> closeAfter = new HashMap<>();
    /** The kind noun written right before a name ("emittente" before "Televalle"). */
    private final Map<Mention, String> kindBefore = new HashMap<>();
    /** Names in square brackets, as site furniture writes them ("[Facebook]", "［LINEで送る］"). */
    private final Set<Mention> furniture = new java.util.HashSet<>();
    private final Map<String, Cluster> orgsByName = new LinkedHashMap<>();
    private final List<Cluster> persons = new ArrayList<>();
    private final List<Cluster> all = new ArrayList<>();

    /**
     * @param sentences the mentions of each sentence, in order
     * @param text      the article text the mention offsets refer to
     */
    ArticleEntities(Lexicon lex, Slugs slugs, List<List<Mention>> sentences, String text) {
        this.lex = lex;
        this.slugs = slugs;
        this.langTag = lex.language().code();
        for (List<Mention> s : sentences) {
            for (int i = 0; i + 1 < s.size(); i++) {
                Mention a = s.get(i);
                Mention b = s.get(i + 1);
                if (b.begin() >= a.end() && b.begin() - a.end() <= 3) {
                    gapTexts.put(a.end() + ":" + b.begin(), text.substring(a.end(), b.begin()));
                }
                // "le groupe a nommé…": an anaphor acting as the subject of an event is the acting body.
                if (a.kind() == Mention.Kind.ANAPHOR && b.kind() == Mention.Kind.TRIGGER && b.begin() - a.end() <= 12) {
                    acting.add(a);
                }
            }
            for (Mention m : s) {
                closeAfter.put(m.end(), text.substring(m.end(), Math.min(text.length(), m.end() + 3)));
                if (bracketed(text, m)) {
                    furniture.add(m);
                }
            }
        }
        List<Mention> mentions = sentences.stream().flatMap(List::stream).toList();
        for (List<Mention> s : sentences) {
            for (int i = 0; i + 1 < s.size(); i++) {
                if (s.get(i).kind() == Mention.Kind.ANAPHOR && s.get(i + 1).kind() == Mention.Kind.NAME
                        && s.get(i + 1).begin() >= s.get(i).end() && text.substring(s.get(i).end(), s.get(i + 1).begin()).isBlank()) {
                    kindBefore.put(s.get(i + 1), lex.fold(s.get(i).text()));
                }
            }
        }
        List<Mention> singleWordOrgs = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.ORG) {
                org(m, m.org().name()).gazetteer = m.org();
            } else if (m.kind() == Mention.Kind.NAME && (m.hint() == Mention.Hint.ORGANIZATION
                    || (m.hint() == Mention.Hint.ORG_CUE || m.hint() == Mention.Hint.ORG_ARTICLE) && m.text().contains(" "))) {
                if (m.text().contains(" ") || MatchText.isCjk(m.text().charAt(0))) {
                    org(m, m.text()); // "alla Bertolasi Tessuti", "at Corvane Robotics"
                } else {
                    singleWordOrgs.add(m);
                }
            }
        }
        for (Mention m : singleWordOrgs) {
            // "Corvane's chief" after "Corvane Robotics": the short form of a name already known.
            Cluster o = orgForShortName(m.text());
            if (o != null) {
                attach(m, o);
            } else {
                org(m, m.text());
            }
        }
        attachKnownOrgNames(mentions);
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.NAME && m.hint() == Mention.Hint.PERSON && !byMention.containsKey(m)
                    && isFullName(m.text()) && !MatchText.isCjk(m.text().charAt(0))) {
                Cluster same = samePerson(m.text());
                if (same != null) {
                    attach(m, same);
                } else {
                    person(m);
                }
            }
        }
        // Glosses after the Latin full names, so "Raman (@priya_builds)" finds Priya Raman.
        for (List<Mention> s : sentences) {
            linkGlosses(s);
        }
        attachKnownOrgNames(mentions);
        // CJK names, the longest first: a headline's 黒川 joins the 黒川直人 of the body, wherever each stands.
        List<Mention> longestFirst = new ArrayList<>(mentions);
        longestFirst.sort(Comparator.comparingInt((Mention m) -> MatchText.isCjk(m.text().charAt(0)) ? -nameKey(m.text()).length() : 0));
        for (Mention m : longestFirst) {
            if (m.kind() == Mention.Kind.NAME && m.hint() == Mention.Hint.PERSON && !byMention.containsKey(m)
                    && isFullName(m.text())) {
                Cluster same = samePerson(m.text());
                if (same == null && MatchText.isCjk(m.text().charAt(0))) {
                    same = personFor(m.text()); // 贝克尔 after 托马斯·贝克尔, 石黒 after 石黒真理子
                }
                if (same != null) {
                    attach(m, same);
                } else {
                    person(m);
                }
            }
        }
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.NAME && !byMention.containsKey(m) && m.hint() != Mention.Hint.ORGANIZATION) {
                Cluster c = personFor(m.text());
                if (c != null) {
                    attach(m, c);
                } else if (m.hint() == Mention.Hint.PERSON) {
                    person(m);
                }
            } else if (m.kind() == Mention.Kind.HANDLE && !byMention.containsKey(m)) {
                Cluster c = personForHandle(m.text().substring(1));
                if (c != null) {
                    attach(m, c);
                }
            }
        }
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.NAME && !byMention.containsKey(m)
                    && (m.hint() == Mention.Hint.ORGANIZATION || m.hint() == Mention.Hint.ORG_CUE
                    || m.hint() == Mention.Hint.ORG_ARTICLE)) {
                org(m, m.text());
            }
        }
        // "Corvane" after "Corvane Robotics": the short form of an organization already named.
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.NAME && !byMention.containsKey(m) && !m.text().contains(" ")) {
                Cluster o = orgForShortName(m.text());
                if (o != null) {
                    attach(m, o);
                }
            }
        }
        mergePartNames();
    }

    /**
     * "El Vigía" and "El Vigía de Valencia", "Almenara" and "Grupo Editorial Almenara": an organization
     * known only by the first or last words of one other organization's name is that organization.
     */
    private void mergePartNames() {
        List<Cluster> orgs = all.stream().filter(c -> c.kind == EntityKind.ORGANIZATION).toList();
        for (Cluster a : orgs) {
            if (a.gazetteer != null || !all.contains(a)) {
                continue;
            }
            Cluster found = null;
            boolean ambiguous = false;
            for (Cluster b : orgs) {
                if (b != a && all.contains(b) && a.surfaces.stream().allMatch(sa -> b.surfaces.stream().anyMatch(sb -> partOf(sa, sb)))) {
                    ambiguous |= found != null;
                    found = b;
                }
            }
            if (found != null && !ambiguous) {
                merge(found, a);
            }
        }
    }

    private boolean partOf(String part, String name) {
        if (part.isEmpty() || MatchText.isCjk(part.charAt(0)) || MatchText.isCjk(name.charAt(0))) {
            return false;
        }
        String p = lex.fold(part);
        String n = lex.fold(name);
        return !lex.isOrgSuffix(p) && !lex.isOrgPrefix(p) && (n.startsWith(p + " ") || n.endsWith(" " + p));
    }

    /** Whether a mention stands in square brackets with at most a few characters beside it ("［Xでポスト］"). */
    private static boolean bracketed(String text, Mention m) {
        String before = text.substring(Math.max(0, m.begin() - 2), m.begin()).strip();
        int close = text.indexOf(']', m.end());
        int closeWide = text.indexOf('\uFF3D', m.end());
        int c = close < 0 ? closeWide : closeWide < 0 ? close : Math.min(close, closeWide);
        return (before.endsWith("[") || before.endsWith("\uFF3B")) && c >= 0 && c - m.end() <= 8
                && text.substring(m.end(), c).chars().noneMatch(ch -> ch == '[' || ch == '\uFF3B' || ch == '\n');
    }

    /** The organization the article is about: the one named most often so far. */
    /**
     * "bij het instituut", "dall'università", "the university": the one organization whose name
     * holds the anaphor's noun ("Rijnstroom Instituut", "Università di Rocca Serena"); null if none or several.
     */
    private Cluster namedBy(String anaphor) {
        String[] words = lex.fold(anaphor).split("[\\s'\u2019]+");
        String head = words[words.length - 1];
        if (head.length() < 4 || MatchText.isCjk(head.charAt(0))) {
            return null;
        }
        Cluster found = null;
        for (Cluster c : orgsByName.values()) {
            if (!all.contains(c) || c.kind != EntityKind.ORGANIZATION) {
                continue;
            }
            boolean holds = c.surfaces.stream().anyMatch(x -> java.util.Arrays.asList(lex.fold(x).split("[\\s\\-']+")).contains(head));
            if (holds) {
                if (found != null && found != c) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    private Cluster focus() {
        Cluster best = null;
        boolean first = true;
        int bestScore = 0;
        for (Cluster c : orgsByName.values()) {
            if (!all.contains(c)) {
                continue;
            }
            // News names its subject first: the first organization named gets a head start; a share button
            // ("［Facebookでシェア］", "[LinkedIn]") names none.
            if (c.strength == 0 && c.gazetteer != null) {
                continue;
            }
            int score = c.strength + (first ? 3 : 0);
            first = false;
            if (best == null || score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private static int total(Cluster c) {
        return c.counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Full names have at least two words, or are CJK (whose names are one unbroken word). */
    private static boolean isFullName(String s) {
        return s.strip().contains(" ") || MatchText.isCjk(s.charAt(0));
    }

    private Cluster org(Mention m, String name) {
        String k = lex.fold(withoutLegalForm(name)); // "Velsheim Sensorik AG" is "Velsheim Sensorik"
        Cluster c = orgsByName.computeIfAbsent(k, x -> {
            Cluster n = new Cluster(EntityKind.ORGANIZATION);
            all.add(n);
            return n;
        });
        attach(m, c);
        return c;
    }

    private Cluster person(Mention m) {
        Cluster c = new Cluster(EntityKind.PERSON);
        persons.add(c);
        all.add(c);
        attach(m, c);
        return c;
    }

    private void attach(Mention m, Cluster c) {
        Cluster old = byMention.get(m);
        if (old == c) {
            return;
        }
        if (old != null) {
            merge(c, old);
            return;
        }
        byMention.put(m, c);
        c.add(m.text());
        if (kindBefore.containsKey(m)) {
            c.kinds.add(kindBefore.get(m));
        }
        c.strength += furniture.contains(m) ? 0 : m.hint() == Mention.Hint.ORG_ARTICLE ? 1 : 2;
    }

    private void merge(Cluster into, Cluster from) {
        byMention.replaceAll((k, v) -> v == from ? into : v);
        from.counts.forEach((s, n) -> into.counts.merge(s, n, Integer::sum));
        into.surfaces.addAll(from.surfaces);
        into.kinds.addAll(from.kinds);
        into.strength += from.strength;
        persons.remove(from);
        all.remove(from);
        orgsByName.replaceAll((k, v) -> v == from ? into : v);
    }

    /** NAME ( NAME ) and NAME ( @handle ): both are one entity. */
    /** The same name elsewhere is the same organization, whatever its shape suggests there. */
    private void attachKnownOrgNames(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.NAME && !byMention.containsKey(m) && orgsByName.containsKey(lex.fold(withoutLegalForm(m.text())))) {
                org(m, m.text());
            }
        }
    }

    private void linkGlosses(List<Mention> s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Mention a = s.get(i);
            Mention b = s.get(i + 1);
            if (a.kind() != Mention.Kind.NAME || (b.kind() != Mention.Kind.NAME && b.kind() != Mention.Kind.HANDLE)) {
                continue;
            }
            String gap = between(a, b);
            String after = closeAfter.get(b.end());
            // Only a parenthesis that holds the second name alone is a gloss: "X (Y)", not "X (Y's CTO)".
            // The parenthesis may go on after the gloss: "信崴半導體（Sinwei Semiconductor，下稱信崴）".
            boolean closes = after != null && !after.strip().isEmpty() && ")\uFF09,\uFF0C;\uFF1B".indexOf(after.strip().charAt(0)) >= 0;
            // "X (Y)", also after a closing quote or title mark: "《東岸時報》（Eastshore Times）".
            if (gap != null && gap.strip().matches("[\u300B\u300D\u201D\"']?\\s*[(\uFF08]") && closes) {
                Cluster ca = byMention.get(a);
                if (ca != null && ca.kind == EntityKind.ORGANIZATION) {
                    attach(b, ca);
                    // "Banco del Sur (BDS)": the short form names the organization elsewhere in the article.
                    orgsByName.putIfAbsent(lex.fold(b.text()), ca);
                    // "翠嶺電視（Verdant Ridge Broadcasting，VRB）": an acronym after the gloss, in the same parenthesis.
                    if (i + 2 < s.size() && s.get(i + 2).kind() == Mention.Kind.NAME && AcronymDefinitions.isAcronym(s.get(i + 2).text())
                            && between(b, s.get(i + 2)) != null && between(b, s.get(i + 2)).strip().matches("[,\uFF0C\u3001]")) {
                        Mention c = s.get(i + 2);
                        String close = closeAfter.get(c.end());
                        if (close != null && !close.strip().isEmpty() && ")\uFF09".indexOf(close.strip().charAt(0)) >= 0) {
                            attach(c, ca);
                            orgsByName.putIfAbsent(lex.fold(c.text()), ca);
                        }
                    }
                    continue;
                }
                Cluster cb = byMention.get(b);
                if (cb != null && cb.kind == EntityKind.ORGANIZATION) {
                    if (ca == null && a.hint() != Mention.Hint.PERSON) {
                        attach(a, cb);
                    }
                    continue;
                }
                Cluster c = cb != null ? cb : ca != null ? ca : personFor(b.text());
                if (c == null && !MatchText.isCjk(a.text().charAt(0))) {
                    c = personFor(a.text());
                }
                if (c == null) {
                    c = person(a);
                } else {
                    attach(a, c);
                }
                attach(b, c);
            }
        }
    }

    private String between(Mention a, Mention b) {
        return gapTexts.get(a.end() + ":" + b.begin());
    }

    /** The one organization whose multi-word name starts with this word, or null. */
    private Cluster orgForShortName(String word) {
        String f = lex.fold(word);
        Cluster found = null;
        for (Cluster c : orgsByName.values()) {
            for (String s : c.surfaces) {
                String fs = lex.fold(s);
                if (fs.startsWith(f + " ") || fs.startsWith(f + "-")) {
                    if (found != null && found != c) {
                        return null;
                    }
                    found = c;
                }
            }
        }
        return found;
    }

    /** The person already known under exactly this name, or null. */
    private Cluster samePerson(String surface) {
        String f = nameKey(surface);
        // "Van Dam" after "Joris van Dam": a surname with its particle, capitalized at a sentence start.
        boolean particleSurname = f.indexOf(' ') > 0 && f.indexOf(' ') == f.lastIndexOf(' ')
                && lex.isNameParticle(f.substring(0, f.indexOf(' ')));
        for (Cluster c : persons) {
            for (String s : c.surfaces) {
                String fs = nameKey(s);
                if (fs.equals(f) || particleSurname && fs.endsWith(" " + f)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The person a single name refers to: surname, given name, genitive or one-letter variant of a full name. */
    private Cluster personFor(String surface) {
        String f = nameKey(surface);
        if (f.isEmpty()) {
            return null;
        }
        Cluster exact = null;
        List<Cluster> candidates = new ArrayList<>();
        for (Cluster c : persons) {
            for (String s : c.surfaces) {
                String fs = nameKey(s);
                if (fs.equals(f)) {
                    exact = c;
                }
                if (matchesPart(f, fs)) {
                    candidates.add(c);
                    break;
                }
            }
        }
        if (exact != null) {
            return exact;
        }
        if (MatchText.isCjk(f.charAt(0)) && f.indexOf('\u00B7') < 0) {
            // A CJK family name alone (石黒 for 石黒真理子): the one full name that starts with it.
            List<Cluster> starts = new ArrayList<>();
            List<Cluster> ends = new ArrayList<>();
            for (Cluster c : persons) {
                if (c.surfaces.stream().map(this::nameKey).anyMatch(x -> x.length() > f.length() && x.startsWith(f)
                        && x.indexOf('\u00B7') < 0 || x.endsWith('\u00B7' + f))) {
                    starts.add(c);
                }
                if (f.length() >= 2 && c.surfaces.stream().map(this::nameKey).anyMatch(x -> x.length() > f.length()
                        && x.endsWith(f) && x.indexOf('\u00B7') < 0)) {
                    ends.add(c);
                }
            }
            if (starts.size() == 1) {
                return starts.get(0);
            }
            // A given name alone (一成 for 東雲一成, where father and son share the family name): the one full name ending in it.
            if (starts.isEmpty() && ends.size() == 1) {
                return ends.get(0);
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
    }

    /** A name as compared with others: folded; a CJK name without the space a profile may put after the family name. */
    private String nameKey(String surface) {
        String f = lex.fold(surface).strip();
        return !f.isEmpty() && MatchText.isCjk(f.charAt(0)) ? f.replace(" ", "") : f;
    }

    private boolean matchesPart(String single, String full) {
        // "Van Dam" for "Joris van Dam": a surname with its particle.
        if (single.contains(" ") && full.endsWith(" " + single) && lex.isNameParticle(single.substring(0, single.indexOf(' ')))) {
            return true;
        }
        String[] parts = full.split(" ");
        if (parts.length < 2 || single.contains(" ")) {
            return single.length() >= 5 && full.length() >= 5 && !single.contains(" ") == !full.contains(" ")
                    && EditDistance.atMostOne(single, full);
        }
        String last = parts[parts.length - 1];
        String first = parts[0];
        if (single.equals(last) || single.equals(first)) {
            return true;
        }
        // "Ibáñez" for "Carmen Ibáñez Soler": a first surname of a name with two.
        if (parts.length == 3 && single.equals(parts[1]) && single.length() >= 4 && !lex.isGivenName(single)
                && !lex.isNameParticle(single)) {
            return true;
        }
        // Genitive of a surname: Swedish/German/Dutch "Lindqvists", English "Berg's" is split off already.
        if (single.endsWith("s") && single.substring(0, single.length() - 1).equals(last)) {
            return true;
        }
        String bare = single.endsWith("s") ? single.substring(0, single.length() - 1) : single;
        return last.length() >= 5 && (EditDistance.atMostOne(single, last) || EditDistance.atMostOne(bare, last));
    }

    private Cluster personForHandle(String handle) {
        String h = handle.toLowerCase(Locale.ROOT).replace("_", "");
        for (Cluster c : persons) {
            for (String s : c.surfaces) {
                if (Names.handleFits(h, slugs.latin(s).toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * The pinyin of a native Chinese name with no Latin form in the article: 陈立群 → "Chen Liqun",
     * the way English-language news writes it (family name first). Transliterated foreign names
     * (with a middle dot, or not starting with a common family name) get none.
     */
    private java.util.Optional<String> pinyinName(Cluster c) {
        if (c.surfaces.stream().anyMatch(x -> !MatchText.isCjk(x.charAt(0)))) {
            return java.util.Optional.empty();
        }
        for (String s : c.surfaces) {
            String f = lex.fold(s);
            int family = lex.surnameLength(f, 0);
            // 陈立群 → Chen Liqun; 欧阳兰 → Ouyang Lan, 司徒明哲 → Situ Mingzhe: a compound family name is one word.
            if (family > 0 && f.length() > family && f.length() <= family + 2 && f.indexOf('\u00B7') < 0) {
                String[] syl = slugs.latin(s).toLowerCase(java.util.Locale.ROOT).trim().split("\\s+");
                if (syl.length != f.length()) {
                    continue;
                }
                StringBuilder surname = new StringBuilder();
                StringBuilder given = new StringBuilder();
                for (int i = 0; i < syl.length; i++) {
                    (i < family ? surname : given).append(syl[i]);
                }
                return java.util.Optional.of(cap(surname.toString()) + " " + cap(given.toString()));
            }
        }
        return java.util.Optional.empty();
    }

    /** "曜峰精密" → "Yaofeng Precision", "朝凪テクノロジーズ" → "Asanagi Technologies": the name read, its kind in English. */
    private java.util.Optional<String> englishName(String surface) {
        Map.Entry<Integer, String> kind = lex.orgKindGloss(surface);
        int tail = surface.length();
        while (tail > 0 && Character.isLetter(surface.charAt(tail - 1)) && !MatchText.isCjk(surface.charAt(tail - 1))) {
            tail--;
        }
        if (kind == null && tail > 0 && tail < surface.length()) {
            kind = Map.entry(surface.length() - tail, surface.substring(tail)); // "青岚FC": its Latin kind word as written
        }
        if (kind == null) {
            return java.util.Optional.empty();
        }
        String name = surface.substring(0, surface.length() - kind.getKey());
        if (name.isEmpty() || !name.chars().allMatch(ch -> MatchText.isCjk((char) ch))) {
            return java.util.Optional.empty();
        }
        java.util.Optional<String> read;
        if (lex.language() == org.newskg.read.Language.JA) {
            read = readings == null ? java.util.Optional.empty() : readings.romanizedWord(name);
        } else {
            String latin = slugs.latin(name).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
            read = latin.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(cap(latin));
        }
        String english = kind.getValue();
        return read.map(r -> r + " " + english);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---------------------------------------------------------------- queries used by the patterns

    /** The person this mention is, typing an open name as a person if it must; null if it cannot be one. */
    String asPerson(Mention m) {
        Cluster c = byMention.get(m);
        if (c == null && m.kind() == Mention.Kind.NAME && m.hint() == Mention.Hint.INITIAL) {
            return null; // a capitalized sentence start that no full name explains
        }
        if (c == null && m.kind() == Mention.Kind.NAME && m.hint() != Mention.Hint.ORGANIZATION) {
            c = personFor(m.text());
            c = c == null ? person(m) : c;
            attach(m, c);
        }
        return c != null && c.kind == EntityKind.PERSON ? key(c) : null;
    }

    /** The organization this mention is (the focus organization for "the company"); null if it cannot be one. */
    String asOrganization(Mention m) {
        if (m.kind() == Mention.Kind.ANAPHOR) {
            Cluster named = acting.contains(m) ? null : namedBy(m.text());
            Cluster f = named != null ? named : focus();
            return f == null ? null : key(f);
        }
        Cluster c = byMention.get(m);
        if (c == null && m.kind() == Mention.Kind.NAME && m.hint() != Mention.Hint.PERSON
                && m.hint() != Mention.Hint.INITIAL) {
            c = org(m, m.text());
        }
        return c != null && c.kind == EntityKind.ORGANIZATION ? key(c) : null;
    }

    /**
     * Whether {@link #asPerson} would give a person for this mention, without typing it: candidates
     * are weighed before one is chosen, and only the chosen one may type its names.
     */
    boolean canBePerson(Mention m) {
        Cluster c = byMention.get(m);
        if (c != null) {
            return c.kind == EntityKind.PERSON;
        }
        return m.kind() == Mention.Kind.NAME && m.hint() != Mention.Hint.INITIAL && m.hint() != Mention.Hint.ORGANIZATION;
    }

    /** Whether {@link #asOrganization} would give an organization for this mention, without typing it. */
    boolean canBeOrganization(Mention m) {
        if (m.kind() == Mention.Kind.ANAPHOR) {
            return (acting.contains(m) ? null : namedBy(m.text())) != null || focus() != null;
        }
        Cluster c = byMention.get(m);
        if (c == null) {
            return m.kind() == Mention.Kind.NAME && m.hint() != Mention.Hint.PERSON && m.hint() != Mention.Hint.INITIAL;
        }
        return c.kind == EntityKind.ORGANIZATION;
    }

    /**
     * Whether two mentions already stand for one entity (never true for a mention not yet typed).
     * Compares without minting keys, which are made once, from the names known at that moment.
     */
    boolean sameEntity(Mention a, Mention b) {
        Cluster ca = byMention.get(a);
        return ca != null && ca == byMention.get(b);
    }

    /** Whether a mention already stands for the person of this key. */
    boolean isPersonKey(Mention m, String key) {
        Cluster c = byMention.get(m);
        return c != null && c.kind == EntityKind.PERSON && key != null && key.equals(c.key);
    }

    /** The names a mention is known by (its entity's, or its own text when it has none), without typing it. */
    Set<String> namesOf(Mention m) {
        Cluster c = byMention.get(m);
        if (c == null && m.kind() == Mention.Kind.NAME) {
            c = personFor(m.text());
        }
        if (c == null) {
            return Set.of(m.text());
        }
        return names(c);
    }

    private static Set<String> names(Cluster c) {
        Set<String> out = new LinkedHashSet<>(c.surfaces);
        if (c.gazetteer != null) {
            out.add(c.gazetteer.name());
        }
        return out;
    }

    /** The names of the person a candidate points at. */
    Set<String> namesOf(PersonRef p) {
        return p.key() != null ? namesOfKey(p.key()) : namesOf(p.mention());
    }

    /** The names of the organization a candidate points at ("the company": the one it would stand for). */
    Set<String> namesOf(OrgRef o) {
        if (o.key() != null) {
            return namesOfKey(o.key());
        }
        Cluster c;
        if (o.focus()) {
            c = focus();
        } else if (o.mention().kind() == Mention.Kind.ANAPHOR) {
            c = acting.contains(o.mention()) ? null : namedBy(o.mention().text());
            c = c != null ? c : focus();
        } else {
            return namesOf(o.mention());
        }
        return c == null ? Set.of() : names(c);
    }

    /** The names of an entity by its key. */
    Set<String> namesOfKey(String key) {
        for (Cluster c : all) {
            if (key.equals(c.key)) {
                return names(c);
            }
        }
        return Set.of();
    }

    /**
     * The organization's names and the kind nouns written right before them ("emittente" for "l'emittente
     * Televalle"): what tells what the organization is (its top post, whether its president chairs it).
     */
    Set<String> describedNamesOfKey(String key) {
        for (Cluster c : all) {
            if (key.equals(c.key)) {
                Set<String> out = new LinkedHashSet<>(names(c));
                out.addAll(c.kinds);
                return out;
            }
        }
        return Set.of();
    }

    /** A possessive form of a known name ("Lindqvists", "Bergs"): it names a person but is no subject. */
    boolean isGenitive(Mention m) {
        Cluster c = byMention.get(m);
        if (c == null || c.kind != EntityKind.PERSON || lex.language().isCjk()) {
            return false;
        }
        String t = m.text();
        if (!t.endsWith("s") || t.length() < 4) {
            return false;
        }
        String bare = lex.fold(t.substring(0, t.length() - 1));
        return c.surfaces.stream().anyMatch(s -> lex.fold(s).equals(bare) || lex.fold(s).endsWith(" " + bare));
    }

    boolean isPerson(Mention m) {
        Cluster c = byMention.get(m);
        return c != null && c.kind == EntityKind.PERSON;
    }

    /** Lets Japanese names without a Latin form get their dictionary reading as a label. */
    ArticleEntities withReadings(org.newskg.lang.JapaneseReadings r) {
        this.readings = r;
        return this;
    }

    /** Keys of the people named in full (two or more words, or a CJK name), fact or no fact. */
    Set<String> namedPersons() {
        Set<String> out = new LinkedHashSet<>();
        for (Cluster c : persons) {
            if (c.surfaces.stream().anyMatch(ArticleEntities::isFullName)) {
                out.add(key(c));
            }
        }
        return out;
    }

    String focusOrganization() {
        Cluster f = focus();
        return f == null ? null : key(f);
    }

    private String key(Cluster c) {
        if (c.key == null) {
            c.key = slugs.slug(name(c));
        }
        return c.key;
    }

    private String name(Cluster c) {
        if (c.gazetteer != null) {
            return c.gazetteer.name();
        }
        String best = null;
        for (String s : c.surfaces) {
            if (best == null || better(s, best, c)) {
                best = s;
            }
        }
        return c.kind == EntityKind.ORGANIZATION && lex.capitalizesNouns() ? nominative(best) : best;
    }

    /** Adjective endings that are declined in "der Rheinisch-Bergischen Handelsbank", "der Deutschen Bank". */
    private static final java.util.regex.Pattern DECLINED = java.util.regex.Pattern.compile("(isch|sch|ig|lich|al|ell|är)en$");

    /**
     * "der Rheinisch-Bergischen Handelsbank" is the Rheinisch-Bergische Handelsbank: where adjectives decline, a name
     * written only after "der", "des" or "dem" is given in the nominative (its leading adjectives in -e).
     */
    private static String nominative(String name) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return name;
        }
        boolean changed = false;
        for (int i = 0; i < words.length - 1 && DECLINED.matcher(words[i]).find() && Character.isUpperCase(words[i].charAt(0)); i++) {
            words[i] = words[i].substring(0, words[i].length() - 1);
            changed = true;
        }
        return changed ? String.join(" ", words) : name;
    }

    /** Prefers Latin script, then more words, then the more frequent form. */
    private static boolean better(String a, String b, Cluster c) {
        boolean la = !MatchText.isCjk(a.charAt(0));
        boolean lb = !MatchText.isCjk(b.charAt(0));
        if (la != lb) {
            return la;
        }
        int wa = a.split(" ").length;
        int wb = b.split(" ").length;
        if (wa != wb) {
            return wa > wb;
        }
        return c.counts.getOrDefault(a, 0) > c.counts.getOrDefault(b, 0);
    }

    /**
     * Other names an organization goes by: without its legal form ("Photalis GmbH" is "Photalis"),
     * and, where nouns decline, without the genitive ending ("des Lindenau-Instituts" is the Lindenau-Institut).
     */
    private List<String> orgAliases(String surface) {
        if (MatchText.isCjk(surface.charAt(0))) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String base = withoutLegalForm(surface);
        if (!base.equals(surface)) {
            out.add(base);
        }
        // "The Clydeside Courier", "Das Frankfurter Bankhaus": also known without the article it opens with.
        int sp = base.indexOf(' ');
        if (sp > 0 && base.indexOf(' ', sp + 1) > 0 || sp > 0 && base.length() - sp > 5) {
            String first = lex.fold(base.substring(0, sp));
            if (lex.isDeterminer(first) && !lex.isPronoun(first)) {
                out.add(base.substring(sp + 1));
            }
        }
        if (lex.capitalizesNouns()) {
            String[] words = surface.split(" ");
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                String head = w.substring(w.lastIndexOf('-') + 1);
                String stem = lex.fold(head.endsWith("es") && head.length() > 5 ? head.substring(0, head.length() - 2)
                        : head.substring(0, Math.max(0, head.length() - 1)));
                if (head.endsWith("s") && (lex.isOrgPrefix(stem) || lex.isOrgSuffix(stem))) {
                    words[i] = w.substring(0, w.length() - (head.length() - stem.length()));
                    out.add(String.join(" ", words));
                    break;
                }
            }
        }
        return out;
    }

    /** The name without a legal form that ends it ("Photalis GmbH" → "Photalis"); CJK names as they are. */
    private String withoutLegalForm(String surface) {
        if (surface.isEmpty() || MatchText.isCjk(surface.charAt(0))) {
            return surface;
        }
        String folded = lex.fold(surface);
        for (String form : lex.legalForms()) {
            if (folded.endsWith(" " + form) && folded.length() - form.length() - 1 >= 3) {
                return surface.substring(0, surface.length() - form.length()).strip();
            }
        }
        return surface;
    }

    /** The entities that the given keys name, with all their surface forms as labels. */
    List<Entity> entities(Set<String> keys) {
        List<Entity> out = new ArrayList<>();
        for (Cluster c : all) {
            String k = key(c);
            if (!keys.contains(k)) {
                continue;
            }
            Set<Label> labels = new LinkedHashSet<>();
            for (String s : c.surfaces) {
                boolean cjk = s.chars().anyMatch(ch -> MatchText.isCjk((char) ch));
                labels.add(new Label(s, cjk ? langTag : ""));
            }
            if (c.kind == EntityKind.PERSON && lex.language().isChinese()) {
                pinyinName(c).ifPresent(p -> labels.add(new Label(p, PINYIN)));
            }
            if (c.kind == EntityKind.PERSON && lex.language() == org.newskg.read.Language.JA && readings != null
                    && c.surfaces.stream().allMatch(x -> MatchText.isCjk(x.charAt(0)))) {
                // 渡辺健二 with no Latin form in the article: the dictionary reading, "Kenji Watanabe".
                c.surfaces.stream().filter(x -> x.length() >= 3 && x.chars().allMatch(ch ->
                                Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN))
                        .findFirst().flatMap(readings::romanizedName)
                        .ifPresent(r -> labels.add(new Label(r, "ja-Latn")));
            }
            if (c.kind == EntityKind.ORGANIZATION) {
                for (String surface : c.surfaces) {
                    orgAliases(surface).forEach(a -> labels.add(new Label(a, "")));
                }
                if (c.surfaces.stream().allMatch(x -> MatchText.isCjk(x.charAt(0)))) {
                    c.surfaces.stream().map(this::englishName).flatMap(java.util.Optional::stream).findFirst()
                            .ifPresent(e -> labels.add(new Label(e, "en")));
                }
            }
            String wikidata = c.gazetteer == null ? null : c.gazetteer.wikidataIri();
            out.add(new Entity(c.kind, k, name(c), labels, wikidata));
        }
        return out;
    }
}
