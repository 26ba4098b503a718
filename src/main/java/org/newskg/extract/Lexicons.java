package org.newskg.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.lang.HanScript;
import org.newskg.read.Language;
import org.newskg.lang.LanguageData;

/**
 * Builds the {@link Lexicon} of every supported language once, from the role vocabulary and the
 * data files. Create one per process and pass it on: building parses the vocabulary.
 */
public final class Lexicons {

    private final Map<Language, Lexicon> byLanguage;
    private final Map<Language, RoleComposer> composers;
    private final org.newskg.lang.JapaneseReadings japaneseReadings = new org.newskg.lang.JapaneseReadings();
    private final Set<String> professions = Set.copyOf(LanguageData.rows("lang/profession-heads.txt").stream()
            .map(r -> r.get(0)).toList());
    private final RoleVocabulary roles;

    public Lexicons() {
        this(RoleVocabulary.load());
    }

    public Lexicons(RoleVocabulary roles) {
        this.roles = roles;
        MatchText matchText = new MatchText(new HanScript());
        PhraseMatcher<GazetteerOrg> orgs = gazetteer(matchText);
        Map<Language, Lexicon> map = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            map.put(lang, new Lexicon(lang, matchText, roles.labelsFor(lang.code()), roles::byKey, orgs));
        }
        this.byLanguage = Map.copyOf(map);
        Map<Language, RoleComposer> cs = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            cs.put(lang, new RoleComposer(map.get(lang), roles, RoleParts.load(lang)));
        }
        this.composers = Map.copyOf(cs);
    }

    /** Dictionary readings of Japanese names. */
    org.newskg.lang.JapaneseReadings japaneseReadings() {
        return japaneseReadings;
    }

    /** English head words of profession titles ("Researcher"), from {@code lang/profession-heads.txt}. */
    Set<String> professions() {
        return professions;
    }

    RoleComposer composer(Language language) {
        return composers.get(language);
    }

    public Lexicon get(Language language) {
        return byLanguage.get(language);
    }

    public RoleVocabulary roles() {
        return roles;
    }

    /** The gazetteer matches in every language: names of well-known organizations travel across scripts. */
    private static PhraseMatcher<GazetteerOrg> gazetteer(MatchText matchText) {
        PhraseMatcher.Builder<GazetteerOrg> b = PhraseMatcher.<GazetteerOrg>builder()
                .allowWordSuffixes(List.of("s", ":s", "'s", "-"));
        for (List<String> row : LanguageData.rows("lang/gazetteer-orgs.tsv")) {
            if (row.size() < 2 || row.get(1).isBlank()) {
                continue;
            }
            GazetteerOrg org = new GazetteerOrg(row.get(1), row.get(0).isBlank() ? null : row.get(0));
            b.add(matchText.fold(row.get(1)), org);
            if (row.size() > 2) {
                for (String alias : row.get(2).split("\\|")) {
                    // One- and two-letter Latin aliases ("X") are ordinary words and letters too often.
                    if (!alias.isBlank() && (alias.strip().length() > 2 || MatchText.isCjk(alias.strip().charAt(0)))) {
                        b.add(matchText.fold(alias), org);
                    }
                }
            }
        }
        return b.build();
    }
}
