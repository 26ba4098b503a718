package org.newskg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    private static final JsonLinesReader CORPORA = new JsonLinesReader(ArticleReader.DEFAULT_MAX_BYTES);

    @Test
    void anIdNoOtherInputClaimsIsTheFileName() {
        ArticleIds ids = ArticleIds.of(List.of(Path.of("x/a.txt"), Path.of("x/b.md")), CORPORA);
        assertEquals("a", ids.forFile(Path.of("x/a.txt")));
        assertEquals("b", ids.forFile(Path.of("x/b.md")));
        assertTrue(ids.clashes().isEmpty());
    }

    @Test
    void clashingIdsGetTheIdAndEightHexDigitsOfTheirPath() {
        Path a = Path.of("x/a.txt");
        Path b = Path.of("y/a.txt");
        ArticleIds ids = ArticleIds.of(List.of(a, b), CORPORA);
        assertTrue(ids.forFile(a).matches("a-[0-9a-f]{8}"), ids.forFile(a));
        assertTrue(ids.forFile(b).matches("a-[0-9a-f]{8}"), ids.forFile(b));
        assertNotEquals(ids.forFile(a), ids.forFile(b));
        assertEquals(1, ids.clashes().size());
        // The same inputs, another order: the same ids.
        ArticleIds again = ArticleIds.of(List.of(b, a), CORPORA);
        assertEquals(ids.forFile(a), again.forFile(a));
    }

    @Test
    void aMadeIdNeverTakesAnIdAnotherInputHasOfItself() {
        Path a = Path.of("x/a.txt");
        Path b = Path.of("y/a.txt");
        String made = ArticleIds.of(List.of(a, b), CORPORA).forFile(a);
        // A third file whose own name is the id the first would have been given.
        Path squatter = Path.of("z/" + made + ".txt");
        ArticleIds ids = ArticleIds.of(List.of(a, b, squatter), CORPORA);
        assertEquals(made, ids.forFile(squatter));
        Set<String> all = new HashSet<>(List.of(ids.forFile(a), ids.forFile(b), ids.forFile(squatter)));
        assertEquals(3, all.size(), all.toString());
    }

    @Test
    void theWorkingFolderDoesNotChangeTheIds() {
        Path rel = Path.of("x/a.txt");
        Path abs = rel.toAbsolutePath();
        assertEquals(ArticleIds.pathKey(rel), ArticleIds.pathKey(abs));
    }
}
