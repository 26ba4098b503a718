package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.read.Language;
import org.newskg.lang.Sentence;
import org.newskg.time.RuleBasedTimeNormalizer;

/**
 * Chinese and Japanese names of people and organizations, read from made-up sentences about
 * fictional people and companies: each case lists every name of its kind the sentence must yield,
 * so a missing and an extra name both fail.
 */
class CjkNamesTest {

    static Lexicons lexicons;
    static RuleBasedTimeNormalizer times;

    @BeforeAll
    static void load() {
        lexicons = new Lexicons();
        times = new RuleBasedTimeNormalizer();
    }

    /** The mentions of the first sentence of {@code article}, found with the whole article at hand. */
    static List<Mention> mentions(String lang, String article, String sentence) {
        Language language = Language.fromTag(lang).orElseThrow();
        MentionFinder finder = new MentionFinder(lexicons.get(language), lexicons.composer(language), times,
                lexicons.japaneseReadings(), article);
        int begin = article.indexOf(sentence);
        return finder.find(new Sentence(begin, begin + sentence.length(), sentence), LocalDate.of(2025, 3, 14));
    }

    static List<String> names(String lang, String text, Mention.Hint hint) {
        return mentions(lang, text, text).stream().filter(m -> m.kind() == Mention.Kind.NAME && m.hint() == hint)
                .map(Mention::text).toList();
    }

    static List<String> roles(String lang, String text) {
        return mentions(lang, text, text).stream().filter(m -> m.kind() == Mention.Kind.ROLE)
                .map(m -> m.text() + "=" + m.roles().get(0).label()).toList();
    }

