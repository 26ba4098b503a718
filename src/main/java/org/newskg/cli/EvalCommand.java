package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.eval.Corpus;
import org.newskg.eval.EvalReport;
import org.newskg.eval.Evaluation;
import org.newskg.eval.GoldSet;
import org.newskg.pipeline.Components;
import org.newskg.rdf.Iris;
import org.newskg.read.ArticleReader;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newskg eval --gold FILE [--questions FILE] ARTICLES…} or {@code newskg eval --corpus DIR
 * --part train|test|all}: extraction quality against gold.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Ingest the articles (into a fresh in-memory store unless --store is given) and score the "
                + "merged holdings and the events against hand-made gold facts: precision, recall and F1, date "
                + "accuracy, questions answered right, then every miss and false positive.",
                "With --corpus, the articles, gold, questions and native-script aliases come from an annotated "
                + "corpus folder (one folder per language); the test part is scored with figures only."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "gold facts (TSV); an aliases.tsv beside it maps native-script names to gold names")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR", description = "an annotated corpus (instead of --gold and ARTICLES)")
    Path corpus;

    @Option(names = "--part", paramLabel = "PART", defaultValue = "train",
            description = "with --corpus: train, test or all (default: ${DEFAULT-VALUE})")
    String part;

    @Option(names = "--scorer", paramLabel = "SCORER", defaultValue = "rules",
            description = "which scorer decides between candidate facts: trained or rules (default: ${DEFAULT-VALUE})")
    Components.Scoring scoring;

    @Option(names = "--figures-only", description = "print the figures alone, no fact (always so for a test part)")
    boolean figuresOnly;

    @Option(names = "--questions", paramLabel = "FILE", description = "who-held-what-when questions (TSV)")
    Path questions;

    @Option(names = "--store", paramLabel = "DIR", description = "a TDB2 store to ingest into (default: in memory)")
    Path store;

    @Option(names = {"-v", "--verbose"}, description = "show stack traces of errors")
    boolean verbose;

    @Parameters(arity = "0..*", paramLabel = "ARTICLES", description = "article files or folders")
    List<Path> articles;

    @Override
    public Integer call() throws IOException {
        GoldSet goldSet;
        List<Path> inputs;
        boolean onlyFigures = figuresOnly;
        try {
            if (corpus != null) {
                if (gold != null || questions != null || articles != null && !articles.isEmpty()) {
                    throw new UserException("--corpus takes neither --gold, --questions nor ARTICLES", 2);
                }
                if (!Files.isDirectory(corpus)) {
                    throw new UserException(corpus + ": no such folder", 2);
                }
                Corpus c = new Corpus(corpus);
                Corpus.Part p = Corpus.Part.parse(part);
                goldSet = GoldSet.read(c, p);
                inputs = c.articles(p);
                // Nobody reads the test part: its figures, never its facts.
                onlyFigures |= p != Corpus.Part.TRAIN;
            } else {
                if (gold == null || articles == null || articles.isEmpty()) {
                    throw new UserException("eval needs --gold FILE and ARTICLES, or --corpus DIR", 2);
                }
                goldSet = GoldSet.read(existing(gold), questions == null ? null : existing(questions));
                inputs = articles;
            }
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), 2);
        }
        Iris iris = Iris.standard();
        Components parts = new Components(iris, ArticleReader.DEFAULT_MAX_BYTES, scoring);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] failed = new int[1];
        try (KnowledgeStore ks = store == null ? KnowledgeStore.inMemory(iris) : KnowledgeStore.open(store, iris)) {
            EvalReport report = new Evaluation(parts).run(ks, inputs, goldSet, p -> {
                err.println("newskg eval: " + p);
                failed[0]++;
            });
            err.flush();
            out.println(onlyFigures ? report.renderFigures() : report.render());
            out.flush();
            return failed[0] == 0 ? 0 : 1;
        }
    }

    private static Path existing(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new UserException(p + ": no such file", 2);
        }
        return p;
    }

}
