package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.read.Language;
import org.newskg.lang.LanguageData;

/**
 * What newskg knows of one language for extraction, compiled for fast matching: role titles,
 * event triggers, organization names and cues, connecting words, name particles. Built from the
 * data files under {@code lang/<code>/} by {@link Lexicons}; immutable.
 */
public final class Lexicon {

    private final Language language;
    private final MatchText matchText;
    private final PhraseMatcher<Role> roles;
    private final PhraseMatcher<Trigger> triggers;
    private final PhraseMatcher<SplitTrigger> splitTriggers;
    private final PhraseMatcher<GazetteerOrg> orgs;
    private final PhraseMatcher<Boolean> orgAnaphora;
    private final PhraseMatcher<Boolean> speechVerbs;
    private final PhraseMatcher<Boolean> leadVerbs;
    private final PhraseMatcher<Boolean> nonRoles;
    private final Map<String, String> orgKindGlosses;
    private final PhraseMatcher<Boolean> interimWords;
    private final PhraseMatcher<Glue> glue;
    private final Set<String> orgSuffixes;
    private final Set<String> orgPrefixes;
    private final Set<String> orgCuesBefore;
    private final Set<String> orgCuesAfter;
    private final Set<String> nameParticles;
    private final Set<String> nonNames;
    private final List<String> nounEndings;
    private final List<String> legalForms;
    private final Set<String> givenNames;
    private final Set<String> presidedKinds;
    /** What an organization is (a folded word) and the key of its top post ({@code head-titles.tsv}). */
    private final Map<String, String> topPosts;
    /** The nouns of {@code org-anaphora.txt} ("the bank" → "bank"). */
    private final Set<String> kindNouns;
    /**
     * Titles that name another post at an organization of a kind ({@code kind-titles.tsv}): keyed by the
     * organization's top post and the title as read ("head-coach|manager" → head-coach).
     */
    private final Map<String, String> kindTitles;
    private final Set<String> honorifics;
    private final Map<String, String> pronouns;
    /** "*-jährige" in pronouns.tsv: "der 51-Jährige" stands for the person last named. */
    private final List<String> ageEndings;
    private final Set<String> personCuesBefore;
    private final Set<String> personCuesAfter;
    private final Set<String> determiners;
    private final Set<String> genericOrgWords;
    private final List<List<String>> descriptorEndings;
    private final Set<String> negationsBefore;
    private final Set<String> negationsAfter;
    private final Set<Character> transliterationChars;
    private final Set<Character> surnameChars;
    private final Set<Character> commonSurnameChars;
    private final Set<String> numberWords;
    private final Set<String> countedNouns;
    /** Two-character family names (欧阳, 司徒), matched as a whole. */
    private final Set<String> compoundSurnames;
    /** Words that end a CJK personal name written before them (particles, adverbs, 代为): {@code name-stops.txt}. */
    private final Set<String> nameStops;
    /** Words that begin with a family name's character but name no one (任期, 高层): {@code surname-words.txt}. */
    private final Set<String> surnameWords;
    private final Set<String> honorificsAfter;
    /** Words that name where a hire comes from ("from", "von", "från"): {@code origin-words.txt}, folded. */
    private final Set<String> originWords;
    /** Countries, regions, cities, rivers: {@code lang/places.txt}, folded. */
    private final Set<String> places;
    /** How a person's age stands next to their name ("52", "(52)", "52 anni"): {@code ages.tsv}, common and per language. */
    private final List<java.util.regex.Pattern> ages;

