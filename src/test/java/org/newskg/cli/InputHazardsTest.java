package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input can block a run: a named pipe (given by name or met in a folder) is reported and
 * skipped instead of read, which would wait until someone wrote to it; a link to a missing file
 * in a folder is reported, not skipped without a word; the good files of the same run are stored.
 */
class InputHazardsTest {

    @TempDir
    Path dir;

    private static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor(), "mkfifo " + p);
    }

    @Test
    void pipesAndLinksToNothingAreReportedAndTheGoodFilesStored() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "---\nlang: en\ndate: 2024-03-01\n---\n\nNorvik Systems named "
                + "Mirela Varga as chief executive on Monday.\n", StandardCharsets.UTF_8);
        Path inFolder = in.resolve("pipe.txt");
        mkfifo(inFolder);
        Path named = dir.resolve("named.md");
        mkfifo(named);
        Path dangling = in.resolve("gone.md");
        Files.createSymbolicLink(dangling, in.resolve("never-written.md"));
        Path notAnArticle = in.resolve("pipe-without-extension");
        mkfifo(notAnArticle);
        Path store = dir.resolve("store");

        Cli.Run r = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> Cli.run("ingest", "--store",
                store.toString(), "--no-progress", in.toString(), named.toString()), "a pipe blocked the ingest");

        assertEquals(1, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertTrue(lines.contains("newskg ingest: " + inFolder
                + ": a named pipe (FIFO), not a regular file: skipped (reading it could wait forever)"), r.err());
        assertTrue(lines.contains("newskg ingest: " + named
                + ": a named pipe (FIFO), not a regular file: skipped (reading it could wait forever)"), r.err());
        assertTrue(lines.contains("newskg ingest: " + dangling + ": a symbolic link to a missing file, skipped"), r.err());
        assertTrue(r.out().startsWith("4 files: 1 added, 0 replaced, 0 unchanged, 3 failed"), r.out());
        Cli.Run who = Cli.run("who", "--store", store.toString(), "--org", "Norvik Systems", "--role", "CEO", "--format", "tsv");
        assertTrue(who.out().contains("Mirela Varga"), who.out() + who.err());
    }
}
