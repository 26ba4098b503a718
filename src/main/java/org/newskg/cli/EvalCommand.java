package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.eval.EvalReport;
import org.newskg.eval.GoldFact;
import org.newskg.eval.GoldFiles;
import org.newskg.eval.Question;
import org.newskg.eval.Scorer;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Ingest;
import org.newskg.pipeline.IngestSummary;
import org.newskg.query.FactTables;
import org.newskg.query.QueryLibrary;
import org.newskg.rdf.Iris;
import org.newskg.read.ArticleReader;
import org.newskg.read.InputCollector;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg eval --gold FILE [--questions FILE] ARTICLES…}: extraction quality against gold. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Ingest the articles (into a fresh in-memory store unless --store is given) and score the "
                + "merged holdings and the events against hand-made gold facts: precision, recall and F1, date "
                + "accuracy, questions answered right, then every miss and false positive.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold facts (TSV)")
    Path gold;

    @Option(names = "--questions", paramLabel = "FILE", description = "who-held-what-when questions (TSV)")
    Path questions;

    @Option(names = "--store", paramLabel = "DIR", description = "a TDB2 store to ingest into (default: in memory)")
    Path store;

    @Option(names = {"-v", "--verbose"}, description = "show stack traces of errors")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "ARTICLES", description = "article files or folders")
    List<Path> articles;

    @Override
    public Integer call() throws IOException {
        List<GoldFact> facts;
        List<Question> qs;
        try {
            facts = GoldFiles.facts(existing(gold));
            qs = questions == null ? List.of() : GoldFiles.questions(existing(questions));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), 2);
        }
        Iris iris = Iris.standard();
        Components parts = new Components(iris, ArticleReader.DEFAULT_MAX_BYTES);
        InputCollector.Inputs inputs = Ingest.collect(articles);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (KnowledgeStore ks = store == null ? KnowledgeStore.inMemory(iris) : KnowledgeStore.open(store, iris)) {
            IngestSummary s = new Ingest(parts.processor(), ks, parts.merger(),
                    Runtime.getRuntime().availableProcessors(), 256).run(inputs.files(), inputs.problems(), n -> { });
            s.notes().forEach(n -> err.println("newskg eval: " + n));
            s.problems().forEach(p -> err.println("newskg eval: " + p));
            err.flush();
            FactTables tables = new FactTables(new QueryLibrary(), iris);
            Map<String, String> languages = tables.languages(ks.dataset());
            EvalReport report = new Scorer().score(facts, qs, ks.read(tables::holdings), ks.read(tables::events), languages);
            out.println(report.render());
            out.flush();
            return s.problems().isEmpty() ? 0 : 1;
        }
    }

    private static Path existing(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new UserException(p + ": no such file", 2);
        }
        return p;
    }

}
