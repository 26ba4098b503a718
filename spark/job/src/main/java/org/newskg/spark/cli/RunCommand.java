package org.newskg.spark.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.rdf.NKG;
import org.newskg.read.ArticleReader;
import org.newskg.spark.Settings;
import org.newskg.spark.SparkIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg-spark run PATH…}: the Spark job; see {@link SparkIngest}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Read articles (files, folders or globs on any Hadoop file system: file:, hdfs://, s3a://; "
                + ".txt/.md with front matter, saved .html pages, .jsonl corpora), extract and merge them as "
                + "`newskg ingest` does, and write N-Quads to OUT/graphs (one named graph per article) and "
                + "OUT/merged (the merged view); problems go to OUT/problems. Run it with spark-submit.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files, folders or globs")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "output folder (must not exist)")
    String out;

    @Option(names = "--overwrite", description = "replace the output folder if it exists")
    boolean overwrite;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = NKG.ID_BASE,
            description = "base IRI of minted resources (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "refuse files (and corpus lines) larger than this (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "partitions of the extraction stage (default: from the number of files and cores)")
    int partitions;

    @Option(names = "--compress", description = "gzip the N-Quads parts (.nq.gz)")
    boolean compress;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master when spark-submit sets none (default: ${DEFAULT-VALUE})")
    String master;

    @Option(names = {"-v", "--verbose"}, description = "show stack traces of errors")
    boolean verbose;

    @Override
    public Integer call() {
        if (maxBytes <= 0 || partitions < 0) {
            throw new UsageError("--max-bytes must be positive and --partitions not negative", 2, null);
        }
        SparkIngest.Summary s;
        try {
            s = SparkIngest.runInOwnContext(new SparkIngest.Options(inputs, out, new Settings(base, maxBytes),
                    partitions, compress, overwrite), master);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage(), 2, e);
        }
        PrintWriter err = spec.commandLine().getErr();
        s.firstProblems().forEach(p -> err.println("newskg-spark run: " + p));
        long more = s.failed() + s.withoutFacts() - s.firstProblems().size();
        if (more > 0) {
            err.println("newskg-spark run: and " + more + " more in " + out + "/problems");
        }
        err.flush();
        PrintWriter o = spec.commandLine().getOut();
        o.println(s.render());
        o.flush();
        // As newskg ingest: a file that failed, or an article with no fact, makes the exit code 1.
        return s.failed() + s.withoutFacts() == 0 ? 0 : 1;
    }
}