    Lexicon(Language language, MatchText matchText, Map<String, List<Role>> roleLabels,
            java.util.function.Function<String, java.util.Optional<Role>> roleByKey, PhraseMatcher<GazetteerOrg> orgs) {
        this.language = language;
        this.matchText = matchText;
        this.orgs = orgs;
        PhraseMatcher.Builder<Role> rb = PhraseMatcher.builder();
        List<List<String>> possessives = LanguageData.rows(language, "role-possessives.tsv");
        roleLabels.forEach((label, rs) -> {
            String f = fold(label);
            for (String form : withPossessives(f, possessives)) {
                rs.forEach(r -> rb.add(form, r));
            }
        });
        this.roles = rb.build();

        PhraseMatcher.Builder<Trigger> tb = PhraseMatcher.builder();
        PhraseMatcher.Builder<SplitTrigger> sb = PhraseMatcher.builder();
        for (List<String> row : LanguageData.rows(language, "triggers.tsv")) {
            EventType type = EventType.parse(row.get(0)).orElseThrow(
                    () -> new IllegalStateException("lang/" + language.code() + "/triggers.tsv: unknown event type " + row));
            String slotName = row.size() > 2 ? row.get(2) : "either";
            boolean passive = slotName.equalsIgnoreCase("passive");
            Trigger.Slot slot = passive ? Trigger.Slot.AFTER : slot(slotName);
            Role implied = row.size() > 3 && !row.get(3).isEmpty() ? roleByKey.apply(row.get(3)).orElseThrow(
                    () -> new IllegalStateException("lang/" + language.code() + "/triggers.tsv: unknown role " + row)) : null;
            Trigger trigger = new Trigger(type, slot, slotName.equalsIgnoreCase("other"), passive, implied);
            String phrase = fold(row.get(1));
            int gap = phrase.indexOf('\u2026');
            if (gap > 0) {
                // "tritt … zurück": the verb, then its particle later in the clause.
                sb.add(phrase.substring(0, gap).strip(), new SplitTrigger(phrase.substring(gap + 1).strip(), trigger));
            } else {
                tb.add(phrase, trigger);
            }
        }
        this.triggers = tb.build();
        this.splitTriggers = sb.build();

        this.orgAnaphora = wordMatcher("org-anaphora.txt");

        this.speechVerbs = wordMatcher("speech-verbs.txt");
        this.leadVerbs = wordMatcher("lead-verbs.txt");
        this.nonRoles = wordMatcher("non-roles.txt");
        this.interimWords = wordMatcher("interim-words.txt");

        Map<String, String> kinds = new HashMap<>();
        for (List<String> row : LanguageData.rows(language, "org-kind-glosses.tsv")) {
            kinds.put(fold(row.get(0)), row.get(1));
        }
        this.orgKindGlosses = Map.copyOf(kinds);

        PhraseMatcher.Builder<Glue> gb = PhraseMatcher.builder();
        Set<String> dets = new HashSet<>();
        for (List<String> row : LanguageData.rows(language, "glue.tsv")) {
            if (row.size() >= 2) {
                Glue.parse(row.get(0)).ifPresent(g -> gb.add(fold(row.get(1)), g));
                if (row.get(0).equalsIgnoreCase("det")) {
                    dets.add(fold(row.get(1)));
                }
            }
        }
        this.glue = gb.build();
        this.determiners = Set.copyOf(dets);
        this.genericOrgWords = Set.copyOf(LanguageData.words(language.isChinese() ? Language.ZH_HANS : language,
                "generic-org-words.txt").stream().map(this::fold).toList());
        this.descriptorEndings = LanguageData.rows(language, "descriptor-endings.txt").stream()
                .map(r -> List.of(fold(r.get(0)), r.size() > 1 ? r.get(1) : "place")).toList();

        Set<String> suffixes = new HashSet<>(foldedWords("org-suffixes.txt"));
        if (language.isCjk()) {
            // Chinese and Japanese news write foreign company names in Latin letters, with English kind words.
            LanguageData.words(Language.EN, "org-suffixes.txt").forEach(w -> suffixes.add(fold(w)));
        }
        this.orgSuffixes = Set.copyOf(suffixes);
        Set<String> prefixes = new HashSet<>(foldedWords("org-prefixes.txt"));
        if (language.isCjk()) {
            LanguageData.words(Language.EN, "org-prefixes.txt").forEach(w -> prefixes.add(fold(w)));
        }
        this.orgPrefixes = Set.copyOf(prefixes);
        this.orgCuesBefore = foldedWhere("org-cues.tsv", "before");
        this.orgCuesAfter = foldedWhere("org-cues.tsv", "after");
        this.nameParticles = foldedWords("name-particles.txt");
        this.originWords = foldedWords("origin-words.txt");
        this.nonNames = foldedWords("non-names.txt");
        Map<String, String> tops = new LinkedHashMap<>();
        LanguageData.rows(language, "head-titles.tsv").forEach(r -> tops.putIfAbsent(fold(r.get(0)), r.get(1)));
        this.topPosts = Map.copyOf(tops);
        Set<String> nouns = new HashSet<>();
        LanguageData.words(language, "org-anaphora.txt").forEach(a -> nouns.add(fold(a.substring(a.lastIndexOf(' ') + 1))));
        this.kindNouns = Set.copyOf(nouns);
        Map<String, String> kindRows = new HashMap<>();
        LanguageData.rows(language, "kind-titles.tsv").forEach(r -> kindRows.put(r.get(0) + "|" + r.get(1), r.get(2)));
        this.kindTitles = Map.copyOf(kindRows);
        this.presidedKinds = Set.copyOf(LanguageData.words(language, "presided-kinds.txt").stream().map(this::fold).toList());
        this.places = Set.copyOf(LanguageData.rows("lang/places.txt").stream().map(r -> fold(r.get(0))).toList());
        this.givenNames = Set.copyOf(LanguageData.rows("lang/given-names.txt").stream().map(r -> fold(r.get(0))).toList());
        this.legalForms = LanguageData.rows("lang/legal-forms.txt").stream().map(r -> fold(r.get(0))).toList();
        this.nounEndings = LanguageData.words(language, "noun-endings.txt").stream().map(this::fold).toList();
        this.honorifics = foldedWords("honorifics.txt");
        this.ages = java.util.stream.Stream.concat(LanguageData.rows("lang/common/ages.tsv").stream(),
                        LanguageData.rows(language, "ages.tsv").stream())
                .map(r -> java.util.regex.Pattern.compile(r.get(0),
                        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS))
                .toList();
        Map<String, String> p = new HashMap<>();
        List<String> endings = new ArrayList<>();
        for (List<String> row : LanguageData.rows(language, "pronouns.tsv")) {
            if (row.get(0).startsWith("*")) {
                endings.add(fold(row.get(0).substring(1)));
            } else {
                p.put(fold(row.get(0)), row.size() > 1 ? row.get(1) : "x");
            }
        }
        this.pronouns = Map.copyOf(p);
        this.ageEndings = List.copyOf(endings);
        this.personCuesBefore = foldedWhere("person-cues.tsv", "before");
        this.personCuesAfter = foldedWhere("person-cues.tsv", "after");
        this.negationsBefore = foldedWhere("negations.tsv", "before");
        this.negationsAfter = foldedWhere("negations.tsv", "after");
        // Chinese data is written once, in Simplified; matching folds Traditional to Simplified.
        Language chars = language.isChinese() ? Language.ZH_HANS : language;
        this.transliterationChars = chars(LanguageData.words(chars, "transliteration-chars.txt"));
        // A line of single characters lists one-character family names; a line of words, compound ones.
        List<String> singles = new ArrayList<>();
        List<String> common = new ArrayList<>();
        Set<String> compounds = new HashSet<>();
        for (List<String> row : LanguageData.rows(chars, "surnames.txt")) {
            String line = row.get(0);
            if (line.contains(" ")) {
                for (String w : line.split("\\s+")) {
                    compounds.add(fold(w));
                }
            } else {
                singles.add(line);
                if (row.size() > 1 && row.get(1).equals("common")) {
                    common.add(line);
                }
            }
        }
        this.surnameChars = chars(singles);
        this.commonSurnameChars = chars(common);
        this.compoundSurnames = Set.copyOf(compounds);
        this.numberWords = Set.copyOf(LanguageData.words(chars, "numbers.tsv").stream().map(this::fold).toList());
        this.countedNouns = Set.copyOf(LanguageData.words(chars, "counted-nouns.tsv").stream().map(this::fold).toList());
        this.nameStops = Set.copyOf(LanguageData.words(chars, "name-stops.txt").stream().map(this::fold).toList());
        this.surnameWords = Set.copyOf(LanguageData.words(chars, "surname-words.txt").stream().map(this::fold).toList());
        this.honorificsAfter = foldedWhere("honorifics.txt", "after");
    }

