package org.newskg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved web pages of several layouts (fixtures in src/test/resources/inputs, all fictional). */
class HtmlArticlesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/inputs");

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(1024 * 1024);

    private Article fixture(String name) throws ReadException {
        return reader.read(FIXTURES.resolve(name));
    }

    private static List<String> paragraphs(Article a) {
        return List.of(a.text().strip().split("\n\n"));
    }

    @Test
    void aJsonLdNewsArticleGivesTitleDateLanguageAuthorsPublisherAndAddress() throws Exception {
        Article a = fixture("jsonld-only.html");
        assertEquals("jsonld-only", a.id());
        assertEquals("Halden Shipping Group picks Marta Quist as chief executive", a.title(), "headline, not <title>");
        assertEquals(LocalDate.of(2023, 9, 12), a.published(), "the date as written, whatever the offset");
        assertEquals("en", a.lang());
        assertEquals("Lena Brandt, Omar Said", a.author());
        assertEquals("The Coastal Ledger", a.source());
        assertEquals("https://ledger.example/business/halden-freight-quist", a.url());
        assertEquals(List.of(
                "Halden Shipping Group, based in Tromvik, named Marta Quist as chief executive on Monday.",
                "Quist had been the company's chief financial officer since 2019. She replaces Erik Mo, who retired.",
                "The company said the board had been unanimous."), paragraphs(a));
    }

    @Test
    void openGraphAndArticleMetaTagsAreReadWhenThereIsNoJsonLd() throws Exception {
        Article a = fixture("opengraph-only.html");
        assertEquals("Pelagic Insurance Group appoints a new finance chief", a.title());
        assertEquals(LocalDate.of(2021, 2, 3), a.published());
        assertEquals("en", a.lang(), "og:locale en_US");
        assertEquals("Jo Pike", a.author(), "<meta name=author>; article:author is a profile address, no name");
        assertEquals("https://harbourpost.example/pelagic-cfo", a.url());
        assertEquals("Harbour Post", a.source());
        assertEquals(2, paragraphs(a).size());
    }

    @Test
    void aPlainPageGivesLanguageFromHtmlLangAndDateFromTimeInTheArticle() throws Exception {
        Article a = fixture("plain.html");
        assertEquals("sv", a.lang());
        assertEquals(LocalDate.of(2022, 4, 5), a.published());
        assertEquals("Fjällbanken utser ny vd", a.title(), "the first <h1> before <title>");
        assertNull(a.author());
        assertTrue(paragraphs(a).contains("Fjällbanken har utsett Sara Lindqvist till ny vd."), a.text());
        assertTrue(paragraphs(a).contains("Hon efterträder Per Holm."), a.text());
    }

    @Test
    void boilerplateAroundTheArticleIsDropped() throws Exception {
        Article a = fixture("boilerplate.html");
        assertEquals(List.of(
                "Orrin Mills, the textile maker, appointed Gideon Farrow as chair of its board on Friday, the company said.",
                "Farrow, 61, was previously chief executive of Brantley Looms.",
                "He takes over from Ada Penrose, who stepped down in March after eleven years in the role.",
                "Penrose will stay on as an adviser."), paragraphs(a));
        for (String noise : List.of("cookies", "Sidebar story", "Related story", "Comment:", "newsletter", "Copyright",
                "Masthead", "Tracking Script", "Share on social", "Sport")) {
            assertFalse(a.text().contains(noise), noise + " in " + a.text());
        }
        assertEquals("Orrin Mills names new chair – Valley Gazette", a.title());
        assertEquals("en", a.lang());
        assertNull(a.published());
    }

    @Test
    void jsonLdComesBeforeOpenGraphWhichComesBeforeTheMarkup() throws Exception {
        String page = "<html lang='en'><head><title>T</title>"
                + "<meta property='og:title' content='OG title'><meta property='og:locale' content='fr_FR'>"
                + "<meta property='article:published_time' content='2020-01-02'>"
                + "<script type='application/ld+json'>{\"@type\": [\"NewsArticle\"], \"headline\": \"LD title\","
                + " \"datePublished\": \"2020-03-04\", \"inLanguage\": \"de\", \"author\": \"Ann Ek\"}</script>"
                + "</head><body><h1>H1 title</h1><p>Text.</p></body></html>";
        Article a = HtmlArticles.parse("p", "p.html", page);
        assertEquals("LD title", a.title());
        assertEquals(LocalDate.of(2020, 3, 4), a.published());
        assertEquals("de", a.lang());
        assertEquals("Ann Ek", a.author());
        Article noLd = HtmlArticles.parse("p", "p.html", page.replaceAll("<script.*</script>", ""));
        assertEquals("OG title", noLd.title());
        assertEquals(LocalDate.of(2020, 1, 2), noLd.published());
        assertEquals("en", noLd.lang(), "<html lang> before og:locale");
    }

    @Test
    void aMalformedJsonLdBlockOrDateIsSkippedForTheNextSource() throws Exception {
        String page = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", headline: }</script>"
                + "<meta property='article:published_time' content='yesterday'>"
                + "<meta name='date' content='2019-07-08'><meta property='og:title' content='Fallback'></head>"
                + "<body><p>Text.</p></body></html>";
        Article a = HtmlArticles.parse("p", "p.html", page);
        assertEquals("Fallback", a.title());
        assertEquals(LocalDate.of(2019, 7, 8), a.published());
    }

    @Test
    void anUnsupportedPageLanguageIsRefusedNamingFileAndWhereItWasStated() {
        ReadException e = assertThrows(ReadException.class, () ->
                HtmlArticles.parse("p", "pages/p.html", "<html lang='ru'><body><p>Текст.</p></body></html>"));
        assertTrue(e.getMessage().startsWith("pages/p.html: "), e.getMessage());
        assertTrue(e.getMessage().contains("'ru'") && e.getMessage().contains("<html lang>"), e.getMessage());
    }

    @Test
    void aPageWithoutTextIsRefused() {
        ReadException e = assertThrows(ReadException.class, () ->
                HtmlArticles.parse("p", "p.html", "<html><body><nav><p>Home</p></nav><script>x()</script></body></html>"));
        assertTrue(e.getMessage().contains("no article text"), e.getMessage());
    }

    @Test
    void theJsonLdArticleBodyStandsInForAPageWhoseTextAScriptFillsIn() throws Exception {
        String page = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                + "\"articleBody\": \"First paragraph.\\n\\nSecond paragraph.\"}</script></head>"
                + "<body><div id='app'></div></body></html>";
        assertEquals("First paragraph.\n\nSecond paragraph.\n", HtmlArticles.parse("p", "p.html", page).text());
    }

    @Test
    void theEncodingComesFromMetaCharset() throws Exception {
        Path p = dir.resolve("latin.html");
        Files.write(p, "<html><head><meta charset='windows-1252'></head><body><p>Café Noëlle à Genève.</p></body></html>"
                .getBytes(Charset.forName("windows-1252")));
        assertEquals("Café Noëlle à Genève.\n", reader.read(p).text());
    }

    @Test
    void aTextFileThatHoldsAPageIsReadAsAPage() throws Exception {
        Path p = dir.resolve("saved.txt");
        Files.writeString(p, "\n<!DOCTYPE html><html lang='en'><body><p>Only <b>this</b> text.</p></body></html>",
                StandardCharsets.UTF_8);
        Article a = reader.read(p);
        assertEquals("Only this text.\n", a.text());
        assertEquals("en", a.lang());
    }

    @Test
    void lineBreaksInTheSourceJoinCjkTextButSeparateLatinWords() throws Exception {
        String page = "<html><body><p>星海科技\n  任命王明为首席执行官。</p><p>Anna\nBerg</p></body></html>";
        assertEquals(List.of("星海科技任命王明为首席执行官。", "Anna Berg"),
                paragraphs(HtmlArticles.parse("p", "p.html", page)));
    }

    @Test
    void theArticleWithTheMostParagraphTextIsChosenOverTeasers() throws Exception {
        String page = "<html><body><article><p>Teaser one.</p></article>"
                + "<article><p>The real story has a much longer first paragraph than any teaser.</p><p>And more.</p></article>"
                + "<article><p>Teaser two.</p></article></body></html>";
        Article a = HtmlArticles.parse("p", "p.html", page);
        assertTrue(a.text().startsWith("The real story"), a.text());
        assertFalse(a.text().contains("Teaser"), a.text());
    }

    @Test
    void aBinaryFileNamedHtmlIsRefusedByName() throws IOException {
        Path p = dir.resolve("image.html");
        Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        ReadException e = assertThrows(ReadException.class, () -> reader.read(p));
        assertTrue(e.getMessage().contains("image.html") && e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void anEmptyHtmlFileIsRefusedByName() throws IOException {
        Path p = dir.resolve("empty.htm");
        Files.writeString(p, "");
        ReadException e = assertThrows(ReadException.class, () -> reader.read(p));
        assertTrue(e.getMessage().contains("empty.htm") && e.getMessage().contains("empty"), e.getMessage());
    }
}
