package org.newskg.testdata;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.rdf.Iris;
import org.newskg.store.KnowledgeStore;

/**
 * A copy of every graph of a store, taken in one read transaction, for comparing stores: the
 * default graph under the key {@link #DEFAULT}, each named graph under its IRI.
 */
public record StoreSnapshot(Map<String, Graph> graphs) {

    public static final String DEFAULT = "(default graph)";

    public static StoreSnapshot of(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Map<String, Graph> out = new TreeMap<>();
            out.put(DEFAULT, copy(dsg.getDefaultGraph()));
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                out.put(g.getURI(), copy(dsg.getGraph(g)));
            }
            return new StoreSnapshot(out);
        });
    }

    /** Opens the store folder, copies it, and closes it again. */
    public static StoreSnapshot of(Path store) {
        try (KnowledgeStore ks = KnowledgeStore.open(store, Iris.standard())) {
            return of(ks.dataset());
        }
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createGraphMem();
        g.find().forEachRemaining(out::add);
        return out;
    }

    public Graph defaultGraph() {
        return graphs.get(DEFAULT);
    }

    /** The names of the named graphs. */
    public Set<String> names() {
        Set<String> s = new TreeSet<>(graphs.keySet());
        s.remove(DEFAULT);
        return s;
    }

    public long triples() {
        return graphs.values().stream().mapToLong(Graph::size).sum();
    }

    /** Fails, listing the differences, unless both hold the same graphs with isomorphic content. */
    public void assertSameAs(StoreSnapshot expected, String what) {
        List<String> problems = new ArrayList<>();
        Set<String> all = new TreeSet<>(graphs.keySet());
        all.addAll(expected.graphs.keySet());
        for (String name : all) {
            Graph mine = graphs.get(name);
            Graph theirs = expected.graphs.get(name);
            if (mine == null) {
                problems.add("missing graph " + name);
            } else if (theirs == null) {
                problems.add("unexpected graph " + name);
            } else {
                String diff = diff(name, theirs, mine);
                if (diff != null) {
                    problems.add(diff);
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(what + ": " + problems.size() + " graphs differ\n" + String.join("\n", problems.subList(0,
                    Math.min(10, problems.size()))));
        }
    }

    /** Null when the graphs are isomorphic; else a few of the triples that differ, as N-Triples. */
    public static String diff(String name, Graph expected, Graph actual) {
        if (expected.isIsomorphicWith(actual)) {
            return null;
        }
        StringBuilder sb = new StringBuilder("graph " + name + " differs (expected " + expected.size()
                + " triples, got " + actual.size() + ")");
        int[] shown = {0};
        expected.find().forEachRemaining(t -> {
            if (!actual.contains(t) && shown[0]++ < 5) {
                sb.append("\n  missing: ").append(NodeFmtLib.str(t));
            }
        });
        actual.find().forEachRemaining(t -> {
            if (!expected.contains(t) && shown[0]++ < 10) {
                sb.append("\n  extra:   ").append(NodeFmtLib.str(t));
            }
        });
        return sb.toString();
    }
}
