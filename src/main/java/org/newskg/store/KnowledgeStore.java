package org.newskg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.newskg.rdf.ArticleMapper.ArticleGraph;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Prefixes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 store: one named graph per article (graph name = source IRI) and, in the default graph,
 * the merged view derived from them. Every access runs in a transaction, so readers see a
 * consistent snapshot while an ingest writes, and an interrupted write leaves nothing half-done.
 *
 * <p>The merged view is rebuilt after a whole ingest, not after each batch (a rebuild reads every
 * article). So that a crash between the two cannot leave it silently stale, every write that
 * changes an article graph also records, in the same transaction, that the view is pending; the
 * rebuild clears the record in its own transaction. {@link #mergedViewPending()} tells callers
 * (the command line, on opening) to rebuild.
 *
 * <pre>
 *   try (KnowledgeStore store = KnowledgeStore.open(Path.of("store"))) {
 *       store.put(mapper.map(extraction));
 *       store.rebuildMergedView(merger::build);
 *   }
 * </pre>
 */
public final class KnowledgeStore implements AutoCloseable {

    /** What {@link #put} did. */
    public enum PutResult {
        ADDED, REPLACED, UNCHANGED
    }

    /**
     * Bookkeeping, not data: a graph that exists only while the merged view lags the article
     * graphs. URNs, so it can never clash with a source IRI under any base.
     */
    static final Node STATE_GRAPH = NodeFactory.createURI("urn:newskg:store-state");
    private static final Node STATE = NodeFactory.createURI("urn:newskg:store");
    private static final Node MERGED_VIEW_PENDING = NodeFactory.createURI("urn:newskg:mergedViewPending");
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeStore.class);

    private final Dataset dataset;
    private final Iris iris;

    private KnowledgeStore(Dataset dataset, Iris iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    /** Opens (or creates) a TDB2 store in the folder. */
    public static KnowledgeStore open(Path dir, Iris iris) {
        return new KnowledgeStore(TDB2Factory.connectDataset(Location.create(dir.toAbsolutePath().toString())), iris);
    }

    /** A transactional in-memory TDB2 store, for tests and dry runs. */
    public static KnowledgeStore inMemory(Iris iris) {
        return new KnowledgeStore(TDB2Factory.createDataset(), iris);
    }

    /** An in-memory store holding a copy of {@code source}: what a served store's reader works on. */
    public static KnowledgeStore copyOf(DatasetGraph source, Iris iris) {
        KnowledgeStore ks = inMemory(iris);
        DatasetGraph dsg = ks.datasetGraph();
        Txn.executeWrite(dsg, () -> {
            source.find().forEachRemaining(dsg::add);
            // The protocol carries no prefixes; exports and query tables read better with newskg's.
            Prefixes.set(ks.dataset.getDefaultModel());
        });
        return ks;
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    public Iris iris() {
        return iris;
    }

    /** The stored content hash of an article's graph, if the article is stored. */
    public Optional<String> storedHash(String sourceIri) {
        return Txn.calculateRead(dataset, () -> hashIn(sourceIri));
    }

    private Optional<String> hashIn(String sourceIri) {
        if (!dataset.containsNamedModel(sourceIri)) {
            return Optional.empty();
        }
        Model g = dataset.getNamedModel(sourceIri);
        Statement s = g.getProperty(g.createResource(sourceIri), NKG.contentHash);
        return Optional.ofNullable(s).map(Statement::getString);
    }

    /** Stores an article's graph: a no-op when the same content is stored, a replacement when it changed. */
    public PutResult put(ArticleGraph graph) {
        return Txn.calculateWrite(dataset, () -> putInTxn(graph));
    }

    /** Stores several article graphs in one transaction: all or none of them land. */
    public List<PutResult> putAll(List<ArticleGraph> graphs) {
        return Txn.calculateWrite(dataset, () -> {
            List<PutResult> out = new ArrayList<>();
            for (ArticleGraph g : graphs) {
                out.add(putInTxn(g));
            }
            return out;
        });
    }

    private PutResult putInTxn(ArticleGraph graph) {
        Optional<String> old = hashIn(graph.sourceIri());
        if (old.isPresent() && old.get().equals(graph.contentHash())) {
            return PutResult.UNCHANGED;
        }
        Node g = NodeFactory.createURI(graph.sourceIri());
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        graph.model().getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        markPending();
        return old.isPresent() ? PutResult.REPLACED : PutResult.ADDED;
    }

    /**
     * Stores article graphs and rebuilds the merged view in one write transaction, so that a reader
     * (a served store's SPARQL endpoint) sees the store before or after the batch, never between:
     * for the small batches of a watched folder, where a rebuild per batch is affordable.
     */
    public List<PutResult> putAllAndRebuild(List<ArticleGraph> graphs, BiConsumer<Dataset, Model> writer) {
        return Txn.calculateWrite(dataset, () -> {
            List<PutResult> out = new ArrayList<>();
            for (ArticleGraph g : graphs) {
                out.add(putInTxn(g));
            }
            if (out.stream().anyMatch(r -> r != PutResult.UNCHANGED)
                    || dataset.asDatasetGraph().contains(STATE_GRAPH, STATE, MERGED_VIEW_PENDING, Node.ANY)) {
                Model def = dataset.getDefaultModel();
                def.removeAll();
                writer.accept(dataset, def);
                dataset.asDatasetGraph().deleteAny(STATE_GRAPH, Node.ANY, Node.ANY, Node.ANY);
            }
            return out;
        });
    }

    /** Inside a write transaction that changed an article graph. */
    private void markPending() {
        dataset.asDatasetGraph().add(STATE_GRAPH, STATE, MERGED_VIEW_PENDING, NodeFactory.createLiteralString("true"));
    }

    /**
     * True when article graphs changed after the merged view was last rebuilt: an ingest is
     * running, or one was interrupted before its final rebuild.
     */
    public boolean mergedViewPending() {
        return Txn.calculateRead(dataset,
                () -> dataset.asDatasetGraph().contains(STATE_GRAPH, STATE, MERGED_VIEW_PENDING, Node.ANY));
    }

    /** Removes an article's graph. */
    public boolean remove(String sourceIri) {
        return Txn.calculateWrite(dataset, () -> {
            if (!dataset.containsNamedModel(sourceIri)) {
                return false;
            }
            dataset.removeNamedModel(sourceIri);
            markPending();
            return true;
        });
    }

    /** The IRIs of the stored articles, sorted. */
    public List<String> sources() {
        return Txn.calculateRead(dataset, () -> {
            List<String> out = new ArrayList<>();
            dataset.listModelNames().forEachRemaining(r -> {
                if (r.isURIResource() && iris.isSource(r.getURI())) {
                    out.add(r.getURI());
                }
            });
            out.sort(null);
            return out;
        });
    }

    /**
     * Replaces the default graph with the merged view that {@code builder} derives from the whole
     * dataset, and clears the pending mark, in one write transaction.
     */
    public void rebuildMergedView(Function<Dataset, Model> builder) {
        Txn.executeWrite(dataset, () -> {
            Model merged = builder.apply(dataset);
            Model def = dataset.getDefaultModel();
            def.removeAll();
            def.add(merged);
            def.setNsPrefixes(merged.getNsPrefixMap());
            dataset.asDatasetGraph().deleteAny(STATE_GRAPH, Node.ANY, Node.ANY, Node.ANY);
        });
    }

    /**
     * Replaces the default graph with the merged view that {@code writer} writes straight into it,
     * in one write transaction: nothing of the view is held in memory on the way.
     */
    public void rebuildMergedViewInPlace(BiConsumer<Dataset, Model> writer) {
        Txn.executeWrite(dataset, () -> {
            Model def = dataset.getDefaultModel();
            def.removeAll();
            writer.accept(dataset, def);
            dataset.asDatasetGraph().deleteAny(STATE_GRAPH, Node.ANY, Node.ANY, Node.ANY);
        });
    }

    /** True when no article is stored: a first load may then use {@link #bulkLoad}. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> {
            var names = dataset.listModelNames();
            while (names.hasNext()) {
                RDFNode n = names.next();
                if (n.isURIResource() && iris.isSource(n.asResource().getURI())) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * A first load into an empty store through TDB2's phased bulk loader (the one
     * {@code tdb2.tdbloader} uses), several times faster than transactions for large inputs.
     * Nothing else may use the store until {@link BulkLoad#finish} or {@link BulkLoad#abort}.
     */
    public BulkLoad bulkLoad() {
        DataLoader loader = LoaderFactory.phasedLoader(dataset.asDatasetGraph(), (fmt, args) -> LOG.debug(String.format(fmt, args)));
        loader.startBulk();
        return new BulkLoad(loader);
    }

    /** An open bulk load: article graphs into their named graphs, triples into the default graph. */
    public static final class BulkLoad {
        private final DataLoader loader;
        private final Model defaultGraph;

        private BulkLoad(DataLoader loader) {
            this.loader = loader;
            StreamRDF stream = loader.stream();
            this.defaultGraph = ModelFactory.createModelForGraph(new GraphBase() {
                @Override
                protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                    throw new UnsupportedOperationException("a bulk load can be written, not read");
                }

                @Override
                public void performAdd(Triple t) {
                    stream.triple(t);
                }
            });
        }

        public void put(ArticleGraph graph) {
            Node g = NodeFactory.createURI(graph.sourceIri());
            StreamRDF stream = loader.stream();
            graph.model().getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
        }

        /** The default graph, write-only: what is added goes to the loader. */
        public Model defaultGraph() {
            return defaultGraph;
        }

        public void finish() {
            loader.finishBulk();
        }

        public void abort(Exception cause) {
            loader.finishException(cause);
        }
    }

    /** Sets the namespace prefixes of the default graph (a bulk load carries none). */
    public void setPrefixes(Map<String, String> prefixes) {
        Txn.executeWrite(dataset, () -> dataset.getDefaultModel().setNsPrefixes(prefixes));
    }

    /** Runs a read over a consistent snapshot. */
    public <T> T read(Function<Dataset, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    /** Statement count over the default graph and every article graph (bookkeeping aside). */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = dataset.getDefaultModel().size();
            var names = dataset.listModelNames();
            while (names.hasNext()) {
                RDFNode name = names.next();
                if (name.asNode().equals(STATE_GRAPH)) {
                    continue;
                }
                n += dataset.getNamedModel(name.asResource().getURI()).size();
            }
            return n;
        });
    }

    @Override
    public void close() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (TDBInternal.isTDB2(dsg)) {
            // Release the store's files and lock so another process (or test) can open it.
            TDBInternal.expel(dsg);
        } else {
            dataset.close();
        }
    }
}
