package org.newskg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Articles in legacy encodings are read correctly when detection is confident, refused clearly when not. */
class TextDecoderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);

    private static final String FRENCH = "Le conseil d’administration de Norvik Télécom a nommé Mirela Varga "
            + "directrice générale, a annoncé l’entreprise mardi. Elle succède à Tobias Duval, qui a quitté le "
            + "groupe en 2019 après « dix années » à sa tête. Le cœur de métier coûte 3 € par abonné.\n";
    private static final String FRENCH_LATIN1 = "Le conseil d'administration de Norvik Télécom a nommé Mirela "
            + "Varga directrice générale, a annoncé l'entreprise mardi. Elle succède à Tobias Duval, qui a quitté "
            + "le groupe en 2019 après « dix années » à sa tête. Son élection a été saluée.\n";
    private static final String JAPANESE = "ミナト工業は12日、高瀬健一取締役が4月1日付で社長に昇格する人事を発表した。"
            + "森本直子社長は代表権のある会長に就く。同社は精密部品の大手で、今年で創業五十年を迎える。\n";
    private static final String CHINESE = "远航科技公司周二宣布，任命林海峰为首席执行官，即日生效。林海峰接替自2015年起"
            + "担任该职务的陈晓梅。公司表示，董事会一致通过了这项任命。\n";
    private static final String TRADITIONAL = "遠航科技公司週二宣布，任命林海峰為執行長，即日生效。林海峰接替自2015年起"
            + "擔任該職務的陳曉梅。公司表示，董事會一致通過了這項任命。\n";

    static Stream<Arguments> legacyEncodings() {
        return Stream.of(
                Arguments.of("ISO-8859-1", "fr", "Élection chez Norvik", FRENCH_LATIN1),
                Arguments.of("windows-1252", "fr", "Élection chez Norvik", FRENCH),
                Arguments.of("Shift_JIS", "ja", "ミナト工業、社長交代", JAPANESE),
                Arguments.of("EUC-JP", "ja", "ミナト工業、社長交代", JAPANESE),
                Arguments.of("GB18030", "zh-Hans", "远航科技任命林海峰", CHINESE),
                Arguments.of("Big5", "zh-Hant", "遠航科技任命林海峰", TRADITIONAL),
                Arguments.of("UTF-16LE-BOM", "fr", "Élection chez Norvik", FRENCH),
                Arguments.of("UTF-16BE-BOM", "ja", "ミナト工業、社長交代", JAPANESE),
                // Without a byte order mark: the zero bytes of Latin letters, digits and line breaks tell the order.
                Arguments.of("UTF-16LE", "fr", "Élection chez Norvik", FRENCH),
                Arguments.of("UTF-16BE", "fr", "Élection chez Norvik", FRENCH),
                Arguments.of("UTF-16LE", "ja", "ミナト工業、社長交代", JAPANESE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyEncodings")
    void anArticleInALegacyEncodingIsReadCorrectly(String encoding, String lang, String title, String body)
            throws Exception {
        String text = "---\ntitle: '" + title + "'\ndate: 2024-03-01\nlang: " + lang + "\n---\n\n" + body;
        byte[] bytes = switch (encoding) {
            case "UTF-16LE-BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
            case "UTF-16BE-BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
            default -> text.getBytes(Charset.forName(encoding));
        };
        Path p = dir.resolve("article.txt");
        Files.write(p, bytes);
        Article a = reader.read(p);
        assertEquals(title, a.title());
        assertEquals("\n" + body, a.text());
    }

    @Test
    void utf8WithAByteOrderMarkIsRead() throws Exception {
        Path p = dir.resolve("bom.txt");
        Files.write(p, ("\uFEFF---\ntitle: 'Élection'\n---\n" + FRENCH).getBytes(StandardCharsets.UTF_8));
        assertEquals("Élection", reader.read(p).title());
    }

    @Test
    void damagedUtf8IsRefusedWithTheOffsetOfTheFirstBadByte() throws Exception {
        byte[] bytes = FRENCH.repeat(3).getBytes(StandardCharsets.UTF_8);
        int bad = FRENCH.getBytes(StandardCharsets.UTF_8).length + 10;
        bytes[bad] = (byte) 0xFF;
        Path p = dir.resolve("damaged.txt");
        Files.write(p, bytes);
        ReadException e = assertThrows(ReadException.class, () -> reader.read(p));
        assertTrue(e.getMessage().startsWith(p + ": invalid UTF-8: 1 malformed byte sequence, the first at byte "
                + bad), e.getMessage());
    }

    @Test
    void bytesOfNoRecognizableEncodingAreRefusedNotGuessed() throws Exception {
        Random r = new Random(42);
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + r.nextInt(128));
        }
        Path p = dir.resolve("noise.txt");
        Files.write(p, bytes);
        ReadException e = assertThrows(ReadException.class, () -> reader.read(p));
        // Either no encoding is likely enough, or the likeliest one does not decode: refused both ways.
        assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; convert it to UTF-8"), e.getMessage());
    }

    @Test
    void aShortLegacyTextTooUnclearToDetectIsRefused() throws Exception {
        Path p = dir.resolve("short.txt");
        Files.write(p, "Mirela Varga a été nommée.".getBytes(StandardCharsets.ISO_8859_1));
        ReadException e = assertThrows(ReadException.class, () -> reader.read(p));
        assertTrue(e.getMessage().contains("could not be detected"), e.getMessage());
    }

    @Test
    void binaryDataWithZeroBytesInBothHalvesIsNotTakenForUtf16() throws Exception {
        Random r = new Random(11);
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = r.nextInt(3) == 0 ? 0 : (byte) r.nextInt(256);
        }
        Path p = dir.resolve("data.txt");
        Files.write(p, bytes);
        ReadException e = assertThrows(ReadException.class, () -> reader.read(p));
        assertEquals(p + ": binary file, not text", e.getMessage());
    }

    @Test
    void controlCharactersWithoutNulBytesStillMakeABinaryFile() throws Exception {
        Random r = new Random(7);
        byte[] bytes = new byte[4000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (1 + r.nextInt(255));
        }
        Path p = dir.resolve("blob.md");
        Files.write(p, bytes);
        ReadException e = assertThrows(ReadException.class, () -> reader.read(p));
        assertTrue(e.getMessage().equals(p + ": binary file, not text"), e.getMessage());
    }
}
