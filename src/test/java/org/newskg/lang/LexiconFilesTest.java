package org.newskg.lang;

import org.newskg.read.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.EventType;

/** Checks that every per-language lexicon file loads and is well-formed, so that a typo in data fails the build. */
class LexiconFilesTest {

    /** Allowed column counts per file; org-cues may carry an optional third "weak" column, triggers a fourth role key. */
    private static final Map<String, Set<Integer>> COLUMNS = Map.ofEntries(
            Map.entry("triggers.tsv", Set.of(3, 4)),
            Map.entry("org-suffixes.txt", Set.of(1)),
            Map.entry("org-prefixes.txt", Set.of(1)),
            Map.entry("org-cues.tsv", Set.of(2, 3)),
            Map.entry("org-anaphora.txt", Set.of(1)),
            Map.entry("glue.tsv", Set.of(2)),
            Map.entry("name-particles.txt", Set.of(1)),
            Map.entry("honorifics.txt", Set.of(2)),
            Map.entry("non-names.txt", Set.of(1)),
            Map.entry("pronouns.tsv", Set.of(2)),
            Map.entry("person-cues.tsv", Set.of(2)),
            Map.entry("speech-verbs.txt", Set.of(1)),
            Map.entry("lead-verbs.txt", Set.of(1)),
            Map.entry("interim-words.txt", Set.of(1)));

    /** Files that are intentionally empty for Chinese and Japanese, which mark names without capitals or particles. */
    private static final Set<String> EMPTY_FOR_CJK = Set.of("non-names.txt", "name-particles.txt");

