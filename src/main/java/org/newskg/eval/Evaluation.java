package org.newskg.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Ingest;
import org.newskg.pipeline.IngestSummary;
import org.newskg.query.FactTables;
import org.newskg.query.QueryLibrary;
import org.newskg.read.InputCollector;
import org.newskg.store.KnowledgeStore;

/**
 * Ingests articles into a store with the standard pipeline and scores what the store then holds.
 *
 * <pre>
 *   try (KnowledgeStore ks = KnowledgeStore.inMemory(iris)) {
 *       EvalReport r = new Evaluation(Components.standard()).run(ks, articles, GoldSet.read(gold, questions), err::println);
 *   }
 * </pre>
 */
public final class Evaluation {

    private final Components parts;

    public Evaluation(Components parts) {
        this.parts = parts;
    }

    /**
     * @param problems told of each input that could not be read
     */
    public EvalReport run(KnowledgeStore store, List<Path> articles, GoldSet gold, Consumer<String> problems) {
        InputCollector.Inputs inputs = Ingest.collect(articles);
        IngestSummary s = new Ingest(parts.processor(), store, parts.merger(),
                Runtime.getRuntime().availableProcessors(), 256).run(inputs.files(), inputs.problems(), n -> { });
        s.problems().forEach(problems);
        FactTables tables = new FactTables(new QueryLibrary(), parts.iris());
        Map<String, String> languages = tables.languages(store.dataset());
        return new Scorer(gold.aliases()).score(gold.facts(), gold.questions(), store.read(tables::holdings),
                store.read(tables::events), languages);
    }
}
