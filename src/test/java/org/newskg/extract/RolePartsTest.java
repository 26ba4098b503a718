package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.read.Language;

class RolePartsTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasModifiersHeadsAndDomains(Language lang) {
        RoleParts parts = RoleParts.load(lang);
        assertEquals(lang, parts.language());
        assertTrue(parts.modifiers().size() >= 10, lang + " modifiers");
        assertTrue(parts.heads().size() >= 15, lang + " heads");
        assertTrue(parts.domains().size() >= 25, lang + " domains");
        if (!lang.isChinese()) {
            assertFalse(parts.connectors().isEmpty(), lang + " has no connectors");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPartsFileOpensWithASourceCommentAndHasNoDuplicateRows(Language lang) throws IOException {
        String resource = "lang/" + lang.code() + "/" + RoleParts.FILE;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String first = reader.readLine();
            assertTrue(first.startsWith("# "), resource + " starts with " + first);
        }
        Set<RolePart> seen = new HashSet<>();
        for (RolePart p : RoleParts.load(lang).all()) {
            assertTrue(seen.add(p), lang + " repeats " + p);
        }
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(Language.EN, RolePart.Kind.MODIFIER, "senior", "Senior"),
                Arguments.of(Language.EN, RolePart.Kind.HEAD, "officer", "Officer"),
                Arguments.of(Language.EN, RolePart.Kind.DOMAIN, "engineering", "Engineering"),
                Arguments.of(Language.DE, RolePart.Kind.HEAD, "Leiter", "Head"),
                Arguments.of(Language.DE, RolePart.Kind.DOMAIN, "Forschung", "Research"),
                Arguments.of(Language.DE, RolePart.Kind.OF, "der", "of"),
                Arguments.of(Language.FR, RolePart.Kind.MODIFIER, "adjoint", "Deputy"),
                Arguments.of(Language.FR, RolePart.Kind.MODIFIER, "par intérim", "Interim"),
                Arguments.of(Language.FR, RolePart.Kind.HEAD, "directrice", "Director"),
                Arguments.of(Language.FR, RolePart.Kind.DOMAIN, "produits grand public", "Consumer Product"),
                Arguments.of(Language.FR, RolePart.Kind.OF, "d'", "of"),
                Arguments.of(Language.ES, RolePart.Kind.OF, "del", "of"),
                Arguments.of(Language.IT, RolePart.Kind.OF, "della", "of"),
                Arguments.of(Language.NL, RolePart.Kind.OF, "van", "of"),
                Arguments.of(Language.SV, RolePart.Kind.OF, "för", "for"),
                Arguments.of(Language.ZH_HANS, RolePart.Kind.MODIFIER, "副", "Vice"),
                Arguments.of(Language.ZH_HANS, RolePart.Kind.MODIFIER, "临时", "Interim"),
                Arguments.of(Language.ZH_HANS, RolePart.Kind.HEAD, "总裁", "President"),
                Arguments.of(Language.ZH_HANT, RolePart.Kind.MODIFIER, "聯合", "Co-"),
                Arguments.of(Language.ZH_HANT, RolePart.Kind.HEAD, "負責人", "Head"),
                Arguments.of(Language.JA, RolePart.Kind.DOMAIN, "研究", "Research"));
    }

    @ParameterizedTest(name = "{0} {2} is the {1} {3}")
    @MethodSource("examples")
    void aKnownPartIsReadWithItsEnglish(Language lang, RolePart.Kind kind, String surface, String english) {
        assertTrue(RoleParts.load(lang).byKind(kind).contains(new RolePart(kind, surface, english)),
                lang + " lacks " + kind + " " + surface);
    }

    @Test
    void simplifiedPartsAreSimplifiedAndTraditionalPartsTraditional() {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        for (RolePart p : RoleParts.load(Language.ZH_HANS).all()) {
            assertEquals(toSimplified.transliterate(p.surface()), p.surface(), "not Simplified");
        }
        for (RolePart p : RoleParts.load(Language.ZH_HANT).all()) {
            assertEquals(toTraditional.transliterate(p.surface()), p.surface(), "not Traditional");
        }
    }

    @Test
    void partsGivenDirectlyAreGroupedByKind() {
        RoleParts parts = RoleParts.of(Language.EN, List.of(
                new RolePart(RolePart.Kind.HEAD, "warden", "Warden"),
                new RolePart(RolePart.Kind.MODIFIER, "senior", "Senior")));
        assertEquals(List.of(new RolePart(RolePart.Kind.HEAD, "warden", "Warden")), parts.heads());
        assertTrue(parts.connectors().isEmpty());
    }
}
