/** The ready SPARQL queries, safe parameter binding, and the holdings and events tables. */
package org.newskg.query;
