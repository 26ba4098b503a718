package org.newskg.server;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/** Small in-memory datasets for the serving tests. */
final class ServedData {

    private ServedData() {
    }

    /**
     * {@code n} triples {@code <base s_i> <base p> "v_i"} in the default graph and, when asked,
     * {@code <base a> <base b> <base c>} in the named graph {@code <base g>}.
     */
    static DatasetGraph triples(String base, int n, boolean namedGraph) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < n; i++) {
                dsg.getDefaultGraph().add(Triple.create(NodeFactory.createURI(base + "s" + i), NodeFactory.createURI(base + "p"),
                        NodeFactory.createLiteralString("v" + i)));
            }
            if (namedGraph) {
                dsg.add(new Quad(NodeFactory.createURI(base + "g"), NodeFactory.createURI(base + "a"),
                        NodeFactory.createURI(base + "b"), NodeFactory.createURI(base + "c")));
            }
        });
        return dsg;
    }
}