    private static Trigger.Slot slot(String s) {
        return switch (s.strip().toLowerCase()) {
            case "before" -> Trigger.Slot.BEFORE;
            case "after" -> Trigger.Slot.AFTER;
            default -> Trigger.Slot.EITHER;
        };
    }

    /** The words of a one-column file of the language, matched as phrases in folded text. */
    private PhraseMatcher<Boolean> wordMatcher(String file) {
        PhraseMatcher.Builder<Boolean> b = PhraseMatcher.builder();
        LanguageData.words(language, file).forEach(w -> b.add(fold(w), Boolean.TRUE));
        return b.build();
    }

    private Set<String> foldedWords(String file) {
        Set<String> out = new HashSet<>();
        LanguageData.words(language, file).forEach(w -> out.add(fold(w)));
        return Set.copyOf(out);
    }

    /**
     * The words of a "word, position[, weak]" file for one position. Organization cues marked
     * "weak" (like "mit", which introduces people as often) are left out.
     */
    private Set<String> foldedWhere(String file, String position) {
        Set<String> out = new HashSet<>();
        for (List<String> row : LanguageData.rows(language, file)) {
            if (row.size() > 1 && row.get(1).equalsIgnoreCase(position)
                    && !(row.size() > 2 && row.get(2).equalsIgnoreCase("weak"))) {
                out.add(fold(row.get(0)));
            }
        }
        return Set.copyOf(out);
    }

