package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Made-up items about fictional companies where an organization word decides the organization: an anaphor
 * referring back to it ("the carmaker", "de autobouwer", "banken"), a kind noun before its name ("der Versicherer X",
 * "livsmedelskedjan X"), a governing body before it ("el consejo de administración de X") or a kind word inside the
 * name ("Motorenwerke", "Assicurazioni"). Each item lists every holding it must yield: a missing or an extra one fails.
 */
class OrganizationWordsTest {

    static Stream<Arguments> items() {
        return Stream.of(
                Arguments.of("de", "Brenntal Motorenwerke meldet einen Verlust. Der Autobauer hat Jana Roth zur Finanzvorständin ernannt.",
                        "jana-roth | brenntal-motorenwerke | Chief Financial Officer"),
                // a company named by a katakana kind word (エナジー, ロボティクス)
                Arguments.of("ja", "那須野エナジーの宇津木真帆社長は記者会見で「洋上風力を伸ばす」と述べた。",
                        "yu-jin-mu-zhen-fan | na-xu-yeenaji | President"),
                // share buttons of a scraped page name no organization the article is about
                Arguments.of("ja", "［Xでポスト］［Facebookでシェア］\n大黒精機は1日、取締役会を開いた。\n社長の宇津木真帆氏は「前進する」と述べた。",
                        "yu-jin-mu-zhen-fan | da-hei-jing-ji | President"),
                // a name that opens with a place is an organization's, never a person's
                Arguments.of("de", "Bremen Logistik hat Jana Roth zur Finanzvorständin ernannt.",
                        "jana-roth | bremen-logistik | Chief Financial Officer"),
                Arguments.of("sv", "Läkemedelsbolaget Västerås Immunologi utser Sara Lind till ny vd.",
                        "sara-lind | vasteras-immunologi | Chief Executive Officer"),
                // a name written only in the dative or genitive is given in the nominative
                Arguments.of("de", "Vorstandschef der Oberpfälzischen Kreditbank bleibt Uwe Brand.",
                        "uwe-brand | oberpfalzische-kreditbank | Chief Executive Officer"),
                Arguments.of("de", "Der Versicherer Almhöfer hat Karl Weiß zum Vorstandschef berufen.",
                        "karl-weiss | almhofer | Chief Executive Officer"),
                Arguments.of("de", "Die Elbtaler Landesbank hat Zahlen vorgelegt. Vorstandschef der Landesbank bleibt Uwe Brand.",
                        "uwe-brand | elbtaler-landesbank | Chief Executive Officer"),
                Arguments.of("de", "Die Lechauer Versicherung wächst. Finanzvorstand des Versicherers ist seit Januar Tim Kessler.",
                        "tim-kessler | lechauer-versicherung | Chief Financial Officer"),
                Arguments.of("de", "Der Aufsichtsrat der Halvor Chemie hat Eva Lindner zur Vorstandschefin bestellt.",
                        "eva-lindner | halvor-chemie | Chief Executive Officer"),
                Arguments.of("de", "Der Versorger Rauental Energie hat einen neuen Chef: Max Hübner übernimmt im April.",
                        "max-hubner | rauental-energie | Chief Executive Officer"),
                Arguments.of("de", "Die Fluggesellschaft Alpenflug hat Leon Sauer zum Vorstandschef ernannt.",
                        "leon-sauer | alpenflug | Chief Executive Officer"),
                Arguments.of("de", "Der Chemiekonzern Varnholt hat Jonas Peters zum Finanzvorstand ernannt.",
                        "jonas-peters | varnholt | Chief Financial Officer"),
                Arguments.of("de", "Die Sparkasse Ostheide meldet Gewinne. Der Vorstandschef der Sparkasse, Ralf Jung, geht in den Ruhestand.",
                        "ralf-jung | sparkasse-ostheide | Chief Executive Officer"),
                Arguments.of("en", "Corvane Motors reported higher sales. The carmaker named Lena Marsh as chief financial officer.",
                        "lena-marsh | corvane-motors | Chief Financial Officer"),
                Arguments.of("en", "Brightwell Holdings posted a loss. Peter Hale, chief executive of the insurer, resigned on Monday.",
                        "peter-hale | brightwell-holdings | Chief Executive Officer"),
                Arguments.of("en", "The lender Ostrava Harlow appointed Maya Finch as chief executive.",
                        "maya-finch | ostrava-harlow | Chief Executive Officer"),
                Arguments.of("en", "Tessaly Pharmaceuticals grew fast last year. The drugmaker's chief executive, Ian Cole, will step down.",
                        "ian-cole | tessaly-pharmaceuticals | Chief Executive Officer"),
                Arguments.of("en", "Delmont Airways said on Tuesday that Omar Reyes would become its chief financial officer.",
                        "omar-reyes | delmont-airways | Chief Financial Officer"),
                Arguments.of("en", "Quillon Technologies opened a new plant in Ohio. The chipmaker appointed Ruth Abara as chief technology officer.",
                        "ruth-abara | quillon-technologies | Chief Technology Officer"),
                Arguments.of("en", "The board of Fenwick Stores named Carl Odum chief executive.",
                        "carl-odum | fenwick-stores | Chief Executive Officer"),
                Arguments.of("en", "Marlow Building Society said Nadia Price, its chief financial officer, would retire.",
                        "nadia-price | marlow-building-society | Chief Financial Officer"),
                Arguments.of("en", "Alder Mutual reported a profit. The chief executive of the lender, Rosa Pike, will retire.",
                        "rosa-pike | alder-mutual | Chief Executive Officer"),
                Arguments.of("es", "Aerolíneas Costeras amplía su flota. La aerolínea nombró a Pablo Ortega consejero delegado.",
                        "pablo-ortega | aerolineas-costeras | Chief Executive Officer"),
                // a kind phrase written with capitals opens the name; with an acronym defined after it too
                Arguments.of("es", "La Compañía Eléctrica del Tormes ha nombrado a Irene Salas consejera delegada.",
                        "irene-salas | compania-electrica-del-tormes | Chief Executive Officer"),
                Arguments.of("es", "El consejo del Grupo Energético del Jalón (GEJ) ha destituido a su consejero delegado, Luis Mora. El GEJ no dio más detalles.",
                        "luis-mora | grupo-energetico-del-jalon | Chief Executive Officer"),
                // one adjective between the kind noun and the name
                Arguments.of("fr", "Odile Varenne, directrice générale du laboratoire grenoblois Thermavie, prend trois mois de congé.",
                        "odile-varenne | thermavie | Chief Executive Officer"),
                Arguments.of("es", "Laura Prieto, consejera delegada de la aseguradora gallega Brexa, dejará el cargo en junio.",
                        "laura-prieto | brexa | Chief Executive Officer"),
                Arguments.of("es", "La aseguradora Mutua Levantina nombró a Laura Prieto directora financiera.",
                        "laura-prieto | mutua-levantina | Chief Financial Officer"),
                Arguments.of("es", "El consejo de administración de Almacenes Rivera nombró a Diego Soto consejero delegado.",
                        "diego-soto | almacenes-rivera | Chief Executive Officer"),
                Arguments.of("es", "Seguros Albarán crece. El consejero delegado de la aseguradora, Jorge Vidal, dimitió ayer.",
                        "jorge-vidal | seguros-albaran | Chief Executive Officer"),
                Arguments.of("es", "La generadora Valdenorte nombró a Marta Ruiz consejera delegada.",
                        "marta-ruiz | valdenorte | Chief Executive Officer"),
                Arguments.of("es", "La casa farmacéutica Lorvia nombró a Sergio Blanco director financiero.",
                        "sergio-blanco | lorvia | Chief Financial Officer"),
                Arguments.of("es", "Laboratorios Ardanza invierte en Asturias. El director financiero del laboratorio, Iván Mora, se jubila.",
                        "ivan-mora | laboratorios-ardanza | Chief Financial Officer"),
                Arguments.of("es", "La cadena Telemar nombró a Clara Gil directora general.",
                        "clara-gil | telemar | Chief Executive Officer"),
                Arguments.of("fr", "Méraudet Automobiles a publié ses résultats. Le constructeur a nommé Julie Marceau directrice financière.",
                        "julie-marceau | meraudet-automobiles | Chief Financial Officer"),
                Arguments.of("fr", "Le transporteur Valdeyre a nommé Paul Ferrand directeur général.",
                        "paul-ferrand | valdeyre | Chief Executive Officer"),
                Arguments.of("fr", "La Mutuelle Armorine recrute. Le directeur général de l'assureur, Hugo Lemaire, quitte ses fonctions.",
                        "hugo-lemaire | mutuelle-armorine | Chief Executive Officer"),
                Arguments.of("fr", "Le conseil d'administration de Sarnac Industries a nommé Claire Botte présidente.",
                        "claire-botte | sarnac-industries | Chair"),
                Arguments.of("fr", "Les Laboratoires Vercelin investissent. La directrice financière du laboratoire, Anne Roux, a démissionné.",
                        "anne-roux | laboratoires-vercelin | Chief Financial Officer"),
                Arguments.of("fr", "L'énergéticien Bréval a nommé Marc Dufour directeur général.",
                        "marc-dufour | breval | Chief Executive Officer"),
                Arguments.of("fr", "La Compagnie Aérienne Ombrelle a nommé Luc Garnier président.",
                        "luc-garnier | compagnie-aerienne-ombrelle | Chair"),
                Arguments.of("fr", "Le quotidien La Voix de Sarre a nommé Inès Martel rédactrice en chef.",
                        "ines-martel | la-voix-de-sarre | Editor-in-Chief"),
                Arguments.of("it", "Ceramiche Valdora cresce. Il gruppo ha nominato Luca Ferri direttore finanziario.",
                        "luca-ferri | ceramiche-valdora | Chief Financial Officer"),
                Arguments.of("it", "Assicurazioni Brenta ha chiuso il bilancio. L'amministratore delegato della compagnia, Paolo Neri, si è dimesso.",
                        "paolo-neri | assicurazioni-brenta | Chief Executive Officer"),
                Arguments.of("it", "Il consiglio di amministrazione di Lanificio Ortelli ha nominato Giulia Conti presidente.",
                        "giulia-conti | lanificio-ortelli | Chair"),
                Arguments.of("it", "L'emittente Televalle ha nominato Marco Riva direttore generale.",
                        "marco-riva | televalle | Director-General"),
                Arguments.of("it", "La casa farmaceutica Zendra ha nominato Sara Galli amministratrice delegata.",
                        "sara-galli | zendra | Chief Executive Officer"),
                Arguments.of("it", "Il gruppo Vessari ha nominato Andrea Bassi direttore finanziario.",
                        "andrea-bassi | vessari | Chief Financial Officer"),
                Arguments.of("it", "La Banca Popolare Orsina ha nominato Elena Fabbri presidente.",
                        "elena-fabbri | banca-popolare-orsina | Chair"),
                Arguments.of("it", "La compagnia aerea Alivento ha nominato Roberto Sala amministratore delegato.",
                        "roberto-sala | alivento | Chief Executive Officer"),
                Arguments.of("nl", "Dravenstein Autowerken groeit. De autobouwer benoemt Sanne Kok tot financieel directeur.",
                        "sanne-kok | dravenstein-autowerken | Chief Financial Officer"),
                Arguments.of("nl", "De verzekeraar Zeevaert benoemt Bram Visser tot topman.",
                        "bram-visser | zeevaert | Chief Executive Officer"),
                Arguments.of("nl", "Het bestuur van Holtmeer Verzekeringen heeft Lotte Bakker benoemd tot bestuursvoorzitter.",
                        "lotte-bakker | holtmeer-verzekeringen | Chief Executive Officer"),
                Arguments.of("nl", "Veldhoven Verzekeringen maakt winst. De financieel directeur van het verzekeringsbedrijf, Koen Mulder, vertrekt.",
                        "koen-mulder | veldhoven-verzekeringen | Chief Financial Officer"),
                Arguments.of("nl", "De omroep Radio Westerlicht heeft Femke Bos benoemd tot directeur.",
                        "femke-bos | radio-westerlicht | Director"),
                Arguments.of("nl", "Het energiebedrijf Noordstroom benoemt Tim de Wit tot financieel directeur.",
                        "tim-de-wit | noordstroom | Chief Financial Officer"),
                Arguments.of("nl", "Rederij Harlinga breidt uit. De topman van de rederij, Joris Hoek, vertrekt.",
                        "joris-hoek | rederij-harlinga | Chief Executive Officer"),
                Arguments.of("nl", "De supermarktketen Bolder benoemt Anouk Jansen tot topvrouw.",
                        "anouk-jansen | bolder | Chief Executive Officer"),
                Arguments.of("sv", "Norrviks Sparbank växer. Banken utser Lisa Ek till ny vd.",
                        "lisa-ek | norrviks-sparbank | Chief Executive Officer"),
                Arguments.of("sv", "Livsmedelskedjan Kvarnby utser Erik Lund till ny finanschef.",
                        "erik-lund | kvarnby | Chief Financial Officer"),
                Arguments.of("sv", "Styrelsen för Tallmo Energi utser Anna Berg till ny vd.",
                        "anna-berg | tallmo-energi | Chief Executive Officer"),
                Arguments.of("sv", "Rederiet Sjövind utser Johan Falk till ny vd.",
                        "johan-falk | sjovind | Chief Executive Officer"),
                Arguments.of("sv", "Hälleby Försäkring går med vinst. Försäkringsbolagets vd Maria Strand lämnar i juni.",
                        "maria-strand | halleby-forsakring | Chief Executive Officer"),
                Arguments.of("sv", "Flygbolaget Nordvinge utser Per Holm till ny finanschef.",
                        "per-holm | nordvinge | Chief Financial Officer"),
                Arguments.of("sv", "Granby Bryggeri växer. Bryggeriets vd Karin Sjö slutar.",
                        "karin-sjo | granby-bryggeri | Chief Executive Officer"),
                Arguments.of("sv", "Läkemedelsbolaget Orvia utser Sara Lind till ny vd.",
                        "sara-lind | orvia | Chief Executive Officer"),
                // a trade noun written right before the name ("chip maker X") is no part of it
                Arguments.of("zh-Hans", "芯片厂华芯科技昨日宣布任命林志明为首席执行官。",
                        "lin-zhi-ming | hua-xin-ke-ji | Chief Executive Officer"),
                // an acronym after the Latin gloss, in the same parenthesis, names the organization later
                Arguments.of("zh-Hant", "本港電視台松澗電視（Pine Creek Television，PCT）今日宣布委任周子晴為行政總裁。PCT董事局主席吳家明表示歡迎。",
                        "zhou-zi-qing | pine-creek-television | Chief Executive Officer;wu-jia-ming | pine-creek-television | Chair")
        );
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("items")
    void theOrganizationWordDecidesTheOrganization(String lang, String text, String expected) throws Exception {
        Extraction x = Extractions.extract(lang, text);
        TreeSet<String> holdings = new TreeSet<>();
        x.holdings().forEach(h -> holdings.add(h.personKey() + " | " + h.orgKey() + " | " + h.role().label()));
        TreeSet<String> want = new TreeSet<>(Arrays.asList(expected.split(";")));
        assertEquals(want, holdings);
    }
}
