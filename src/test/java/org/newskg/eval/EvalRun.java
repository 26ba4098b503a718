package org.newskg.eval;

import java.nio.file.Path;
import java.util.List;
import org.newskg.pipeline.Components;
import org.newskg.rdf.Iris;
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
        try (KnowledgeStore ks = KnowledgeStore.inMemory(Iris.standard())) {
            return new Evaluation(Components.standard()).run(ks, List.of(articles), GoldSet.read(gold, questions), p -> { });
        }
    }
}