    private Set<Character> chars(List<String> lines) {
        Set<Character> out = new HashSet<>();
        for (String line : lines) {
            String f = fold(line);
            for (int i = 0; i < f.length(); i++) {
                if (!Character.isWhitespace(f.charAt(i))) {
                    out.add(f.charAt(i));
                }
            }
        }
        return Set.copyOf(out);
    }

    public String fold(String text) {
        return matchText.fold(text);
    }

    public Language language() {
        return language;
    }

    public PhraseMatcher<Role> roles() {
        return roles;
    }

    public PhraseMatcher<Trigger> triggers() {
        return triggers;
    }

    /** A trigger written around other words ("tritt … zurück"): its first part, and the rest to find later. */
    public record SplitTrigger(String rest, Trigger trigger) {
    }

    /** Split triggers, matched by their first part. */
    public PhraseMatcher<SplitTrigger> splitTriggers() {
        return splitTriggers;
    }

    public PhraseMatcher<GazetteerOrg> orgs() {
        return orgs;
    }

    public PhraseMatcher<Boolean> orgAnaphora() {
        return orgAnaphora;
    }

    public boolean isOrgSuffix(String folded) {
        return orgSuffixes.contains(folded);
    }

    public boolean isOrgPrefix(String folded) {
        return orgPrefixes.contains(folded);
    }

    /** Organization words that do not end a name on their own ("公司" in "离开公司"). */
    public boolean isGenericOrgWord(String folded) {
        return genericOrgWords.contains(folded);
    }

    public Set<String> orgSuffixes() {
        return orgSuffixes;
    }

    public Set<String> orgPrefixes() {
        return orgPrefixes;
    }

    public boolean isOrgCueBefore(String folded) {
        return orgCuesBefore.contains(folded);
    }

    public boolean isOrgCueAfter(String folded) {
        return orgCuesAfter.contains(folded);
    }

    /**
     * Whether a capitalized word opening a run of names describes rather than names: "Bielefelder",
     * "Getriebehersteller" (languages without such a list never strip).
     */
    public boolean isDescriptor(String folded) {
        return descriptorKind(folded) != null;
    }

