package org.newskg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(1024 * 1024);

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void frontMatterFieldsAreReadAndRemovedFromTheBody() throws Exception {
        Path p = write("a1.md", "---\ntitle: 'Ny chef'\ndate: 2023-02-01\nauthor: Kim Lund\nlang: sv\n"
                + "source: Dagbladet\nurl: https://example.org/a1\n---\nBrödtext här.\n");
        Article a = reader.read(p);
        assertEquals("a1", a.id());
        assertEquals("Ny chef", a.title());
        assertEquals(LocalDate.of(2023, 2, 1), a.published());
        assertEquals("Kim Lund", a.author());
        assertEquals("sv", a.lang());
        assertEquals("Dagbladet", a.source());
        assertEquals("https://example.org/a1", a.url());
        assertEquals("Brödtext här.\n", a.text());
    }

    @Test
    void aMissingDateIsRecordedAsUnknown() throws Exception {
        Article a = reader.read(write("b.txt", "---\nlang: fr\n---\nTexte.\n"));
        assertNull(a.published());
        assertEquals("fr", a.lang());
    }

    @Test
    void anArticleWithoutFrontMatterKeepsAllItsText() throws Exception {
        Article a = reader.read(write("c.txt", "Title line\n\nBody --- with dashes\n---\nmore\n"));
        assertTrue(a.text().startsWith("Title line"));
        assertTrue(a.text().contains("more"));
        assertNull(a.lang());
    }

    @Test
    void horizontalRulesInTheBodyAreNotFrontMatter() throws Exception {
        Article a = reader.read(write("d.txt", "---\n\ntitle: x\n\n---\n\nfirst\n---\nsecond\n"));
        assertEquals("x", a.title());
        assertTrue(a.text().contains("first") && a.text().contains("second"));
    }

    @Test
    void languageTagsAreNormalized() throws Exception {
        assertEquals("zh-Hant", reader.read(write("e.txt", "---\nlang: zh-TW\n---\n公司。\n")).lang());
        assertEquals("zh-Hans", reader.read(write("f.txt", "---\nlang: zh\n---\n公司。\n")).lang());
    }

    @Test
    void anEmptyFileIsRefusedByName() throws Exception {
        ReadException e = assertThrows(ReadException.class, () -> reader.read(write("empty.txt", "")));
        assertTrue(e.getMessage().contains("empty.txt") && e.getMessage().contains("empty file"), e.getMessage());
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        Path p = dir.resolve("bin.txt");
        Files.write(p, new byte[] {1, 2, 0, 3, 0, 0, 5});
        ReadException e = assertThrows(ReadException.class, () -> reader.read(p));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void malformedFrontMatterIsReported() throws Exception {
        ReadException e = assertThrows(ReadException.class,
                () -> reader.read(write("bad.md", "---\ntitle: [unclosed\n---\nBody\n")));
        assertTrue(e.getMessage().contains("malformed front matter"), e.getMessage());
        ReadException open = assertThrows(ReadException.class,
                () -> reader.read(write("open.md", "---\ntitle: x\nBody without end\n")));
        assertTrue(open.getMessage().contains("never closed"), open.getMessage());
    }

    @Test
    void aFrontMatterBlockAboveItsLimitIsRefusedBeforeItIsParsed() throws Exception {
        String huge = "---\ntitle: " + "x".repeat(1_000_000) + "\n---\nBody\n";
        ReadException e = assertThrows(ReadException.class, () -> reader.read(write("huge.md", huge)));
        assertTrue(e.getMessage().endsWith("huge.md: malformed front matter: 1000008 characters, more than the 65536 a "
                + "front matter block may hold"), e.getMessage());
        assertTrue(reader.parse("ok", "ok.md", "---\ntitle: " + "x".repeat(60_000) + "\n---\nBody\n").title().length() == 60_000);
    }

    @Test
    void anUnsupportedLanguageInFrontMatterIsReported() throws Exception {
        ReadException e = assertThrows(ReadException.class,
                () -> reader.read(write("ru.txt", "---\nlang: ru\n---\nТекст\n")));
        assertTrue(e.getMessage().contains("'ru' is not supported"), e.getMessage());
    }

    @Test
    void aLatin1FileIsDecodedCorrectly() throws Exception {
        String text = "La présidente de la société a été nommée directrice générale en février. "
                + "Elle succède à un dirigeant très apprécié, qui a quitté l'entreprise après dix années.\n";
        Path p = dir.resolve("latin1.txt");
        Files.write(p, text.getBytes(Charset.forName("ISO-8859-1")));
        assertEquals(text, reader.read(p).text());
    }

    @Test
    void aFileAboveTheSizeLimitIsRefused() throws Exception {
        ArticleReader small = new ArticleReader(100);
        ReadException e = assertThrows(ReadException.class, () -> small.read(write("big.txt", "x".repeat(500))));
        assertTrue(e.getMessage().contains("above the limit"), e.getMessage());
    }

    @Test
    void foldersAreWalkedRecursivelyAndProblemsNamed() throws Exception {
        Files.createDirectories(dir.resolve("sub/deeper"));
        write("sub/one.txt", "a");
        write("sub/deeper/two.md", "b");
        write("sub/ignored.pdf", "c");
        write("sub/README.md", "what this folder holds");
        InputCollector.Inputs in = InputCollector.collect(List.of(dir.resolve("sub"), dir.resolve("nope")));
        assertEquals(2, in.files().size());
        assertEquals(1, in.problems().size());
        assertTrue(in.problems().get(0).contains("nope") && in.problems().get(0).contains("no such file"));
    }

    @Test
    void aSymbolicLinkLoopIsReportedNotFollowedForever() throws Exception {
        Files.createDirectories(dir.resolve("loop"));
        write("loop/a.txt", "a");
        Files.createSymbolicLink(dir.resolve("loop/back"), dir.resolve("loop"));
        InputCollector.Inputs in = InputCollector.collect(List.of(dir.resolve("loop")));
        assertEquals(1, in.files().size());
        assertTrue(in.problems().stream().anyMatch(p -> p.contains("loop")), in.problems().toString());
    }

    @Test
    void aStreamReadAsAGivenIdKeepsThatIdNotTheFileName() throws Exception {
        byte[] text = "---\nlang: en\n---\nJane Roe is the CEO of Acme.\n".getBytes(StandardCharsets.UTF_8);
        Article a = reader.read("x.md", "x-1a2b3c4d", "hdfs://nn/in/x.md", text.length, new ByteArrayInputStream(text));
        assertEquals("x-1a2b3c4d", a.id());
        assertEquals("hdfs://nn/in/x.md", a.location());
        byte[] page = "<!doctype html><html><body><article><p>Jane Roe is the CEO of Acme.</p></article></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("x-5e6f7a8b", reader.read("x.html", "x-5e6f7a8b", "x.html", page.length,
                new ByteArrayInputStream(page)).id());
        // Without an id, the file name gives it, as for a local file.
        assertEquals("x", reader.read("x.md", "hdfs://nn/in/x.md", text.length, new ByteArrayInputStream(text)).id());
    }
}
