/**
 * newskg's ingest as an Apache Spark job: articles read from any Hadoop-compatible path, extracted
 * per partition by the code of {@code newskg ingest} ({@link org.newskg.pipeline.ArticleProcessor}),
 * the merged view derived as Spark stages by the steps of
 * {@link org.newskg.reconcile.MergedViewBuilder}, everything written as N-Quads for Jena's bulk
 * loaders ({@link org.newskg.spark.QuadLoader}).
 */
package org.newskg.spark;
