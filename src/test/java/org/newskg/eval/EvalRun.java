package org.newskg.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Ingest;
import org.newskg.query.FactTables;
import org.newskg.query.QueryLibrary;
import org.newskg.rdf.Iris;
import org.newskg.read.InputCollector;
import org.newskg.store.KnowledgeStore;

/** Ingests a folder of articles into a fresh in-memory store and scores it against gold. */
final class EvalRun {

    private EvalRun() {
    }

    /** A test set laid out as articles under {@code root} with its {@code gold.tsv} and {@code questions.tsv}. */
    static EvalReport scoreSet(Path root) throws Exception {
        return score(root, root.resolve("gold.tsv"), root.resolve("questions.tsv"));
    }

    static EvalReport score(Path articles, Path gold, Path questions) throws Exception {
        Iris iris = Iris.standard();
        Components parts = Components.standard();
        InputCollector.Inputs in = Ingest.collect(List.of(articles));
        try (KnowledgeStore ks = KnowledgeStore.inMemory(iris)) {
            new Ingest(parts.processor(), ks, parts.merger(), 2, 64).run(in.files(), in.problems(), n -> { });
            FactTables tables = new FactTables(new QueryLibrary(), iris);
            Map<String, String> languages = tables.languages(ks.dataset());
            return new Scorer().score(GoldFiles.facts(gold), GoldFiles.questions(questions),
                    ks.read(tables::holdings), ks.read(tables::events), languages);
        }
    }
}
