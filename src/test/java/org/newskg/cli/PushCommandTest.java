package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.store.KnowledgeStore;

/** A password written into the push URL is refused, and neither the error nor anything else repeats it. */
class PushCommandTest {

    @TempDir
    Path dir;

    @Test
    void aPasswordInThePushUrlIsRefusedAndNeverPrinted() {
        Path store = dir.resolve("store");
        KnowledgeStore.open(store, Iris.standard()).close();
        for (String[] args : new String[][] {
                {"push", "--store", store.toString(), "http://loader:pw-in-url-41@127.0.0.1:9/ds"},
                {"push", "--store", store.toString(), "--verbose", "http://loader:pw-in-url-41@127.0.0.1:9/ds"}}) {
            Cli.Run r = Cli.run(args);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("the push URL holds a user name or password"), r.err());
            assertFalse((r.out() + r.err()).contains("pw-in-url-41"), "the password was printed: " + r.err());
        }
    }
}
