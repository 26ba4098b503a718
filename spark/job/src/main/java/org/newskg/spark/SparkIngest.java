package org.newskg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * {@code newskg ingest} as a Spark job: reads articles in every format newskg reads from any
 * Hadoop-compatible path, extracts them per partition with the very code of {@code ingest}, derives
 * the merged view as Spark stages, and writes N-Quads that Jena's bulk loaders turn into the store
 * {@code ingest} would have built from the same articles:
 *
 * <pre>
 *   OUT/graphs/part-r-*.nq[.gz]   one named graph per article (the graph name is its source IRI)
 *   OUT/merged/part-r-*.nq[.gz]   the merged view: the default graph
 *   OUT/problems/part-*           one line per input that could not be read, or gave no fact
 *
 *   SparkIngest.Summary s = new SparkIngest(sc).run(
 *           new SparkIngest.Options(List.of("s3a://archive/news/"), "hdfs:///kg/run1", settings, 0, true, false));
 * </pre>
 */
public final class SparkIngest {

    private static final Logger LOG = LoggerFactory.getLogger(SparkIngest.class);
    private static final StorageLevel SPILL = StorageLevel.MEMORY_AND_DISK_SER();
    /** Files per partition of the first stage, when not told: small tasks balance uneven files. */
    private static final int FILES_PER_PARTITION = 250;

