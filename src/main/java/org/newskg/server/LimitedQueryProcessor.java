package org.newskg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query handler with a cap on result rows: a query without LIMIT, or with a
 * larger one, runs as if it said {@code LIMIT maxRows}. Fuseki and ARQ have no such setting of
 * their own, and rewriting the query stops the work early instead of cutting the output.
 */
final class LimitedQueryProcessor extends SPARQL_QueryDataset {

    private final long maxRows;

    /** @param maxRows the cap; 0 means none */
    LimitedQueryProcessor(long maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must be >= 0, got " + maxRows);
        }
        this.maxRows = maxRows;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, capped(query), dataset);
    }

    /** The query with its LIMIT lowered to the cap where needed; ASK has no rows to cap. */
    Query capped(Query query) {
        if (maxRows == 0 || query.isAskType()) {
            return query;
        }
        if (query.hasLimit() && query.getLimit() <= maxRows) {
            return query;
        }
        // Copy: the parsed query belongs to the request and is logged with its original text.
        Query copy = query.cloneQuery();
        copy.setLimit(maxRows);
        return copy;
    }
}
