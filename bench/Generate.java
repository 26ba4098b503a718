// Writes N synthetic news articles for the benchmark, in the ten languages newskg reads.
//
//   java bench/Generate.java --count 1000 --seed 42 --out bench/work/corpus-1000
//
// For speed measurements only, never for quality: the articles are assembled from templates (an
// appointment, a holding "since YEAR", a joining, a founding, a departure) and filler sentences,
// with fictional people and organizations. People recur across articles, each mostly at one
// organization in one role, so the merged view has real work to do. Article i depends only on the
// seed and i, so a 1k corpus is the first 1k files of a 10k corpus. Lengths run from 1 to 8 KB
// (log-uniform), and files are sharded into folders of 1,000.
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

public class Generate {

    /** One language's templates and name parts. Slots: {P1} {P2} {P3} people, {O1} {O2} organizations, {R1} {R2} {R3} roles, {D} a date, {Y1} {Y2} {Y3} years, {N} {N00} numbers, {CITY}. */
    record Lang(String code, boolean cjk, String[] given, String[] family, String[] orgStems, String[] orgForms,
                String[] roles, String[] cities, String[] titles, String[] facts, String[] fillers, String[] months,
                String dateFormat) {
    }

    static String[] s(String pipeSeparated) {
        return pipeSeparated.split("\\|");
    }

