package org.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import org.newskg.eval.Corpus;
import org.newskg.eval.GoldSet;
import org.newskg.extract.RuleBasedExtractor;
import org.newskg.extract.RulePriorityScorer;
import org.newskg.lang.Analyzer;
import org.newskg.pipeline.Components;
import org.newskg.read.ArticleReader;
import org.newskg.train.ScorerTrainer;
import org.newskg.train.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg train}: learns the candidate scorer from the training part of the annotated corpus
 * and the other training sets, and writes the model into the resources.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Learn the candidate scorer: extract the training articles, label every candidate fact by "
                + "aligning it with the gold, and fit an OpenNLP maxent model over the candidates' features. The "
                + "same data and code give the same model, byte for byte.",
                "Run it from the repository root: the defaults are the corpus's training part, the two older "
                + "generalization sets and the model's place in src/main/resources. The test part is never read."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "src/test/resources/corpus",
            description = "annotated corpus whose training part is learned from (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--set", paramLabel = "DIR",
            description = "a further training set: a folder with gold.tsv (and aliases.tsv) and its articles "
                    + "(default: src/test/resources/generalization and src/test/resources/heldout2)")
    List<Path> sets;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/" + Components.MODEL_RESOURCE,
            description = "where to write the model; its settings go beside it (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--iterations", defaultValue = "150", description = "GIS iterations (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "2", description = "least count of a feature (default: ${DEFAULT-VALUE})")
    int cutoff;

    @Option(names = "--threshold", defaultValue = "0.5",
            description = "least score of a chosen candidate, written to the settings (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = {"-v", "--verbose"}, description = "show stack traces of errors")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        List<Path> extra = sets != null ? sets
                : List.of(Path.of("src/test/resources/generalization"), Path.of("src/test/resources/heldout2"));
        if (!Files.isDirectory(corpus)) {
            throw new UserException(corpus + ": no such folder (run train from the repository root, or give --corpus)", 2);
        }
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            throw new UserException(out.getParent() + ": no such folder (run train from the repository root, or give --out)", 2);
        }
        List<TrainingSet> training = new ArrayList<>();
        try {
            Corpus c = new Corpus(corpus);
            training.add(new TrainingSet(corpus.toString(), c.articles(Corpus.Part.TRAIN), GoldSet.read(c, Corpus.Part.TRAIN)));
            for (Path s : extra) {
                training.add(set(s));
            }
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), 2);
        }
        Components parts = Components.standard();
        ScorerTrainer trainer = new ScorerTrainer(new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES), new Analyzer(),
                new RuleBasedExtractor(parts.lexicons(), parts.timeNormalizer(), new RulePriorityScorer()));
        PrintWriter err = spec.commandLine().getErr();
        err.println("newskg train: extracting and labelling " + training.stream().mapToInt(t -> t.articles().size()).sum()
                + " articles");
        err.flush();
        ScorerTrainer.Samples samples = trainer.collect(training);
        MaxentModel model = trainer.train(samples, iterations, cutoff);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScorerTrainer.write(model, new DataOutputStream(bytes));
        writeAtomically(out, bytes.toByteArray());
        String settings = "# Written by newskg train: the candidate scorer's settings and what it learned from.\n"
                + "threshold=" + threshold + "\n"
                + "iterations=" + iterations + "\n"
                + "cutoff=" + cutoff + "\n"
                + "articles=" + samples.articles() + "\n"
                + "holdings.true=" + samples.holdingsTrue() + "\n"
                + "holdings.false=" + samples.holdingsFalse() + "\n"
                + "events.true=" + samples.eventsTrue() + "\n"
                + "events.false=" + samples.eventsFalse() + "\n"
                + "skipped=" + samples.skipped() + "\n";
        writeAtomically(out.resolveSibling(Path.of(Components.MODEL_SETTINGS).getFileName()),
                settings.getBytes(StandardCharsets.UTF_8));
        PrintWriter o = spec.commandLine().getOut();
        o.printf("wrote %s (%d bytes) from %d articles: holdings %d true, %d false; events %d true, %d false; %d skipped%n",
                out, bytes.size(), samples.articles(), samples.holdingsTrue(), samples.holdingsFalse(),
                samples.eventsTrue(), samples.eventsFalse(), samples.skipped());
        o.flush();
        return 0;
    }

    /** A folder with gold.tsv (and aliases.tsv) and the articles below it. */
    private static TrainingSet set(Path dir) throws IOException {
        Path gold = dir.resolve("gold.tsv");
        if (!Files.isRegularFile(gold)) {
            throw new UserException(dir + ": no gold.tsv there", 2);
        }
        List<Path> articles;
        try (Stream<Path> s = Files.walk(dir)) {
            articles = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        return new TrainingSet(dir.toString(), articles, GoldSet.read(gold, null));
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        OutputFiles.replace(target, os -> os.write(content));
    }
}
