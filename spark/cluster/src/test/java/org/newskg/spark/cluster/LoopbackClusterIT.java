package org.newskg.spark.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * newskg-spark.jar submitted with spark-submit to a real standalone cluster on loopback (a master and
 * two workers of one core, started from the Maven artifacts) writes the quads {@code ./newskg
 * ingest} stores from the same articles: the article graphs and the merged view alike. Loaded with
 * the documented command, its output is a store that {@code export}, {@code who}, {@code timeline},
 * {@code serve} and {@code push} read as they read ingest's. The cluster is started once, for one
 * small run (the sample articles, every input format, a few dozen generated articles) that every
 * test here looks at.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class LoopbackClusterIT {

    private static final Path ROOT = Path.of(System.getProperty("newskg.root", "../..")).toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("newskg.spark.jar", "../job/target/newskg-spark.jar"))
            .toAbsolutePath().normalize();
    /** The job on ~50 articles takes under a minute on a quiet machine, three on a loaded one. */
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(8);
    /** Any one newskg command on the small store. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    static Path dir;

    private static Path ingested;
    private static String ingestOut;
    private static List<String> expected;
    private static Path out;
    private static LoopbackCluster.Submitted job;

    @BeforeAll
    static void ingestThenRunTheJobOnTheCluster() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: build it with mvn -f spark/pom.xml verify");
        Path corpus = dir.resolve("corpus");
        run(List.of(java(), ROOT.resolve("bench/Generate.java").toString(), "--count", "36", "--seed", "5",
                "--out", corpus.toString()), 0);
        List<String> inputs = List.of(ROOT.resolve("data/articles").toString(),
                ROOT.resolve("src/test/resources/inputs").toString(), corpus.toString());

        ingested = dir.resolve("ingested");
        List<String> ingest = new ArrayList<>(List.of(newskg(), "ingest", "--no-progress", "--store", ingested.toString()));
        ingest.addAll(inputs);
        ingestOut = run(ingest, 1); // the fictional inputs have bad lines on purpose
        expected = export(ingested);

        out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", "--out", out.toString(), "--partitions", "4", "--compress"));
        args.addAll(inputs);
        long t0 = System.nanoTime();
        try (LoopbackCluster cluster = new LoopbackCluster(Files.readString(classpathFile()).strip(), jvmOptions(),
                dir.resolve("cluster"), 2, 1, "1536m")) {
            System.out.printf("cluster up in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            job = cluster.submit(JAR, "1g", args, JOB_TIMEOUT);
        }
        System.out.printf("job on the cluster: %.1f s%n", job.took().toMillis() / 1000.0);
    }

    @Test
    void theJobEndsAsIngestDoesAndStoresAsManyArticles() {
        assertEquals(1, job.exitCode(), "the bad inputs make the exit code 1\n" + job.out() + job.err());
        assertTrue(job.out().contains(" stored, 0 replaced"), job.out());
        assertEquals(count(ingestOut, "(\\d+) added"), count(job.out(), "(\\d+) stored"), ingestOut + "\n" + job.out());
    }

    @Test
    void theArticleGraphsAreTheOnesIngestStores() throws IOException {
        List<String> graphs = expected.stream().filter(LoopbackClusterIT::inNamedGraph).toList();
        assertTrue(graphs.size() > 1000, "a corpus too small to tell: " + graphs.size());
        assertSameLines(graphs, parts(out.resolve("graphs")), "the article graphs against ingest's");
    }

    @Test
    void theMergedViewIsTheOneIngestBuilds() throws IOException {
        List<String> merged = expected.stream().filter(q -> !inNamedGraph(q)).toList();
        assertTrue(merged.size() > 1000, "a corpus too small to tell: " + merged.size());
        assertSameLines(merged, parts(out.resolve("merged")), "the merged view against ingest's");
    }

    @Test
    void theLoadedOutputIsAStoreThatEveryReadCommandReadsAsIngests() throws Exception {
        Path loaded = dir.resolve("loaded");
        String load = run(List.of(java(), "-jar", JAR.toString(), "load", "--store", loaded.toString(), out.toString()), 0);
        assertEquals(expected.size(), count(load, "^loaded (\\d+) quads"), load);
        assertSameLines(expected, export(loaded), "the loaded store's export against ingest's");
        for (List<String> question : List.of(
                List.of("who", "--org", "OpenAI", "--role", "Chief Executive Officer", "--at", "2024-07-01", "--format", "tsv"),
                List.of("timeline", "--person", "Ilya Sutskever", "--format", "tsv"),
                List.of("holdings", "--format", "tsv"))) {
            assertEquals(ask(ingested, question), ask(loaded, question), String.join(" ", question));
        }
        assertEquals(String.valueOf(expected.size()), served(loaded), "quads served");
        assertSameLines(expected, pushed(loaded), "pushed from the loaded store");
    }

    /** {@code serve} on the store: the number of quads its SPARQL endpoint counts. */
    private static String served(Path store) throws Exception {
        int port = freePort();
        Process serve = new ProcessBuilder(newskg(), "serve", "--store", store.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        try {
            String q = "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";
            String csv = poll(URI.create("http://127.0.0.1:" + port + "/newskg/sparql?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8)), "text/csv");
            return csv.strip().split("\\R")[1].strip();
        } finally {
            stop(serve);
        }
    }

    /** {@code push} of the store into a Fuseki that takes writes, read back as sorted N-Quads. */
    private static List<String> pushed(Path store) throws Exception {
        int port = freePort();
        Path target = dir.resolve("PushTarget.java");
        try (InputStream in = LoopbackClusterIT.class.getResourceAsStream("/PushTarget.java")) {
            Files.copy(in, target);
        }
        Process fuseki = new ProcessBuilder(java(), "-cp", ROOT.resolve("target/newskg.jar").toString(), target.toString(),
                String.valueOf(port)).redirectErrorStream(true).redirectOutput(dir.resolve("fuseki.log").toFile()).start();
        try {
            URI ds = URI.create("http://127.0.0.1:" + port + "/ds");
            poll(URI.create(ds + "?default"), "application/n-triples");
            run(List.of(newskg(), "push", "--store", store.toString(), ds.toString()), 0);
            return sortedLines(poll(ds, "application/n-quads"));
        } finally {
            stop(fuseki);
        }
    }

    /**
     * Whether an N-Quads line has a graph term: four terms (IRIs, blank nodes, literals with their
     * language or datatype) before its final dot, not three.
     */
    static boolean inNamedGraph(String line) {
        int terms = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '.' && terms >= 3) {
                break;
            } else if (c == '<') {
                i = line.indexOf('>', i) + 1;
                terms++;
            } else if (c == '"') {
                i++;
                while (line.charAt(i) != '"') {
                    i += line.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                if (i < n && line.charAt(i) == '@') {
                    while (i < n && line.charAt(i) != ' ') {
                        i++;
                    }
                } else if (line.startsWith("^^<", i)) {
                    i = line.indexOf('>', i) + 1;
                }
                terms++;
            } else {
                // a blank node: _:label
                while (i < n && line.charAt(i) != ' ') {
                    i++;
                }
                terms++;
            }
        }
        return terms == 4;
    }

    /** The lines of a run's N-Quads parts (gzipped), sorted. */
    private static List<String> parts(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("part-.*\\.nq\\.gz")).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    lines.addAll(sortedLines(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        Collections.sort(lines);
        return lines;
    }

    private static List<String> export(Path store) throws Exception {
        Path f = dir.resolve(store.getFileName() + ".nq");
        // With the name keys and the whole role vocabulary: every quad of the store.
        run(List.of(newskg(), "export", "--store", store.toString(), "--format", "nquads", "--with-index", "--with-vocabulary",
                "--out", f.toString()), 0);
        return sortedLines(Files.readString(f));
    }

    private static String ask(Path store, List<String> question) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(newskg()));
        cmd.addAll(question);
        cmd.addAll(List.of("--store", store.toString()));
        return run(cmd, 0);
    }

    /** Runs a command, checks its exit code, returns its standard output (its errors go to a log). */
    private static String run(List<String> cmd, int expectedCode) throws Exception {
        Path err = Files.createTempFile(dir, "cmd", ".err");
        Path stdout = Files.createTempFile(dir, "cmd", ".out");
        Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectOutput(stdout.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", cmd) + " did not end within " + COMMAND_TIMEOUT.toSeconds() + " s\n"
                    + Files.readString(stdout) + Files.readString(err));
        }
        String text = Files.readString(stdout);
        assertEquals(expectedCode, p.exitValue(), String.join(" ", cmd) + "\n" + text + Files.readString(err));
        return text;
    }

    private static String poll(URI uri, String accept) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Accept", accept)
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return r.body();
                }
                last = new IOException(uri + ": HTTP " + r.statusCode() + " " + r.body());
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(300);
        }
        throw new IOException("no answer from " + uri, last);
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    private static List<String> sortedLines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n")));
        lines.removeIf(String::isEmpty);
        Collections.sort(lines);
        return lines;
    }

    /** Fails naming the first lines that only one of two sorted lists has, not printing both lists. */
    private static void assertSameLines(List<String> expected, List<String> actual, String what) {
        // One walk through both, as they are sorted: removeAll would compare every line with every other.
        List<String> differences = new ArrayList<>();
        int i = 0;
        int j = 0;
        while ((i < expected.size() || j < actual.size()) && differences.size() < 10) {
            int c = i == expected.size() ? 1 : j == actual.size() ? -1 : expected.get(i).compareTo(actual.get(j));
            if (c == 0) {
                i++;
                j++;
            } else if (c < 0) {
                differences.add("missing: " + expected.get(i++));
            } else {
                differences.add("extra:   " + actual.get(j++));
            }
        }
        assertEquals(List.of(), differences, what + ": " + expected.size() + " lines expected, " + actual.size() + " found");
    }

    private static long count(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return Long.parseLong(m.group(1));
    }

    private static String newskg() {
        return ROOT.resolve("newskg").toString();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path classpathFile() {
        return Path.of(System.getProperty("newskg.spark.classpath", "target/spark-classpath.txt"));
    }

    private static List<String> jvmOptions() {
        return Arrays.stream(System.getProperty("newskg.spark.jvmOptions", "").split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
