package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(List.of(Extractions.post(who, "Chief Financial Officer")), Extractions.posts(lang, text));
    }

    @Test
    void aChineseClauseBeforeDeDescribesThePersonAfterIt() {
        assertEquals(List.of("pang-hui-min|su-chuan-qi-che|Chief Financial Officer"),
                Extractions.posts("zh-Hans", "溯川汽车首席财务官的庞慧敏表示欢迎。"));
        // a tenure told in a clause (2017 to 2022) and a return told after it: the holding does not start after it ends
        Extraction x = Extractions.extract("zh-Hans", "曾于2017年至2022年担任溯川汽车首席财务官的庞慧敏将重返公司，自5月6日起再度出任首席财务官。");
        assertEquals(List.of("pang-hui-min|su-chuan-qi-che|Chief Financial Officer"), Extractions.posts(x));
        for (Holding h : x.holdings()) {
            assertTrue(h.start() == null || h.end() == null || !h.start().earliest().isAfter(h.end().latest()), h.toString());
        }
    }

    @Test
    void aDutchClubsTechnicalDirectorIsItsSportingDirector() {
        assertEquals(List.of("bram-kuipers|fc-lingedal|Sporting Director"),
                Extractions.posts("nl", "FC Lingedal heeft Bram Kuipers aangesteld als technisch directeur."));
        assertEquals(List.of("bram-kuipers|lingedal-systems|Chief Technology Officer"),
                Extractions.posts("nl", "Softwarebedrijf Lingedal Systems heeft Bram Kuipers aangesteld als technisch directeur."));
    }
}
