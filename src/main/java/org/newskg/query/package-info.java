/** The ready SPARQL queries, safe parameter binding, the holdings and events tables, and explanations of facts. */
package org.newskg.query;
