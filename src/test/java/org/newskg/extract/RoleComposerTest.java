package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.read.Language;

class RoleComposerTest {

    static Lexicons lexicons;

    @BeforeAll
    static void load() {
        lexicons = new Lexicons();
    }

    private static List<Mention> titles(Language lang, String sentence) {
        Lexicon lex = lexicons.get(lang);
        String folded = lex.fold(sentence);
        List<Mention> found = lex.roles().findAll(folded).stream()
                .map(m -> new Mention(Mention.Kind.ROLE, m.begin(), m.end(), sentence.substring(m.begin(), m.end()),
                        m.values(), null, null, null, null)).toList();
        return lexicons.composer(lang).compose(sentence, 0, found, new boolean[sentence.length()]);
    }

    static Stream<Arguments> composedTitles() {
        return Stream.of(
                Arguments.of(Language.EN, "She was named senior vice president of research at the lab.", "Senior Vice President of Research"),
                Arguments.of(Language.EN, "He became head of engineering last year.", "Head of Engineering"),
                Arguments.of(Language.ZH_HANS, "该公司临时 CEO 表示", "Interim Chief Executive Officer"),
                Arguments.of(Language.ZH_HANS, "公司研究副总裁表示", "Vice President of Research"),
                Arguments.of(Language.DE, "Der Forschungschef verlässt die Firma.", "Head of Research"),
                Arguments.of(Language.FR, "La directrice des ventes quitte l'entreprise.", "Director of Sales"));
    }

    @ParameterizedTest
    @MethodSource("composedTitles")
    void titlesBuiltFromKnownPartsBecomeRoles(Language lang, String sentence, String label) {
        List<Mention> t = titles(lang, sentence);
        assertEquals(1, t.size(), t.toString());
        assertEquals(label, t.get(0).roles().get(0).label());
    }

    @Test
    void aComposedLabelInTheVocabularyUsesTheVocabularyRole() {
        Role r = titles(Language.ZH_HANS, "临时 CEO 表示").get(0).roles().get(0);
        assertTrue(r.inVocabulary());
        assertEquals("interim-chief-executive-officer", r.key());
    }

    @Test
    void aNewTitleGetsAKeyFromItsLabel() {
        Role r = titles(Language.EN, "the senior vice president of research").get(0).roles().get(0);
        assertFalse(r.inVocabulary());
        assertEquals("senior-vice-president-of-research", r.key());
    }

    @Test
    void aDomainWordAloneIsNoTitle() {
        assertTrue(titles(Language.EN, "Research is hard.").isEmpty());
    }
}
