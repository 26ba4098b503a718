package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.read.Article;

/**
 * One or two sentences per language, written for these tests about fictional people and
 * companies: the holding (person, organization, role) and the event each must yield.
 */
class ExtractionByLanguageTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("en", "Halvard Systems named Nora Vik as chief executive on Monday.",
                        "nora-vik|halvard-systems|Chief Executive Officer", "APPOINTMENT|nora-vik|halvard-systems"),
                Arguments.of("en", "Tomas Brandt, chief financial officer of Kelmor Foods, resigned on Tuesday.",
                        "tomas-brandt|kelmor-foods|Chief Financial Officer", "DEPARTURE|tomas-brandt|kelmor-foods"),
                Arguments.of("en", "Nora Vik joined us from Halvard Systems, where she was chief financial officer.",
                        "nora-vik|halvard-systems|Chief Financial Officer", null),
                Arguments.of("de", "Der Vorstandschef von Lerchenfeld Energie, Jonas Albrecht, tritt zurück.",
                        "jonas-albrecht|lerchenfeld-energie|Chief Executive Officer", "DEPARTURE|jonas-albrecht|lerchenfeld-energie"),
                Arguments.of("de", "Mareike Holz ist seit 2019 Finanzvorständin der Brenner Logistik AG.",
                        "mareike-holz|brenner-logistik-ag|Chief Financial Officer", null),
                Arguments.of("fr", "Le président de Sorel Énergie, Bruno Caillat, a démissionné mardi.",
                        "bruno-caillat|sorel-energie|Chair", "DEPARTURE|bruno-caillat|sorel-energie"),
                // A company's président chairs its board; a club's is its President.
                Arguments.of("it", "Il presidente dell'Associazione Calcio Valbruna, Sandro Neri, si è dimesso.",
                        "sandro-neri|associazione-calcio-valbruna|President", "DEPARTURE|sandro-neri|associazione-calcio-valbruna"),
                Arguments.of("fr", "Claire Dumont, directrice financière de Valmont Industries, quitte l'entreprise.",
                        "claire-dumont|valmont-industries|Chief Financial Officer", null),
                Arguments.of("es", "El director financiero de Grupo Tavira, Diego Llorente, fue despedido ayer.",
                        "diego-llorente|grupo-tavira|Chief Financial Officer", "DISMISSAL|diego-llorente|grupo-tavira"),
                Arguments.of("es", "Lucas Ferrer, consejero delegado de Almira Foods, dejará la empresa en marzo.",
                        "lucas-ferrer|almira-foods|Chief Executive Officer", null),
                Arguments.of("it", "Il presidente di Ferrovie Alpine, Sandro Muti, si è dimesso.",
                        "sandro-muti|ferrovie-alpine|Chair", "DEPARTURE|sandro-muti|ferrovie-alpine"),
                Arguments.of("it", "Marta Viale, amministratrice delegata di Lunaria Spa, ha lasciato l'azienda.",
                        "marta-viale|lunaria-spa|Chief Executive Officer", null),
                Arguments.of("nl", "Eva de Groot, financieel directeur van Dijkstra Bouw, vertrekt bij het bedrijf.",
                        "eva-de-groot|dijkstra-bouw|Chief Financial Officer", "DEPARTURE|eva-de-groot|dijkstra-bouw"),
                Arguments.of("nl", "De topman van Vlietland Energie, Pieter Smit, stapt op.",
                        "pieter-smit|vlietland-energie|Chief Executive Officer", "DEPARTURE|pieter-smit|vlietland-energie"),
                Arguments.of("sv", "Olof Berg, finanschef på Norrsken Energi, avgår i juni.",
                        "olof-berg|norrsken-energi|Chief Financial Officer", "DEPARTURE|olof-berg|norrsken-energi"),
                Arguments.of("sv", "Lindqvist Byggs vd Karin Holm lämnar bolaget.",
                        "karin-holm|lindqvist-bygg|Chief Executive Officer", null),
                Arguments.of("zh-Hans", "华辰科技首席执行官王立新宣布辞职。",
                        "wang-li-xin|hua-chen-ke-ji|Chief Executive Officer", "DEPARTURE|wang-li-xin|hua-chen-ke-ji"),
                Arguments.of("zh-Hans", "星海集团任命李敏为首席财务官。",
                        "li-min|xing-hai-ji-tuan|Chief Financial Officer", "APPOINTMENT|li-min|xing-hai-ji-tuan"),
                Arguments.of("zh-Hant", "華辰科技首席執行官王立新宣佈辭職。",
                        "wang-li-xin|hua-chen-ke-ji|Chief Executive Officer", "DEPARTURE|wang-li-xin|hua-chen-ke-ji"),
                Arguments.of("zh-Hant", "星海集團總裁陳志明表示，公司將擴大投資。",
                        "chen-zhi-ming|xing-hai-ji-tuan|President", null),
                Arguments.of("ja", "アオバ電機の社長、山田太郎（Taro Yamada）氏が辞任した。",
                        "taro-yamada|aoba-dian-ji|President", "DEPARTURE|taro-yamada|aoba-dian-ji"),
                Arguments.of("ja", "ミドリ銀行は、佐藤花子（Hanako Sato）氏を最高財務責任者に任命した。",
                        "hanako-sato|midori-yin-xing|Chief Financial Officer", "APPOINTMENT|hanako-sato|midori-yin-xing"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void eachLanguageYieldsTheHoldingAndEventItsSentenceStates(String lang, String text, String holding, String event)
            throws Exception {
        Extraction x = Extractions.extract(lang, text);
        List<String> holdings = x.holdings().stream()
                .map(h -> h.personKey() + "|" + h.orgKey() + "|" + h.role().label()).toList();
        List<String> events = x.events().stream().map(e -> e.type() + "|" + e.personKey() + "|" + e.orgKey()).toList();
        assertTrue(holdings.contains(holding), holdings.toString());
        if (event != null) {
            assertTrue(events.contains(event), events.toString());
        }
        x.holdings().forEach(h -> assertTrue(h.evidence().text().equals(text.strip()), "evidence is the sentence"));
    }

    @org.junit.jupiter.api.Test
    void aTimeInARelativeClauseDatesThatClauseNotTheMainVerb() throws Exception {
        Article a = new Article("t", "t", "Nora Vik, who joined Halvard Systems last year, is leaving the company.", "en",
                LocalDate.of(2025, 3, 14), null, null, null, null);
        Extraction x = Extractions.extract(a);
        Event joined = x.events().stream().filter(e -> e.type() == EventType.JOINING).findFirst().orElseThrow();
        Event left = x.events().stream().filter(e -> e.type() == EventType.DEPARTURE).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals("2024", joined.date().iso());
        org.junit.jupiter.api.Assertions.assertEquals("2025-03-14", left.date().iso(), "the leaving is dated by the article");
    }

    @org.junit.jupiter.api.Test
    void aJapaneseNameBeforeItsTitleIsFoundAndRomanized() throws Exception {
        Article a = new Article("t", "t", "アオバ電機は、山田太郎社長が辞任したと発表した。", "ja",
                LocalDate.of(2025, 3, 14), null, null, null, null);
        Extraction x = Extractions.extract(a);
        Entity person = x.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).findFirst().orElseThrow();
        assertTrue(person.labels().stream().anyMatch(l -> l.text().equals("Taro Yamada")), person.labels().toString());
        assertTrue(x.holdings().stream().anyMatch(h -> h.personKey().equals(person.key())
                && h.role().label().equals("President")), x.holdings().toString());
        assertTrue(x.events().stream().anyMatch(e -> e.type() == EventType.DEPARTURE && e.personKey().equals(person.key())));
    }

    @org.junit.jupiter.api.Test
    void aParagraphResolvesTheCompanyAndDatesEachClause() throws Exception {
        String text = "Vantor Group has appointed Lisa Hofmann as its new chief operating officer, effective April 1. "
                + "Former Halvard Systems CEO Peter Lund joined Brightline Capital as a partner in 2021. "
                + "Sara Kim, who co-founded Nimbus Labs in 2016, is returning to the company as chief technology officer.";
        Article a = new Article("t", "t", text, "en", LocalDate.of(2025, 3, 14), null, null, null, null);
        Extraction x = Extractions.extract(a);
        List<String> holdings = x.holdings().stream()
                .map(h -> h.personKey() + "|" + h.orgKey() + "|" + h.role().label()).toList();
        assertTrue(holdings.contains("sara-kim|nimbus-labs|Chief Technology Officer"), holdings.toString());
        assertTrue(holdings.contains("peter-lund|halvard-systems|Chief Executive Officer"), holdings.toString());
        Event joined = x.events().stream().filter(e -> e.type() == EventType.JOINING).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals("brightline-capital", joined.orgKey());
        org.junit.jupiter.api.Assertions.assertEquals("2021", joined.date().iso(), "April 1. ends its sentence in English");
    }
}
