/**
 * The command line of newskg-spark.jar: {@code run} (the Spark job, under spark-submit) and
 * {@code load} (its output into a TDB2 store with Jena's bulk loader; no Spark needed).
 */
package org.newskg.spark.cli;
