package org.newskg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.time.TimeMention.Relation;

class RuleBasedTimeNormalizerTest {

    /** A Wednesday. */
    private static final LocalDate ANCHOR = LocalDate.of(2024, 5, 15);
    private static final Clock JANUARY_2025 = Clock.fixed(Instant.parse("2025-01-10T12:00:00Z"), ZoneOffset.UTC);

    private final RuleBasedTimeNormalizer times = new RuleBasedTimeNormalizer(JANUARY_2025);

    private static Arguments at(String lang, String form, String sentence, String span, String iso) {
        return Arguments.of(lang, form, sentence, span, iso, null, Relation.AT);
    }

    private static Arguments rel(String lang, String form, String sentence, String span, String iso, Relation r) {
        return Arguments.of(lang, form, sentence, span, iso, null, r);
    }

    private static Arguments range(String lang, String form, String sentence, String span, String from, String to) {
        return Arguments.of(lang, form, sentence, span, from, to, Relation.RANGE);
    }

    static Stream<Arguments> forms() {
        return Stream.of(
            // English
            at("en", "absolute date", "Maria Costa became finance chief of Nordvik Energy on 3 March 2021.", "3 March 2021", "2021-03-03"),
            at("en", "American date", "The board of Harlow Bank met on March 3, 2021, to vote.", "March 3, 2021", "2021-03-03"),
            at("en", "month and year", "She joined the insurer in September 2019.", "September 2019", "2019-09"),
            at("en", "bare year", "The bakery chain was founded in 1998 by two brothers.", "1998", "1998"),
            rel("en", "since", "He has chaired the audit committee since 2016.", "since 2016", "2016", Relation.SINCE),
            at("en", "last year", "The retailer lost its chief executive last year.", "last year", "2023"),
            at("en", "last month name", "Profits fell sharply last November, analysts said.", "last November", "2023-11"),
            at("en", "month last year", "The merger closed in November last year.", "November last year", "2023-11"),
            at("en", "weekday", "The resignation was announced on Monday morning.", "Monday morning", "2024-05-13"),
            at("en", "years ago", "She co-founded the startup eleven years ago.", "eleven years ago", "2013"),
            range("en", "range", "He served as mayor of Tallbridge from 2006 to 2010.", "from 2006 to 2010", "2006", "2010"),
            range("en", "dash range", "Her term (2006–2010) was uneventful.", "2006–2010", "2006", "2010"),
            rel("en", "until end of year", "The interim director will stay until the end of the year.",
                "until the end of the year", "2024-12-31", Relation.UNTIL),
            at("en", "yesterday", "Shares of the miner rose yesterday.", "yesterday", "2024-05-14"),
            at("en", "earlier this month", "The fund was closed earlier this month.", "earlier this month", "2024-05"),
            at("en", "end of month and year", "He left at the end of November 2023.", "at the end of November 2023", "2023-11"),
            at("en", "mid-year", "The plant should open by mid-2023.", "mid-2023", "2023"),
            range("en", "quarter", "Revenue grew in Q3 2023.", "Q3 2023", "2023-07", "2023-09"),
            rel("en", "since last month name", "She has led the unit since last August.", "since last August", "2023-08", Relation.SINCE),
            at("en", "day and month without year", "The contract was signed on 20 April.", "20 April", "2024-04-20"),
            // Swedish
            at("sv", "absolute date", "Styrelsen utsåg henne till vd den 3 mars 2021.", "den 3 mars 2021", "2021-03-03"),
            at("sv", "month and year", "Han började på banken i september 2019.", "september 2019", "2019-09"),
            at("sv", "bare year", "Bryggeriet grundades 1998 i Göteborg.", "1998", "1998"),
            rel("sv", "since", "Hon har lett avdelningen sedan 2016.", "sedan 2016", "2016", Relation.SINCE),
            at("sv", "last year", "Bolaget bytte ordförande förra året.", "förra året", "2023"),
            at("sv", "month last year", "Ordföranden avsattes i november förra året.", "november förra året", "2023-11"),
            at("sv", "weekday compound", "Beskedet kom på måndagskvällen.", "måndagskvällen", "2024-05-13"),
            at("sv", "weekday definite", "Även finanschefen avgick på tisdagen.", "tisdagen", "2024-05-14"),
            at("sv", "years ago", "Han grundade företaget för elva år sedan.", "för elva år sedan", "2013"),
            range("sv", "range", "Hon var kommunalråd mellan 2006 och 2010.", "mellan 2006 och 2010", "2006", "2010"),
            rel("sv", "until end of year", "Den tillförordnade chefen stannar till slutet av året.",
                "till slutet av året", "2024-12-31", Relation.UNTIL),
            at("sv", "end of month and year", "Avtalet löpte ut i slutet av november 2023.", "i slutet av november 2023", "2023-11"),
            at("sv", "numeric date with time", "Publicerad 15.05.2024, 11:14 av redaktionen", "15.05.2024, 11:14", "2024-05-15"),
            at("sv", "day and month without year", "Avtalet skrevs under den 20 april.", "den 20 april", "2024-04-20"),
            // German
            at("de", "absolute date", "Der Aufsichtsrat berief sie am 3. März 2021 zur Finanzchefin.", "3. März 2021", "2021-03-03"),
            at("de", "month and year", "Er kam im September 2019 zur Bank.", "September 2019", "2019-09"),
            at("de", "bare year", "Die Brauerei wurde 1998 gegründet.", "1998", "1998"),
            at("de", "year phrase", "Im Jahr 2017 zog sie nach Graz.", "Im Jahr 2017", "2017"),
            rel("de", "since", "Sie leitet die Abteilung seit 2016.", "seit 2016", "2016", Relation.SINCE),
            at("de", "last year", "Der Konzern wechselte vergangenes Jahr den Vorstandschef.", "vergangenes Jahr", "2023"),
            at("de", "month last year", "Im November letzten Jahres kam es zum Streit.", "November letzten Jahres", "2023-11"),
            at("de", "weekday compound", "Der Rücktritt wurde am Montagabend bekannt.", "Montagabend", "2024-05-13"),
            at("de", "years ago", "Er gründete die Firma vor elf Jahren.", "vor elf Jahren", "2013"),
            range("de", "range", "Sie war von 2006 bis 2010 Bürgermeisterin.", "von 2006 bis 2010", "2006", "2010"),
            rel("de", "until end of year", "Der Interimschef bleibt bis Ende des Jahres.", "bis Ende des Jahres", "2024-12-31", Relation.UNTIL),
            at("de", "end of month and year", "Der Vertrag endete Ende November 2023.", "Ende November 2023", "2023-11"),
            range("de", "quarter", "Im 3. Quartal 2024 stieg der Umsatz.", "3. Quartal 2024", "2024-07", "2024-09"),
            // French
            at("fr", "absolute date", "Le conseil l'a nommée directrice financière le 3 mars 2021.", "le 3 mars 2021", "2021-03-03"),
            at("fr", "month and year", "Il a rejoint la banque en septembre 2019.", "septembre 2019", "2019-09"),
            at("fr", "bare year", "La brasserie a été fondée en 1998.", "1998", "1998"),
            rel("fr", "since", "Elle dirige le service depuis 2016.", "depuis 2016", "2016", Relation.SINCE),
            at("fr", "last year", "L'entreprise a changé de PDG l'an dernier.", "l'an dernier", "2023"),
            at("fr", "last year with curly apostrophe", "Il l’a rejointe l’année dernière.", "l’année dernière", "2023"),
            at("fr", "last month name", "Le conflit a éclaté en novembre dernier.", "novembre dernier", "2023-11"),
            at("fr", "weekday", "La démission a été annoncée lundi matin.", "lundi matin", "2024-05-13"),
            at("fr", "years ago", "Il a fondé la société il y a onze ans.", "il y a onze ans", "2013"),
            range("fr", "range", "Elle a été maire de 2006 à 2010.", "de 2006 à 2010", "2006", "2010"),
            rel("fr", "until end of year", "Le directeur par intérim restera jusqu’à la fin de l’année.",
                "jusqu’à la fin de l’année", "2024-12-31", Relation.UNTIL),
            at("fr", "end of month and year", "Le contrat a pris fin fin novembre 2023.", "fin novembre 2023", "2023-11"),
            // Spanish
            at("es", "absolute date", "La junta la nombró directora financiera el 3 de marzo de 2021.", "el 3 de marzo de 2021", "2021-03-03"),
            at("es", "month and year", "Se incorporó al banco en septiembre de 2019.", "septiembre de 2019", "2019-09"),
            at("es", "bare year", "La cervecera fue fundada en 1998.", "1998", "1998"),
            rel("es", "since", "Dirige el departamento desde 2016.", "desde 2016", "2016", Relation.SINCE),
            at("es", "last year", "La empresa cambió de consejero delegado el año pasado.", "el año pasado", "2023"),
            at("es", "month last year", "El conflicto estalló en noviembre del año pasado.", "noviembre del año pasado", "2023-11"),
            at("es", "weekday", "La dimisión se anunció el lunes por la noche.", "el lunes por la noche", "2024-05-13"),
            at("es", "years ago", "Fundó la compañía hace once años.", "hace once años", "2013"),
            range("es", "range", "Fue alcaldesa entre 2006 y 2010.", "entre 2006 y 2010", "2006", "2010"),
            rel("es", "until end of year", "El director interino seguirá hasta finales de año.",
                "hasta finales de año", "2024-12-31", Relation.UNTIL),
            // Italian
            at("it", "absolute date", "Il consiglio l'ha nominata direttrice finanziaria il 3 marzo 2021.", "il 3 marzo 2021", "2021-03-03"),
            at("it", "month and year", "È entrato in banca nel settembre 2019.", "settembre 2019", "2019-09"),
            at("it", "bare year", "Il birrificio è stato fondato nel 1998.", "1998", "1998"),
            rel("it", "since", "Dirige il reparto dal 2016.", "dal 2016", "2016", Relation.SINCE),
            at("it", "last year", "L'azienda ha cambiato amministratore delegato l'anno scorso.", "l'anno scorso", "2023"),
            at("it", "last month name", "La crisi è scoppiata lo scorso novembre.", "lo scorso novembre", "2023-11"),
            at("it", "weekday", "Le dimissioni sono state annunciate lunedì sera.", "lunedì sera", "2024-05-13"),
            at("it", "years ago", "Ha fondato la società undici anni fa.", "undici anni fa", "2013"),
            range("it", "range", "È stata sindaca dal 2006 al 2010.", "dal 2006 al 2010", "2006", "2010"),
            rel("it", "until end of year", "Il direttore ad interim resterà fino alla fine dell'anno.",
                "fino alla fine dell'anno", "2024-12-31", Relation.UNTIL),
            // Dutch
            at("nl", "absolute date", "De raad benoemde haar op 3 maart 2021 tot financieel directeur.", "3 maart 2021", "2021-03-03"),
            at("nl", "month and year", "Hij kwam in september 2019 bij de bank.", "september 2019", "2019-09"),
            at("nl", "bare year", "De brouwerij werd in 1998 opgericht.", "1998", "1998"),
            rel("nl", "since", "Zij leidt de afdeling sinds 2016.", "sinds 2016", "2016", Relation.SINCE),
            at("nl", "last year", "Het bedrijf wisselde vorig jaar van topman.", "vorig jaar", "2023"),
            at("nl", "month last year", "Het conflict begon in november vorig jaar.", "november vorig jaar", "2023-11"),
            at("nl", "weekday compound", "Het ontslag werd maandagavond bekendgemaakt.", "maandagavond", "2024-05-13"),
            at("nl", "years ago", "Hij richtte het bedrijf elf jaar geleden op.", "elf jaar geleden", "2013"),
            range("nl", "range", "Zij was burgemeester van 2006 tot 2010.", "van 2006 tot 2010", "2006", "2010"),
            rel("nl", "until end of year", "De interim-directeur blijft tot het einde van het jaar.",
                "tot het einde van het jaar", "2024-12-31", Relation.UNTIL),
            // Simplified Chinese
            at("zh-Hans", "absolute date", "董事会于2021年3月3日任命她为首席财务官。", "2021年3月3日", "2021-03-03"),
            at("zh-Hans", "month and year", "他于2019年9月加入该银行。", "2019年9月", "2019-09"),
            at("zh-Hans", "bare year", "这家啤酒厂成立于1998年。", "1998年", "1998"),
            rel("zh-Hans", "since", "自2016年以来，她一直领导该部门。", "自2016年以来", "2016", Relation.SINCE),
            at("zh-Hans", "last year", "该公司去年更换了首席执行官。", "去年", "2023"),
            at("zh-Hans", "last year's month", "去年11月，董事会发生变动。", "去年11月", "2023-11"),
            at("zh-Hans", "weekday", "辞职消息于周一晚上宣布。", "周一晚上", "2024-05-13"),
            at("zh-Hans", "years ago in numerals", "他十一年前创办了这家公司。", "十一年前", "2013"),
            range("zh-Hans", "range", "她在2006年至2010年担任市长。", "2006年至2010年", "2006", "2010"),
            rel("zh-Hans", "until end of year", "临时负责人将留任到年底为止。", "到年底为止", "2024-12-31", Relation.UNTIL),
            at("zh-Hans", "end of month", "合同于2023年11月底到期。", "2023年11月底", "2023-11"),
            range("zh-Hans", "quarter", "第三季度营收增长。", "第三季度", "2024-07", "2024-09"),
            at("zh-Hans", "month and day", "公司在5月10日发布公告。", "5月10日", "2024-05-10"),
            // Traditional Chinese
            at("zh-Hant", "absolute date", "董事會於2021年3月3日任命她為財務長。", "2021年3月3日", "2021-03-03"),
            at("zh-Hant", "month and year", "他於2019年9月加入該銀行。", "2019年9月", "2019-09"),
            at("zh-Hant", "bare year", "這家啤酒廠成立於1998年。", "1998年", "1998"),
            rel("zh-Hant", "since", "自2016年以來，她一直領導該部門。", "自2016年以來", "2016", Relation.SINCE),
            at("zh-Hant", "last year", "該公司去年更換了執行長。", "去年", "2023"),
            at("zh-Hant", "last year's month", "去年8月，董事會發生變動。", "去年8月", "2023-08"),
            at("zh-Hant", "weekday", "辭職消息於週一晚間宣佈。", "週一晚間", "2024-05-13"),
            at("zh-Hant", "years ago in numerals", "他九年前創辦了這家公司。", "九年前", "2015"),
            range("zh-Hant", "range", "她在2006年至2010年擔任市長。", "2006年至2010年", "2006", "2010"),
            rel("zh-Hant", "until end of year", "臨時負責人將留任直到年底。", "直到年底", "2024-12-31", Relation.UNTIL),
            at("zh-Hant", "full-width digits", "公司於２０２１年３月３日（週三）公告。", "２０２１年３月３日（週三）", "2021-03-03"),
            // Japanese
            at("ja", "absolute date", "取締役会は2021年3月3日、彼女を最高財務責任者に任命した。", "2021年3月3日", "2021-03-03"),
            at("ja", "month and year", "彼は2019年9月に同行に入った。", "2019年9月", "2019-09"),
            at("ja", "bare year", "この醸造所は1998年に設立された。", "1998年", "1998"),
            rel("ja", "since", "彼女は2016年から同部門を率いている。", "2016年から", "2016", Relation.SINCE),
            at("ja", "last year", "同社は昨年、社長を交代した。", "昨年", "2023"),
            at("ja", "last year's month", "昨年11月に経営陣が交代した。", "昨年11月", "2023-11"),
            at("ja", "weekday", "辞任は月曜日夜に発表された。", "月曜日夜", "2024-05-13"),
            at("ja", "years ago", "彼は11年前に会社を設立した。", "11年前", "2013"),
            range("ja", "range", "彼女は2006年から2010年まで市長を務めた。", "2006年から2010年まで", "2006", "2010"),
            rel("ja", "until end of year", "暫定社長は年末まで留任する。", "年末まで", "2024-12-31", Relation.UNTIL),
            at("ja", "month and day with weekday", "同社は5月13日(月)に発表した。", "5月13日(月)", "2024-05-13"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("forms")
    void findsTheFormWithItsValueRelationAndSpan(String lang, String form, String sentence, String span, String iso,
                                                 String rangeEnd, Relation relation) {
        List<TimeMention> found = times.find(sentence, lang, ANCHOR);
        int begin = sentence.indexOf(span);
        TimeMention m = found.stream().filter(x -> x.begin() == begin).findFirst()
                .orElseThrow(() -> new AssertionError("no mention at '" + span + "' in " + describe(found)));
        assertEquals(span, m.text(), "span");
        assertEquals(begin + span.length(), m.end(), "end offset");
        assertEquals(TimeValue.parse(iso), m.value(), "value");
        assertEquals(relation, m.relation(), "relation");
        assertEquals(rangeEnd == null ? null : TimeValue.parse(rangeEnd), m.rangeEnd(), "range end");
    }

    static Stream<Arguments> absoluteAndRelative() {
        return Stream.of(
            Arguments.of("en", "On 3 March 2021 she joined; last year she left.", "3 March 2021", "last year"),
            Arguments.of("sv", "Den 3 mars 2021 började hon; förra året slutade hon.", "Den 3 mars 2021", "förra året"),
            Arguments.of("de", "Am 3. März 2021 kam sie; vor neun Jahren war sie in Rom.", "3. März 2021", "vor neun Jahren"),
            Arguments.of("fr", "Le 3 mars 2021 elle est arrivée ; mardi soir elle est partie.", "Le 3 mars 2021", "mardi soir"),
            Arguments.of("es", "El 3 de marzo de 2021 llegó; ayer se fue.", "El 3 de marzo de 2021", "ayer"),
            Arguments.of("it", "Il 3 marzo 2021 è arrivata; l'anno scorso è partita.", "Il 3 marzo 2021", "l'anno scorso"),
            Arguments.of("nl", "Op 3 maart 2021 kwam zij; vorig jaar vertrok zij.", "3 maart 2021", "vorig jaar"),
            Arguments.of("zh-Hans", "她于2021年3月3日加入，去年离职。", "2021年3月3日", "去年"),
            Arguments.of("zh-Hant", "她於2021年3月3日加入，週三離職。", "2021年3月3日", "週三"),
            Arguments.of("ja", "彼女は2021年3月3日に入社し、先月退社した。", "2021年3月3日", "先月"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("absoluteAndRelative")
    void withoutAnAnchorOnlyAbsoluteMentionsAreReturned(String lang, String sentence, String absolute, String relative) {
        assertEquals(List.of(absolute), texts(times.find(sentence, lang, null)));
        List<TimeMention> anchored = times.find(sentence, lang, ANCHOR);
        assertEquals(List.of(absolute, relative), texts(anchored));
        assertEquals(Derivation.ABSOLUTE, anchored.get(0).derivation());
        assertEquals(Derivation.RELATIVE, anchored.get(1).derivation());
    }

    static Stream<Arguments> notTimes() {
        return Stream.of(
            Arguments.of("en", "The lab released GPT-4 and a smaller model."),
            Arguments.of("en", "More than 700 employees signed the letter."),
            Arguments.of("en", "About 2000 employees work there."),
            Arguments.of("en", "The laptop runs Windows 11 and Dota 2 smoothly."),
            Arguments.of("en", "Rumours about Q* spread quickly."),
            Arguments.of("en", "Prices rose 2024% in a model, or by 1,999 units, code #2020."),
            Arguments.of("en", "You may go now."),
            Arguments.of("sv", "Senare ångrade han sig, och 700 anställda skrev på."),
            Arguments.of("zh-Hans", "超过2000名员工签署了公开信，GPT-4发布。"),
            Arguments.of("ja", "2000人の社員が署名した。"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notTimes")
    void numbersAndNamesThatAreNotTimesGiveNoMention(String lang, String sentence) {
        assertEquals(List.of(), texts(times.find(sentence, lang, ANCHOR)));
    }

    static Stream<Arguments> backReferences() {
        return Stream.of(
            Arguments.of("en", "A few days later he changed his mind.", "A few days later", Precision.MONTH),
            Arguments.of("en", "At the time, the board said nothing.", "At the time", Precision.DAY),
            Arguments.of("de", "Wenige Tage später kehrte sie zurück.", "Wenige Tage später", Precision.MONTH),
            Arguments.of("fr", "À l'époque, le conseil n'a rien dit.", "À l'époque", Precision.DAY),
            Arguments.of("es", "Poco después volvió a la empresa.", "Poco después", Precision.MONTH),
            Arguments.of("it", "All'epoca il consiglio tacque.", "All'epoca", Precision.DAY),
            Arguments.of("nl", "Een week later keerde hij terug.", "Een week later", Precision.MONTH),
            Arguments.of("sv", "Några dagar senare ångrade han sig.", "Några dagar senare", Precision.MONTH),
            Arguments.of("zh-Hant", "彼時，董事會並未回應。", "彼時", Precision.DAY),
            Arguments.of("zh-Hans", "不到一周时间，这位工程师便回到了实验室。", "不到一周时间", Precision.MONTH),
            Arguments.of("ja", "数日後、彼は復帰した。", "数日後", Precision.MONTH),
            Arguments.of("ja", "研究部長を同日付で解任した。", "同日付", Precision.DAY),
            Arguments.of("nl", "De raad heeft haar per dezelfde datum benoemd.", "per dezelfde datum", Precision.DAY));
    }

    /** The value is a placeholder the extractor replaces; its precision is the finest the phrase keeps. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("backReferences")
    void aPhraseThatPointsBackIsAnaphoricWithTheFinestPrecisionItKeeps(String lang, String sentence, String span,
                                                                       Precision keeps) {
        for (LocalDate anchor : java.util.Arrays.asList(ANCHOR, null)) {
            List<TimeMention> found = times.find(sentence, lang, anchor);
            assertEquals(List.of(span), texts(found), "anchor " + anchor);
            assertEquals(Derivation.ANAPHORIC, found.get(0).derivation());
            assertEquals(keeps, found.get(0).value().precision());
        }
        // Never a date to infer a publication date from.
        assertTrue(times.inferAnchor(sentence, lang).isEmpty());
    }

    @Test
    void aWeekdayOnTheAnchorsOwnWeekdayIsTheAnchorItself() {
        TimeMention m = times.find("The news broke on Wednesday.", "en", ANCHOR).get(0);
        assertEquals(TimeValue.day(2024, 5, 15), m.value());
        assertEquals(Derivation.RELATIVE, m.derivation());
    }

    @Test
    void aDayWithoutYearThatWouldLieAheadOfTheAnchorIsLastYears() {
        TimeMention m = times.find("Avtalet skrevs under den 28 december.", "sv", LocalDate.of(2024, 1, 5)).get(0);
        assertEquals(TimeValue.day(2023, 12, 28), m.value());
    }

    @Test
    void lastMonthNameIsTheMostRecentSuchMonthBeforeTheAnchorMonth() {
        assertEquals(TimeValue.month(2024, 3), times.find("Sales fell last March.", "en", ANCHOR).get(0).value());
        assertEquals(TimeValue.month(2023, 5), times.find("Sales fell last May.", "en", ANCHOR).get(0).value());
        assertEquals(TimeValue.month(2024, 3), times.find("今年3月销量下滑。", "zh-Hans", ANCHOR).get(0).value());
    }

    @Test
    void theLongestMatchWinsAndMentionsDoNotOverlap() {
        String s = "i slutet av november 2023 och sedan i november förra året, 2000–2002";
        List<TimeMention> found = times.find(s, "sv", ANCHOR);
        assertEquals(List.of("i slutet av november 2023", "sedan i november förra året", "2000–2002"), texts(found));
        assertEquals(Relation.SINCE, found.get(1).relation());
        assertEquals(TimeValue.month(2023, 11), found.get(1).value());
    }

    @Test
    void anUnsupportedLanguageIsRefusedWithTheSupportedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> times.find("x", "tlh", ANCHOR));
        assertTrue(e.getMessage().contains("zh-Hant"), e.getMessage());
    }

    static Stream<Arguments> pinnedByWeekday() {
        return Stream.of(
            Arguments.of("en", "Wednesday, May 15 — the company confirmed the departure.", "2024-05-15"),
            Arguments.of("fr", "Publié mercredi 15 mai à 9 h.", "2024-05-15"),
            Arguments.of("sv", "Publicerad tisdag den 14 maj kl. 8.", "2024-05-14"),
            Arguments.of("de", "Veröffentlicht am Dienstag, 14. Mai.", "2024-05-14"),
            Arguments.of("zh-Hant", "北京時間5月15日(週三)早間，公司宣佈消息。", "2024-05-15"),
            Arguments.of("zh-Hans", "北京时间５月１５日（周三）早间，公司宣布消息。", "2024-05-15"),
            Arguments.of("ja", "5月15日(水)、同社は発表した。", "2024-05-15"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("pinnedByWeekday")
    void aWeekdayBesideDayAndMonthPinsTheLatestMatchingYear(String lang, String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), times.inferAnchor(text, lang));
    }

    @Test
    void withoutAWeekdayTheLatestFullDateIsTheDateline() {
        String tweet = "Il y a 9 ans, tout a commencé le 11 décembre 2015.\n— Anna Lind (@alind) 6 août 2024";
        assertEquals(Optional.of(LocalDate.of(2024, 8, 6)), times.inferAnchor(tweet, "fr"));
        assertEquals(Optional.empty(), times.inferAnchor("Sedan 2017 och förra året.", "sv"));
    }

    @Test
    void aWeekdayPinnedDateIsNeverInTheFuture() {
        // 15 May fell on a Wednesday in 2024 and 2019; with "today" in January 2025 it is 2024, never 2030.
        assertEquals(Optional.of(LocalDate.of(2024, 5, 15)), times.inferAnchor("Wednesday, May 15", "en"));
    }

    @Test
    void aLongRandomTextGivesOnlyWellFormedMentions() {
        Random random = new Random(42);
        String alphabet = "abcdefghijklmnopqrstuvwxyzåäöéè 0123456789-./年月日 ,:'";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 100_000) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = sb.toString();
        for (String lang : List.of("en", "sv", "fr", "zh-Hans", "ja")) {
            List<TimeMention> found = times.find(text, lang, ANCHOR);
            int last = 0;
            for (TimeMention m : found) {
                if (m.begin() < last) {
                    fail("overlap or disorder at " + m);
                }
                assertEquals(text.substring(m.begin(), m.end()), m.text());
                last = m.end();
            }
        }
    }

    @Test
    void traditionalToSimplifiedKeepsOffsets() {
        String text = "這場風波發生在去年11月，自2017年以來他一直負責；直到年底。";
        List<TimeMention> found = times.find(text, "zh-Hant", ANCHOR);
        assertEquals(List.of("去年11月", "自2017年以來", "直到年底"), texts(found));
        for (TimeMention m : found) {
            assertEquals(text.substring(m.begin(), m.end()), m.text());
        }
        assertNull(found.get(0).rangeEnd());
    }

    static Stream<String> dataFiles() {
        List<String> files = List.of("months.tsv", "weekdays.tsv", "numbers.tsv", "dayparts.tsv", "counted-nouns.tsv",
                "time-patterns.tsv", "time-relations.tsv", "time-settings.tsv");
        return Stream.concat(Stream.of("common"), Stream.of(org.newskg.read.Language.values()).map(l -> l.code()))
                .flatMap(code -> files.stream().map(f -> "lang/" + code + "/" + f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataFiles")
    void everyTimeDataFileOpensWithACommentNamingItsSource(String resource) throws java.io.IOException {
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                String first = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElse("");
                assertTrue(first.startsWith("# ") && first.contains("newskg"), resource + " starts with: " + first);
            }
        }
    }

    private static List<String> texts(List<TimeMention> ms) {
        return ms.stream().map(TimeMention::text).toList();
    }

    private static String describe(List<TimeMention> ms) {
        return ms.stream().map(m -> m.text() + "=" + m.value() + "/" + m.relation()).collect(Collectors.joining(", ", "[", "]"));
    }

    @org.junit.jupiter.api.Test
    void aDateWithoutAYearIsTheOccurrenceNearestThePublicationDateThePastWeighingMore() {
        RuleBasedTimeNormalizer t = new RuleBasedTimeNormalizer();
        assertEquals("2026-01-01", t.find("She takes office on 1 January.", "en",
                java.time.LocalDate.of(2025, 12, 6)).get(0).value().iso());
        assertEquals("2025-06-27", t.find("Der Wechsel gilt ab dem 27. Juni.", "de",
                java.time.LocalDate.of(2025, 5, 23)).get(0).value().iso());
        assertEquals("2024-11", t.find("Elle avait quitté le groupe en novembre.", "fr",
                java.time.LocalDate.of(2025, 5, 15)).get(0).value().iso());
    }
}
