/**
 * Serving and publishing the graph: {@link org.newskg.server.SparqlServer} runs an embedded
 * Fuseki over the store (read-only unless asked otherwise), and
 * {@link org.newskg.server.GraphPusher} copies the store's graphs into a Fuseki that is already
 * running, over the SPARQL Graph Store Protocol.
 */
package org.newskg.server;
