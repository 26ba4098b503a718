package org.newskg.server;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.newskg.query.RemoteAccess;

/**
 * Fuseki's SPARQL Update handler, guarded. An update larger than the limit is refused with 413.
 * {@code LOAD} is refused unless its address is on the LOAD allow-list; an allowed one is read
 * here, before the write begins, over http or https only, without redirects, within the timeout
 * and up to {@value #MAX_LOAD_BYTES} bytes, and stored as if the update had said
 * {@code INSERT DATA} (a {@code file:} address, which would read this machine's files, never is).
 * {@code SERVICE} inside an update is refused: the update would hold the write lock while it
 * waited on another server.
 */
final class GuardedUpdateProcessor extends SPARQL_Update {

    /** The most a LOAD reads; a graph larger than this is better loaded with newskg ingest or tdb2.tdbloader. */
    static final long MAX_LOAD_BYTES = 64L * 1024 * 1024;
    private static final String BASE = "http://server/unset-base/";

    private final RemoteAccess remote;
    private final long maxUpdateBytes;

    GuardedUpdateProcessor(RemoteAccess remote, long maxUpdateBytes) {
        this.remote = remote;
        this.maxUpdateBytes = maxUpdateBytes;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] bytes;
        try {
            bytes = LimitedQueryProcessor.readAtMost(input, maxUpdateBytes, "update");
        } catch (IOException e) {
            ActionLib.consumeBody(action);
            ServletOps.errorOccurred(e);
            return;
        }
        UpdateRequest request;
        try {
            request = UpdateFactory.read(new ByteArrayInputStream(bytes), BASE, Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            // Fuseki reports syntax errors in its own words.
            super.execute(action, new ByteArrayInputStream(bytes));
            return;
        }
        if (!guarded(request)) {
            super.execute(action, new ByteArrayInputStream(bytes));
            return;
        }
        UpdateRequest loaded = new UpdateRequest();
        loaded.setPrefixMapping(request.getPrefixMapping());
        for (Update u : request.getOperations()) {
            loaded.add(u instanceof UpdateLoad load ? load(load) : u);
        }
        super.execute(action, new ByteArrayInputStream(loaded.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Refuses SERVICE and LOAD that the policy forbids; true when a LOAD is to be read here. */
    private boolean guarded(UpdateRequest request) {
        boolean loads = false;
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateModify m && m.getWherePattern() != null) {
                OpWalker.walk(Algebra.compile(m.getWherePattern()), new OpVisitorBase() {
                    @Override
                    public void visit(OpService op) {
                        ServletOps.errorForbidden("SERVICE is not allowed inside an update: run the query first");
                    }
                });
            } else if (u instanceof UpdateLoad load) {
                try {
                    remote.checkLoad(load.getSource());
                } catch (QueryDeniedException e) {
                    ServletOps.errorForbidden(e.getMessage());
                }
                loads = true;
            }
        }
        return loads;
    }

    /** The data a LOAD names, as an INSERT DATA; a LOAD SILENT that fails inserts nothing. */
    private Update load(UpdateLoad load) {
        Node dest = load.getDest();
        DatasetGraph data = DatasetGraphFactory.create();
        try {
            HttpResponse<InputStream> response = remote.httpClient().send(HttpRequest.newBuilder(URI.create(load.getSource()))
                    .timeout(remote.timeout()).header("Accept", WebContent.defaultRDFAcceptHeader).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = new Capped(response.body(), MAX_LOAD_BYTES)) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode());
                }
                String type = response.headers().firstValue("Content-Type").map(ContentType::create)
                        .map(ContentType::getContentTypeStr).orElse(null);
                Lang lang = RDFLanguages.contentTypeToLang(type);
                if (lang == null || lang == RDFLanguages.TEXT) {
                    lang = RDFLanguages.pathnameToLang(URI.create(load.getSource()).getPath());
                }
                if (lang == null) {
                    lang = Lang.TURTLE;
                }
                if (dest != null && !RDFLanguages.isTriples(lang)) {
                    throw new IOException("quads (" + lang.getName() + ") cannot be loaded into one graph");
                }
                RDFParser.source(body).lang(lang).base(load.getSource()).parse(dest == null
                        ? StreamRDFLib.dataset(data) : StreamRDFLib.graph(data.getDefaultGraph()));
            }
        } catch (IOException | RiotException | IllegalArgumentException e) {
            if (!load.isSilent()) {
                ServletOps.errorBadRequest("LOAD <" + load.getSource() + "> failed: " + e.getMessage());
            }
            data = DatasetGraphFactory.create();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ServletOps.errorOccurred("LOAD <" + load.getSource() + "> interrupted");
        }
        List<Quad> quads = new ArrayList<>();
        DatasetGraph read = data;
        read.find().forEachRemaining(q -> quads.add(dest == null ? q : Quad.create(dest, q.asTriple())));
        return new UpdateDataInsert(new QuadDataAcc(quads));
    }

    /** An input stream that fails once more than {@code max} bytes have been read. */
    private static final class Capped extends FilterInputStream {
        private final long max;
        private long read;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                throw new IOException("more than " + max + " bytes");
            }
        }
    }
}
