package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.testdata.FictionalCorpus;
import org.newskg.testdata.StoreSnapshot;

/**
 * A folder mixing every kind of bad input, ingested into a store that already holds articles: one
 * line per bad file naming it and its problem, the good files stored, the summary counting both,
 * exit code 1, and the articles stored before untouched.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private Path write(Path folder, String name, String text) throws IOException {
        Path p = folder.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String article(String lang, String body) {
        return "---\ntitle: 'Test'\ndate: 2024-03-01\nlang: " + lang + "\n---\n\n" + body;
    }

    @Test
    void aFolderOfBadInputsIsReportedFileByFileAndChangesNothingStored() throws Exception {
        Path store = dir.resolve("store");
        Path good = dir.resolve("good");
        FictionalCorpus.write(good, FictionalCorpus.generate(6, 99));
        Cli.Run first = Cli.run("ingest", "--store", store.toString(), good.toString());
        assertTrue(first.out().startsWith("6 files: 6 added"), first.out());
        StoreSnapshot before = StoreSnapshot.of(store);

        Path bad = Files.createDirectories(dir.resolve("bad"));
        Path sub = Files.createDirectories(bad.resolve("nested"));
        // Each bad file and the words its one line of error must contain.
        Map<Path, String> expected = new LinkedHashMap<>();
        expected.put(write(bad, "empty.txt", ""), "empty file");
        expected.put(write(bad, "blank.md", "  \n\n \t\n"), "empty file");
        Path binary = bad.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        expected.put(binary, "binary file");
        Path damaged = bad.resolve("damaged.txt");
        byte[] utf8 = article("fr", "La présidente a été nommée directrice générale. ".repeat(10))
                .getBytes(StandardCharsets.UTF_8);
        utf8[100] = (byte) 0xC3;
        utf8[101] = (byte) 0x28;
        Files.write(damaged, utf8);
        expected.put(damaged, "invalid UTF-8");
        Path noise = bad.resolve("noise.txt");
        byte[] junk = new byte[3000];
        new Random(3).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (junk[i] | 0x80);
        }
        Files.write(noise, junk);
        expected.put(noise, "convert it to UTF-8");
        Path huge = bad.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        expected.put(huge, "above the limit of 5242880");
        expected.put(write(bad, "unclosed.md", "---\ntitle: never closed\n\nBody text.\n"), "never closed");
        expected.put(write(sub, "malformed.md", "---\ntitle: [unclosed\n---\nBody text.\n"), "malformed front matter on line 3: expected ',' or ']'");
        expected.put(write(bad, "not-a-date.md", "---\ndate: last Tuesday\n---\nBody text.\n"), "is not a date");
        expected.put(write(sub, "russian.txt", article("ru", "Новый директор назначен.\n")), "'ru' is not supported");
        expected.put(write(bad, "undeclared-russian.txt", "Совет директоров назначил нового генерального "
                + "директора компании. Он сменит на этом посту своего предшественника в начале марта.\n"),
                "could not identify a supported language");
        expected.put(write(bad, "digits.txt", "2024 — 1 234 567 — 89,5 % — 12:30\n"),
                "could not identify a supported language");
        Path noFacts = write(bad, "weather.txt", article("en",
                "Portwick had a mild and sunny Tuesday, and the harbour was busy with small boats all day.\n"));
        expected.put(noFacts, "no holdings or events found");
        Files.createSymbolicLink(sub.resolve("loop"), bad);
        expected.put(sub.resolve("loop"), "symbolic link loop");
        Path missing = dir.resolve("no-such-folder");
        expected.put(missing, "no such file or folder");
        // Good files in the same folder: read (one in a legacy encoding) and stored.
        Path cp1252 = bad.resolve("cp1252.txt");
        Files.write(cp1252, article("fr", "Le conseil d’administration de Vestamo Télécom a nommé Greta Quist "
                + "directrice générale, a annoncé l’entreprise mardi. Elle succède à Oona Varga, qui a quitté le "
                + "groupe en 2020 après « dix années » à sa tête.\n").getBytes(Charset.forName("windows-1252")));
        write(bad, "ignored.pdf", "not an article extension, skipped silently");

        Cli.Run r = Cli.run("ingest", "--store", store.toString(), bad.toString(), missing.toString());

        assertEquals(1, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        for (Map.Entry<Path, String> e : expected.entrySet()) {
            List<String> about = lines.stream().filter(l -> l.contains(e.getKey() + ":")).toList();
            assertEquals(1, about.size(), "one line about " + e.getKey() + " in:\n" + r.err());
            assertTrue(about.get(0).startsWith("newskg ingest: " + e.getKey() + ": ")
                    && about.get(0).contains(e.getValue()), about.get(0) + " should say " + e.getValue());
        }
        assertEquals(expected.size(), lines.size(), "nothing else on stderr:\n" + r.err());
        // 14 article files (12 bad, the one with no facts, the Windows-1252 one), a link loop, a missing path.
        int failed = expected.size() - 1;
        assertTrue(r.out().startsWith((expected.size() + 1) + " files: 2 added, 0 replaced, 0 unchanged, "
                + failed + " failed, 1 with no facts"), r.out());

        StoreSnapshot after = StoreSnapshot.of(store);
        Iris iris = Iris.standard();
        for (String source : before.names()) {
            assertNull(StoreSnapshot.diff(source, before.graphs().get(source), after.graphs().get(source)),
                    "an article stored before changed");
        }
        assertTrue(after.names().contains(iris.source("weather")), "an article with no facts is still stored");
        assertTrue(after.names().contains(iris.source("cp1252")));
        assertEquals(before.names().size() + 2, after.names().size(), "no graph for any bad file");
        assertTrue(after.graphs().get(iris.source("cp1252")).toString().contains("Greta Quist"));
        Cli.Run timeline = Cli.run("timeline", "--store", store.toString(), "--org", "Vestamo Télécom", "--format", "tsv");
        assertTrue(timeline.out().contains("Greta Quist"), "the Windows-1252 article was read: " + timeline.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
