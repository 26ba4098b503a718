package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.read.JsonLinesReader;

class ArticleInputsTest {

    @TempDir
    Path dir;

    private List<ArticleInputs.Item<Path>> all(List<Path> files) {
        List<ArticleInputs.Item<Path>> items = new ArrayList<>();
        try (ArticleInputs<Path> in = new ArticleInputs<>(files.iterator(), ArticleInputs.LOCAL, new JsonLinesReader(1 << 20))) {
            in.forEachRemaining(items::add);
        }
        return items;
    }

    @Test
    void aCorpusThatIsAPipeWhenReadIsReportedNotWaitedOn() throws Exception {
        // Listed as a corpus, a pipe by the time it is read: opening it would block until someone writes.
        Path pipe = dir.resolve("late.jsonl");
        Process mk = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor());
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, "{\"id\": \"g1\", \"lang\": \"en\", \"text\": \"Jane Roe is the CEO of Acme.\"}\n",
                StandardCharsets.UTF_8);

        List<ArticleInputs.Item<Path>> items = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> all(List.of(pipe, good)), "a pipe blocked the read");

        assertEquals(2, items.size(), items.toString());
        assertEquals(pipe, items.get(0).file());
        assertTrue(items.get(0).problem().contains(pipe + ": a named pipe (FIFO), not a regular file"), items.get(0).problem());
        assertNull(items.get(1).problem());
        assertEquals("g1", items.get(1).article().id());
    }
}
