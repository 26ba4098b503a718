package org.newskg.spark.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real standalone Spark cluster on loopback, started from the Maven artifacts (no Spark
 * distribution): a master and workers, each its own JVM on Spark's classpath, every listener on
 * 127.0.0.1; and spark-submit against it. Used by the tests and by {@code bench/spark}:
 *
 * <pre>
 *   java -cp "$(cat spark/cluster/target/spark-classpath.txt):spark/cluster/target/test-classes" \
 *       org.newskg.spark.cluster.LoopbackCluster --workers 2 --cores 1 --memory 2g --work /tmp/c -- \
 *       spark/job/target/newskg-spark.jar run --out /tmp/out data/articles
 * </pre>
 */
public final class LoopbackCluster implements AutoCloseable {

    /** Starting a master and two workers takes seconds on a quiet machine, 60-90 s on a loaded one. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final String classpath;
    private final List<String> jvmOptions;
    private final Path work;
    private final List<Process> processes = new ArrayList<>();
    private final int masterPort;
    private final int uiPort;

    /**
     * Starts a master and {@code workers} workers, and returns once all workers have registered.
     *
     * @param classpath  Spark's classpath (its jars, nothing of newskg's)
     * @param jvmOptions Spark's JVM options for Java 17 (for the driver and executors)
     * @param work       a folder for the cluster's SPARK_HOME, logs and the workers' folders
     */
    public LoopbackCluster(String classpath, List<String> jvmOptions, Path work, int workers, int cores, String memory)
            throws IOException, InterruptedException {
        this.classpath = classpath;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.work = work;
        // The launcher wants a SPARK_HOME with a jars folder; the classpath comes from -cp and extraClassPath.
        Files.createDirectories(work.resolve("spark-home/jars"));
        masterPort = freePort();
        uiPort = freePort();
        try {
            processes.add(start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(uiPort)));
            waitFor(0);
            for (int i = 0; i < workers; i++) {
                Path dir = Files.createDirectories(work.resolve("worker-" + i));
                processes.add(start("worker-" + i, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                        "--webui-port", "0", "--cores", String.valueOf(cores), "--memory", memory,
                        "--work-dir", dir.toString(), masterUrl()));
            }
            waitFor(workers);
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    public String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** What spark-submit printed and its exit code. */
    public record Submitted(int exitCode, String out, String err, Duration took) {
    }

    /**
     * {@code spark-submit --master spark://… --deploy-mode client APP.jar ARGS…}, run in a JVM of its
     * own (the driver), with each executor given {@code executorMemory}; a driver still running after
     * {@code timeout} is ended, and that is an error naming its output.
     */
    public Submitted submit(Path appJar, String executorMemory, List<String> args, Duration timeout)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(java());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-Xmx1g", "-cp", classpath, "org.apache.spark.deploy.SparkSubmit",
                "--master", masterUrl(), "--deploy-mode", "client",
                "--conf", "spark.ui.enabled=false",
                "--conf", "spark.log.level=WARN",
                "--conf", "spark.executor.memory=" + executorMemory,
                // No Spark distribution: executors take Spark from this classpath, newskg from the app jar.
                "--conf", "spark.executor.extraClassPath=" + classpath,
                "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", jvmOptions),
                appJar.toString()));
        cmd.addAll(args);
        Path out = work.resolve("submit.out");
        Path err = work.resolve("submit.err");
        long t0 = System.nanoTime();
        Process p = builder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IOException("spark-submit did not end within " + timeout.toSeconds() + " s; see " + out + " and " + err);
        }
        int code = p.exitValue();
        return new Submitted(code, Files.readString(out), Files.readString(err), Duration.ofNanos(System.nanoTime() - t0));
    }

    private Process start(String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(java());
        cmd.addAll(List.of("-Xmx512m", "-Dspark.master.rest.enabled=false", "-cp", classpath, mainClass));
        cmd.addAll(Arrays.asList(args));
        return builder(cmd).redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile()).start();
    }

    private ProcessBuilder builder(List<String> cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", work.resolve("spark-home").toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOCAL_DIRS", work.resolve("local").toString());
        return pb;
    }

    /** Waits until the master answers and has {@code workers} workers alive. */
    private void waitFor(int workers) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Pattern alive = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IOException("a cluster process ended (exit " + p.exitValue() + "); see the logs in " + work);
                }
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = alive.matcher(r.body());
                if (r.statusCode() == 200 && m.find() && Integer.parseInt(m.group(1)) >= workers) {
                    return;
                }
            } catch (IOException notYet) {
                // the master is still starting
            }
            Thread.sleep(250);
        }
        throw new IOException("the cluster did not start within " + START_TIMEOUT.toSeconds() + " s; see the logs in " + work);
    }

    @Override
    public void close() {
        // Workers first, so that they do not try to reconnect to a master that is gone.
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            p.destroy();
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }

    private static List<String> java() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * Starts a cluster, submits one application to it, prints spark-submit's output and the time
     * it took, and stops the cluster; exits with the application's exit code.
     */
    public static void main(String[] argv) throws Exception {
        int workers = 2;
        int cores = 1;
        String memory = "2g";
        String executorMemory = "1536m";
        Path work = null;
        int i = 0;
        for (; i < argv.length && !argv[i].equals("--"); i += 2) {
            switch (argv[i]) {
                case "--workers" -> workers = Integer.parseInt(argv[i + 1]);
                case "--cores" -> cores = Integer.parseInt(argv[i + 1]);
                case "--memory" -> memory = argv[i + 1];
                case "--executor-memory" -> executorMemory = argv[i + 1];
                case "--work" -> work = Path.of(argv[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + argv[i]);
            }
        }
        if (work == null || i + 1 >= argv.length) {
            System.err.println("usage: LoopbackCluster [--workers N] [--cores N] [--memory M] [--executor-memory M] "
                    + "--work DIR -- APP.jar ARGS…");
            System.exit(2);
        }
        String classpath = System.getProperty("java.class.path");
        List<String> options = Arrays.asList(System.getProperty("newskg.spark.jvmOptions", "").split("\\s+"));
        long t0 = System.nanoTime();
        int code;
        try (LoopbackCluster c = new LoopbackCluster(classpath, options.stream().filter(s -> !s.isEmpty()).toList(),
                work, workers, cores, memory)) {
            System.err.printf("cluster: %d workers x %d cores up in %.1f s at %s%n", workers, cores,
                    (System.nanoTime() - t0) / 1e9, c.masterUrl());
            // A benchmark may run for hours: no time limit of its own.
            Submitted s = c.submit(Path.of(argv[i + 1]), executorMemory, Arrays.asList(argv).subList(i + 2, argv.length),
                    Duration.ofDays(7));
            System.out.print(s.out());
            System.err.print(s.err());
            System.err.printf("cluster: application finished in %.1f s (exit %d)%n", s.took().toMillis() / 1000.0, s.exitCode());
            code = s.exitCode();
        }
        System.exit(code);
    }
}
