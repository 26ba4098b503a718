package org.newskg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.newskg.read.InputCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests the article files that arrive in a folder (and its subfolders) while a store is served.
 * The folder is scanned every interval; a new or changed file is taken once its size and
 * modification time have stayed the same for one interval, so a file still being copied in waits.
 * Each scan's files are one batch, committed with the rebuilt merged view in one transaction
 * ({@link Ingest#runAsOneBatch}). Files already in the folder when watching starts are taken too;
 * the store skips the ones it holds unchanged.
 *
 * <pre>
 *   try (FolderWatch watch = new FolderWatch(Path.of("incoming"), ingest, Duration.ofSeconds(2), summary -&gt; log(summary))) {
 *       watch.start();
 *       server.join();
 *   }
 * </pre>
 */
public final class FolderWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);

    private record Seen(long size, long modified) {
    }

    private final Path folder;
    private final Ingest ingest;
    private final Duration interval;
    private final Consumer<IngestSummary> report;
    /** What each file looked like when it was last ingested (or found unreadable). */
    private final Map<Path, Seen> taken = new HashMap<>();
    /** What each waiting file looked like at the previous scan. */
    private final Map<Path, Seen> waiting = new HashMap<>();
    private ScheduledExecutorService timer;

    public FolderWatch(Path folder, Ingest ingest, Duration interval, Consumer<IngestSummary> report) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("the watch interval must be positive");
        }
        this.folder = folder;
        this.ingest = ingest;
        this.interval = interval;
        this.report = report;
    }

    /** Scans in the background, every interval, until {@link #close}. */
    public synchronized void start() {
        if (timer != null) {
            throw new IllegalStateException("already watching " + folder);
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newskg-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                scan().ifPresent(report);
            } catch (RuntimeException e) {
                // One bad scan must not end the watching; the next scan tries again.
                LOG.error("ingesting from {} failed: {}", folder, e.toString(), e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * One scan: ingests the files that are new or changed and have not changed since the previous
     * scan, as one batch. Empty when there was nothing to ingest.
     */
    public synchronized Optional<IngestSummary> scan() {
        InputCollector.Inputs inputs = InputCollector.collect(List.of(folder));
        List<Path> ready = new ArrayList<>();
        Map<Path, Seen> now = new HashMap<>();
        for (Path f : inputs.files()) {
            if (f.getFileName().toString().startsWith(".")) {
                continue; // hidden: a file being written under a temporary name
            }
            Seen s = seen(f);
            if (s == null || s.equals(taken.get(f))) {
                continue;
            }
            if (s.equals(waiting.get(f))) {
                ready.add(f);
            } else {
                now.put(f, s);
            }
        }
        waiting.clear();
        waiting.putAll(now);
        if (ready.isEmpty()) {
            return Optional.empty();
        }
        IngestSummary summary = ingest.runAsOneBatch(ready, List.of());
        for (Path f : ready) {
            Seen s = seen(f);
            if (s != null) {
                taken.put(f, s);
            }
        }
        return Optional.of(summary);
    }

    private static Seen seen(Path f) {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            return new Seen(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null; // gone since the listing
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
