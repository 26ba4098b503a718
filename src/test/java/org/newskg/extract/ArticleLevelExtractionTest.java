package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Patterns that span a clause or a few sentences: split verbs, successions, titles named in an
 * earlier sentence, co-founders, plural pronouns, relative clauses, glossed organizations. Every
 * text is written for this test about fictional people and organizations.
 */
class ArticleLevelExtractionTest {

    private static Extraction extract(String lang, String text) {
        return Extractions.extract(lang, text);
    }

    private static Extraction extract(String lang, String text, LocalDate published) {
        return Extractions.extract(lang, text, published);
    }

    private static List<String> holdings(Extraction x) {
        return x.holdings().stream().map(h -> h.personKey() + "|" + h.orgKey() + "|" + h.role().label()
                + "|" + (h.start() == null ? "" : h.start().iso()) + "|" + (h.end() == null ? "" : h.end().iso())).toList();
    }

    /** Who holds which title where, sorted, without dates: for tests of names and titles. */
    private static List<String> posts(Extraction x) {
        return x.holdings().stream().map(h -> h.personKey() + "|" + h.orgKey() + "|" + h.role().label()).distinct().sorted().toList();
    }

    private static List<String> events(Extraction x) {
        return x.events().stream().map(e -> e.type() + "|" + e.personKey() + "|" + e.orgKey()
                + "|" + (e.date() == null ? "" : e.date().iso())).toList();
    }

    @Test
    void aSplitVerbWithATimeInsideIsOneTrigger() {
        Extraction x = extract("nl", "Wouter Kamp treedt op 1 juni terug als financieel directeur van Zeeveld Transport BV.");
        assertTrue(events(x).contains("DEPARTURE|wouter-kamp|zeeveld-transport-bv|2025-06-01"), events(x).toString());
        Extraction y = extract("de", "Der SV Kestnerbach wählte Präsident Ulrich Baum am Sonntag ab.");
        assertTrue(events(y).stream().anyMatch(e -> e.startsWith("DISMISSAL|ulrich-baum|")), events(y).toString());
    }

    @Test
    void aSplitVerbNeedsSomeoneOrSomethingBetweenItsParts() {
        Extraction x = extract("nl", "Boer Gerrit Smit volgt het onderzoek van Zeeveld Transport op de voet.");
        assertTrue(x.events().isEmpty(), events(x).toString());
        // A given name after a common noun starts the name.
        assertTrue(x.entities().stream().anyMatch(e -> e.key().equals("gerrit-smit")), x.entities().toString());
    }

    @Test
    void aPassiveSuccessionHandsThePredecessorsTitleToTheSuccessor() {
        Extraction x = extract("nl", "Anouk Vos is sinds 2019 bestuursvoorzitter van Zeeveld Transport. "
                + "Zij wordt opgevolgd door Bram Hoekstra.");
        List<String> h = holdings(x);
        assertTrue(h.stream().anyMatch(s -> s.startsWith("bram-hoekstra|zeeveld-transport|Chief Executive Officer|")), h.toString());
        assertTrue(h.stream().anyMatch(s -> s.startsWith("anouk-vos|zeeveld-transport|Chief Executive Officer|2019|")
                && !s.endsWith("|")), "the predecessor's tenure ends: " + h);
    }

    @Test
    void aPossessedSuccessorNounIsSomeoneElse() {
        Extraction x = extract("de", "Ulrich Baum leitet seit 2015 als Vorstandschef die Kestner Werke. "
                + "Er wünsche seiner Nachfolgerin viel Glück.");
        assertFalse(events(x).stream().anyMatch(e -> e.startsWith("APPOINTMENT|ulrich-baum")), events(x).toString());
    }

    @Test
    void anAppointmentWithoutATitleTakesTheOneTheSentenceBeforeNamed() {
        Extraction x = extract("de", "Kestner Werke bekommt einen neuen Finanzvorstand. "
                + "Der Aufsichtsrat berief am Donnerstag Jana Wolff.");
        assertTrue(holdings(x).stream().anyMatch(s -> s.startsWith("jana-wolff|kestner-werke|Chief Financial Officer|")),
                holdings(x).toString());
    }

    @Test
    void foundingTogetherMakesCoFoundersAndACoFoundingVerbNamesItsTitle() {
        Extraction x = extract("de", "Ulrike Brand arbeitet als Physikerin. 2018 gründete sie gemeinsam mit dem Ingenieur "
                + "Felix Roth die Tessaro GmbH.");
        List<String> h = holdings(x);
        assertTrue(h.contains("ulrike-brand|tessaro-gmbh|Co-founder|2018|"), h.toString());
        assertTrue(h.contains("felix-roth|tessaro-gmbh|Co-founder|2018|"), h.toString());
        Extraction y = extract("it", "Chiara Neri ha cofondato Lumeria Bio nel 2020.");
        assertTrue(holdings(y).contains("chiara-neri|lumeria-bio|Co-founder|2020|"), holdings(y).toString());
    }