    /**
     * @param inputs     files, folders or globs on any Hadoop file system
     * @param out        the output folder, which must not exist unless {@code overwrite}
     * @param partitions partitions of the first stage; 0 for a number from the input and the cluster
     * @param compress   gzip the N-Quads parts
     */
    public record Options(List<String> inputs, String out, Settings settings, int partitions, boolean compress,
                          boolean overwrite) {
        public Options {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * What a run did, counted as {@code newskg ingest} counts: files and articles read, articles
     * stored (an id given twice is stored once: the later), problems (one line each, the first few
     * kept here and all in {@code OUT/problems}), facts extracted, quads written; and the time each
     * stage took, in order.
     */
    public record Summary(long files, long articles, long stored, long replaced, long failed, long withoutFacts,
                          long holdings, long events, long articleQuads, long mergedQuads, List<String> firstProblems,
                          Map<String, Duration> stages, Duration elapsed) {

        public Summary {
            firstProblems = List.copyOf(firstProblems);
            stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        }

        public String render() {
            double secs = Math.max(0.001, elapsed.toMillis() / 1000.0);
            String read = articles == files ? files + " files" : files + " files, " + articles + " articles";
            return String.format("%s: %d stored, %d replaced, %d failed, %d with no facts%n"
                            + "%d holdings, %d events; %d quads (%d in article graphs, %d in the merged view); "
                            + "%.1f s (%.1f articles/s)",
                    read, stored, replaced, failed, withoutFacts, holdings, events, articleQuads + mergedQuads,
                    articleQuads, mergedQuads, secs, articles / secs)
                    + stages.entrySet().stream().map(e -> String.format("%s %.1f s", e.getKey(), e.getValue().toMillis() / 1000.0))
                    .collect(Collectors.joining(", ", String.format("%nstages: "), ""));
        }
    }

    /** How many problems a summary keeps in memory; the rest are in {@code OUT/problems}. */
    public static final int PROBLEMS_SHOWN = 50;

    private final JavaSparkContext sc;

    public SparkIngest(JavaSparkContext sc) {
        this.sc = sc;
    }

    /**
     * Runs the job in a Spark context of its own: the master is the one spark-submit sets, else
     * {@code master}. The context is stopped before returning.
     */
    public static Summary runInOwnContext(Options o, String master) {
        SparkConf conf = new SparkConf().setAppName("newskg ingest");
        if (!conf.contains("spark.master")) {
            conf.setMaster(master);
        }
        // Cached stages are N-Quads text: compressed, they take a tenth of the memory and disk.
        conf.setIfMissing("spark.rdd.compress", "true");
        // Before Spark starts: an output folder in the way is a usage error, found at once.
        prepareOutput(o, SparkHadoopUtil.get().newConfiguration(conf));
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            return new SparkIngest(sc).run(o);
        }
    }

    public Summary run(Options o) {
        long t0 = System.nanoTime();
        Stopwatch clock = new Stopwatch();
        Configuration hadoop = sc.hadoopConfiguration();
        prepareOutput(o, hadoop);
        InputListing listing = InputListing.of(o.inputs(), hadoop, o.settings().maxBytes());
        clock.lap("listing");
        LOG.info("{} input files, {} problems listing them", listing.files().size(), listing.problems().size());
        // As ingest says them: inputs that claimed one article id, each stored under one of its own.
        listing.clashes().forEach(LOG::warn);
        Broadcast<HadoopConf> conf = sc.broadcast(new HadoopConf(new Configuration(hadoop)));
        int partitions = o.partitions() > 0 ? o.partitions()
                : Math.max(1, Math.min(listing.files().size(), Math.max(3 * sc.defaultParallelism(),
                        (listing.files().size() + FILES_PER_PARTITION - 1) / FILES_PER_PARTITION)));

        JavaRDD<Extracted> extracted = sc.parallelize(listing.files(), partitions)
                .mapPartitions(new Extraction(o.settings(), conf)).persist(SPILL);
        JavaRDD<Extracted> read = extracted.filter(Extracted::isArticle);
        long articles = extracted.count();
        long readOk = read.count();

        // An id given by two inputs is stored once, from the later input, as ingest replaces it.
        JavaPairRDD<String, Long> latest = read.mapToPair(a -> new Tuple2<>(a.sourceIri(), a.order()))
                .reduceByKey(Math::max).persist(SPILL);
        long stored = latest.count();
        clock.lap("reading and extraction");
        JavaRDD<Extracted> articleRdd = read;
        if (stored < readOk) {
            articleRdd = read.mapToPair(a -> new Tuple2<>(a.sourceIri(), a)).join(latest)
                    .filter(e -> e._2()._1().order() == e._2()._2()).map(e -> e._2()._1()).persist(SPILL);
        }
        final JavaRDD<Extracted> kept = articleRdd;

        save(kept.map(a -> strip(a.quads())), o.out() + "/graphs", o.compress(), hadoop);
        clock.lap("article graphs");
        JavaRDD<String> merged = MergedViewStages.of(sc, kept, o.settings(), partitions).persist(SPILL);
        save(merged, o.out() + "/merged", o.compress(), hadoop);
        long mergedQuads = merged.count();
        clock.lap("merged view");
        long articleQuads = kept.map(a -> (long) a.quadCount()).fold(0L, Long::sum);
        long holdings = read.map(a -> (long) a.holdings()).fold(0L, Long::sum);
        long events = read.map(a -> (long) a.eventCount()).fold(0L, Long::sum);

        JavaRDD<Tuple2<Long, String>> problems = extracted
                .filter(a -> a.problem() != null || a.warning() != null)
                .map(a -> new Tuple2<>(a.order(), a.problem() != null ? a.problem() : a.warning()));
        List<Tuple2<Long, String>> listed = new ArrayList<>();
        listing.problems().forEach(p -> listed.add(new Tuple2<>(-1L, p)));
        JavaRDD<Tuple2<Long, String>> allProblems = sc.parallelize(listed, 1).union(problems)
                .sortBy(Tuple2::_1, true, 1).persist(SPILL);
        allProblems.map(Tuple2::_2).saveAsTextFile(o.out() + "/problems");
        List<String> first = allProblems.map(Tuple2::_2).take(PROBLEMS_SHOWN);
        long failed = listing.problems().size() + articles - readOk;
        long withoutFacts = read.filter(a -> a.warning() != null).count();
        clock.lap("counts and problems");

        merged.unpersist(false);
        allProblems.unpersist(false);
        latest.unpersist(false);
        if (kept != read) {
            kept.unpersist(false);
        }
        extracted.unpersist(false);
        return new Summary(listing.files().size() + listing.problems().size(), articles + listing.problems().size(),
                stored, readOk - stored, failed, withoutFacts, holdings, events, articleQuads, mergedQuads, first,
                clock.laps, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The time of each stage of a run, for the summary. */
    private static final class Stopwatch {
        private final Map<String, Duration> laps = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            laps.put(stage, Duration.ofNanos(now - last));
            last = now;
        }
    }

    /** Checks the output folder before any work: an existing one is an error, or removed when asked. */
    private static void prepareOutput(Options o, Configuration hadoop) {
        try {
            Path out = new Path(o.out());
            FileSystem fs = out.getFileSystem(hadoop);
            if (fs.exists(out)) {
                if (!o.overwrite()) {
                    throw new IllegalArgumentException(o.out() + " exists: give another output folder, or --overwrite");
                }
                fs.delete(out, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the output folder " + o.out() + ": " + e.getMessage(), e);
        }
    }

    /** Writes text parts named {@code .nq} (or {@code .nq.gz}), one element per line (or run of lines). */
    private static void save(JavaRDD<String> lines, String dir, boolean compress, Configuration hadoop) {
        Configuration c = new Configuration(hadoop);
        try {
            Job job = Job.getInstance(c);
            FileOutputFormat.setCompressOutput(job, compress);
            if (compress) {
                FileOutputFormat.setOutputCompressorClass(job, GzipCodec.class);
            }
            c = job.getConfiguration();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.mapToPair(l -> new Tuple2<>(NullWritable.get(), new Text(l)))
                .saveAsNewAPIHadoopFile(dir, NullWritable.class, Text.class, NQuads.OutputFormat.class, c);
    }

    /** Text without its final newline: the output format adds one. */
    private static String strip(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
