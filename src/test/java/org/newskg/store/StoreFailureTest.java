package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.dboe.base.file.FileException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.ArticleMapper.ArticleGraph;
import org.newskg.rdf.Iris;

/**
 * A write that fails as a full disk makes it fail (an {@link InternalError} from a memory-mapped
 * file, thrown part-way through) leaves the store as it was before that write: the batch absent,
 * the merged view of the last complete rebuild, every read answering; and the failure is described
 * in words a user can act on.
 */
class StoreFailureTest {

    private static final Iris IRIS = Iris.standard();
    private static final String UNSAFE = "a fault occurred in a recent unsafe memory access operation in compiled Java code";

    @TempDir
    Path dir;

    private static ArticleGraph article(String id, int triples) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < triples; i++) {
            m.add(m.createResource(IRIS.source(id)), m.createProperty("http://example.org/p" + i), "v" + i);
        }
        return new ArticleGraph(IRIS.source(id), "hash-" + id, m);
    }

    /** An article whose triples run out part-way with the error a full disk gives. */
    private static ArticleGraph failingArticle(String id) {
        Model m = ModelFactory.createModelForGraph(new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                return new NiceIterator<>() {
                    int n;

                    @Override
                    public boolean hasNext() {
                        return true;
                    }

                    @Override
                    public Triple next() {
                        if (++n > 50) {
                            throw new InternalError(UNSAFE);
                        }
                        return Triple.create(NodeFactory.createURI(IRIS.source(id)), NodeFactory.createURI("http://example.org/q"),
                                NodeFactory.createLiteralString("x" + n));
                    }
                };
            }
        });
        return new ArticleGraph(IRIS.source(id), "hash-" + id, m);
    }

    @Test
    void aBatchThatFailsPartWayLeavesNoTraceAndTheStoreAnswers() {
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("store"), IRIS)) {
            ks.put(article("a", 5));
            ks.rebuildMergedView(ds -> ds.getNamedModel(IRIS.source("a")));
            long before = ks.size();

            assertThrows(InternalError.class, () -> ks.putAll(List.of(article("b", 5), failingArticle("c"))));

            assertEquals(List.of(IRIS.source("a")), ks.sources(), "the failed batch landed in part");
            assertEquals(before, ks.size());
            assertFalse(ks.mergedViewPending(), "the failed batch marked the view pending");
            ks.put(article("d", 3));
            assertEquals(List.of(IRIS.source("a"), IRIS.source("d")), ks.sources(), "the store takes writes again");
        }
        try (KnowledgeStore again = KnowledgeStore.open(dir.resolve("store"), IRIS)) {
            assertEquals(List.of(IRIS.source("a"), IRIS.source("d")), again.sources(), "and opens again whole");
        }
    }

    @Test
    void aRebuildThatFailsPartWayLeavesTheLastCompleteView() {
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("store"), IRIS)) {
            ks.put(article("a", 5));
            ks.rebuildMergedView(ds -> ds.getNamedModel(IRIS.source("a")));
            long view = ks.read(ds -> ds.getDefaultModel().size());
            ks.put(article("b", 5));
            assertTrue(ks.mergedViewPending());

            assertThrows(InternalError.class, () -> ks.rebuildMergedViewInPlace((ds, def) -> {
                def.add(ds.getNamedModel(IRIS.source("b")));
                throw new InternalError(UNSAFE);
            }));

            assertEquals(view, (long) ks.read(ds -> ds.getDefaultModel().size()), "the view is the last complete one");
            assertTrue(ks.mergedViewPending(), "and still marked for a rebuild");
            assertEquals(2, ks.sources().size(), "every article stored before is kept");
        }
    }

    @Test
    void diskFailuresAreSaidInWordsAUserCanActOn() throws IOException {
        assertEquals("the disk is full (no space left on device)", StoreErrors.ioCause(
                new TDBException("NodeTableThrift/Write", new FileException("write", new IOException("No space left on device"))))
                .orElseThrow());
        assertTrue(StoreErrors.ioCause(new InternalError(UNSAFE)).orElseThrow().startsWith("the disk is full, or a store file"));
        assertTrue(StoreErrors.isDiskError(new InternalError(UNSAFE)));
        assertFalse(StoreErrors.isDiskError(new InternalError("something else")));
        assertEquals("the file system is read-only", StoreErrors.ioCause(
                new RuntimeException(new java.nio.file.FileSystemException("/x: Read-only file system"))).orElseThrow());
        assertTrue(StoreErrors.ioCause(new IllegalStateException("no")).isEmpty());

        Path store = dir.resolve("held");
        assertEquals("the store at " + store + " is in use by another process (process 4242): one process at a time opens "
                + "a store; wait for it to end, or stop it", StoreErrors.openFailure(store,
                new RuntimeException("Failed to get a lock: file='" + store + "/tdb.lock': held by process 4242")));
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertTrue(StoreErrors.openFailure(file, new RuntimeException("Not a directory")).startsWith(file + " is a file"));
        assertEquals("cannot open the store at " + store + ": the file system is read-only", StoreErrors.openFailure(store,
                new RuntimeException("Failed to open", new java.nio.file.FileSystemException("tdb.lock: Read-only file system"))));
    }
}