    /** What a descriptor word says the name after it is: "org", "person", "place"; null if no descriptor. */
    public String descriptorKind(String folded) {
        if (!descriptorEndings.isEmpty() && nonNames.contains(folded)) {
            return "noun"; // a common noun before a name ("Wettbewerber Stellmann Getriebe") always describes
        }
        String kind = null;
        int longest = 0;
        for (List<String> e : descriptorEndings) {
            String end = e.get(0);
            // The longest ending decides: "Getriebehersteller" is a maker, not a place adjective in -er.
            if ((folded.length() > end.length() + 2 && folded.endsWith(end) || folded.equals(end)) && end.length() > longest) {
                kind = e.get(1);
                longest = end.length();
            }
        }
        if (kind != null) {
            return kind;
        }
        return nonNames.contains(folded) && !descriptorEndings.isEmpty() ? "place" : null;
    }

    public boolean hasDescriptors() {
        return !descriptorEndings.isEmpty();
    }

    /** Articles and possessive determiners ("la", "der", "the", "its"). */
    public boolean isDeterminer(String folded) {
        return determiners.contains(folded);
    }

    public boolean isNameParticle(String folded) {
        return nameParticles.contains(folded);
    }

    /** Whether a sentence says something was done together with others ("together with", "samen met"). */
    public boolean mentionsCoAgents(String sentence) {
        for (PhraseMatcher.Match<Glue> m : glue.findAll(fold(sentence))) {
            if (!m.values().contains(Glue.WITH)) {
                continue;
            }
            if (m.end() - m.begin() > 6 && sentence.substring(m.begin(), m.end()).contains(" ")) {
                return true;
            }
            // "with his wife, Dorothy", "mit seiner Frau Ilse", "con Marco Neri": a short "with" before someone named.
            java.util.regex.Matcher who = CO_AGENT.matcher(sentence).region(m.end(), sentence.length());
            if (who.lookingAt() && (who.group(1) == null || isDeterminer(fold(who.group(1))))) {
                return true;
            }
        }
        return false;
    }

    /** After "with": perhaps a possessive and a noun ("his wife,"), then a capitalized name. */
    private static final java.util.regex.Pattern CO_AGENT =
            java.util.regex.Pattern.compile("\\s+(?:(\\p{L}+)\\s+\\p{L}+,?\\s+)?\\p{Lu}\\p{Ll}+");

