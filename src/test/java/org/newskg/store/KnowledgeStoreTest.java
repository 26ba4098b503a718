package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.ArticleMapper.ArticleGraph;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;

class KnowledgeStoreTest {

    @TempDir
    Path dir;

    private static ArticleGraph graph(Iris iris, String id, String hash, int facts) {
        Model m = ModelFactory.createDefaultModel();
        String src = iris.source(id);
        m.createResource(src).addProperty(RDF.type, NKG.Source).addProperty(NKG.contentHash, hash);
        for (int i = 0; i < facts; i++) {
            m.createResource(iris.person("p" + i)).addProperty(RDF.type, NKG.Person);
        }
        return new ArticleGraph(src, hash, m);
    }

    @Test
    void reStoringTheSameContentChangesNothing() {
        Iris iris = Iris.standard();
        try (KnowledgeStore s = KnowledgeStore.inMemory(iris)) {
            assertEquals(KnowledgeStore.PutResult.ADDED, s.put(graph(iris, "a", "h1", 2)));
            long size = s.size();
            assertEquals(KnowledgeStore.PutResult.UNCHANGED, s.put(graph(iris, "a", "h1", 5)));
            assertEquals(size, s.size(), "an unchanged hash leaves the stored graph alone");
        }
    }

    @Test
    void aChangedArticleReplacesItsGraphWhole() {
        Iris iris = Iris.standard();
        try (KnowledgeStore s = KnowledgeStore.inMemory(iris)) {
            s.put(graph(iris, "a", "h1", 5));
            assertEquals(KnowledgeStore.PutResult.REPLACED, s.put(graph(iris, "a", "h2", 1)));
            assertEquals(2 + 1, s.size(), "the old triples are gone, the new ones are there");
            assertEquals("h2", s.storedHash(iris.source("a")).orElseThrow());
        }
    }

    @Test
    void aStoreOnDiskKeepsItsGraphsAcrossReopening() {
        Iris iris = Iris.standard();
        try (KnowledgeStore s = KnowledgeStore.open(dir.resolve("st"), iris)) {
            s.putAll(List.of(graph(iris, "b", "x", 1), graph(iris, "a", "y", 1)));
        }
        try (KnowledgeStore s = KnowledgeStore.open(dir.resolve("st"), iris)) {
            assertEquals(List.of(iris.source("a"), iris.source("b")), s.sources());
            assertTrue(s.remove(iris.source("a")));
            assertFalse(s.remove(iris.source("a")));
            assertEquals(List.of(iris.source("b")), s.sources());
        }
    }

    @Test
    void theMergedViewIsReplacedWhole() {
        Iris iris = Iris.standard();
        try (KnowledgeStore s = KnowledgeStore.inMemory(iris)) {
            s.rebuildMergedView(ds -> {
                Model m = ModelFactory.createDefaultModel();
                m.createResource("http://example.org/x").addProperty(RDF.type, NKG.Person);
                return m;
            });
            s.rebuildMergedView(ds -> ModelFactory.createDefaultModel());
            assertEquals(0, s.size());
        }
    }

    @Test
    void changingAnArticleGraphMarksTheMergedViewPendingUntilItIsRebuilt() {
        Iris iris = Iris.standard();
        try (KnowledgeStore s = KnowledgeStore.inMemory(iris)) {
            assertFalse(s.mergedViewPending());
            s.put(graph(iris, "a", "h1", 2));
            assertTrue(s.mergedViewPending(), "an added article");
            assertEquals(List.of(iris.source("a")), s.sources(), "the bookkeeping graph is no source");
            assertEquals(4, s.size(), "nor counted as data: two source triples, two people");
            s.rebuildMergedView(ds -> ModelFactory.createDefaultModel());
            assertFalse(s.mergedViewPending());
            s.put(graph(iris, "a", "h1", 2));
            assertFalse(s.mergedViewPending(), "an unchanged article changes nothing");
            s.put(graph(iris, "a", "h2", 1));
            assertTrue(s.mergedViewPending(), "a replaced article");
            s.rebuildMergedView(ds -> ModelFactory.createDefaultModel());
            s.remove(iris.source("a"));
            assertTrue(s.mergedViewPending(), "a removed article");
        }
    }
}
