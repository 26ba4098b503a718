package org.newskg.spark.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * newskg-spark.jar submitted with spark-submit to a real standalone cluster on loopback (a master and
 * two workers of one core, started from the Maven artifacts) builds, once loaded with the
 * documented command, the store that {@code ./newskg ingest} builds from the same articles: the
 * same N-Quads export, the same answers from {@code who} and {@code timeline}, the same graph
 * through {@code serve} and {@code push}.
 */
class LoopbackClusterIT {

    private static final Path ROOT = Path.of(System.getProperty("newskg.root", "../..")).toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("newskg.spark.jar", "../job/target/newskg-spark.jar"))
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theJobOnALoopbackClusterBuildsTheStoreThatIngestBuilds() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: build it with mvn -f spark/pom.xml verify");
        Path corpus = dir.resolve("corpus");
        run(List.of(java(), ROOT.resolve("bench/Generate.java").toString(), "--count", "60", "--seed", "5",
                "--out", corpus.toString()), 0);
        List<String> inputs = List.of(ROOT.resolve("data/articles").toString(),
                ROOT.resolve("src/test/resources/inputs").toString(), corpus.toString());

        Path ingested = dir.resolve("ingested");
        List<String> ingest = new ArrayList<>(List.of(newskg(), "ingest", "--no-progress", "--store", ingested.toString()));
        ingest.addAll(inputs);
        String ingestOut = run(ingest, 1); // the fictional corpus has bad lines on purpose

        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", "--out", out.toString(), "--partitions", "4", "--compress"));
        args.addAll(inputs);
        LoopbackCluster.Submitted job;
        long t0 = System.nanoTime();
        try (LoopbackCluster cluster = new LoopbackCluster(Files.readString(classpathFile()).strip(), jvmOptions(),
                dir.resolve("cluster"), 2, 1, "1536m")) {
            System.out.printf("cluster up in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            job = cluster.submit(JAR, "1g", args);
        }
        System.out.printf("job on the cluster: %.1f s%n", job.took().toMillis() / 1000.0);
        assertEquals(1, job.exitCode(), "the bad inputs make the exit code 1\n" + job.out() + job.err());
        assertTrue(job.out().contains(" stored, 0 replaced"), job.out());
        // The same number of articles stored, as the two summaries count them.
        assertEquals(count(ingestOut, "(\\d+) added"), count(job.out(), "(\\d+) stored"), ingestOut + "\n" + job.out());

        Path loaded = dir.resolve("loaded");
        String load = run(List.of(java(), "-jar", JAR.toString(), "load", "--store", loaded.toString(), out.toString()), 0);
        assertTrue(load.startsWith("loaded "), load);

        List<String> expected = export(ingested);
        assertTrue(expected.size() > 10_000, "a corpus too small to tell: " + expected.size());
        assertEquals(expected, export(loaded), "the loaded store's export against ingest's");
        assertEquals(count(load, "loaded (\\d+) quads"), expected.size());

        for (List<String> question : List.of(
                List.of("who", "--org", "OpenAI", "--role", "Chief Executive Officer", "--at", "2024-07-01", "--format", "tsv"),
                List.of("timeline", "--person", "Ilya Sutskever", "--format", "tsv"),
                List.of("holdings", "--format", "tsv"))) {
            assertEquals(ask(ingested, question), ask(loaded, question), String.join(" ", question));
        }
        assertEquals(expected, servedThenPushed(loaded, expected.size()), "pushed from the loaded store");
    }

    /** {@code serve} counts the loaded store's quads; {@code push} copies it into a Fuseki, read back as N-Quads. */
    private List<String> servedThenPushed(Path store, int quads) throws Exception {
        int port = freePort();
        Process serve = new ProcessBuilder(newskg(), "serve", "--store", store.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        String count;
        try {
            String q = "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";
            count = poll(URI.create("http://127.0.0.1:" + port + "/newskg/sparql?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8)), "text/csv");
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
        assertEquals(String.valueOf(quads), count.strip().split("\\R")[1].strip(), "quads served: " + count);
        int fusekiPort = freePort();
        Path target = dir.resolve("PushTarget.java");
        try (var in = LoopbackClusterIT.class.getResourceAsStream("/PushTarget.java")) {
            Files.copy(in, target);
        }
        Process fuseki = new ProcessBuilder(java(), "-cp", ROOT.resolve("target/newskg.jar").toString(), target.toString(),
                String.valueOf(fusekiPort)).redirectErrorStream(true).redirectOutput(dir.resolve("fuseki.log").toFile()).start();
        try {
            URI ds = URI.create("http://127.0.0.1:" + fusekiPort + "/ds");
            poll(URI.create(ds + "?default"), "application/n-triples");
            run(List.of(newskg(), "push", "--store", store.toString(), ds.toString()), 0);
            List<String> lines = new ArrayList<>(Arrays.asList(poll(ds, "application/n-quads").split("\n")));
            lines.removeIf(String::isEmpty);
            Collections.sort(lines);
            return lines;
        } finally {
            fuseki.destroy();
            fuseki.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String poll(URI uri, String accept) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
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

    private List<String> export(Path store) throws Exception {
        Path f = dir.resolve(store.getFileName() + ".nq");
        // With the name keys and the whole role vocabulary: every quad of the store.
        run(List.of(newskg(), "export", "--store", store.toString(), "--format", "nquads", "--with-index", "--with-vocabulary",
                "--out", f.toString()), 0);
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        Collections.sort(lines);
        return lines;
    }

    private String ask(Path store, List<String> question) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(newskg()));
        cmd.addAll(question);
        cmd.addAll(List.of("--store", store.toString()));
        return run(cmd, 0);
    }

    /** Runs a command, checks its exit code, returns its standard output (its errors go to a log). */
    private String run(List<String> cmd, int expectedCode) throws Exception {
        Path err = Files.createTempFile(dir, "cmd", ".err");
        Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        assertEquals(expectedCode, code, String.join(" ", cmd) + "\n" + out + Files.readString(err));
        return out;
    }

    private static long count(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
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
