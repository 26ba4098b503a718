package org.newskg.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query handler with a cap on result rows and on the size of the query. A query
 * without LIMIT, or with a larger one, runs as if it said {@code LIMIT maxRows}: Fuseki and ARQ
 * have no such setting of their own, and rewriting the query stops the work early instead of
 * cutting the output. A query larger than {@code maxQueryBytes} is refused with 413 before it is
 * read whole or parsed: parsing happens before the timeout starts, so a huge query would hold a
 * server thread for as long as it took.
 */
final class LimitedQueryProcessor extends SPARQL_QueryDataset {

    private final long maxRows;
    private final long maxQueryBytes;

    /** @param maxRows the cap; 0 means none */
    LimitedQueryProcessor(long maxRows) {
        this(maxRows, ServerOptions.DEFAULT_MAX_REQUEST_BYTES);
    }

    /**
     * @param maxRows       the cap on rows; 0 means none
     * @param maxQueryBytes the largest query accepted, in bytes of UTF-8
     */
    LimitedQueryProcessor(long maxRows, long maxQueryBytes) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must be >= 0, got " + maxRows);
        }
        if (maxQueryBytes < 1) {
            throw new IllegalArgumentException("maxQueryBytes must be positive, got " + maxQueryBytes);
        }
        this.maxRows = maxRows;
        this.maxQueryBytes = maxQueryBytes;
    }

    @Override
    protected void executeBody(HttpAction action) {
        String query;
        try {
            query = new String(readAtMost(action.getRequestInputStream(), maxQueryBytes, "query"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            ActionLib.consumeBody(action);
            ServletOps.errorOccurred(e);
            return;
        }
        execute(query, action);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        // A form parameter or a URL: already read, but still not to be parsed.
        if (queryString != null && queryString.length() > maxQueryBytes / 4
                && queryString.getBytes(StandardCharsets.UTF_8).length > maxQueryBytes) {
            tooLarge("query", maxQueryBytes);
        }
        super.execute(queryString, action);
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

    /** Reads at most {@code max} bytes; more is refused with 413 without reading the rest. */
    static byte[] readAtMost(InputStream in, long max, String what) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > max) {
            tooLarge(what, max);
        }
        return bytes;
    }

    static void tooLarge(String what, long max) {
        ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "the " + what + " is larger than this server's limit of "
                + max + " bytes (serve --max-query-bytes)");
    }
}