    static final List<Lang> LANGS = List.of(
            new Lang("en", false,
                    s("James|Olivia|Daniel|Priya|Marcus|Hannah|Samuel|Chloe|Nathan|Grace|Owen|Laura|Victor|Megan|Rafael|Tessa|Gordon|Alice|Declan|Naomi|Howard|Irene|Felix|Joanna|Curtis"),
                    s("Ashworth|Bramley|Calloway|Dempsey|Ellison|Fairbanks|Garrity|Hollister|Ingram|Jessup|Kettering|Lockhart|Merriman|Northcott|Okonkwo|Prescott|Quimby|Radcliffe|Sutherland|Thackeray|Underhill|Whitlock|Yardley|Abernathy|Blackwood|Cranston|Driscoll|Fenwick"),
                    s("Ashcombe|Brinmoor|Caldermoor|Dunmere|Elmstead|Fairholt|Glenwick|Harrowby|Ivybridge|Kestrel|Larkspur|Marlowe|Northwind|Oakhaven|Pennant|Redfern|Stonebridge|Thornbury|Westbrook|Yarrow"),
                    s("{S} Robotics|{S} Bank|{S} Energy|{S} Holdings|{S} Pharmaceuticals|{S} Media|{S} Logistics|{S} Foods"),
                    s("chief executive|chief financial officer|chair|chief technology officer|chief operating officer|president"),
                    s("Leeds|Bristol|Pittsburgh|Denver|Toronto|Glasgow|Austin|Cleveland"),
                    s("{O1} names {P1} as {R1}|{P1} to lead {O1} as {R1}|{O1} picks {P1} for {R1} role"),
                    s("{O1} on {D} named {P1} as {R1}, effective immediately.|{P1} has been {R1} of {O1} since {Y1}.|{P2}, who has been {R2} of {O1} since {Y2}, welcomed the decision.|{P1} joined {O1} in {Y1}.|{P3} founded {O2} in {Y3}.|{P2} will step down as {R2} of {O1} on {D}.|{P3}, the {R3} of {O2}, said the industry faced a difficult year."),
                    s("Shares of the company rose {N} percent in early trading.|The company employs about {N00} people, most of them in {CITY}.|Analysts had expected a change at the top for several months.|Revenue grew to {N} million dollars last year, while margins remained under pressure.|The board said the search for candidates had been thorough.|A spokesperson declined to comment on the terms of the contract.|The firm was hit hard by the slowdown in orders from Asia.|The new strategy focuses on software, services and smaller acquisitions.|Employees in {CITY} welcomed the news with relief.|The decision was unanimous, according to people familiar with the matter.|Competitors have been investing heavily in automation.|The company plans to open a second plant in {CITY} next year.|Investors reacted calmly to the announcement.|The firm reported a net profit of {N} million dollars in the third quarter.|Union representatives said they hoped for stability after a turbulent year."),
                    s("January|February|March|April|May|June|July|August|September|October|November|December"),
                    "{M} {d}, {y}"),
            new Lang("de", false,
                    s("Sabine|Thomas|Katrin|Jürgen|Anja|Matthias|Claudia|Stefan|Birgit|Andreas|Heike|Markus|Petra|Ralf|Ute|Dirk|Silke|Holger|Nadine|Uwe|Kerstin|Frank|Ines|Jens"),
                    s("Achterberg|Brockmann|Dahlmeier|Eggersmann|Feldhaus|Gerstner|Hallstein|Immermann|Jaspers|Kellermann|Lindemeyer|Mertesacker|Niederhoff|Osterkamp|Pfannkuch|Quast|Rothenbach|Schwertfeger|Tiedemann|Uhlenbrock|Vogelsang|Wendland|Zerbst|Bachhuber|Kranzbühler"),
                    s("Altenberg|Birkenfeld|Dornbach|Eichwald|Falkenrode|Grünhagen|Hohenstein|Kesselring|Lindholm|Mühlberg|Nordheim|Rabenau|Sonnfeld|Tannhof|Weidenau|Ulmental"),
                    s("{S} Antriebstechnik GmbH|{S} Maschinenbau AG|{S} Energie AG|{S} Bank|{S} Logistik GmbH|{S} Pharma AG|{S} Medien GmbH"),
                    s("Vorstandschef|Finanzvorstand|Aufsichtsratsvorsitzender|Technikchef|Präsident|Chefredakteur"),
                    s("Bielefeld|Kassel|Rostock|Freiburg|Augsburg|Magdeburg|Saarbrücken|Würzburg"),
                    s("{O1} beruft {P1} zum {R1}|Neuer {R1} bei {O1}: {P1}|{P1} wird {R1} von {O1}"),
                    s("Der Aufsichtsrat von {O1} hat {P1} am {D} zum neuen {R1} ernannt.|{P1} ist seit {Y1} {R1} von {O1}.|{R2} {P2} begrüßte die Entscheidung.|{P1} kam {Y1} zu {O1}.|{P3} gründete {Y3} die Firma {O2}.|{P2} verlässt {O1} zum {D}.|{P3}, {R3} von {O2}, rechnet mit einem schwierigen Jahr für die Branche."),
                    s("Die Aktie des Unternehmens legte im frühen Handel um {N} Prozent zu.|Das Unternehmen beschäftigt rund {N00} Mitarbeiter, die meisten davon in {CITY}.|Analysten hatten seit Monaten mit einem Wechsel an der Spitze gerechnet.|Der Umsatz stieg im vergangenen Jahr auf {N} Millionen Euro.|Ein Sprecher wollte sich zu den Details des Vertrags nicht äußern.|Die neue Strategie setzt auf Software, Service und kleinere Zukäufe.|Bei den Beschäftigten in {CITY} wurde die Nachricht mit Erleichterung aufgenommen.|Die Entscheidung fiel nach Angaben aus Unternehmenskreisen einstimmig.|Wettbewerber investieren seit Jahren stark in die Automatisierung.|Im kommenden Jahr soll ein zweites Werk in {CITY} entstehen.|Die Anleger reagierten gelassen auf die Ankündigung.|Im dritten Quartal erzielte das Unternehmen einen Gewinn von {N} Millionen Euro.|Die Gewerkschaft hofft nach einem unruhigen Jahr auf Stabilität."),
                    s("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
                    "{d}. {M} {y}"),
            new Lang("fr", false,
                    s("Hélène|Yannick|Sophie|Bertrand|Camille|Laurent|Isabelle|Thierry|Nathalie|Olivier|Céline|Philippe|Émilie|Gilles|Valérie|Mathieu|Aurélie|Pascal|Sandrine|Julien|Delphine|Arnaud"),
                    s("Audouin|Bellamy|Chastanier|Dufresnoy|Esquirol|Fontanel|Giraudet|Haudebourg|Jaouen|Lacombe|Marchetti|Neyrolles|Orsini|Pelletan|Quéméner|Roussillon|Sarrazin|Tardieu|Vasseur|Vidalenc|Bousquet|Cazenave"),
                    s("Aubrac|Bellerive|Chantemerle|Dauphinet|Escoublac|Florac|Gervanne|Hautmont|Lavaudieu|Montbrison|Noirval|Pradelles|Roquevaire|Vauclair|Sarlande"),
                    s("Groupe {S}|{S} Industries|Banque {S}|{S} Énergie|{S} Médias|Laboratoires {S}"),
                    s("directeur général|directeur financier|président du conseil d'administration|directeur technique|président|rédacteur en chef"),
                    s("Nantes|Lyon|Rennes|Toulouse|Grenoble|Lille|Dijon|Bordeaux"),
                    s("{O1} nomme {P1} {R1}|{P1} prend la tête de {O1}|{P1}, nouveau {R1} de {O1}"),
                    s("{O1} a nommé {P1} {R1} le {D}.|{P1} est {R1} de {O1} depuis {Y1}.|{P2}, {R2} de {O1} depuis {Y2}, a salué cette décision.|{P1} a rejoint {O1} en {Y1}.|{P3} a fondé {O2} en {Y3}.|{P2} quittera ses fonctions de {R2} de {O1} le {D}.|{P3}, {R3} de {O2}, s'attend à une année difficile pour le secteur."),
                    s("L'action du groupe a progressé de {N} % en début de séance.|L'entreprise emploie environ {N00} personnes, principalement à {CITY}.|Les analystes s'attendaient depuis plusieurs mois à un changement à la tête de l'entreprise.|Le chiffre d'affaires a atteint {N} millions d'euros l'an dernier.|Un porte-parole n'a pas souhaité commenter les détails du contrat.|La nouvelle stratégie mise sur les logiciels, les services et de petites acquisitions.|À {CITY}, les salariés ont accueilli la nouvelle avec soulagement.|La décision a été prise à l'unanimité, selon des sources proches du dossier.|Les concurrents investissent massivement dans l'automatisation.|Un deuxième site doit ouvrir à {CITY} l'an prochain.|Les investisseurs ont réagi calmement à l'annonce.|Les syndicats espèrent un retour à la stabilité après une année agitée."),
                    s("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
                    "{d} {M} {y}"),
            new Lang("es", false,
                    s("Ernesto|Rosa|Javier|Lucía|Alberto|Marta|Ignacio|Carmen|Rodrigo|Elena|Fernando|Pilar|Andrés|Beatriz|Gonzalo|Inés|Raúl|Nuria|Sergio|Alicia|Tomás|Teresa"),
                    s("Albarrán|Bermejo|Castañeda|Domínguez|Echevarría|Figueroa|Galván|Hidalgo|Ibarra|Jaramillo|Lozano|Mondragón|Navarrete|Olmedo|Peñalver|Quintana|Rivadeneira|Salcedo|Trujillo|Urquijo|Valdivia|Zamora"),
                    s("Albarracín|Benamor|Castrillo|Duratón|Espinar|Fuentelsaz|Guadalmina|Hontanar|Lumbreras|Montejaque|Navaleno|Orbaneja|Peñarrubia|Valdeoro"),
                    s("Grupo {S}|{S} Energía|Banco {S}|{S} Logística|Constructora {S}|Laboratorios {S}"),
                    s("consejero delegado|director financiero|presidente del consejo de administración|director de tecnología|presidente|director ejecutivo"),
                    s("Valencia|Zaragoza|Bilbao|Sevilla|Málaga|Valladolid|Oviedo|Murcia"),
                    s("{O1} nombra a {P1} {R1}|{P1}, nuevo {R1} de {O1}|{P1} asumirá el cargo de {R1} en {O1}"),
                    s("{O1} ha nombrado a {P1} {R1} el {D}.|{P1} es {R1} de {O1} desde {Y1}.|{P2}, {R2} de {O1} desde {Y2}, celebró la decisión.|{P1} se incorporó a {O1} en {Y1}.|{P3} fundó {O2} en {Y3}.|{P2} dejará el cargo de {R2} de {O1} el {D}.|{P3}, {R3} de {O2}, prevé un año difícil para el sector."),
                    s("Las acciones de la compañía subieron un {N} % en los primeros compases de la sesión.|La empresa emplea a unas {N00} personas, la mayoría en {CITY}.|Los analistas esperaban desde hacía meses un cambio en la cúpula.|La facturación alcanzó los {N} millones de euros el año pasado.|Un portavoz declinó comentar los detalles del contrato.|La nueva estrategia apuesta por el software, los servicios y pequeñas adquisiciones.|En {CITY}, los empleados recibieron la noticia con alivio.|La decisión fue unánime, según fuentes cercanas al consejo.|Los competidores invierten con fuerza en automatización.|La compañía prevé abrir una segunda planta en {CITY} el próximo año.|Los inversores reaccionaron con calma al anuncio.|Los sindicatos esperan estabilidad tras un año convulso."),
                    s("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
                    "{d} de {M} de {y}"),
            new Lang("it", false,
                    s("Giulia|Carlo|Francesca|Marco|Chiara|Alessandro|Valentina|Luca|Silvia|Paolo|Elisa|Davide|Federica|Stefano|Martina|Giorgio|Sara|Matteo|Laura|Enrico|Roberta|Fabio"),
                    s("Bertolasi|Caccialanza|Dalmasso|Ferraresi|Gambarotta|Lanfranchi|Mascheroni|Nervegna|Olivieri|Pasquinelli|Quaglieri|Rondanini|Sabatini|Tagliabue|Vezzoli|Zanardelli|Bonfanti|Castellazzi|Morandini|Rigamonti"),
                    s("Albareto|Borgonovo|Castelvetro|Dovadola|Fornovo|Gavirate|Lerici|Montefalco|Novellara|Pontremoli|Roccastrada|Valsesia"),
                    s("{S} Tessuti|Gruppo {S}|Banca {S}|{S} Meccanica|{S} Energia|{S} Farmaceutici"),
                    s("amministratore delegato|direttore finanziario|presidente del consiglio di amministrazione|direttore tecnico|presidente|direttore operativo"),
                    s("Biella|Bergamo|Modena|Parma|Brescia|Verona|Ancona|Lecce"),
                    s("{O1}, {P1} nuovo {R1}|{O1} nomina {P1} {R1}|{P1} alla guida di {O1}"),
                    s("{O1} ha nominato {P1} {R1} il {D}.|{P1} è {R1} di {O1} dal {Y1}.|{P2}, {R2} di {O1} dal {Y2}, ha accolto con favore la decisione.|{P1} è entrato in {O1} nel {Y1}.|{P3} ha fondato {O2} nel {Y3}.|{P2} lascerà l'incarico di {R2} di {O1} il {D}.|{P3}, {R3} di {O2}, prevede un anno difficile per il settore."),
                    s("Il titolo della società è salito del {N} per cento nelle prime contrattazioni.|L'azienda dà lavoro a circa {N00} persone, la maggior parte a {CITY}.|Gli analisti si aspettavano da mesi un cambio al vertice.|Il fatturato ha raggiunto {N} milioni di euro lo scorso anno.|Un portavoce non ha voluto commentare i dettagli del contratto.|La nuova strategia punta su software, servizi e piccole acquisizioni.|A {CITY} i dipendenti hanno accolto la notizia con sollievo.|La decisione è stata presa all'unanimità, secondo fonti vicine al consiglio.|I concorrenti investono da anni nell'automazione.|Il gruppo prevede di aprire un secondo stabilimento a {CITY} il prossimo anno.|Gli investitori hanno reagito con calma all'annuncio.|I sindacati sperano in un periodo di stabilità dopo un anno difficile."),
                    s("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
                    "{d} {M} {y}"),
            new Lang("nl", false,
                    s("Ellen|Wouter|Sanne|Joost|Marieke|Bas|Femke|Pieter|Lotte|Ruud|Ingrid|Maarten|Anouk|Gert|Esther|Sjoerd|Karin|Niels|Judith|Roel|Mirjam|Thijs"),
                    s("Verbeek|Kuipers|Jansma|Brouwer|Dijkstra|Hofstede|Kramer|Lammers|Mulder|Nieuwland|Oosterhuis|Postma|Rietveld|Schuurman|Terpstra|Veenstra|Wijnands|Zuidema|Bakelaar|Kloosterman"),
                    s("Brakenhoek|Dijkveld|Eemwoude|Groenlo|Hoogeveld|Kromhout|Lindeboom|Molenwaard|Oosterhaven|Steenwijk|Vlietland|Westerduin"),
                    s("{S} Havenlogistiek|{S} Bouw|{S} Bank|{S} Energie|{S} Groep|{S} Zuivel"),
                    s("bestuursvoorzitter|financieel directeur|voorzitter|technisch directeur|operationeel directeur|hoofdredacteur"),
                    s("Rotterdam|Utrecht|Groningen|Eindhoven|Zwolle|Arnhem|Leeuwarden|Tilburg"),
                    s("{O1} benoemt {P1} tot {R1}|{P1} nieuwe {R1} van {O1}|{P1} wordt {R1} bij {O1}"),
                    s("{O1} heeft {P1} op {D} benoemd tot {R1}.|{P1} is sinds {Y1} {R1} van {O1}.|{P2}, sinds {Y2} {R2} van {O1}, is blij met het besluit.|{P1} kwam in {Y1} in dienst bij {O1}.|{P3} richtte {O2} op in {Y3}.|{P2} stopt op {D} als {R2} van {O1}.|{P3}, {R3} van {O2}, verwacht een moeilijk jaar voor de sector."),
                    s("Het aandeel van het bedrijf steeg in de eerste handel {N} procent.|Het bedrijf heeft ongeveer {N00} werknemers, de meesten in {CITY}.|Analisten verwachtten al maanden een wisseling aan de top.|De omzet steeg vorig jaar tot {N} miljoen euro.|Een woordvoerder wilde niet ingaan op de details van het contract.|De nieuwe strategie richt zich op software, diensten en kleinere overnames.|In {CITY} werd het nieuws met opluchting ontvangen.|Het besluit werd volgens ingewijden unaniem genomen.|Concurrenten investeren fors in automatisering.|Volgend jaar opent het bedrijf een tweede fabriek in {CITY}.|Beleggers reageerden kalm op de aankondiging.|De vakbonden hopen na een onrustig jaar op stabiliteit."),
                    s("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
                    "{d} {M} {y}"),
            new Lang("sv", false,
                    s("Erik|Maria|Anders|Karin|Johan|Ingrid|Magnus|Sofia|Henrik|Eva|Fredrik|Annika|Mattias|Helena|Per|Linnea|Oskar|Camilla|Gustav|Elin|Nils|Malin"),
                    s("Sandström|Holm|Lindgren|Bergkvist|Åkesson|Dahlberg|Ekholm|Forsberg|Granlund|Hedlund|Isaksson|Jernberg|Kjellberg|Lundqvist|Nordin|Öberg|Palmgren|Rydberg|Sjöholm|Wallin"),
                    s("Björkvik|Dalsjö|Ekudden|Fjällsta|Granhult|Hagaby|Kvarnbo|Lindås|Norrvik|Sjövalla|Tallmo|Älvsby"),
                    s("{S} Energi|{S} Bank|{S} Logistik|{S} Fastigheter|{S} Medical|{S} Trä"),
                    s("vd|finanschef|styrelseordförande|teknikchef|operativ chef|chefredaktör"),
                    s("Umeå|Luleå|Västerås|Örebro|Linköping|Jönköping|Sundsvall|Gävle"),
                    s("{P1} blir ny {R1} för {O1}|{O1} utser {P1} till {R1}|{P1} tar över som {R1} på {O1}"),
                    s("{O1} har utsett {P1} till ny {R1} från och med den {D}.|{P1} har varit {R1} för {O1} sedan {Y1}.|{P2}, som är {R2} på {O1} sedan {Y2}, välkomnar beslutet.|{P1} kom till {O1} {Y1}.|{P3} grundade {O2} {Y3}.|{P2} lämnar posten som {R2} på {O1} den {D}.|{P3}, {R3} på {O2}, räknar med ett tufft år för branschen."),
                    s("Bolagets aktie steg med {N} procent i den tidiga handeln.|Företaget har omkring {N00} anställda, de flesta i {CITY}.|Analytiker hade i flera månader väntat sig ett byte i toppen.|Omsättningen ökade förra året till {N} miljoner kronor.|En talesperson ville inte kommentera detaljerna i avtalet.|Den nya strategin satsar på mjukvara, tjänster och mindre förvärv.|I {CITY} togs beskedet emot med lättnad.|Beslutet var enhälligt, enligt källor nära styrelsen.|Konkurrenterna investerar kraftigt i automation.|Bolaget planerar att öppna en andra fabrik i {CITY} nästa år.|Investerarna tog beskedet med ro.|Facket hoppas på stabilitet efter ett turbulent år."),
                    s("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"),
                    "{d} {M} {y}"),
            new Lang("zh-Hans", true,
                    s("明远=Mingyuan|佩琪=Peiqi|志强=Zhiqiang|晓燕=Xiaoyan|建华=Jianhua|丽娟=Lijuan|海涛=Haitao|文静=Wenjing|国栋=Guodong|雪梅=Xuemei|立新=Lixin|春燕=Chunyan|振宇=Zhenyu|慧敏=Huimin|俊杰=Junjie|秀英=Xiuying"),
                    s("王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|黄=Huang|赵=Zhao|周=Zhou|吴=Wu|徐=Xu|孙=Sun|马=Ma|朱=Zhu|胡=Hu|郭=Guo|何=He|林=Lin|罗=Luo|高=Gao"),
                    s("澜锐|星河|华拓|远航|晨光|恒信|嘉禾|云帆|蓝海|瑞丰|天启|博远"),
                    s("{S}科技|{S}银行|{S}集团|{S}电子|{S}能源|{S}医药|{S}汽车"),
                    s("首席执行官|首席财务官|董事长|首席技术官|总裁|首席运营官"),
                    s("深圳|杭州|成都|武汉|南京|苏州|西安|合肥"),
                    s("{O1}任命{P1}为{R1}|{P1}出任{O1}{R1}|{O1}{R1}换帅：{P1}接棒"),
                    s("{O1}于{D}宣布，任命{P1}为{R1}。|{P1}自{Y1}年起担任{O1}{R1}。|{O1}{R2}{P2}表示，对这一决定表示欢迎。|{P1}于{Y1}年加入{O1}。|{P3}于{Y3}年创立{O2}。|{O1}{R2}{P2}将于{D}卸任。|{O2}{R3}{P3}认为，行业今年将面临困难。"),
                    s("公司股价早盘上涨{N}%。|该公司约有{N00}名员工，大部分在{CITY}。|分析人士表示，此次高层变动早在市场预期之中。|去年公司营收达到{N}亿元。|公司发言人拒绝透露合同细节。|新战略将重点放在软件、服务和小规模收购上。|{CITY}的员工对这一消息感到松了一口气。|据知情人士透露，董事会一致通过了这一决定。|竞争对手近年来在自动化方面投入巨大。|公司计划明年在{CITY}开设第二家工厂。|投资者对这一消息反应平静。|工会希望在动荡的一年之后迎来稳定。"),
                    s("1|2|3|4|5|6|7|8|9|10|11|12"),
                    "{y}年{M}月{d}日"),
            new Lang("zh-Hant", true,
                    s("耀宗=Yaozong|佳蓉=Jiarong|志偉=Zhiwei|淑芬=Shufen|建宏=Jianhong|美玲=Meiling|俊傑=Junjie|雅婷=Yating|冠宇=Guanyu|怡君=Yijun|家豪=Jiahao|欣怡=Xinyi|承恩=Cheng'en|詩涵=Shihan"),
                    s("陳=Chen|林=Lin|黃=Huang|張=Zhang|李=Li|王=Wang|吳=Wu|劉=Liu|蔡=Cai|楊=Yang|許=Xu|鄭=Zheng|謝=Xie|洪=Hong|郭=Guo|邱=Qiu|曾=Zeng|廖=Liao"),
                    s("信崴|鼎晟|宏碩|聯穎|華邦|瑞昱|昇陽|群創|凱立|旭東|嘉新|泰鼎"),
                    s("{S}半導體|{S}銀行|{S}集團|{S}電子|{S}科技|{S}生技|{S}航運"),
                    s("執行長|財務長|董事長|技術長|總經理|營運長"),
                    s("新竹|台中|高雄|台南|桃園|基隆|嘉義|花蓮"),
                    s("{O1}任命{P1}為{R1}|{P1}出任{O1}{R1}|{O1}世代交替 {P1}接任{R1}"),
                    s("{O1}於{D}宣布，任命{P1}為{R1}。|{P1}自{Y1}年起擔任{O1}{R1}。|{O1}{R2}{P2}表示，對這項決定表示歡迎。|{P1}於{Y1}年加入{O1}。|{P3}於{Y3}年創立{O2}。|{O1}{R2}{P2}將於{D}卸任。|{O2}{R3}{P3}認為，產業今年將面臨挑戰。"),
                    s("公司股價早盤上漲{N}%。|該公司約有{N00}名員工，大部分在{CITY}。|分析人士表示，此次高層異動早在市場預期之中。|去年公司營收達到{N}億元。|公司發言人拒絕透露合約細節。|新策略將重點放在軟體、服務和小規模收購上。|{CITY}的員工對這一消息感到鬆了一口氣。|據知情人士透露，董事會一致通過了這項決定。|競爭對手近年來在自動化方面投入巨大。|公司計劃明年在{CITY}開設第二座工廠。|投資人對這一消息反應平靜。|工會希望在動盪的一年之後迎來穩定。"),
                    s("1|2|3|4|5|6|7|8|9|10|11|12"),
                    "{y}年{M}月{d}日"),
            new Lang("ja", true,
                    s("真理子=Mariko|隆=Takashi|健一=Ken'ichi|直樹=Naoki|美咲=Misaki|大輔=Daisuke|由紀=Yuki|浩二=Koji|智子=Tomoko|誠=Makoto|恵美=Emi|拓也=Takuya|裕子=Yuko|和夫=Kazuo"),
                    s("石黒=Ishiguro|森岡=Morioka|小林=Kobayashi|佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|田中=Tanaka|渡辺=Watanabe|伊藤=Ito|山本=Yamamoto|中村=Nakamura|加藤=Kato|吉田=Yoshida|松本=Matsumoto|井上=Inoue|木村=Kimura"),
                    s("カワセ|ミナト|北斗|東雲|アサヒナ|大和田|みずほ野|ヒカリ|白鷺|青葉|若葉|タカミ"),
                    s("{S}電子|{S}電機|{S}商事|{S}製薬|{S}銀行|{S}ホールディングス|{S}化学"),
                    s("社長|最高財務責任者|会長|最高技術責任者|副社長|編集長"),
                    s("大阪|名古屋|福岡|札幌|仙台|広島|神戸|京都"),
                    s("{O1}、{P1}氏が{R1}に就任|{O1}の{R1}に{P1}氏|{P1}氏、{O1}の{R1}に"),
                    s("{O1}は{D}、{P1}氏が{R1}に就任する人事を発表した。|{P1}氏は{Y1}年から{O1}の{R1}を務めている。|{O1}の{P2}{R2}は「適任だと判断した」と述べた。|{P1}氏は{Y1}年に{O1}に入社した。|{P3}氏は{Y3}年に{O2}を設立した。|{O1}の{P2}{R2}は{D}付で退任する。|{O2}の{P3}{R3}は業界にとって厳しい一年になるとの見方を示した。"),
                    s("同社の株価は取引開始直後に{N}％上昇した。|同社の従業員は約{N00}人で、その多くが{CITY}で働いている。|アナリストは数カ月前から経営トップの交代を予想していた。|昨年の売上高は{N}億円に達した。|広報担当者は契約の詳細についてコメントを控えた。|新たな戦略はソフトウェアとサービス、小規模な買収に重点を置く。|{CITY}の従業員はこの知らせを安堵とともに受け止めた。|関係者によると、取締役会の決定は全会一致だった。|競合各社は自動化に多額の投資を続けている。|同社は来年、{CITY}に第2工場を開設する計画だ。|投資家はこの発表に冷静に反応した。|労働組合は混乱の一年を経て安定を望んでいる。"),
                    s("1|2|3|4|5|6|7|8|9|10|11|12"),
                    "{y}年{M}月{d}日"));

    /** A person or organization of one language, with the organization and role a person mostly holds. */
    record Person(String name, String gloss, String surname, int org, int role, int since) {
    }

    static final class Pools {
        final Lang lang;
        final List<Person> people = new ArrayList<>();
        final List<String> orgs = new ArrayList<>();
        final Map<Integer, List<Integer>> staff = new HashMap<>();

        Pools(Lang lang, long seed) {
            this.lang = lang;
            SplittableRandom r = new SplittableRandom(seed ^ lang.code().hashCode());
            for (String stem : lang.orgStems()) {
                for (String form : lang.orgForms()) {
                    orgs.add(form.replace("{S}", stem));
                }
            }
            shuffle(orgs, r);
            List<String[]> names = new ArrayList<>();
            for (String g : lang.given()) {
                for (String f : lang.family()) {
                    names.add(new String[] {g, f});
                }
            }
            shuffle(names, r);
            for (String[] gf : names) {
                int org = r.nextInt(orgs.size());
                int role = r.nextInt(lang.roles().length);
                int since = 2000 + r.nextInt(17);
                people.add(lang.cjk() ? cjkPerson(gf[0], gf[1], org, role, since)
                        : new Person(gf[0] + " " + gf[1], null, gf[1], org, role, since));
                staff.computeIfAbsent(org, k -> new ArrayList<>()).add(people.size() - 1);
            }
        }

        private Person cjkPerson(String given, String family, int org, int role, int since) {
            String[] g = given.split("=");
            String[] f = family.split("=");
            String name = f[0] + g[0];
            // Japanese glosses put the given name first; Chinese ones the family name.
            String gloss = lang.code().equals("ja") ? g[1] + " " + f[1] : f[1] + " " + g[1];
            return new Person(name, gloss, name, org, role, since);
        }
    }

    static <T> void shuffle(List<T> list, SplittableRandom r) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    public static void main(String[] args) throws IOException {
        int count = 1000;
        long seed = 42;
        Path out = Path.of("bench/work/corpus");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: java bench/Generate.java [--count N] [--seed S] [--out DIR]");
                    System.exit(2);
                }
            }
        }
        List<Pools> pools = new ArrayList<>();
        for (Lang l : LANGS) {
            pools.add(new Pools(l, seed));
        }
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Pools p = pools.get(i % pools.size());
            String text = article(p, new SplittableRandom(seed * 1_000_003L + i));
            Path dir = out.resolve(String.format("%03d", i / 1000));
            Files.createDirectories(dir);
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(String.format("a%06d_%s.md", i, p.lang.code())), b);
            bytes += b.length;
        }
        System.out.printf("%d articles, %.1f MB, in %s%n", count, bytes / 1e6, out);
    }

