package org.newskg.cli;

import java.io.IOError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Ingest;
import org.newskg.pipeline.IngestSummary;
import org.newskg.read.InputCollector;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.StoreErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg ingest PATH…}: read, extract, store; a summary at the end. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles (files or folders, recursively: .txt/.md with front matter, saved .html pages, "
                + ".jsonl corpora with one article per line), extract who held which role when, and store them. "
                + "Unchanged articles are skipped; changed ones replace their graph.")
final class IngestCommand implements Callable<Integer> {

    /** Progress bars pay off only on long runs. */
    private static final int PROGRESS_THRESHOLD = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "article files or folders; - reads JSON Lines (one article per line) from standard input")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: all cores)")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "256",
            description = "articles per write transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5242880",
            description = "refuse files (and corpus lines) larger than this (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--no-progress", description = "never show a progress bar")
    boolean noProgress;

    @Option(names = "--dry-run", description = "read and extract, but store nothing (the store is not opened): "
            + "a check of the inputs, and a measure of extraction speed")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxBytes <= 0 || batch <= 0 || (threads != null && threads <= 0)) {
            throw new UserException("--max-bytes, --batch and --threads must be positive", 2);
        }
        InputCollector.Inputs inputs = Ingest.collect(paths);
        Components parts = new Components(store.iris(), maxBytes);
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        IngestSummary summary;
        if (dryRun) {
            Ingest ingest = new Ingest(parts.processor(), null, null, n, batch);
            summary = withProgress(inputs, (files, problems, progress) -> ingest.dryRun(files, problems, progress));
        } else {
            store.refuseIfServed("ingest");
            try (KnowledgeStore ks = store.openAsIs(true)) {
                Ingest ingest = new Ingest(parts.processor(), ks, parts.merger(), n, batch);
                summary = withProgress(inputs, ingest::run);
            } catch (RuntimeException | InternalError | IOError e) {
                if (e instanceof UserException || StoreErrors.ioCause(e).isEmpty()
                        || e instanceof Error && !StoreErrors.isDiskError(e)) {
                    throw e;
                }
                // Each batch is one transaction: the one that failed left nothing, the ones before are whole.
                throw new UserException("cannot write to the store at " + store.store + ": " + StoreErrors.ioCause(e).get()
                        + "; the batches stored before it are kept; make room and run the ingest again to store the rest "
                        + "(until then, answers come from the last complete ingest)", 1, e);
            }
        }
        summary.notes().forEach(note -> err.println("newskg ingest: " + note));
        summary.problems().forEach(p -> err.println("newskg ingest: " + p));
        if (!store.quiet) {
            summary.warnings().forEach(w -> err.println("newskg ingest: " + w));
        }
        err.flush();
        if (!store.quiet) {
            out.println(dryRun ? summary.renderDryRun() : summary.render());
        }
        out.flush();
        // An article without facts (a weather story) was read and stored: counted, not a failure.
        return summary.problems().isEmpty() ? 0 : 1;
    }

    private interface Run {
        IngestSummary run(List<Path> files, List<String> problems, java.util.function.IntConsumer progress);
    }

    private IngestSummary withProgress(InputCollector.Inputs inputs, Run run) {
        // A corpus file holds many articles: the bar counts articles.
        // Only on a terminal: in a log file the bar's carriage-return frames are noise.
        long units = noProgress || store.quiet || !Terminal.stderrIsTerminal() ? 0 : Ingest.countArticles(inputs.files());
        if (units >= PROGRESS_THRESHOLD) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(units)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build()) {
                return run.run(inputs.files(), inputs.problems(), bar::stepTo);
            }
        }
        return run.run(inputs.files(), inputs.problems(), done -> { });
    }
}
