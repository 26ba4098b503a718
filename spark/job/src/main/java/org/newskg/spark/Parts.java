package org.newskg.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.newskg.pipeline.ArticleProcessor;
import org.newskg.pipeline.Components;
import org.newskg.rdf.Iris;
import org.newskg.reconcile.MergedViewBuilder;
import org.newskg.resolve.EntityResolver;

/**
 * The pipeline's parts in one executor JVM, built once (models, lexicons and tries take seconds to
 * load) and shared by the tasks that run there: all of them are thread-safe.
 */
record Parts(ArticleProcessor processor, MergedViewBuilder merger, EntityResolver resolver) {

    /** One set of parts per JVM and settings: an immutable cache, the only state an executor keeps. */
    private static final ConcurrentMap<Settings, Parts> BUILT = new ConcurrentHashMap<>();

    static Parts of(Settings settings) {
        return BUILT.computeIfAbsent(settings, s -> {
            Components c = new Components(new Iris(s.base()), s.maxBytes());
            return new Parts(c.processor(), c.merger(), new EntityResolver());
        });
    }
}