    static String article(Pools p, SplittableRandom r) {
        Lang l = p.lang;
        LocalDate published = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(8 * 365));
        int target = (int) (1024 * Math.pow(8, r.nextDouble())) - 2; // 1-8 KB per file, log-uniform
        int i1 = r.nextInt(p.people.size());
        Person p1 = p.people.get(i1);
        List<Integer> colleagues = p.staff.get(p1.org());
        Person p2 = p.people.get(colleagues.get(r.nextInt(colleagues.size())));
        Person p3 = p.people.get(r.nextInt(p.people.size()));
        Slots slots = new Slots(l, r, published, p1, p2, p3, p.orgs.get(p1.org()), p.orgs.get(p3.org()));

        slots.glossed = true; // titles carry no glosses
        String title = slots.fill(l.titles()[r.nextInt(l.titles().length)]);
        slots.glossed = false;
        String author = p.people.get(r.nextInt(p.people.size())).name();
        String header = "---\n"
                + "title: '" + title.replace("'", "''") + "'\n"
                + "date: " + published + "\n"
                + "author: " + author + "\n"
                + "lang: " + l.code() + "\n"
                + "---\n\n";
        StringBuilder body = new StringBuilder();
        String sep = l.cjk() ? "" : " ";
        // The lead: the appointment, the holding, the colleague; each other fact once, at random
        // among filler sentences (about one sentence in three is a fact while facts remain).
        List<String> facts = new ArrayList<>(List.of(l.facts()).subList(3, l.facts().length));
        shuffle(facts, r);
        List<String> para = new ArrayList<>(List.of(l.facts()[0], l.facts()[1], l.facts()[2]));
        int size = utf8(header);
        while (true) {
            String text = String.join(sep, para.stream().map(slots::fill).toList()) + "\n\n";
            int add = utf8(text);
            if (size >= 1024 && size + add > target) {
                break;
            }
            body.append(text);
            size += add;
            para.clear();
            int n = 2 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                para.add(!facts.isEmpty() && r.nextInt(3) == 0 ? facts.remove(facts.size() - 1)
                        : l.fillers()[r.nextInt(l.fillers().length)]);
            }
        }
        return header + body.toString().stripTrailing() + "\n";
    }

    static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
    static final class Slots {
        final Lang l;
        final SplittableRandom r;
        final LocalDate published;
        final Person[] people;
        final String o1;
        final String o2;
        boolean glossed;
        final boolean[] named = new boolean[3];

        Slots(Lang l, SplittableRandom r, LocalDate published, Person p1, Person p2, Person p3, String o1, String o2) {
            this.l = l;
            this.r = r;
            this.published = published;
            this.people = new Person[] {p1, p2, p3};
            this.o1 = o1;
            this.o2 = o2;
        }

        String fill(String template) {
            StringBuilder b = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) {
                    b.append(template, i, template.length());
                    break;
                }
                int close = template.indexOf('}', open);
                b.append(template, i, open);
                b.append(value(template.substring(open + 1, close)));
                i = close + 1;
            }
            return b.toString();
        }

        String value(String slot) {
            return switch (slot) {
                case "P1", "P2", "P3" -> person(slot.charAt(1) - '1');
                case "O1" -> o1;
                case "O2" -> o2;
                case "R1", "R2", "R3" -> l.roles()[people[slot.charAt(1) - '1'].role()];
                case "Y1", "Y2", "Y3" -> String.valueOf(Math.min(published.getYear() - 1, people[slot.charAt(1) - '1'].since()));
                case "D" -> date(published.plusDays(r.nextInt(60)));
                case "N" -> String.valueOf(1 + r.nextInt(99));
                case "N00" -> String.valueOf(100 * (1 + r.nextInt(99)));
                case "CITY" -> l.cities()[r.nextInt(l.cities().length)];
                default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
            };
        }

        /** A person's full name; in Chinese and Japanese the first mention adds a Latin gloss in parentheses. */
        String person(int k) {
            Person p = people[k];
            if (p.gloss() != null && !glossed && !named[k]) {
                named[k] = true;
                return p.name() + "（" + p.gloss() + "）";
            }
            named[k] = true;
            return p.name();
        }

        String date(LocalDate d) {
            return l.dateFormat().replace("{y}", String.valueOf(d.getYear()))
                    .replace("{M}", l.months()[d.getMonthValue() - 1])
                    .replace("{d}", String.valueOf(d.getDayOfMonth()));
        }
    }
}
