package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.read.Language;

class RoleVocabularyTest {

    private static final RoleVocabulary ROLES = RoleVocabulary.load();

    @Test
    void theVocabularyHasManyRolesEachWithAnEnglishPrefLabel() {
        assertTrue(ROLES.concepts().size() >= 60, "only " + ROLES.concepts().size() + " roles");
        for (RoleConcept c : ROLES.concepts()) {
            assertFalse(c.label().isBlank(), c.key());
            assertTrue(c.iri().startsWith("https://w3id.org/newskg/id/role/"), c.iri());
        }
    }

    @Test
    void everyKeyIsTheSlugOfItsEnglishLabel() {
        for (RoleConcept c : ROLES.concepts()) {
            assertEquals(c.label().toLowerCase(Locale.ROOT).replace(' ', '-'), c.key());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRoleHasAPrefLabelInEachLanguage(Language lang) {
        for (RoleConcept c : ROLES.concepts()) {
            long pref = c.prefLabels().stream().filter(l -> l.lang().equalsIgnoreCase(lang.code())).count();
            assertEquals(1, pref, c.key() + " has " + pref + " preferred labels in " + lang.code());
        }
    }

    @Test
    void noLabelIsBothPreferredAndAlternativeInOneLanguage() {
        for (RoleConcept c : ROLES.concepts()) {
            for (Label alt : c.altLabels()) {
                assertFalse(c.prefLabels().contains(alt), c.key() + " repeats " + alt);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chief Executive Officer", "Interim Chief Executive Officer", "President", "Chair",
        "Board Member", "Co-founder", "Founder", "Chief Technology Officer", "Chief Scientist",
        "Chief Financial Officer", "Chief Product Officer", "Chief Operating Officer", "Chief Research Officer",
        "Director of Research", "Research Lead", "Research Scientist", "Postdoctoral Researcher",
        "Vice President of Consumer Product", "Deputy Editor", "Editor-in-Chief", "Managing Director",
        "General Counsel"})
    void aCanonicalTitleIsTheEnglishPrefLabelOfARole(String title) {
        Role role = ROLES.byEnglishLabel(title).orElseThrow(() -> new AssertionError("no role " + title));
        assertEquals(title, role.label());
        assertTrue(role.inVocabulary());
        assertEquals(role, ROLES.byKey(role.key()).orElseThrow());
    }

    @Test
    void englishLookupIgnoresCaseAndFindsVariants() {
        assertEquals("chief-executive-officer", ROLES.byEnglishLabel("ceo").orElseThrow().key());
        assertEquals("chief-executive-officer", ROLES.byEnglishLabel("  Chief Executive ").orElseThrow().key());
        assertEquals("chair", ROLES.byEnglishLabel("chairwoman").orElseThrow().key());
        assertTrue(ROLES.byEnglishLabel("chief executive officer of everything").isEmpty());
        assertTrue(ROLES.byKey("no-such-role").isEmpty());
    }

    @Test
    void aChiefScientificOfficerIsNotAChiefScientist() {
        assertEquals("chief-scientific-officer", ROLES.byEnglishLabel("chief scientific officer").orElseThrow().key());
        assertEquals("chief-scientist", ROLES.byEnglishLabel("chief scientist").orElseThrow().key());
        assertEquals("chief-scientific-officer", ROLES.labelsFor(Language.FR).get("directrice scientifique").get(0).key());
        assertEquals("chief-scientific-officer", ROLES.labelsFor(Language.JA).get("最高科学責任者").get(0).key());
        assertEquals("chief-scientist", ROLES.labelsFor(Language.ZH_HANS).get("首席科学家").get(0).key());
        // a researcher is a research scientist, the canonical title
        assertEquals("research-scientist", ROLES.byEnglishLabel("researcher").orElseThrow().key());
        assertEquals("research-scientist", ROLES.labelsFor(Language.FR).get("chercheuse").get(0).key());
    }

    @Test
    void anInterimChiefExecutiveIsNarrowerThanAChiefExecutive() {
        assertEquals(List.of("chief-executive-officer"),
                ROLES.concept("interim-chief-executive-officer").orElseThrow().broader());
        assertEquals(List.of("founder"), ROLES.concept("co-founder").orElseThrow().broader());
    }

    static Stream<Arguments> chiefExecutiveInEachLanguage() {
        return Stream.of(
                Arguments.of(Language.EN, "chief executive"),
                Arguments.of(Language.DE, "Vorstandsvorsitzender"),
                Arguments.of(Language.FR, "PDG"),
                Arguments.of(Language.ES, "consejero delegado"),
                Arguments.of(Language.IT, "amministratore delegato"),
                Arguments.of(Language.NL, "topman"),
                Arguments.of(Language.SV, "vd"),
                Arguments.of(Language.ZH_HANS, "首席执行官"),
                Arguments.of(Language.ZH_HANT, "執行長"),
                Arguments.of(Language.JA, "最高経営責任者"));
    }

    @ParameterizedTest
    @MethodSource("chiefExecutiveInEachLanguage")
    void eachLanguageNamesTheChiefExecutiveInItsOwnWordsInEnglishAndByAcronym(Language lang, String native_) {
        Map<String, List<Role>> labels = ROLES.labelsFor(lang);
        assertEquals("chief-executive-officer", labels.get(native_).get(0).key(), native_);
        assertEquals("chief-executive-officer", labels.get("Chief Executive Officer").get(0).key());
        assertEquals("chief-executive-officer", labels.get("CEO").get(0).key());
    }

    @Test
    void aLanguageDoesNotSeeAnotherLanguagesWordsButDoesSeeItsAcronyms() {
        Map<String, List<Role>> german = ROLES.labelsFor("de");
        assertFalse(german.containsKey("verkställande direktör"));
        assertFalse(german.containsKey("首席执行官"));
        assertTrue(german.containsKey("PDG"), "French acronym PDG is news usage everywhere");
        assertFalse(ROLES.labelsFor("zh-Hans").containsKey("執行長"), "Traditional label in Simplified index");
    }

    @Test
    void lenientTagsFindTheirLanguageAndUnknownOnesAreRejected() {
        assertEquals(ROLES.labelsFor(Language.ZH_HANT), ROLES.labelsFor("zh-TW"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ROLES.labelsFor("fi"));
        assertTrue(e.getMessage().contains("zh-Hant"), e.getMessage());
    }

    @Test
    void whereAFormNamesTwoRolesTheLanguagesPreferredLabelComesFirst() {
        // Spanish "director ejecutivo" is the chief executive of a company and the executive director of a body.
        List<Role> roles = ROLES.labelsFor(Language.ES).get("director ejecutivo");
        assertEquals(List.of("chief-executive-officer", "executive-director"),
                roles.stream().map(Role::key).toList());
    }

    @Test
    void acronymsAreCapitalLettersOnly() {
        assertTrue(RoleVocabulary.isAcronym("CEO"));
        assertTrue(RoleVocabulary.isAcronym("P.-D.G."));
        assertFalse(RoleVocabulary.isAcronym("CEOs"));
        assertFalse(RoleVocabulary.isAcronym("vd"));
        assertFalse(RoleVocabulary.isAcronym("A"));
        assertFalse(RoleVocabulary.isAcronym("VD:n"));
    }

    @Test
    void simplifiedLabelsAreSimplifiedAndTraditionalLabelsTraditional() {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        for (RoleConcept c : ROLES.concepts()) {
            for (Label l : c.labels("zh-Hans")) {
                assertEquals(toSimplified.transliterate(l.text()), l.text(), c.key() + ": not Simplified");
            }
            for (Label l : c.labels("zh-Hant")) {
                assertEquals(l.text(), toTraditional.transliterate(l.text()), c.key() + ": not Traditional");
            }
        }
    }

    @Test
    void aRoleWithoutAnEnglishPrefLabelIsRejected() {
        String turtle = """
                @prefix nkg: <https://w3id.org/newskg/ontology#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/newskg/id/role/kassenwart> a nkg:Role , skos:Concept ; skos:prefLabel "Kassenwart"@de .
                """;
        assertThrows(IllegalStateException.class, () -> RoleVocabulary.parse(
                new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void noSurfaceFormInOneLanguageNamesMoreThanTwoRoles() {
        for (Language lang : Language.values()) {
            Map<String, Integer> crowded = new HashMap<>();
            ROLES.labelsFor(lang).forEach((surface, roles) -> {
                if (roles.size() > 2) {
                    crowded.put(surface, roles.size());
                }
            });
            assertTrue(crowded.isEmpty(), lang.code() + ": " + crowded);
        }
    }
}