    /**
     * Where a company's "president" chairs its board (French, Spanish, Italian: {@code presided-kinds.txt}
     * is there), whether an organization of these names is one whose president is a President: a club,
     * an association, a federation, a university. Elsewhere, true.
     */
    public boolean presidentIsPresident(java.util.Collection<String> orgNames) {
        if (presidedKinds.isEmpty()) {
            return true;
        }
        for (String n : orgNames) {
            for (String w : fold(n).split("[\\s'’\\-.]+")) {
                if (presidedKinds.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The key of the top post of an organization described or named by these words ("the Thameside Brewers
     * Association" → president), from {@code head-titles.tsv}; null when no word says what it is.
     */
    public String topPostKey(List<String> words) {
        for (String w : words) {
            for (String part : fold(w).split("[\\s'’\\-.,;:()]+")) {
                String k = topPosts.get(part);
                if (k != null) {
                    return k;
                }
            }
        }
        return null;
    }

    /**
     * The post a title read at an organization stands for there, given the organization's top post (null: a
     * company, led by its chief executive): a football club's "manager" is its head coach, an Italian company's
     * "direttore generale" its general manager. Null when the title stands for itself.
     */
    public String titleAt(String topPostKey, String roleKey) {
        return kindTitles.get((topPostKey == null ? "chief-executive-officer" : topPostKey) + "|" + roleKey);
    }

    /** A noun that names a kind of organization ("insurer", "biotechbedrijf", "verzekeraar"), from the anaphora list. */
    public boolean isKindNoun(String folded) {
        return kindNouns.stream().anyMatch(k -> folded.equals(k) || k.length() >= 4 && folded.endsWith(k));
    }

    /**
     * The same for an organization's names: a set has no order of its own, so they are read sorted and one
     * article always gives one answer.
     */
    public String topPostKey(Set<String> names) {
        return topPostKey(List.copyOf(new java.util.TreeSet<>(names)));
    }

    /** Whether a word is a common given name ("Sanne", "Klaus-Dieter"): a cue that a run of names is a person. */
    public boolean isGivenName(String folded) {
        return givenNames.contains(folded) && !nonNames.contains(folded);
    }

    /**
     * "chair of its supervisory board", "presidenta de su consejo de vigilancia": a title naming a body
     * with its article is written as often with a possessive; each form of {@code role-possessives.tsv}
     * (article, then possessives) gives the label again with the possessive in the article's place.
     */
    private List<String> withPossessives(String folded, List<List<String>> possessives) {
        List<String> forms = new ArrayList<>(List.of(folded));
        String padded = " " + folded + " ";
        for (List<String> row : possessives) {
            String article = " " + fold(row.get(0)) + " ";
            int at = padded.indexOf(article);
            if (at < 0) {
                continue;
            }
            for (String poss : row.subList(1, row.size())) {
                String form = (padded.substring(0, at) + " " + fold(poss) + " " + padded.substring(at + article.length())).strip();
                forms.add(form);
            }
        }
        return forms;
    }

    /**
     * Whether a word is a place ("Uppsala", "Hamburg"), or its genitive ("Mälardalens"): a name that opens with one
     * is an organization's ("Uppsala Immunterapi", "Hamburg Süd"), never a person's.
     */
    public boolean isPlace(String folded) {
        return places.contains(folded) || folded.length() > 4 && folded.endsWith("s")
                && places.contains(folded.substring(0, folded.length() - 1)) && !givenNames.contains(folded);
    }

    /** Whether a word is on the given-name list even where it is also a common word ("Clara", "Jan"). */
    public boolean isListedGivenName(String folded) {
        return givenNames.contains(folded);
    }

    /** Legal-form words that may end a company name ("GmbH", "Inc."), folded. */
    public List<String> legalForms() {
        return legalForms;
    }

    /** Whether the language capitalizes all nouns (German): then a lone capitalized word needs more to be a name. */
    public boolean capitalizesNouns() {
        return !nounEndings.isEmpty();
    }

    /** Whether a word ends like a common noun of a language that capitalizes nouns ("Entscheidung"). */
    public boolean hasNounEnding(String folded) {
        for (String e : nounEndings) {
            if (folded.length() > e.length() + 1 && folded.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    public boolean isNonName(String folded) {
        return nonNames.contains(folded);
    }

    public boolean isHonorific(String folded) {
        return honorifics.contains(folded);
    }

    public boolean isPronoun(String folded) {
        if (pronouns.containsKey(folded)) {
            return true;
        }
        // "the 45-year-old", "der 51-Jährige", "de 42-jarige": an age standing for a person.
        if (!folded.isEmpty() && Character.isDigit(folded.charAt(0))) {
            for (String e : ageEndings) {
                if (folded.endsWith(e)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "I", "je", "我": the speaker of a quotation (marked {@code s} in {@code pronouns.tsv}). */
    public boolean isSpeakerPronoun(String folded) {
        return "s".equals(pronouns.get(folded));
    }

    /** "said", "a déclaré", "表示": verbs that attribute a quotation to a speaker ({@code speech-verbs.txt}). */
    public PhraseMatcher<Boolean> speechVerbs() {
        return speechVerbs;
    }

    /** "has led", "dirige", "führt", "执掌": verbs saying someone leads an organization ({@code lead-verbs.txt}). */
    public PhraseMatcher<Boolean> leadVerbs() {
        return leadVerbs;
    }

    /** "董事会" (the board), which holds the title "董事": words in which a title is no title ({@code non-roles.txt}). */
    public PhraseMatcher<Boolean> nonRoles() {
        return nonRoles;
    }

    /**
     * The English word for the kind word that ends a CJK organization's name ("曜峰精密" → "Precision"),
     * with the length of that kind word; null when no kind word of {@code org-kind-glosses.tsv} ends it.
     */
    public Map.Entry<Integer, String> orgKindGloss(String surface) {
        String f = fold(surface);
        for (int n = Math.min(f.length() - 1, 8); n >= 1; n--) {
            String gloss = orgKindGlosses.get(f.substring(f.length() - n));
            if (gloss != null) {
                return Map.entry(n, gloss);
            }
        }
        return null;
    }

    /** Where words saying "for the time being" ({@code interim-words.txt}: "ad interim", "代理") stand in a folded text. */
    public List<PhraseMatcher.Match<Boolean>> interimWords(String folded) {
        return interimWords.findAll(folded);
    }

    /** "they", "ils", "他们": a pronoun for several people (marked {@code p} in {@code pronouns.tsv}). */
    public boolean isPluralPronoun(String folded) {
        return "p".equals(pronouns.get(folded));
    }

    public Set<String> pronouns() {
        return pronouns.keySet();
    }

    public boolean isPersonCueBefore(String folded) {
        return personCuesBefore.contains(folded);
    }

    public boolean isPersonCueAfter(String folded) {
        return personCuesAfter.contains(folded);
    }

    /**
     * Whether a negation stands next to a trigger at {@code [begin, end)} of the folded sentence:
     * within three words (four characters in CJK) before it in the same clause, or just after it.
     */
    public boolean negated(String folded, int begin, int end) {
        boolean cjk = language.isCjk();
        int from = begin;
        int words = 0;
        while (from > 0 && words < 3 && ",;:\uFF0C\u3001\uFF1B".indexOf(folded.charAt(from - 1)) < 0
                && (!cjk || begin - from < 4)) {
            from--;
            if (!cjk && folded.charAt(from) == ' ') {
                words++;
            }
        }
        String before = folded.substring(from, begin);
        String after = folded.substring(end, Math.min(folded.length(), end + (cjk ? 4 : 16)));
        return containsWord(before, negationsBefore, cjk) || containsWord(after, negationsAfter, cjk);
    }

    private static boolean containsWord(String window, Set<String> words, boolean cjk) {
        for (String w : words) {
            int i = window.indexOf(w);
            while (i >= 0) {
                boolean startOk = cjk || i == 0 || !MatchText.isWordChar(window.charAt(i - 1));
                int e = i + w.length();
                boolean endOk = cjk || w.endsWith("'") || e == window.length() || !MatchText.isWordChar(window.charAt(e));
                if (startOk && endOk) {
                    return true;
                }
                i = window.indexOf(w, i + 1);
            }
        }
        return false;
    }

    /** Characters used to write foreign names phonetically in Chinese (阿, 尔, 特, 曼 …). */
    public boolean isTransliterationChar(char foldedChar) {
        return transliterationChars.contains(foldedChar);
    }

    public boolean isSurnameChar(char foldedChar) {
        return surnameChars.contains(foldedChar);
    }

    /** The length of the family name that opens {@code folded} at {@code i}: 2 (欧阳), 1 (王), or 0. */
    public int surnameLength(String folded, int i) {
        if (i + 2 <= folded.length() && compoundSurnames.contains(folded.substring(i, i + 2))) {
            return 2;
        }
        return i < folded.length() && surnameChars.contains(folded.charAt(i)) ? 1 : 0;
    }

    /**
     * Whether a CJK text opens with a number and what it counts ("两位", "一家", "十几家"): a
     * quantity, which no name begins with.
     */
    public boolean opensWithCount(String folded) {
        int i = 0;
        while (i < folded.length() && i < 3 && numberWords.contains(folded.substring(i, i + 1))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        for (int j = i; j < Math.min(folded.length(), i + 2); j++) {
            if (countedNouns.contains(folded.substring(j, j + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the family name that opens {@code folded} at {@code i} is a frequent one (王, 陈) or a compound one. */
    public boolean isCommonSurname(String folded, int i) {
        return surnameLength(folded, i) == 2 || i < folded.length() && commonSurnameChars.contains(folded.charAt(i));
    }

    /** The length of the word of {@code name-stops.txt} that starts at {@code i} (the longest), or 0. */
    public int nameStopAt(String folded, int i) {
        return longestAt(nameStops, folded, i);
    }

    /** The length of the word of {@code name-stops.txt} that ends at {@code i} (the longest), or 0. */
    public int nameStopBefore(String folded, int i) {
        return longestBefore(nameStops, folded, i);
    }

    /** Whether a word begins with a family name's character but names no one (任期, 高层, 方面). */
    public boolean isSurnameWord(String folded) {
        return surnameWords.contains(folded);
    }

    /** The length of a person cue of the after kind (表示, 任) that ends at {@code i}, or 0. */
    public int personCueAfterBefore(String folded, int i) {
        return longestBefore(personCuesAfter, folded, i);
    }

    /** The length of a person cue of the after kind (表示, 氏, 任) or an honorific that starts at {@code i}, or 0. */
    public int personCueAfterAt(String folded, int i) {
        return Math.max(longestAt(personCuesAfter, folded, i), longestAt(honorificsAfter, folded, i));
    }

    /** The length of an organization cue of the before kind (加盟, 据) that ends at {@code i}, or 0. */
    public int orgCueBefore(String folded, int i) {
        return longestBefore(orgCuesBefore, folded, i);
    }

    /** The length of a person cue of the before kind (记者, 分析师, 员) that ends at {@code i}, or 0. */
    public int personCueBefore(String folded, int i) {
        return longestBefore(personCuesBefore, folded, i);
    }

    /** The connecting word that starts at {@code i} of a folded text ("前", "の", "として"), or null. */
    public PhraseMatcher.Match<Glue> glueAt(String folded, int i) {
        return glue.longestAt(folded, i);
    }

    private static int longestAt(Set<String> words, String folded, int i) {
        for (int n = Math.min(8, folded.length() - i); n >= 1; n--) {
            if (words.contains(folded.substring(i, i + n))) {
                return n;
            }
        }
        return 0;
    }

    private static int longestBefore(Set<String> words, String folded, int i) {
        for (int n = Math.min(8, i); n >= 1; n--) {
            if (words.contains(folded.substring(i - n, i))) {
                return n;
            }
        }
        return 0;
    }

    /**
     * Reads the text between two mentions as connecting words: the glue kinds in order, an empty
     * list when the two touch or only white space separates them, or null when the gap holds
     * anything else.
     */
    public List<Glue> gap(String foldedGap) {
        List<Glue> out = new ArrayList<>();
        int i = 0;
        while (i < foldedGap.length()) {
            char c = foldedGap.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            PhraseMatcher.Match<Glue> m = glue.longestAt(foldedGap, i);
            if (m == null) {
                Glue punct = punctuation(c);
                if (punct == null) {
                    return null;
                }
                out.add(punct);
                i++;
                continue;
            }
            out.add(m.values().get(0));
            i = m.end();
        }
        return out;
    }

    private static Glue punctuation(char c) {
        return switch (c) {
            case ',', '\u3001', '(', ')', '\u2013', '\u2014', '-', ':', '\u300a', '\u300b' -> Glue.APPOS;
            default -> null;
        };
    }

    /**
     * The text with every age written next to a name between {@code from} and {@code to} read as blank, so that
     * "Anna Berg, 52, chief executive" connects name and title as "Anna Berg, chief executive" does.
     */
    String blankAges(String text, int from, int to) {
        StringBuilder b = null;
        for (java.util.regex.Pattern p : ages) {
            java.util.regex.Matcher m = p.matcher(text).region(from, Math.min(to, text.length()));
            while (m.find()) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                for (int i = m.start(); i < m.end(); i++) {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b == null ? text : b.toString();
    }

    /** Whether a text ends in a word that names where a hire comes from: "hired X from", "holt X von der". */
    public boolean endsWithOrigin(String raw) {
        String[] w = fold(raw).strip().split("\\s+");
        for (int n = 1; n <= Math.min(3, w.length); n++) {
            if (originWords.contains(String.join(" ", java.util.Arrays.copyOfRange(w, w.length - n, w.length)))) {
                return true;
            }
        }
        return false;
    }
}