    @Test
    void germanCommonNounsAreNoPeople() {
        Extraction x = extract("de", "Ulrich Baum folgt auf Petra Lenz, die das Familienunternehmen Kestner Werke seit 2014 "
                + "führt und Ende März in den Ruhestand geht.");
        assertFalse(x.entities().stream().anyMatch(e -> e.key().equals("familienunternehmen")), x.entities().toString());
        assertTrue(events(x).contains("DEPARTURE|petra-lenz|kestner-werke|2025-03"), events(x).toString());
    }

    @Test
    void anOrganizationIsAlsoKnownWithoutItsLegalForm() {
        Extraction x = extract("de", "Felix Roth ist Geschäftsführer der Tessaro GmbH.");
        Entity org = x.entities().stream().filter(e -> e.key().equals("tessaro-gmbh")).findFirst().orElseThrow();
        assertTrue(org.labels().stream().anyMatch(l -> l.text().equals("Tessaro")), org.labels().toString());
    }

    @Test
    void theyStandsForEveryoneTheSentenceBeforeNamed() {
        Extraction x = extract("fr", "Le conseil de Vandel Énergie SA a évincé Paul Morin et Lise Carré en janvier. "
                + "Ils ont tous deux été réintégrés quelques jours plus tard.");
        List<String> e = events(x);
        assertTrue(e.stream().anyMatch(s -> s.startsWith("REINSTATEMENT|paul-morin|vandel-energie-sa")), e.toString());
        assertTrue(e.stream().anyMatch(s -> s.startsWith("REINSTATEMENT|lise-carre|vandel-energie-sa")), e.toString());
    }

    @Test
    void aRelativeClauseActsThroughThePersonItHangsOn() {
        Extraction x = extract("es", "Inés Ortega sustituirá a Raúl Prieto, consejero delegado desde 2016, que a su vez "
                + "reemplazará como presidente del consejo a Tomás Vidal en Banco Almenar.");
        assertTrue(events(x).stream().anyMatch(s -> s.startsWith("APPOINTMENT|raul-prieto|")), events(x).toString());
    }

    @Test
    void aJapaneseOrganizationGlossedInLatinAndADayOfTheMonth() {
        Extraction x = extract("ja", "北浜先端材料研究所（Kitahama Institute for Advanced Materials）は5日、"
                + "研究部長の森田健（Ken Morita）氏を解任したと発表した。");
        assertTrue(events(x).contains("DISMISSAL|ken-morita|kitahama-institute-for-advanced-materials|2025-03-05"),
                events(x).toString());
    }

    @Test
    void aJapaneseFamilyNameInTheHeadlineIsThePersonTheBodyNamesInFull() {
        Extraction x = extract("ja", "朝霧電機、桜井社長が辞任\n\n朝霧電機は10日、桜井隆弘社長（60）が辞任したと発表した。"
                + "桜井氏は2019年から社長を務めた。");
        Set<String> people = new java.util.TreeSet<>();
        x.holdings().forEach(h -> people.add(h.personKey()));
        x.events().forEach(e -> people.add(e.personKey()));
        assertEquals(1, people.size(), holdings(x) + " " + events(x));
    }

    @Test
    void aClubAcronymOpensAnOrganizationAndAnAnaphorFindsTheOrganizationOfItsKind() {
        Extraction x = extract("es", "Marcos Gil es presidente del CD Almenara.");
        assertTrue(holdings(x).stream().anyMatch(s -> s.startsWith("marcos-gil|cd-almenara|President|")), holdings(x).toString());
        Extraction y = extract("nl", "Zeeveld Transport werkt samen met het Veldhoven Instituut. "
                + "Lotte Mulder is onderzoeksleider bij het instituut.");
        assertTrue(holdings(y).stream().anyMatch(s -> s.startsWith("lotte-mulder|veldhoven-instituut|Research Lead|")),
                holdings(y).toString());
    }

