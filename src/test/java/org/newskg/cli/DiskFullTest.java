package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.testdata.FictionalCorpus;

/**
 * A real full disk: a small tmpfs, mounted in a user and mount namespace of the test's own (no
 * root needed; {@code unshare -rm}), holds the store while newskg runs in child JVMs. An ingest
 * that runs out of space ends with one line and exit code 1, no stack trace; the store still
 * answers, from its last complete state; an export that runs out of space leaves no temporary
 * file behind; once there is room again, the same ingest completes the store exactly as if
 * nothing had happened. On the same file system mounted read-only, opening the store says so.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    private static boolean unprivilegedMountsWork(Path probe) throws Exception {
        Files.createDirectories(probe);
        Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs \"$1\" && echo mounted",
                "sh", probe.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.contains("mounted");
    }

    private static List<String> sortedLines(String text) {
        List<String> lines = new ArrayList<>(text.lines().filter(l -> !l.isBlank()).toList());
        lines.sort(null);
        return lines;
    }

    @Test
    void aFullDiskEndsTheRunWithOneLineAndTheStoreStaysUsable() throws Exception {
        Assumptions.assumeTrue(unprivilegedMountsWork(dir.resolve("probe")),
                "this machine does not let a process mount a tmpfs in a user namespace of its own (unshare -rm)");
        List<FictionalCorpus.Item> items = FictionalCorpus.generate(48, 20261205L);
        Path first = dir.resolve("first");
        Path rest = dir.resolve("rest");
        FictionalCorpus.write(first, items.subList(0, 6));
        FictionalCorpus.write(rest, items.subList(6, items.size()));

        // The store before the disk fills (copied onto the small disk), and what it must hold in the end:
        // the same two ingests with room to spare.
        Path before = dir.resolve("before");
        assertTrue(Cli.run("ingest", "--store", before.toString(), "--no-progress", first.toString()).out()
                .startsWith("6 files: 6 added"));
        String firstHoldings = Cli.run("holdings", "--store", before.toString(), "--format", "tsv").out();
        Path reference = copy(before, dir.resolve("reference"));
        assertTrue(Cli.run("ingest", "--store", reference.toString(), "--no-progress", rest.toString()).out()
                .startsWith("42 files: 42 added"));
        Path expected = dir.resolve("expected.nq");
        assertEquals(0, Cli.run("export", "--store", reference.toString(), "--format", "nquads", "--out", expected.toString()).code());

        Path mnt = Files.createDirectories(dir.resolve("mnt"));
        Path out = Files.createDirectories(dir.resolve("out"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String newskg = "\"" + java + "\" -Xmx512m -XX:TieredStopAtLevel=1 -cp \"$CP\" " + Main.class.getName();
        String script = String.join("\n",
                "set -u",
                "mount -t tmpfs -o size=64m tmpfs \"$MNT\" || exit 3",
                "step() { name=$1; shift; \"$@\" > \"$OUT/$name.out\" 2> \"$OUT/$name.err\"; echo \"$name $?\" >> \"$OUT/codes\"; }",
                "cp -r \"$BEFORE\" \"$MNT/store\"",
                // Fill the disk but for 200 KB: a batch or two may fit, then the store runs out of room.
                "avail=$(df -k --output=avail \"$MNT\" | tail -1)",
                "head -c $(( (avail - 200) * 1024 )) /dev/zero > \"$MNT/filler\"",
                "step ingest " + newskg + " ingest --no-progress --batch 2 --store \"$MNT/store\" \"$REST\"",
                "step holdings " + newskg + " holdings --store \"$MNT/store\" --format tsv",
                "head -c 10000000 /dev/zero >> \"$MNT/filler\" 2>/dev/null",
                "step export " + newskg + " export --store \"$MNT/store\" --format nquads --out \"$MNT/graph.nq\"",
                "ls -A \"$MNT\" > \"$OUT/listing\"",
                "rm \"$MNT/filler\"",
                "step again " + newskg + " ingest --no-progress --store \"$MNT/store\" \"$REST\"",
                "cp -r \"$MNT/store\" \"$OUT/store\"",
                // A read-only file system is said as such, not taken for another process holding the store.
                "mount -o remount,ro \"$MNT\"",
                "step readonly " + newskg + " holdings --store \"$MNT/store\"",
                "exit 0");
        ProcessBuilder pb = new ProcessBuilder("unshare", "-rm", "sh", "-c", script).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("CP", System.getProperty("java.class.path"));
        env.put("MNT", mnt.toString());
        env.put("OUT", out.toString());
        env.put("BEFORE", before.toString());
        env.put("REST", rest.toString());
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the run did not end");
        assertEquals(0, p.exitValue(), log);

        Map<String, Integer> codes = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("codes"))) {
            String[] kv = line.split(" ");
            codes.put(kv[0], Integer.parseInt(kv[1]));
        }

        // The ingest that ran out of room: one line, exit code 1, no trace.
        String ingest = read(out, "ingest.err");
        assertEquals(1, codes.get("ingest"), ingest);
        List<String> lines = ingest.lines().filter(l -> !l.endsWith(": no holdings or events found")).toList();
        assertEquals(1, lines.size(), ingest);
        assertTrue(lines.get(0).startsWith("newskg ingest: cannot write to the store at " + mnt.resolve("store") + ": the disk is full"),
                lines.get(0));
        assertFalse(ingest.contains("Exception") || ingest.contains("Error") || ingest.contains("\tat "), ingest);

        // The store still answers, at least with what the last complete ingest stored.
        String holdings = read(out, "holdings.out");
        assertEquals(0, codes.get("holdings"), read(out, "holdings.err"));
        for (String row : firstHoldings.lines().skip(1).toList()) {
            assertTrue(holdings.contains(row.split("\t")[0]), "lost after the full disk: " + row);
        }
        assertFalse(read(out, "holdings.err").contains("\tat "), read(out, "holdings.err"));

        // An export that runs out of room: one line, and no temporary file keeps the disk full.
        String export = read(out, "export.err");
        assertEquals(1, codes.get("export"), export);
        assertTrue(export.startsWith("newskg export: cannot write " + mnt.resolve("graph.nq") + ": the disk is full"), export);
        assertEquals(1, export.lines().count(), export);
        assertEquals(List.of("filler", "store"), sortedLines(read(out, "listing")), "left behind on the full disk");

        String readOnly = read(out, "readonly.err");
        assertEquals(1, codes.get("readonly"), readOnly);
        assertEquals("newskg holdings: cannot open the store at " + mnt.resolve("store") + ": the file system is read-only",
                readOnly.strip());

        // With room again, the same ingest completes the store as if the disk had never filled.
        assertTrue(onlyArticlesWithoutFacts(read(out, "again.err")), read(out, "again.err"));
        assertTrue(read(out, "again.out").startsWith("42 files: "), read(out, "again.out"));
        Path after = dir.resolve("after.nq");
        assertEquals(0, Cli.run("export", "--store", out.resolve("store").toString(), "--format", "nquads", "--out",
                after.toString()).code());
        assertEquals(sortedLines(Files.readString(expected)), sortedLines(Files.readString(after)), "the store after the full disk");
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
        return to;
    }

    /** An ingest's stderr that reports nothing but articles in which nothing was found. */
    private static boolean onlyArticlesWithoutFacts(String err) {
        return err.lines().allMatch(l -> l.endsWith(": no holdings or events found"));
    }

    private static String read(Path out, String name) throws IOException {
        return Files.readString(out.resolve(name), StandardCharsets.UTF_8);
    }
}
