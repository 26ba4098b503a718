package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.spark.cli.SparkMain;

/** The command line's usage errors: exit code 2 and one line saying what is wrong, before any work. */
class SparkMainTest {

    private static final Path ROOT = Path.of(System.getProperty("newskg.root", "../..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SparkMain.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anOutputFolderInTheWayIsAUsageErrorBeforeSparkStarts() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Run r = run("run", "--master", "local[1]", "--out", out.toString(), ROOT.resolve("data/articles").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("newskg-spark run: " + out + " exists: give another output folder, or --overwrite", r.err().strip());
    }

    @Test
    void aRunNeedsAnOutputFolderAndPositiveLimits() {
        assertEquals(2, run("run", ROOT.resolve("data/articles").toString()).code());
        Run r = run("run", "--out", dir.resolve("o").toString(), "--max-bytes", "0", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--max-bytes must be positive"), r.err());
    }

    @Test
    void aLoadNeedsTheOutputOfAFinishedRun() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out/graphs"));
        Run r = run("load", "--store", dir.resolve("store").toString(), dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertEquals("newskg-spark load: " + out + " holds no finished run of newskg-spark (no _SUCCESS in it)",
                r.err().strip());
        assertEquals(2, run("load", "--store", dir.resolve("store").toString()).code());
        Run loader = run("load", "--loader", "fastest", "--store", dir.resolve("s").toString(), dir.resolve("out").toString());
        assertEquals(2, loader.code());
    }
}
