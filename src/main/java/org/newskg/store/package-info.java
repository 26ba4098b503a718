/** The TDB2 store: one named graph per article, the merged view in the default graph, SHACL checks. */
package org.newskg.store;
