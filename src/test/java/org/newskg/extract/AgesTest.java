package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An age written next to a name ("Anna Berg, 52, chief executive", "Anna Berg (52)", "la 52enne") stands between
 * the name and its title without breaking their link, and an age before a title describes it rather than standing
 * for someone. Each case asserts the whole set of posts; every text is written for this test about fictional people.
 */
class AgesTest {


    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Wilma Thorne, 58, chief executive of Cobbold Insurance since 2021, declined to comment.          | wilma-thorne,cobbold-insurance
            en | Wilma Thorne, the 58-year-old chief executive of Cobbold Insurance, declined to comment.         | wilma-thorne,cobbold-insurance
            de | Wilma Thorne (58), Vorstandschefin der Kessler Versicherung, wollte sich nicht äußern.            | wilma-thorne,kessler-versicherung
            fr | Wilma Thorne, 58 ans, directrice générale de la Banque Orvalle, n'a pas souhaité commenter.      | wilma-thorne,banque-orvalle
            es | Wilma Thorne, de 58 años, consejera delegada de Seguros Tormes, no quiso hacer comentarios.      | wilma-thorne,seguros-tormes
            it | «Ci credo», sorride Wilma Thorne, 58 anni, amministratrice delegata di Banca Orsenigo dal 2021. | wilma-thorne,banca-orsenigo
            sv | Wilma Thorne, 58 år, vd för Vänerbanken sedan 2021, avböjer att kommentera.                      | wilma-thorne,vanerbanken
            """)
    void anAgeBetweenNameAndTitleKeepsThemTogether(String lang, String text, String who) {
        assertEquals(List.of(Extractions.post(who, "Chief Executive Officer")), Extractions.posts(lang, text));
    }

    @Test
    void aJapaneseTitleRightAfterANameAndItsAgeIsThatPersons() {
        assertEquals(List.of("da-chuan-xiu|minato-dian-ji|President"),
                Extractions.posts("ja", "家電量販店のミナト電機は9日、大川修代表取締役社長（58）を解任した。"));
    }
}
