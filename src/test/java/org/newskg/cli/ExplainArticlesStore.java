package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store of the fictional articles in {@code src/test/resources/explain} (they date their facts in
 * every way there is), ingested once per test class that extends this one.
 */
abstract class ExplainArticlesStore {

    static final Path ARTICLES = Path.of("src/test/resources/explain");

    @TempDir
    static Path dir;

    /** The store folder, for {@code --store}. */
    static String store;

    @BeforeAll
    static void ingest() {
        store = dir.resolve("store").toString();
        Cli.Run r = Cli.run("ingest", "--store", store, ARTICLES.toString());
        assertEquals(0, r.code(), r.err() + r.out());
    }
}