    @Test
    void aGazetteerNameInsideATransliteratedNameIsNoOrganization() {
        Extraction x = extract("zh-Hant", "營運長丹尼爾·福斯特（Daniel Forster）擔任代理執行長。");
        assertFalse(x.entities().stream().anyMatch(e -> e.kind() == EntityKind.ORGANIZATION
                && e.labels().stream().anyMatch(l -> l.text().equals("福斯"))), x.entities().toString());
        assertEquals(1, x.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).count(), x.entities().toString());
    }

    @Test
    void leadingANamedTeamIsATitleOfItsOwn() {
        Extraction x = extract("en", "Rosa Lind, a researcher who co-led the Nightjar team at Corvel Labs, resigned.");
        assertTrue(holdings(x).stream().anyMatch(s -> s.startsWith("rosa-lind|corvel-labs|Nightjar Co-lead|")), holdings(x).toString());
        Extraction y = extract("fr", "Marc Aubry, le chercheur qui dirigeait l'équipe « Vigie » de Sorel Énergie SA, a démissionné.");
        assertTrue(holdings(y).stream().anyMatch(s -> s.startsWith("marc-aubry|sorel-energie-sa|Vigie Lead|")), holdings(y).toString());
    }

    @Test
    void aSentenceOpeningWithAsATitleDescribesItsSubject() {
        Extraction x = extract("sv", "Karin Ek ledde länge Norrvik Energi AB. Som tidigare styrelseledamot i Norrvik Energi AB "
                + "spelade hon en nyckelroll.");
        assertTrue(holdings(x).stream().anyMatch(s -> s.startsWith("karin-ek|norrvik-energi-ab|Board Member|")), holdings(x).toString());
    }

    @Test
    void aChineseClauseAfterACommaKeepsTheSentencesSubject() {
        Extraction x = extract("zh-Hans", "Daniel Moreau师从Peter Lindgren，曾在Corvel Labs担任博士后研究员。");
        assertTrue(holdings(x).stream().anyMatch(s -> s.startsWith("daniel-moreau|") && s.contains("|Postdoctoral Researcher|")),
                holdings(x).toString());
    }

    @Test
    void everyoneListedAfterATitleAndAColonHoldsIt() {
        Extraction x = extract("nl", "Bij Zeeveld Transport BV nemen de adjunct-directeuren het werk over: Iris Bakker en Joost Visser.");
        List<String> h = holdings(x);
        assertTrue(h.stream().anyMatch(s -> s.startsWith("iris-bakker|zeeveld-transport-bv|")), h.toString());
        assertTrue(h.stream().anyMatch(s -> s.startsWith("joost-visser|zeeveld-transport-bv|")), h.toString());
    }

    @Test
    void aSurnameWithItsParticleIsThePersonNamedInFull() {
        Extraction x = extract("nl", "Joris van Dam is directeur van Zeeveld Transport BV. Van Dam gaat met pensioen.");
        assertEquals(1, x.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).count(), x.entities().toString());
        assertTrue(events(x).stream().anyMatch(s -> s.startsWith("DEPARTURE|joris-van-dam|")), events(x).toString());
    }

    @Test
    void aSentenceWithoutATimeGoesOnInTheTimeOfTheSentenceBefore() {
        Extraction x = extract("fr", "Le conseil de Vandel Énergie SA a évincé Paul Morin en janvier. "
                + "Il a été réintégré quelques jours plus tard.");
        assertTrue(events(x).contains("REINSTATEMENT|paul-morin|vandel-energie-sa|2025-01"), events(x).toString());
    }

    @Test
    void workingUntilAYearAndThenLeavingDatesTheLeaving() {
        Extraction x = extract("nl", "Iris Bakker werkte tot 2022 als verslaggever bij Zeeveld Transport BV en vertrok toen.");
        assertTrue(events(x).contains("DEPARTURE|iris-bakker|zeeveld-transport-bv|2022"), events(x).toString());
    }

    @Test
    void aTriggerThatHoldsATitleNamesIt() {
        Extraction x = extract("es", "Marcos Gil llegó a la presidencia del CD Almenara en 2019.");
        assertTrue(holdings(x).contains("marcos-gil|cd-almenara|President|2019|"), holdings(x).toString());
    }

    @Test
    void aGermanGenitiveNameIsAlsoKnownInItsBaseForm() {
        Extraction x = extract("de", "Die Direktorin des Veldauer Instituts, Jana Wolff, tritt zurück.");
        Entity org = x.entities().stream().filter(e -> e.kind() == EntityKind.ORGANIZATION).findFirst().orElseThrow();
        assertTrue(org.labels().stream().anyMatch(l -> l.text().equals("Veldauer Institut")), org.labels().toString());
    }

    @Test
    void aPhraseThatPointsBackTakesTheTimeTheTextLastNamed() {
        Extraction x = extract("en", "Halvard Systems fired its chief executive, Mark Olsen, in November 2024. "
                + "Less than a week later, Olsen was reinstated as chief executive.");
        assertTrue(events(x).contains("REINSTATEMENT|mark-olsen|halvard-systems|2024-11"), events(x).toString());
        // With nothing named before it, it is dropped: the publication date stands.
        Extraction y = extract("en", "A few days later, Mark Olsen was reinstated as chief executive of Halvard Systems.");
        assertEquals(List.of("REINSTATEMENT|mark-olsen|halvard-systems|2025-03-14"), events(y));
    }

    @Test
    void anInterimTitleTakenAsSomeoneLeavesIsAnAppointmentThatEndsWithTheReturn() {
        Extraction x = extract("zh-Hant", "今年1月，Lumeo公司表示執行長Karl Weiss已經辭職，首席財務官Ana Ruiz暫時擔任代理執行長。"
                + "幾天後，董事會決定由Weiss重新擔任執行長。");
        assertTrue(events(x).contains("APPOINTMENT|ana-ruiz|lumeo|2025-01"), events(x).toString());
        assertTrue(holdings(x).contains("ana-ruiz|lumeo|Interim Chief Executive Officer|2025-01|2025-01"), holdings(x).toString());
        // A stand-in keeps the post held alongside.
        assertTrue(holdings(x).contains("ana-ruiz|lumeo|Chief Financial Officer||"), holdings(x).toString());
    }

    @Test
    void theTitleAnAppointeeIsDescribedByEndsWithThePromotion() {
        Extraction x = extract("en", "Nordia's head of research, Priya Raman, was named chief executive on Monday.");
        assertTrue(holdings(x).contains("priya-raman|nordia|Head of Research||2025-03-10"), holdings(x).toString());
        assertTrue(holdings(x).contains("priya-raman|nordia|Chief Executive Officer|2025-03-10|"), holdings(x).toString());
        // A seat held alongside the post stays.
        Extraction y = extract("en", "Nordia's chair, Priya Raman, was named chief executive on Monday.");
        assertTrue(holdings(y).contains("priya-raman|nordia|Chair||"), holdings(y).toString());
    }

    @Test
    void aChineseVerbBeforeACompanyNamedWithItsCompanyWordTakesTheTitle() {
        // The since-phrase nearest the title dates it.
        Extraction x = extract("zh-Hant", "Ana Ruiz自2019年起在Lumeo公司工作，並從今年3月起擔任Lumeo公司首席財務官。");
        assertEquals(List.of("ana-ruiz|lumeo|Chief Financial Officer|2025-03|"), holdings(x));
    }

    @Test
    void nowDatesTheChangeRatherThanTheSinceOfTheStateBeforeIt() {
        Extraction x = extract("zh-Hans", "Karl Weiss自2010年以来一直在Lumeo公司从事研发工作，如今他成为新任首席技术官。");
        assertEquals(List.of("APPOINTMENT|karl-weiss|lumeo|2025-03-14"), events(x));
    }

    @Test
    void aTimeThatDatesSomethingElseInTheSentenceDoesNotDateTheEvent() {
        // Beyond the until-phrase, and around another trigger ("depuis la fondation").
        Extraction x = extract("fr", "Paul Morin part en congé sabbatique jusqu'en juin, et il s'agit de sa première pause "
                + "depuis son arrivée chez Valmont Industries il y a vingt ans.");
        assertTrue(events(x).contains("LEAVE_OF_ABSENCE|paul-morin|valmont-industries|2025-03-14"), events(x).toString());
        // A leave is dated by its since-phrase: "休職していた" since last month.
        Extraction y = extract("ja", "葉山研究所（Hayama Institute）の小野寺智氏は先月から休職していた。");
        assertTrue(events(y).stream().anyMatch(e -> e.startsWith("LEAVE_OF_ABSENCE|") && e.endsWith("|2025-02")), events(y).toString());
    }

    @Test
    void anAsideNamesTheObjectAfterItsTitle() {
        Extraction x = extract("fr", "Le conseil de Valmont Industries a limogé jeudi son directeur financier, Marc Dubois.");
        assertEquals(List.of("DISMISSAL|marc-dubois|valmont-industries|2025-03-13"), events(x));
    }

    @Test
    void aStatedDateBeatsAnInferredPublicationDate() {
        Extraction x = extract("fr", "Le mercredi 12 mars, Valmont Industries a annoncé le départ de Paul Morin. "
                + "Morin a rejoint Valmont Industries après ses études. Il avait rejoint Valmont Industries en 2015.", null);
        assertTrue(x.anchorInferred());
        assertTrue(events(x).contains("JOINING|paul-morin|valmont-industries|2015"), events(x).toString());
    }

    @Test
    void aLowercaseGoverningBodyIsNoPartOfTheOrganizationsName() {
        Extraction x = extract("en", "On 4 November 2024 the board of Halvard Systems said Mark Olsen had resigned as chief executive.");
        assertEquals(List.of("DEPARTURE|mark-olsen|halvard-systems|2024-11-04"), events(x));
    }

    @Test
    void iIsWhoeverTheQuotationIsAttributedTo() {
        // The speaker named before the verb, in an earlier sentence, rather than the last person named.
        Extraction x = extract("fr", "Paul Morin a écrit un long message sur LinkedIn au lendemain de la nomination de Marc Dubois. "
                + "« J'ai cofondé Valmont Industries en 2005 avec deux amis. »");
        assertTrue(holdings(x).contains("paul-morin|valmont-industries|Co-founder|2005|"), holdings(x).toString());
        // The speaker named after the verb, in the same sentence.
        Extraction y = extract("en", "\"I am stepping down as chief executive of Halvard Systems,\" Mark Olsen said on Monday.");
        assertEquals(List.of("DEPARTURE|mark-olsen|halvard-systems|2025-03-10"), events(y));
        // Nobody said it: "I" is nobody, not the last person named.
        Extraction z = extract("fr", "Marc Dubois dirige Valmont Industries. « J'ai démissionné. »");
        assertTrue(x.events().stream().noneMatch(e -> e.personKey().equals("marc-dubois") && e.type() == EventType.FOUNDING));
        assertTrue(z.events().isEmpty(), events(z).toString());
    }

    @Test
    void anAppointmentTakesEffectWhenItsTextSays() {
        // A from-phrase after the title.
        Extraction x = extract("it", "Il consiglio di amministrazione della Vellani Tessuti ha nominato ieri Paola Ferri "
                + "amministratrice delegata a partire dal 1° aprile.");
        assertEquals(List.of("APPOINTMENT|paola-ferri|vellani-tessuti|2025-04-01"), events(x));
        assertTrue(holdings(x).contains("paola-ferri|vellani-tessuti|Chief Executive Officer|2025-04-01|"), holdings(x).toString());
        // Told twice: decided on one day, taking office on a later one still to come.
        Extraction y = extract("es", "Banco Almenara ha nombrado a Lucía Gil consejera delegada, según comunicó ayer el banco. "
                + "Gil asumirá el cargo el 1 de abril.");
        assertEquals(List.of("APPOINTMENT|lucia-gil|banco-almenara|2025-04-01"), events(y));
        // A since-phrase after another title dates that title, not the appointment.
        Extraction z = extract("es", "La junta del CD Almenara nombró presidenta a Rosa Gil, vocal de la junta desde 2021, el pasado lunes.");
        assertEquals(List.of("APPOINTMENT|rosa-gil|cd-almenara|2025-03-10"), events(z));
    }

    @Test
    void theAppointeesTitleIsTakenUnlessAnotherFollowsWithAs() {
        Extraction x = extract("it", "Giovedì il consiglio di amministrazione della Vellani Tessuti ha nominato nuova direttrice "
                + "finanziaria Paola Ferri, che entrerà in carica il 1° aprile.");
        assertTrue(holdings(x).contains("paola-ferri|vellani-tessuti|Chief Financial Officer|2025-04-01|"), holdings(x).toString());
        Extraction y = extract("en", "Halvard Systems named deputy editor Colin Marsh as editor-in-chief on Thursday.");
        assertTrue(holdings(y).contains("colin-marsh|halvard-systems|Editor-in-Chief|2025-03-13|"), holdings(y).toString());
    }

    @Test
    void aChineseCompanyNamedOnceIsACompanyInEverySentence() {
        Extraction x = extract("zh-Hans", "星岚科技周三宣布，创始人陈立行卸任首席执行官，转任董事长。陈立行于2015年与两位同事共同创立星岚科技。");
        List<String> e = events(x);
        assertTrue(e.contains("FOUNDING|chen-li-xing|xing-lan-ke-ji|2015"), e.toString());
        assertTrue(e.contains("APPOINTMENT|chen-li-xing|xing-lan-ke-ji|2025-03-12"), e.toString());
        assertTrue(holdings(x).contains("chen-li-xing|xing-lan-ke-ji|Chair|2025-03-12|"), holdings(x).toString());
    }

    @Test
    void aSpanBelongsToTheTitleItStandsWithAndDatesNoChange() {
        Extraction x = extract("ja", "星野電機は10日、2015年から2021年まで同社の最高財務責任者（CFO）を務めた山口真理（Mari Yamaguchi）氏が"
                + "社長に就任したと発表した。");
        List<String> h = holdings(x);
        assertTrue(h.contains("mari-yamaguchi|xing-ye-dian-ji|Chief Financial Officer|2015|2021"), h.toString());
        assertTrue(h.contains("mari-yamaguchi|xing-ye-dian-ji|President|2025-03-10|"), h.toString());
        assertEquals(List.of("APPOINTMENT|mari-yamaguchi|xing-ye-dian-ji|2025-03-10"), events(x));
    }

    @Test
    void aVerbOfLeadingWithASincePhraseDatesThePostsStart() {
        Extraction x = extract("en", "The editor-in-chief of the Brixton Herald, Margaret Hale, resigned on Wednesday. "
                + "She had led the daily since 2017.");
        assertEquals(List.of("margaret-hale|brixton-herald|Editor-in-Chief|2017|2025-03-12"), holdings(x));
        Extraction y = extract("de", "Vorstandschef Klaus Berger, der die Kestner Werke seit 2014 führt, geht Ende März in den Ruhestand.");
        assertEquals(List.of("klaus-berger|kestner-werke|Chief Executive Officer|2014|2025-03"), holdings(y));
        // With two posts there, it is not known which one.
        Extraction z = extract("en", "Margaret Hale is the chief executive and chief financial officer of Brixton Herald. "
                + "She has led the company since 2017.");
        assertEquals(2, holdings(z).size(), holdings(z).toString());
        assertTrue(holdings(z).stream().allMatch(h -> h.split("\\|", -1)[3].isEmpty()), holdings(z).toString());
    }

    @Test
    void anUntitledAppointmentToldWithSomeoneLeavingSucceedsThem() {
        Extraction x = extract("zh-Hans", "蓝湾能源周二宣布，董事会已解除创始人马克·韦伯（Mark Weber）的首席执行官职务，"
                + "由首席运营官苏菲·贝尔（Sophie Bell）接任。");
        List<String> h = holdings(x);
        assertTrue(h.contains("sophie-bell|lan-wan-neng-yuan|Chief Executive Officer|2025-03-11|"), h.toString());
        assertTrue(h.contains("sophie-bell|lan-wan-neng-yuan|Chief Operating Officer||2025-03-11"), h.toString());
        assertTrue(h.contains("mark-weber|lan-wan-neng-yuan|Chief Executive Officer||2025-03-11"), h.toString());
        // "董事会" is the board, not a board member.
        assertTrue(h.stream().noneMatch(s -> s.contains("Board Member")), h.toString());
    }

    @Test
    void aTriggerCutShortByACompanyWordStillReadsAsItsVerb() {
        Extraction x = extract("sv", "Norrvik Energis vd Karl Ek lämnar bolaget med omedelbar verkan.");
        assertEquals(List.of("DEPARTURE|karl-ek|norrvik-energi|2025-03-14"), events(x));
    }

    @Test
    void oneLeavesThePostOneHoldsWhoeverActs() {
        Extraction x = extract("fr", "Claire Roux, directrice générale de la Gazette du Rhône depuis 2016, a été limogée mardi "
                + "par le groupe Horizon Médias.");
        assertEquals(List.of("DISMISSAL|claire-roux|gazette-du-rhone|2025-03-11"), events(x));
    }

    @Test
    void anAgeStandsForThePersonLastNamed() {
        Extraction x = extract("en", "Halvard Systems named Mark Olsen chief executive on Monday. The 52-year-old joined Halvard Systems in 2015.");
        assertTrue(events(x).contains("JOINING|mark-olsen|halvard-systems|2015"), events(x).toString());
    }

    @Test
    void aGermanCompanyTakesNeitherTheArticleBeforeItNorTheNameAfterIt() {
        Extraction x = extract("de", "Die Kestner Werke haben Anna Vogt zur Vorstandschefin berufen.");
        assertTrue(x.entities().stream().anyMatch(e -> e.key().equals("kestner-werke")), x.entities().toString());
        Extraction y = extract("de", "Gestern haben die Kestner Werke Anna Vogt zur Vorstandschefin berufen.");
        assertTrue(holdings(y).stream().anyMatch(h -> h.startsWith("anna-vogt|kestner-werke|Chief Executive Officer|")),
                holdings(y).toString());
    }

    private static List<String> labels(Extraction x, String key) {
        return x.entities().stream().filter(e -> e.key().equals(key)).flatMap(e -> e.labels().stream())
                .map(Label::text).toList();
    }

    @Test
    void anOrganizationIsOneEntityByItsFullNameItsLegalFormAndItsParts() {
        Extraction x = extract("es", "Carmen Ibáñez Soler, directora financiera de El Faro de Alicante desde 2020, dimitió el martes. "
                + "La salida de Ibáñez sorprendió en El Faro.");
        assertTrue(labels(x, "el-faro-de-alicante").contains("El Faro"), x.entities().toString());
        // A place after "de" ends a title's name, though alone it is no name.
        Extraction z = extract("es", "Ana Gil, directora financiera de El Faro de Valencia, dimitió ayer.");
        assertEquals(List.of("DEPARTURE|ana-gil|el-faro-de-valencia|2025-03-13"), events(z));
        // A first surname of a name with two.
        assertTrue(labels(x, "carmen-ibanez-soler").contains("Ibáñez"), x.entities().toString());
        Extraction y = extract("de", "Die Kestner Sensorik AG hat Anna Vogt berufen. Vogt ist seit 2019 Finanzvorständin der "
                + "Kestner Sensorik. Kestner meldete Verluste.");
        assertEquals(List.of("anna-vogt|kestner-sensorik-ag|Chief Financial Officer|2019|"), holdings(y));
        assertTrue(labels(y, "kestner-sensorik-ag").containsAll(List.of("Kestner Sensorik", "Kestner")), y.entities().toString());
    }

    @Test
    void aChineseOrJapaneseCompanyIsAlsoKnownByItsReadingAndKindInEnglish() {
        Extraction x = extract("zh-Hant", "曜峰精密執行長黃啟民（Huang Chi-min）昨日請辭。");
        assertTrue(labels(x, "yao-feng-jing-mi").contains("Yaofeng Precision"), x.entities().toString());
        Extraction y = extract("ja", "朝凪テクノロジーズは10日、山田花子（Hanako Yamada）社長が辞任したと発表した。");
        assertTrue(y.entities().stream().anyMatch(e -> e.labels().stream().anyMatch(l -> l.text().equals("Asanagi Technologies"))),
                y.entities().toString());
    }

    @Test
    void aPostHeldForTheTimeBeingIsInterim() {
        Extraction x = extract("de", "Katrin Albers übernimmt interimistisch den Vorstandsvorsitz der Velsheim AG.");
        assertTrue(holdings(x).stream().anyMatch(h -> h.startsWith("katrin-albers|velsheim-ag|Interim Chief Executive Officer|")),
                holdings(x).toString());
        Extraction y = extract("en", "Halvard Systems named Eva Lind acting chief financial officer on Monday.");
        assertTrue(holdings(y).contains("eva-lind|halvard-systems|Interim Chief Financial Officer|2025-03-10|"), holdings(y).toString());
        // A title with another mention between it and the word keeps its own reading.
        Extraction z = extract("zh-Hant", "去年11月,Lumeo公司表示執行長Karl Weiss辭職,首席財務官Ana Ruiz擔任臨時執行長。");
        assertTrue(holdings(z).stream().anyMatch(h -> h.startsWith("ana-ruiz|lumeo|Chief Financial Officer|")), holdings(z).toString());
    }

    @Test
    void thePossessorOfAnEventNounIsTheOneItBefallsAndNoAsideCrossesALongGap() {
        Extraction x = extract("en", "Eva Lind, the finance chief of Halvard Systems, was named interim chief executive on Friday, "
                + "hours after Mark Olsen's dismissal.");
        List<String> e = events(x);
        assertTrue(e.contains("APPOINTMENT|eva-lind|halvard-systems|2025-03-14"), e.toString());
        assertTrue(e.contains("DISMISSAL|mark-olsen|halvard-systems|2025-03-14"), e.toString());
    }

    @Test
    void aCompanyFoundedByPeopleNamedTogetherHasThemAllAsCoFounders() {
        Extraction x = extract("it", "La società Nevralis era stata fondata nel 2019 da Stefano Morandini e Federica Lanza.");
        assertEquals(List.of("stefano-morandini|nevralis|Co-founder|2019|", "federica-lanza|nevralis|Co-founder|2019|"), holdings(x));
        Extraction y = extract("en", "Photalis was founded in 2012 by Anna Berg and Tom Reed.");
        assertEquals(List.of("FOUNDING|anna-berg|photalis|2012", "FOUNDING|tom-reed|photalis|2012"), events(y));
    }

    @Test
    void aJapaneseSuccessorNounOpeningTheSentenceSucceedsThePersonLastNamed() {
        Extraction x = extract("ja", "星野電機は10日、山口真理（Mari Yamaguchi）社長が辞任したと発表した。後任には、副社長の田中健（Ken Tanaka）氏が就任した。");
        List<String> h = holdings(x);
        assertTrue(h.contains("ken-tanaka|xing-ye-dian-ji|President|2025-03-10|"), h.toString());
        assertTrue(h.contains("ken-tanaka|xing-ye-dian-ji|Vice President||2025-03-10"), h.toString());
    }

    @Test
    void anAcronymInParenthesesDefinesTheWholeNameAndNamesItLater() {
        Extraction x = extract("en", "Maria Lenz took over as director of the Halden Centre for Marine Science (HCMS) in May. "
                + "Tom Berg joined HCMS as chief financial officer.");
        assertEquals(List.of("maria-lenz|halden-centre-for-marine-science|Director",
                "tom-berg|halden-centre-for-marine-science|Chief Financial Officer"), posts(x));
        Extraction y = extract("es", "La eléctrica Energía del Norte (EDN) nombró a Luis Soto director general.");
        assertEquals(List.of("luis-soto|energia-del-norte|Chief Executive Officer"), posts(y));
        Extraction z = extract("fr", "Le distributeur Énergie Vaud-Saône (EVS) a choisi Marc Rey comme directeur général.");
        assertEquals(List.of("marc-rey|energie-vaud-saone|Chief Executive Officer"), posts(z));
    }

    @Test
    void aTitleSpelledOutBeforeItsAcronymIsNoOrganization() {
        Extraction x = extract("en", "Corvane Robotics named Ada Quist its Chief Operating Officer (COO).");
        assertEquals(List.of("ada-quist|corvane-robotics|Chief Operating Officer"), posts(x));
    }

    @Test
    void twoFoundersOfOneOrganizationAreEachItsCoFounder() {
        Extraction x = extract("en", "Vela Systems was founded in 2012 by Nora Pike. Founder Jonas Reede left Vela Systems in 2020.");
        assertEquals(List.of("jonas-reede|vela-systems|Co-founder", "nora-pike|vela-systems|Co-founder"), posts(x));
        Extraction alone = extract("en", "Vela Systems was founded in 2012 by Nora Pike.");
        assertEquals(List.of("nora-pike|vela-systems|Founder"), posts(alone));
    }

    @Test
    void aGivenNameThatIsAlsoAPlaceWordStartsAPersonsName() {
        Extraction x = extract("en", "Clara Weston-Imre joined Aldwick Therapeutics as chief financial officer.");
        assertEquals(List.of("clara-weston-imre|aldwick-therapeutics|Chief Financial Officer"), posts(x));
    }

    @Test
    void aKindNounOpeningTheSentenceIsNoPartOfTheName() {
        Extraction x = extract("nl", "Verzekeraar Dijkstra & Wolters heeft Marloes Veen benoemd tot financieel directeur.");
        assertEquals(List.of("marloes-veen|dijkstra-wolters|Chief Financial Officer"), posts(x));
        Extraction y = extract("en", "Insurer Calloway Mutual named Priya Castel chief financial officer.");
        assertEquals(List.of("priya-castel|calloway-mutual|Chief Financial Officer"), posts(y));
    }

    @Test
    void aPlaceAdjectiveInsideAnAnaphorStillRefersBack() {
        Extraction x = extract("nl", "Zeeland Verzekeringen maakte de benoeming bekend. "
                + "Els Visser is sinds 2021 commissaris bij het Leidse bedrijf.");
        assertEquals(List.of("els-visser|zeeland-verzekeringen|Member of the Supervisory Board"), posts(x));
    }

    @Test
    void aHeadWithoutAFieldTheVocabularyKnowsHoldsNothingButTheEventStays() {
        Extraction x = extract("en", "Tom Reed, head of widgetry at Corvane Robotics, resigned on Monday.");
        assertEquals(List.of(), posts(x));
        assertEquals(List.of("DEPARTURE|tom-reed|corvane-robotics|2025-03-10"), events(x));
    }

    @Test
    void aTitleNamingABodyWithAPossessiveIsTheSameTitle() {
        assertEquals(List.of("nora-vik|halvard-systems|Chair of the Supervisory Board"),
                posts(extract("en", "Halvard Systems elected Nora Vik chair of its supervisory board on Monday.")));
        assertEquals(List.of("marta-lozano|kessler-automoviles|Chair of the Supervisory Board"),
                posts(extract("es", "Kessler Automóviles eligió a Marta Lozano presidenta de su consejo de vigilancia.")));
        assertEquals(List.of("sara-conti|banca-lirio|Chair of the Supervisory Board"),
                posts(extract("it", "Banca Lirio ha nominato Sara Conti presidente del suo consiglio di sorveglianza.")));
    }
}
