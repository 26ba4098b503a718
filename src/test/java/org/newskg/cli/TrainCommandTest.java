package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newskg train} is one deterministic command: run on the repository's training data it writes the
 * model that ships, byte for byte. A change to extraction or features that is not followed by a
 * retraining fails here, so the shipped model always matches the code.
 */
class TrainCommandTest {

    private static final Path SHIPPED = Path.of("src/main/resources/models/candidate-scorer.bin");

    @Test
    void trainingWritesTheShippedModelByteForByte(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("candidate-scorer.bin");
        Cli.Run r = Cli.run("train", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("holdings"), r.out());
        assertArrayEquals(Files.readAllBytes(SHIPPED), Files.readAllBytes(out),
                "the shipped model is stale: run `newskg train` from the repository root and commit the model");
        assertTrue(Files.readString(dir.resolve("candidate-scorer.properties")).contains("threshold="));
    }

    @Test
    void aMissingCorpusIsAUsageError(@TempDir Path dir) {
        Cli.Run r = Cli.run("train", "--corpus", dir.resolve("none").toString(), "--out", dir.resolve("m.bin").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such folder"), r.err());
    }
}
