package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Posts told without a title: a verb of leading whose object is an organization, a stand-in for a
 * post someone leaves, a successor named without a subject, an office taken by its noun. Each case
 * asserts the whole set of posts, so an extra fact fails as a missing one does. Every text is
 * written for this test about fictional people and organizations.
 */
class LeadershipIdiomsTest {



    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Since 2019 Harriet Quill has been at the helm of Dovecote Insurance, the Bristol mutual. | harriet-quill,dovecote-insurance
            nl | Sinds januari staat Femke de Ruiter aan het hoofd van verzekeraar Polderzeker.          | femke-de-ruiter,polderzeker
            nl | Joost Hamelink staat sinds 2017 aan het roer van de Zeeuwse Havenbank.                  | joost-hamelink,zeeuwse-havenbank
            de | Seit 2020 steht Margit Obermaier an der Spitze der Donautal Versicherung.               | margit-obermaier,donautal-versicherung
            fr | Bastien Rouget dirige le groupe Textiles Armor depuis 2015.                              | bastien-rouget,textiles-armor
            es | Desde 2021, Lucía Bermejo está al frente de Seguros Alcántara.                          | lucia-bermejo,seguros-alcantara
            it | Dal 2016 Ettore Vannucci è alla guida di Banca Valdelsa.                                 | ettore-vannucci,banca-valdelsa
            sv | Sedan 2019 leder Maja Fridell försäkringsbolaget Norrskydd.                              | maja-fridell,norrskydd
            sv | Anders Kvist står vid rodret på Hälsinge Sparbank sedan 2015.                           | anders-kvist,halsinge-sparbank
            """)
    void whoLeadsACompanyIsItsChiefExecutive(String lang, String text, String who) {
        assertEquals(List.of(Extractions.post(who, "Chief Executive Officer")), Extractions.posts(lang, text));
    }

    @Test
    void aBoardOrADepartmentNamedWithItsPrepositionIsAPost() {
        assertEquals(List.of("tom-hale|corby-mutual|Board Member"),
                Extractions.posts("en", "Tom Hale, who sits on the board of Corby Mutual, declined to comment."));
        assertEquals(List.of("lea-roux|banque-orsenne|Chief Executive Officer", "paul-garnier|banque-orsenne|Chair"),
                Extractions.posts("fr", "Le conseil d'administration de la Banque Orsenne, présidé par Paul Garnier, a nommé Léa Roux directrice générale."));
        assertEquals(List.of("cesare-rampi|banca-orsenigo|Chair", "valeria-santi|banca-orsenigo|Chief Executive Officer"),
                Extractions.posts("it", "Il consiglio di amministrazione di Banca Orsenigo, riunito sotto la presidenza di Cesare Rampi, "
                        + "ha nominato Valeria Santi amministratrice delegata."));
        assertEquals(List.of("anais-vernet|mutuelle-rhodanienne|Chief Operating Officer"),
                Extractions.posts("fr", "Anaïs Vernet lui succède à la direction des opérations de la Mutuelle Rhodanienne."));
    }

    @Test
    void aTitleMayNameAnotherPostAtAnOrganizationOfAKind() {
        assertEquals(List.of("marco-ferri|banca-orsenigo|General Manager"),
                Extractions.posts("it", "Banca Orsenigo ha nominato Marco Ferri nuovo direttore generale."));
        assertEquals(List.of("marco-ferri|tele-orsenigo|Director-General"),
                Extractions.posts("it", "Tele Orsenigo ha nominato Marco Ferri nuovo direttore generale."));
        assertEquals(List.of("sophie-ward|fenland-courier|Editor-in-Chief"),
                Extractions.posts("en", "Sophie Ward, editor of the Fenland Courier, said the paper would go on."));
        assertEquals(List.of("sophie-ward|fenland-media|Editor"),
                Extractions.posts("en", "Sophie Ward, editor of Fenland Media, said the firm would go on."));
        assertEquals(List.of("marta-ruiz|seguros-tormes|Chief Risk Officer"),
                Extractions.posts("es", "Seguros Tormes ha designado a Marta Ruiz como directora de riesgos."));
    }

    @Test
    void whereAHireComesFromIsNotWhereThePostIs() {
        assertEquals(List.of("anna-berg|corby-mutual|Chief Financial Officer"),
                Extractions.posts("en", "Anna Berg joins Corby Mutual from Quillan Bank as finance chief."));
        assertEquals(List.of("anna-berg|corby-mutual|Chief Financial Officer"),
                Extractions.posts("en", "Corby Mutual has hired Anna Berg from Quillan Bank as chief financial officer."));
        assertEquals(List.of("anna-berg|corby-bank|Chief Financial Officer"),
                Extractions.posts("sv", "Corby Bank hämtar Anna Berg från Quillan Bank som ny finanschef."));
        // a relative clause after the origin speaks of the origin
        assertEquals(List.of("ines-vale|orlande-therapeutics|Head of Oncology Research"),
                Extractions.posts("en", "Ines Vale joined Corby Labs in 2019 from Orlande Therapeutics, where she had been head of oncology research."));
    }

    @Test
    void theTopPostDependsOnWhatTheOrganizationIs() {
        assertEquals(List.of("tobias-wren|thameside-brewers-association|President"),
                Extractions.posts("en", "Tobias Wren also heads the Thameside Brewers Association."));
        assertEquals(List.of("ilse-marten|harlinger-tageblatt|Editor-in-Chief"),
                Extractions.posts("de", "Ilse Marten leitet seit 2018 die Zeitung Harlinger Tageblatt."));
    }

    @Test
    void aVerbOfLeadingWithoutAnOrganizationHoldsNoPost() {
        assertEquals(List.of(), Extractions.posts("de", "Uwe Brand leitet am Institut seit 2019 die Nachwuchsgruppe."));
        assertEquals(List.of(), Extractions.posts("en", "Tara Quinn has led Corvane's battery unit since 2021."));
        // "the heads of its divisions": a noun, not a verb
        assertEquals(List.of(), Extractions.posts("en", "The heads of Corvane Robotics met on Monday."));
    }

    @Test
    void whoStandsInForALeaverHoldsTheLeaversPostForTheTimeBeing() {
        assertEquals(List.of("ann-royle|pellston-retail|Chief Financial Officer", "ann-royle|pellston-retail|Interim Chief Executive Officer",
                        "colin-marsh|pellston-retail|Chief Executive Officer"),
                Extractions.posts("en", "The board of Pellston Retail dismissed its chief executive, Colin Marsh, on Thursday. "
                        + "Finance chief Ann Royle takes the helm on an interim basis."));
        assertEquals(List.of("jean-maury|fonderies-arlan|Chief Financial Officer", "jean-maury|fonderies-arlan|Interim Chief Executive Officer",
                        "paul-viret|fonderies-arlan|Chief Executive Officer"),
                Extractions.posts("fr", "Fonderies Arlan a révoqué mercredi son directeur général, Paul Viret. "
                        + "Le directeur financier, Jean Maury, assure l'intérim."));
    }

    @Test
    void aStandInWithoutTheWordInterimTakesNothing() {
        // Without a word for "for the time being", an untitled appointment after a departure is left alone.
        List<String> p = Extractions.posts("en", "Kellam Foods chief executive Rupert Vance resigned on Monday. Ann Royle joined the board.");
        assertFalse(p.stream().anyMatch(s -> s.startsWith("ann-royle|kellam-foods|") && s.contains("Chief Executive")), p.toString());
    }

    @Test
    void aSuccessorWithoutAWrittenSubjectIsTheOneJustNamed() {
        assertEquals(List.of("elena-prieto|seguros-tormes|Chief Financial Officer", "tomas-aguado|seguros-tormes|Chief Financial Officer"),
                Extractions.posts("es", "Seguros Tormes ha nombrado a Elena Prieto directora financiera. Sustituye a Tomás Aguado, que se jubila."));
        assertEquals(List.of("marco-ferri|banca-valsesia|Chief Financial Officer", "paola-rinaldi|banca-valsesia|Chief Financial Officer"),
                Extractions.posts("it", "Banca Valsesia ha nominato Paola Rinaldi direttrice finanziaria. Prende il posto di Marco Ferri, che va in pensione."));
    }

    @Test
    void aPredecessorHeldTheSuccessorsPost() {
        assertEquals(List.of("colm-ruane|harbour-gazette|Editor-in-Chief", "nora-vail|harbour-gazette|Editor-in-Chief"),
                Extractions.posts("en", "Nora Vail is the new editor-in-chief of the Harbour Gazette. "
                        + "She takes over from Colm Ruane, who steps down at the end of March."));
    }

    @Test
    void aReturnStartsAHolding() {
        Extraction x = Extractions.extract("en", "Ravi Menon, who co-founded Lumen Grid in 2015, is returning as chief executive.");
        assertEquals(List.of("ravi-menon|lumen-grid|Chief Executive Officer", "ravi-menon|lumen-grid|Co-founder"), Extractions.posts(x));
        assertEquals(List.of("2025-03-14"), x.holdings().stream().filter(h -> h.role().label().equals("Chief Executive Officer"))
                .map(h -> h.start() == null ? "" : h.start().iso()).toList());
    }

    @Test
    void anOfficeTakenByItsNounIsThePost() {
        assertEquals(List.of("marc-vidal|atlas-rail|Chief Financial Officer", "marc-vidal|ferroviaire-sud|Chair of the Supervisory Board"),
                Extractions.posts("fr", "Ancien directeur financier d'Atlas Rail, Marc Vidal prend la présidence du conseil de surveillance "
                        + "de Ferroviaire Sud."));
    }

    @Test
    void aTitleAtAnOrganizationNamedWithItsKindIsHeldThere() {
        // The successor's earlier post is not the one taken over.
        assertEquals(List.of("ruth-ames|brook-mutual|Chief Financial Officer", "ruth-ames|castell-bank|Chief Financial Officer",
                        "tom-hale|castell-bank|Chief Financial Officer"),
                Extractions.posts("en", "Castell Bank named Ruth Ames as chief financial officer. Ames, who has been finance director at "
                        + "insurer Brook Mutual since 2019, succeeds Tom Hale."));
    }

    @Test
    void aManagerOfAFootballClubIsItsCoach() {
        assertEquals(List.of("gary-lyle|hartfield-united|Head Coach"),
                Extractions.posts("en", "Hartfield United sacked manager Gary Lyle on Sunday after a run of six defeats."));
    }

    @Test
    void aGermanCompoundEndingInAKindWordIsAName() {
        assertEquals(List.of("claudia-renz|weserbank|Chief Executive Officer", "martin-haas|weserbank|Chief Executive Officer"),
                Extractions.posts("de", "Der Aufsichtsrat der Weserbank hat Claudia Renz mit Wirkung zum 1. Juli zur Vorstandsvorsitzenden bestellt. "
                        + "Sie folgt auf Martin Haas, der in den Ruhestand tritt."));
    }

    @Test
    void takingOverTheLeadershipOfAFieldIsHeadingIt() {
        assertEquals(List.of("sabine-ott|heller-sohne|Head of Sales"),
                Extractions.posts("de", "Beim Maschinenbauer Heller & Söhne übernimmt Sabine Ott die Leitung des Vertriebs."));
    }
}
