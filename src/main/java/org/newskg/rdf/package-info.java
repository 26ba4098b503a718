/** Vocabulary constants and the mapping of extracted facts to RDF with deterministic IRIs. */
package org.newskg.rdf;