    static Stream<Arguments> people() {
        return Stream.of(
                // A name after a title ends where a word that follows names begins: 因, 代为, 先生.
                Arguments.of("zh-Hans", "总经理刘洋因病休假两周。", List.of("刘洋")),
                Arguments.of("zh-Hans", "由财务部总经理祁芸代为履行职责。", List.of("祁芸")),
                Arguments.of("zh-Hans", "董事长陈峰先生出席了发布会。", List.of("陈峰")),
                Arguments.of("zh-Hant", "董事長陳峰先生出席了發布會。", List.of("陳峰")),
                // Other places a name stands: after 的, opening a clause, after a noun for a person, before a speech verb.
                Arguments.of("zh-Hans", "新人选将接替已退休的王建国。", List.of("王建国")),
                Arguments.of("zh-Hans", "李明出任首席执行官，任期三年。", List.of("李明")),
                Arguments.of("zh-Hans", "老帅张伟回归球队。", List.of("张伟")),
                Arguments.of("zh-Hans", "王强表示，公司将扩大投资。", List.of("王强")),
                Arguments.of("zh-Hans", "陈敏说市场正在回暖。", List.of("陈敏")),
                Arguments.of("zh-Hans", "工程师唐一凡与大学同学彭朗于2021年共同创立了该公司。", List.of("唐一凡", "彭朗")),
                // Compound family names, and names of four characters.
                Arguments.of("zh-Hans", "董事长司徒永康出席了会议。", List.of("司徒永康")),
                Arguments.of("zh-Hant", "董事會主席歐陽建華宣布退休。", List.of("歐陽建華")),
                // Words that begin with a family name's character are no names.
                Arguments.of("zh-Hans", "董事长任内，公司规模翻了一番。", List.of()),
                Arguments.of("zh-Hans", "公司高层表示满意。", List.of()),
                // Words that open with a family name's character and run past a name's length: 西班牙; seasons.
                Arguments.of("zh-Hans", "俱乐部解雇西班牙籍主教练。", List.of()),
                Arguments.of("zh-Hans", "他2023年夏天上任。", List.of()),
                Arguments.of("zh-Hans", "去年,Brandt曾入选2023年度人物榜单。", List.of()),
                // A byline's colon tells nothing of the name after it.
                Arguments.of("zh-Hans", "本报编辑:兰素英", List.of()),
                // A rare family name (闻) on one side only is an everyday character.
                Arguments.of("zh-Hans", "他在新闻稿中表示满意。", List.of()),
                // Japanese: long names, kana given names, a word for "former" before the title, a colon, a rank.
                Arguments.of("ja", "最高財務責任者に小野寺真理子執行役員が就任する。", List.of("小野寺真理子")),
                Arguments.of("ja", "同社は佐伯まどか取締役を選んだ。", List.of("佐伯まどか")),
                Arguments.of("ja", "任期満了で退任した大江茂樹前会長の後を継ぐ。", List.of("大江茂樹")),
                Arguments.of("ja", "代表取締役社長：山田太郎", List.of("山田太郎")),
                Arguments.of("ja", "前部門長の野口博之常務（57）は就任する。", List.of("野口博之")),
                Arguments.of("ja", "栗林氏は2016年から務めた。", List.of("栗林")),
                Arguments.of("ja", "■村瀬 健一氏（むらせ・けんいち）", List.of("村瀬 健一")),
                // The name's reading in kana between the name and its honorific.
                Arguments.of("ja", "喪主は長男の朝霧光一（あさぎり・こういち）氏。", List.of("朝霧光一")),
                // A verb in kana before a title is no given name.
                Arguments.of("ja", "すでに就任している社長は語った。", List.of()),
                // Transliterated names joined by a full-width stop; the car maker 雷诺 inside one is no company.
                Arguments.of("zh-Hans", "哈维尔．莫雷诺出任主教练。", List.of("哈维尔．莫雷诺")),
                Arguments.of("zh-Hans", "哈维尔·莫雷诺出任主教练。", List.of("哈维尔·莫雷诺")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("people")
    void eachSentenceYieldsExactlyItsPeople(String lang, String text, List<String> expected) {
        assertEquals(expected, names(lang, text, Mention.Hint.PERSON), text);
    }

    @Test
    void aGazetteerCompanyInsideADottedNameIsNoOrganization() {
        assertEquals(List.of(), mentions("zh-Hans", "哈维尔·莫雷诺出任主教练。", "哈维尔·莫雷诺出任主教练。").stream()
                .filter(m -> m.kind() == Mention.Kind.ORG).toList());
    }

    @Test
    void aTransliteratedSurnameTheArticleWritesInFullHoldsNoCompany() {
        String article = "哈维尔·莫雷诺出任主教练。莫雷诺上任后连胜三场。";
        assertEquals(List.of(), mentions("zh-Hans", article, "莫雷诺上任后连胜三场。").stream()
                .filter(m -> m.kind() == Mention.Kind.ORG).toList());
    }

    @Test
    void theArticleSettlesWhereANameAfterATitleEnds() {
        String article = "总经理刘洋病休一周。刘洋表示身体无碍。";
        List<String> first = mentions("zh-Hans", article, "总经理刘洋病休一周。").stream()
                .filter(m -> m.kind() == Mention.Kind.NAME).map(Mention::text).toList();
        assertEquals(List.of("刘洋"), first);
        String other = "总经理刘洋病休一周。公司运营如常。";
        assertEquals(List.of("刘洋病"), mentions("zh-Hans", other, "总经理刘洋病休一周。").stream()
                .filter(m -> m.kind() == Mention.Kind.NAME).map(Mention::text).toList(),
                "with nothing else to go by, a name after a title takes two given-name characters");
    }

    @Test
    void aFamilyNameAloneBeforeATitleIsANameWhereTheArticleWritesItWithAnHonorific() {
        String article = "桜井社長が辞任した。桜井氏は2019年から務めた。";
        assertEquals(List.of("桜井"), mentions("ja", article, "桜井社長が辞任した。").stream()
                .filter(m -> m.kind() == Mention.Kind.NAME).map(Mention::text).toList());
        String alone = "桜井社長が辞任した。後任は未定だ。";
        assertEquals(List.of(), mentions("ja", alone, "桜井社長が辞任した。").stream()
                .filter(m -> m.kind() == Mention.Kind.NAME).map(Mention::text).toList(),
                "two kanji before a title, and nothing else to go by, are as often a word");
    }

    @Test
    void aWordForIncomingBeforeATitleIsNoPartOfTheName() {
        String article = "桜井新社長は語った。桜井氏は2019年に入社した。";
        assertEquals(List.of("桜井"), mentions("ja", article, "桜井新社長は語った。").stream()
                .filter(m -> m.kind() == Mention.Kind.NAME).map(Mention::text).toList());
    }

    @Test
    void capitalsInParenthesesAfterATitleAreThatTitle() {
        List<Mention> ms = mentions("ja", "最高戦略責任者（CSO）の桜井氏", "最高戦略責任者（CSO）の桜井氏");
        assertEquals(List.of("最高戦略責任者=Chief Strategy Officer", "CSO=Chief Strategy Officer"),
                ms.stream().filter(m -> m.kind() == Mention.Kind.ROLE).map(m -> m.text() + "=" + m.roles().get(0).label()).toList());
        assertEquals(List.of("桜井"), ms.stream().filter(m -> m.kind() == Mention.Kind.NAME).map(Mention::text).toList());
    }

    static Stream<Arguments> organizations() {
        return Stream.of(
                // Long Japanese names, and names after a verb or a cue.
                Arguments.of("ja", "北海道電子部品工業会は会長を選んだ。", List.of("北海道電子部品工業会")),
                Arguments.of("zh-Hans", "他已加盟远帆飞机租赁。", List.of("远帆飞机租赁")),
                Arguments.of("zh-Hans", "据岳川汽车年报，销量增长。", List.of("岳川汽车")),
                // Characters that end personal names do not break organization names: 年, 日, 和, 後.
                Arguments.of("zh-Hans", "光年游戏宣布裁员。", List.of("光年游戏")),
                Arguments.of("ja", "日輪生命は東和出版を買収した。", List.of("日輪生命", "東和出版")),
                Arguments.of("ja", "大手の後藤電機は発表した。", List.of("後藤電機")),
                // A kind word at the sentence start does not hide the same kind word later on.
                Arguments.of("ja", "工業団地に近い朝霧精密工業を買収した。", List.of("朝霧精密工業")),
                // A name that opens with a noun in hiragana; an adverb opens none.
                Arguments.of("ja", "みなと損害保険協議会は総会を開いた。", List.of("みなと損害保険協議会")),
                Arguments.of("ja", "さらに中央テレビは発表した。", List.of("中央テレビ")),
                // A number's unit is not the first character of the name after it.
                Arguments.of("ja", "19年白山リース社長に就いた。", List.of("白山リース")),
                // Kind words side by side belong to one name; a Latin club kind word right after a CJK name.
                Arguments.of("zh-Hans", "南海快运航空周一宣布。", List.of("南海快运航空")),
                Arguments.of("zh-Hans", "时隔三年，我又回到了青岚FC！", List.of("青岚FC")),
                // A field of a title is no bank: 零售银行业务主管; a kind word alone before a title is the company's.
                Arguments.of("zh-Hans", "曜石科技首席执行官宣布辞职。", List.of("曜石科技")),
                Arguments.of("zh-Hans", "她2021年起任零售银行业务主管。", List.of()),
                // Names set off as titles after a generic word or before a Latin gloss.
                Arguments.of("zh-Hans", "新闻媒体《岛屿观察》宣布完成融资。", List.of("岛屿观察")),
                Arguments.of("ja", "経済誌「週刊ミナト」の編集長が退任した。", List.of("週刊ミナト")),
                Arguments.of("ja", "岡部氏は「次の場所」を探す。", List.of()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("organizations")
    void eachSentenceYieldsExactlyItsOrganizations(String lang, String text, List<String> expected) {
        assertEquals(expected, names(lang, text, Mention.Hint.ORGANIZATION), text);
    }

    @Test
    void aLatinGlossThatSpellsTheNameBeforeItsKindWordIsTheOrganization() {
        assertEquals(List.of("岚芯微电子", "Lanxin Microelectronics"),
                names("zh-Hans", "芯片设计厂岚芯微电子（Lanxin Microelectronics）宣布扩产。", Mention.Hint.ORGANIZATION));
        assertEquals(List.of("松涛之声广播电台", "Voice of Songtao"),
                names("zh-Hans", "本地的松涛之声广播电台（Voice of Songtao）宣布改版。", Mention.Hint.ORGANIZATION));
        assertEquals(List.of("陳志明", "Chen Zhiming"), names("zh-Hant", "執行長陳志明（Chen Zhiming）宣布辭職。", Mention.Hint.PERSON),
                "a person's gloss spells no organization");
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("ja", "西田信也頭取は会長に就く。", List.of("頭取=President", "会長=Chair")),
                Arguments.of("ja", "村瀬健一副頭取が昇格する。", List.of("副頭取=Deputy President")),
                Arguments.of("ja", "経営企画部長の村瀬健一氏", List.of("経営企画部長=Head of Corporate Planning")),
                Arguments.of("ja", "千葉陽子常務取締役が昇格した。", List.of("常務取締役=Board Member")),
                // 専務 and 常務 alone are ranks, not posts: they mark a name and make no title.
                Arguments.of("ja", "森岡千晶専務が昇格した。", List.of()),
                Arguments.of("zh-Hant", "由會計處處長鄭雅婷升任財務長。", List.of("會計處處長=Head of Accounting", "財務長=Chief Financial Officer")),
                Arguments.of("zh-Hant", "由會計長賴志偉暫代財務長。", List.of("會計長=Chief Accounting Officer", "財務長=Chief Financial Officer")),
                Arguments.of("zh-Hans", "创院院长梅若华卸任。", List.of("院长=Director")),
                Arguments.of("zh-Hans", "聘任副行长杜明哲为行长。", List.of("副行长=Vice President", "行长=President")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("titles")
    void bankSchoolAndInstituteTitlesAreRead(String lang, String text, List<String> expected) {
        assertEquals(expected, roles(lang, text), text);
    }
}
