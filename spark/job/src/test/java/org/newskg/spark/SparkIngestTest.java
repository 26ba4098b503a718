package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.read.Article;
import org.newskg.read.ArticleReader;

/**
 * The job in Spark's local mode gives the very quads {@code newskg ingest} stores from the same
 * articles, article graphs and merged view alike, and its output loads into a store that holds
 * them again: on the bundled sample articles with the fictional pages and corpus of every input
 * format (and their bad lines), and on a generated corpus with a JSON Lines file and an article id
 * that two files give (each stored under an id of its own, as ingest gives them out).
 */
class SparkIngestTest {

    private static final Path ROOT = Path.of(System.getProperty("newskg.root", "../..")).toAbsolutePath().normalize();
    private static JavaSparkContext sc;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("newskg-spark test")
                .set("spark.ui.enabled", "false").set("spark.rdd.compress", "true"));
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    @Test
    void theSampleArticlesAndEveryInputFormatGiveTheQuadsAndProblemsOfIngest() {
        List<Path> inputs = List.of(ROOT.resolve("data/articles"), ROOT.resolve("src/test/resources/inputs"),
                ROOT.resolve("no/such/folder"));
        Stores.Ingested local = Stores.ingest(inputs, dir.resolve("ingested"));
        assertTrue(local.quads().size() > 5000, "too small to tell: " + local.quads().size());

        Path out = dir.resolve("out");
        SparkIngest.Summary s = new SparkIngest(sc).run(options(inputs, out, 0, false));
        Stores.assertSameLines(local.quads(), Stores.output(out), "the job's quads against ingest's store");

        // The same problems, named the same way: files, corpus lines, a missing folder, articles with no fact.
        List<String> expected = new ArrayList<>(local.summary().problems());
        expected.addAll(local.summary().warnings());
        expected.sort(null);
        assertEquals(expected, Stores.problems(out));
        assertEquals(local.summary().problems().size(), s.failed());
        assertEquals(local.summary().warnings().size(), s.withoutFacts());
        assertEquals(local.summary().added(), s.stored());
        assertEquals(local.summary().holdings(), s.holdings());
        assertEquals(local.summary().events(), s.events());
        assertEquals(local.quads().size(), s.articleQuads() + s.mergedQuads());

        Path loaded = dir.resolve("loaded");
        long quads = QuadLoader.load(out, loaded, Iris.standard(), "phased", (fmt, args) -> { });
        assertEquals(local.quads().size(), quads);
        Stores.assertSameLines(local.quads(), Stores.quads(loaded), "the loaded store against ingest's store");
        assertEquals(local.prefixes(), Stores.prefixes(loaded));

        // A store that holds articles is not loaded into: it stays as it was.
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                () -> QuadLoader.load(out, loaded, Iris.standard(), "parallel", (fmt, args) -> { }));
        assertEquals(loaded + " already holds articles: load into a new folder", again.getMessage());
        Stores.assertSameLines(local.quads(), Stores.quads(loaded), "the store after a refused load");

        // ingest goes on with a loaded store as with its own: the same articles again change nothing.
        Stores.Ingested again2 = Stores.ingest(inputs, loaded);
        assertEquals(0, again2.summary().added() + again2.summary().replaced());
        assertEquals(local.summary().added(), again2.summary().unchanged());
        Stores.assertSameLines(local.quads(), again2.quads(), "the loaded store ingested again");
    }

    @Test
    void linkedGroupsFollowChainsOfAnyLengthToTheirLeastNode() {
        List<String> nodes = new ArrayList<>(List.of("x", "y", "z"));
        List<scala.Tuple2<String, String>> links = new ArrayList<>(List.of(new scala.Tuple2<>("y", "x")));
        for (int i = 0; i < 12; i++) {
            nodes.add(String.format("n%02d", i));
            if (i > 0) {
                // Each node linked to the one before it: the least is eleven links from the last.
                links.add(new scala.Tuple2<>(String.format("n%02d", i), String.format("n%02d", i - 1)));
            }
        }
        org.apache.spark.api.java.JavaPairRDD<String, String> labelled = LinkedGroups.of(sc.parallelize(nodes, 3),
                sc.parallelizePairs(links, 2));
        // As many tasks as the nodes have, after twelve rounds: not twice as many per round.
        assertEquals(3, labelled.getNumPartitions());
        java.util.Map<String, String> groups = labelled.collectAsMap();
        assertEquals(15, groups.size());
        nodes.stream().filter(n -> n.startsWith("n")).forEach(n -> assertEquals("n00", groups.get(n), n));
        assertEquals("x", groups.get("y"));
        assertEquals("x", groups.get("x"));
        assertEquals("z", groups.get("z"));
    }

    @Test
    void aGeneratedCorpusInManyPartitionsGivesTheQuadsOfIngest() throws Exception {
        Path corpus = dir.resolve("corpus");
        generate(corpus, 120);
        List<Path> md;
        try (Stream<Path> files = Files.walk(corpus)) {
            md = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        // Forty of them as a JSON Lines corpus instead, with a bad line and an id given twice in it.
        List<String> lines = new ArrayList<>();
        for (Path f : md.subList(0, 40)) {
            Article a = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(f);
            JsonObject o = new JsonObject();
            o.addProperty("id", "line-" + a.id());
            o.addProperty("date", String.valueOf(a.published()));
            o.addProperty("lang", a.lang());
            o.addProperty("title", a.title());
            o.addProperty("text", a.text());
            lines.add(o.toString());
            Files.delete(f);
        }
        lines.add(5, "{\"id\": \"broken\", \"text\": ");
        lines.add(lines.get(0));
        Files.writeString(corpus.resolve("lines.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        // An article id that two files give: ingest stores each under an id of its own, and so must the job.
        Path again = md.get(100);
        Files.createDirectories(corpus.resolve("zz"));
        Files.writeString(corpus.resolve("zz").resolve(again.getFileName()), Files.readString(again)
                .replaceFirst("(?s)\n---\n", "\n---\n\nAdded later: the story continues.\n"), StandardCharsets.UTF_8);

        Stores.Ingested local = Stores.ingest(List.of(corpus), dir.resolve("ingested"));
        assertEquals(0, local.summary().replaced(), "two files of one name are stored apart");
        assertEquals(1, local.summary().notes().size(), local.summary().notes().toString());
        Path out = dir.resolve("out");
        SparkIngest.Summary s = new SparkIngest(sc).run(options(List.of(corpus), out, 7, true));
        assertEquals(0, s.replaced());
        String stem = ArticleReader.idOf(again.getFileName().toString());
        assertEquals(2, Stores.output(out).stream().map(q -> q.split(" ")[0])
                .filter(iri -> iri.matches("<.*/source/" + stem + "-[0-9a-f]{8}>")).distinct().count(),
                "the two articles of one name, each under its own id");
        assertEquals(local.summary().added(), s.stored());
        Stores.assertSameLines(local.quads(), Stores.output(out), "the job's quads against ingest's store");
        assertEquals(local.summary().problems().size(), s.failed());
        assertTrue(Files.list(out.resolve("merged")).anyMatch(f -> f.toString().endsWith(".nq.gz")), "compressed parts");
    }

    @Test
    void articlesOnAnotherFileSystemGetTheIdsIngestGivesTheirCopy() throws Exception {
        // A folder below the working folder, seen through viewfs:// as the job sees HDFS or S3A: each
        // file's path below that file system's root is the one ingest is given in a copy of it.
        Path copy = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "remote-");
        String below = Path.of("").toAbsolutePath().relativize(copy).toString().replace('\\', '/');
        try {
            List<Path> samples;
            try (Stream<Path> files = Files.list(ROOT.resolve("data/articles"))) {
                samples = files.sorted().toList();
            }
            Path news = copy.resolve("news");
            String name = samples.get(0).getFileName().toString();
            String stem = ArticleReader.idOf(name);
            // One name in two folders; a .txt beside a .md of one stem; a corpus line with a file's id.
            write(news.resolve("a").resolve(name), samples.get(0));
            write(news.resolve("b").resolve(name), samples.get(1));
            write(news.resolve("b").resolve(ArticleReader.idOf(samples.get(2).getFileName().toString()) + ".md"), samples.get(2));
            write(news.resolve("b").resolve(samples.get(2).getFileName()), samples.get(3));
            write(news.resolve("unique").resolve(samples.get(4).getFileName()), samples.get(4));
            List<String> lines = new ArrayList<>();
            for (String id : List.of(stem, "line-only")) {
                Article a = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(samples.get(3));
                JsonObject o = new JsonObject();
                o.addProperty("id", id);
                if (a.published() != null) {
                    o.addProperty("date", String.valueOf(a.published()));
                }
                o.addProperty("lang", a.lang());
                o.addProperty("text", a.text());
                lines.add(o.toString());
            }
            Files.writeString(news.resolve("lines.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

            Stores.Ingested local = Stores.ingest(List.of(news), dir.resolve("ingested"));
            assertEquals(2, local.summary().notes().size(), "the clashes ingest resolves: " + local.summary().notes());
            assertEquals(7, local.summary().added(), "problems: " + local.summary().problems());

            sc.hadoopConfiguration().set("fs.viewfs.mounttable.default.link./" + below, copy.toUri().toString());
            Path out = dir.resolve("out");
            SparkIngest.Summary s = new SparkIngest(sc).run(new SparkIngest.Options(List.of("viewfs:///" + below + "/news"),
                    out.toString(), new Settings(NKG.ID_BASE, ArticleReader.DEFAULT_MAX_BYTES), 0, false, false));
            assertEquals(7, s.stored());
            assertEquals(0, s.replaced());
            List<String> ids = Stores.output(out).stream().map(q -> q.split(" ")[0])
                    .filter(iri -> iri.matches("<.*/source/[^/#>]+>")).distinct().toList();
            assertEquals(7, ids.size(), ids.toString());
            assertEquals(3, ids.stream().filter(iri -> iri.matches("<.*/source/" + stem + "-[0-9a-f]{8}>")).count(),
                    "the two files and the line that claim " + stem + ", each under its own id: " + ids);
            Stores.assertSameLines(local.quads(), Stores.output(out), "the job's quads from viewfs:// against ingest's store");
        } finally {
            try (Stream<Path> files = Files.walk(copy)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void write(Path to, Path from) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static SparkIngest.Options options(List<Path> inputs, Path out, int partitions, boolean compress) {
        return new SparkIngest.Options(inputs.stream().map(Path::toString).toList(), out.toString(),
                new Settings(NKG.ID_BASE, ArticleReader.DEFAULT_MAX_BYTES), partitions, compress, false);
    }

    /** {@code java bench/Generate.java}: the benchmark's corpus generator. */
    static void generate(Path out, int count) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                ROOT.resolve("bench/Generate.java").toString(), "--count", String.valueOf(count), "--seed", "11",
                "--out", out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
    }
}
