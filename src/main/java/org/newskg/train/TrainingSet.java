package org.newskg.train;

import java.nio.file.Path;
import java.util.List;
import org.newskg.eval.GoldSet;

/** Articles and the gold facts annotated for them. */
public record TrainingSet(String name, List<Path> articles, GoldSet gold) {

    public TrainingSet {
        articles = List.copyOf(articles);
    }
}
