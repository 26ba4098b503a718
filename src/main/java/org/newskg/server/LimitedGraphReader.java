package org.newskg.server;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GraphTarget;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's read-only Graph Store Protocol handler with a cap on triples: a graph (or, without
 * {@code ?graph}/{@code ?default}, the whole dataset) with more triples than the cap is refused
 * with 403 and a message, counted only up to the cap. Cutting an RDF graph at an arbitrary triple
 * would hand out a different graph with no sign of it, so it is all or nothing.
 */
final class LimitedGraphReader extends GSP_R {

    private final long maxTriples;

    /** @param maxTriples the cap; 0 means none */
    LimitedGraphReader(long maxTriples) {
        this.maxTriples = maxTriples;
    }

    @Override
    protected void execGetGSP(HttpAction action) {
        if (maxTriples > 0) {
            action.beginRead();
            try {
                GraphTarget target = GraphTarget.determineTargetGSP(decideDataset(action), action);
                if (target.exists() && above(target.graph().find())) {
                    refuse("graph " + target.label());
                }
            } finally {
                action.endRead();
            }
        }
        super.execGetGSP(action);
    }

    @Override
    protected void execGetQuads(HttpAction action) {
        if (maxTriples > 0) {
            action.beginRead();
            try {
                DatasetGraph dsg = decideDataset(action);
                if (above(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY))) {
                    refuse("dataset");
                }
            } finally {
                action.endRead();
            }
        }
        super.execGetQuads(action);
    }

    private boolean above(Iterator<?> items) {
        try {
            long n = 0;
            while (items.hasNext()) {
                items.next();
                if (++n > maxTriples) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(items);
        }
    }

    private void refuse(String what) {
        ServletOps.error(HttpSC.FORBIDDEN_403, "the " + what + " holds more than " + maxTriples
                + " triples, this server's limit (serve --max-graph-triples): read it in parts with a SPARQL query "
                + "with LIMIT and OFFSET, or use newskg export");
    }
}