    private static final org.newskg.extract.RoleVocabulary ROLES = org.newskg.extract.RoleVocabulary.load();
    private static final Set<String> SLOTS = Set.of("before", "after", "either", "other", "passive");
    private static final Set<String> POSITIONS = Set.of("before", "after");
    private static final Set<String> GLUE_KINDS =
            Set.of("of", "poss", "as", "copula", "conj", "appos", "det", "former", "future", "with", "now");
    private static final Set<String> GENDERS = Set.of("m", "f", "n", "x", "p", "s");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    static Stream<Language> languages() {
        return Stream.of(Language.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyFileExistsAndOpensWithASourceLineAndAColumnsLine(Language lang) {
        for (String file : COLUMNS.keySet()) {
            List<String> lines = rawLines(resource(lang, file));
            assertTrue(lines.size() >= 2, lang.code() + "/" + file + " is too short");
            assertTrue(lines.get(0).startsWith("# ") && lines.get(0).length() > 20,
                    lang.code() + "/" + file + " must open with a comment naming its source");
            assertTrue(lines.get(1).startsWith("# Columns:"),
                    lang.code() + "/" + file + " must document its columns on the second line");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyRowHasTheRightColumnCountAndNoPaddedOrEmptyCells(Language lang) {
        for (Map.Entry<String, Set<Integer>> e : COLUMNS.entrySet()) {
            String where = lang.code() + "/" + e.getKey();
            for (String line : rawLines(resource(lang, e.getKey()))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                assertTrue(e.getValue().contains(cells.length), where + ": wrong column count in [" + line + "]");
                for (String cell : cells) {
                    assertFalse(cell.isEmpty(), where + ": empty cell in [" + line + "]");
                    assertEquals(cell.strip(), cell, where + ": padded cell in [" + line + "]");
                    assertFalse(cell.contains("  "), where + ": double space in [" + line + "]");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void noFileHasDuplicateRows(Language lang) {
        for (String file : COLUMNS.keySet()) {
            Set<String> seen = new HashSet<>();
            for (List<String> row : LanguageData.rows(lang, file)) {
                String key = String.join("\t", row);
                // Latin-script matching is case-insensitive, so rows differing only in case are duplicates too.
                if (!lang.isCjk()) {
                    key = key.toLowerCase(Locale.ROOT);
                }
                assertTrue(seen.add(key), lang.code() + "/" + file + ": duplicate row " + row);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void filesHoldDataExceptTheOnesCjkDoesNotNeed(Language lang) {
        for (String file : COLUMNS.keySet()) {
            int n = LanguageData.rows(lang, file).size();
            if (lang.isCjk() && EMPTY_FOR_CJK.contains(file)) {
                assertEquals(0, n, lang.code() + "/" + file + " should be empty");
            } else {
                assertTrue(n > 0, lang.code() + "/" + file + " has no rows");
            }
        }
        if (!lang.isCjk()) {
            int minimum = lang == Language.DE ? 300 : 100;
            assertTrue(LanguageData.rows(lang, "non-names.txt").size() >= minimum,
                    lang.code() + "/non-names.txt needs at least " + minimum + " entries");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void triggersNameKnownEventTypesAndSlotsAndCoverEveryType(Language lang) {
        Set<EventType> covered = EnumSet.noneOf(EventType.class);
        Set<String> typeAndPhrase = new HashSet<>();
        for (List<String> row : LanguageData.rows(lang, "triggers.tsv")) {
            assertTrue(typeAndPhrase.add((row.get(0) + "\t" + row.get(1)).toLowerCase(Locale.ROOT)),
                    lang.code() + ": phrase listed twice for one event type: " + row);
            EventType type = EventType.parse(row.get(0))
                    .orElseThrow(() -> new AssertionError(lang.code() + ": unknown event type in " + row));
            assertEquals(type.className(), row.get(0), lang.code() + ": write the class name exactly in " + row);
            assertTrue(SLOTS.contains(row.get(2)), lang.code() + ": bad person_slot in " + row);
            if (row.size() == 4) {
                assertTrue(ROLES.byKey(row.get(3)).isPresent(), lang.code() + ": unknown implied role in " + row);
            }
            checkPhrase(lang, row.get(1));
            covered.add(type);
        }
        assertEquals(EnumSet.allOf(EventType.class), covered, lang.code() + ": event types without triggers");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void cuesHonorificsAndPronounsUseOnlyKnownValues(Language lang) {
        for (List<String> row : LanguageData.rows(lang, "org-cues.tsv")) {
            assertTrue(POSITIONS.contains(row.get(1)), lang.code() + ": bad org-cue position in " + row);
            if (row.size() == 3) {
                assertEquals("weak", row.get(2), lang.code() + ": third org-cue column must be 'weak' in " + row);
            }
        }
        for (String file : List.of("honorifics.txt", "person-cues.tsv")) {
            for (List<String> row : LanguageData.rows(lang, file)) {
                assertTrue(POSITIONS.contains(row.get(1)), lang.code() + "/" + file + ": bad position in " + row);
            }
        }
        for (List<String> row : LanguageData.rows(lang, "glue.tsv")) {
            assertTrue(GLUE_KINDS.contains(row.get(0)), lang.code() + ": unknown glue kind in " + row);
        }
        for (List<String> row : LanguageData.rows(lang, "pronouns.tsv")) {
            assertTrue(GENDERS.contains(row.get(1)), lang.code() + ": unknown gender in " + row);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void glueCoversTheKindsTheExtractorRelies(Language lang) {
        Set<String> kinds = LanguageData.rows(lang, "glue.tsv").stream()
                .map(r -> r.get(0))
                .collect(Collectors.toSet());
        for (String kind : List.of("of", "as", "copula", "conj", "appos", "det", "former", "future")) {
            assertTrue(kinds.contains(kind), lang.code() + "/glue.tsv lacks kind " + kind);
        }
    }

    @Test
    void gazetteerParsesWithValidQidsAndUniqueNames() {
        List<String> raw = rawLines("lang/gazetteer-orgs.tsv");
        assertTrue(raw.get(0).startsWith("# "), "gazetteer must open with a source comment");
        assertTrue(raw.get(1).startsWith("# Columns:"), "gazetteer must document its columns");
        List<List<String>> rows = LanguageData.rows("lang/gazetteer-orgs.tsv");
        assertTrue(rows.size() >= 150, "gazetteer should hold at least 150 organizations, has " + rows.size());
        Set<String> names = new HashSet<>();
        Set<String> qids = new HashSet<>();
        for (List<String> row : rows) {
            assertEquals(3, row.size(), "gazetteer row needs 3 columns: " + row);
            String qid = row.get(0);
            if (!qid.isEmpty()) {
                assertTrue(QID.matcher(qid).matches(), "bad QID in " + row);
                assertTrue(qids.add(qid), "QID used twice: " + qid);
            }
            assertFalse(row.get(1).isEmpty(), "missing canonical name in " + row);
            assertTrue(names.add(row.get(1)), "canonical name listed twice: " + row.get(1));
            if (!row.get(2).isEmpty()) {
                for (String alias : row.get(2).split("\\|", -1)) {
                    assertFalse(alias.isEmpty(), "empty alias in " + row);
                    assertEquals(alias.strip(), alias, "padded alias in " + row);
                }
            }
        }
        for (String line : raw) {
            if (!line.startsWith("#") && !line.isBlank()) {
                for (String cell : line.split("\t", -1)) {
                    assertEquals(cell.strip(), cell, "padded gazetteer cell in [" + line + "]");
                }
            }
        }
    }

    @Test
    void gazetteerNamesOrganizationsInChineseAndJapaneseScripts() {
        List<List<String>> rows = LanguageData.rows("lang/gazetteer-orgs.tsv");
        long withHan = rows.stream().filter(r -> r.get(2).codePoints().anyMatch(LexiconFilesTest::isHan)).count();
        long withKana = rows.stream().filter(r -> r.get(2).codePoints().anyMatch(LexiconFilesTest::isKana)).count();
        assertTrue(withHan >= 100, "expected Chinese names for most organizations, found " + withHan);
        assertTrue(withKana >= 80, "expected Japanese names for most organizations, found " + withKana);
    }

    /** A phrase may use " … " only between words, "*" only at a word's end, and no spaces in CJK. */
    private static void checkPhrase(Language lang, String phrase) {
        if (lang.isCjk()) {
            assertFalse(phrase.contains(" "), lang.code() + ": CJK phrase with a space: " + phrase);
        }
        List<String> words = List.of(phrase.split(" "));
        assertFalse(words.get(0).equals("…") || words.get(words.size() - 1).equals("…"),
                lang.code() + ": gap at the edge of " + phrase);
        for (String w : words) {
            if (w.contains("…")) {
                assertEquals("…", w, lang.code() + ": gap marker must stand alone in " + phrase);
            }
            int star = w.indexOf('*');
            if (star >= 0) {
                assertTrue(star == w.length() - 1 && star > 0, lang.code() + ": '*' only at a word's end in " + phrase);
            }
        }
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isKana(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HIRAGANA;
    }

    private static String resource(Language lang, String file) {
        return "lang/" + lang.code() + "/" + file;
    }

    private static List<String> rawLines(String resource) {
        try (InputStream in = LexiconFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            return fail("cannot read " + resource, e);
        }
    }
}
