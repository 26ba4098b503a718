package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word orders and club usage that tell a post without the plain "X, title of Y": the verb before the subject
 * in verb-second languages, and a title that means another post at a sports club. Each case asserts the whole
 * set of posts; every text is written for this test about fictional people and organizations.
 */
class WordOrderTest {


    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nl | Bij Verzekeraar Lindeboom is Saskia Veen sinds 2019 financieel directeur.  | saskia-veen,verzekeraar-lindeboom
            de | Bei der Almtaler Versicherung ist Jana Wirth seit 2019 Finanzvorständin.   | jana-wirth,almtaler-versicherung
            sv | På Klarälvsbanken är Elin Sand sedan 2019 finanschef.                      | elin-sand,klaralvsbanken
            """)
    void theVerbBeforeTheSubjectStillGivesTheSubjectTheTitle(String lang, String text, String who) {
        String[] p = who.split(",");
        assertEquals(List.of(p[0] + "|" + p[1] + "|Chief Financial Officer"), Extractions.posts(lang, text));
    }

    @Test
    void aDutchClubsTechnicalDirectorIsItsSportingDirector() {
        assertEquals(List.of("bram-kuipers|fc-lingedal|Sporting Director"),
                Extractions.posts("nl", "FC Lingedal heeft Bram Kuipers aangesteld als technisch directeur."));
        assertEquals(List.of("bram-kuipers|lingedal-systems|Chief Technology Officer"),
                Extractions.posts("nl", "Softwarebedrijf Lingedal Systems heeft Bram Kuipers aangesteld als technisch directeur."));
    }
}
