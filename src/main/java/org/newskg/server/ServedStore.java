package org.newskg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;

/**
 * A note, in the store's folder, that a running {@code newskg serve} holds the store: its
 * endpoint, its process and the folder it watches for new articles. TDB2 lets one process open a
 * store; other commands read this note to go through the server instead of failing on the lock.
 *
 * <pre>
 *   Optional&lt;ServedStore&gt; served = ServedStore.find(Path.of("store"));
 *   served.ifPresent(s -&gt; System.out.println("served at " + s.url()));
 * </pre>
 *
 * @param url   the dataset URL, e.g. {@code http://127.0.0.1:3030/newskg}
 * @param pid   the serving process
 * @param watch the folder it ingests new files from, or null
 */
public record ServedStore(String url, long pid, Path watch) {

    /** The note's file name inside the store folder. */
    public static final String FILE = "newskg-serve.properties";

    /** The note of a live server holding the store in {@code storeDir}, if there is one. */
    public static Optional<ServedStore> find(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String url = p.getProperty("url");
        long pid;
        try {
            pid = Long.parseLong(p.getProperty("pid", ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // A note left by a server that was killed says nothing: the process must still run.
        if (url == null || pid == ProcessHandle.current().pid()
                || !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return Optional.empty();
        }
        String watch = p.getProperty("watch");
        return Optional.of(new ServedStore(url, pid, watch == null || watch.isEmpty() ? null : Path.of(watch)));
    }

    /** Writes the note for this process; {@link #remove} takes it away when the server stops. */
    public void writeTo(Path storeDir) {
        Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("watch", watch == null ? "" : watch.toAbsolutePath().toString());
        Path file = storeDir.resolve(FILE);
        try {
            Path tmp = Files.createTempFile(storeDir, ".newskg-serve", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "written by newskg serve; removed when it stops");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Removes the note if this process wrote it. */
    public static void remove(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            if (Long.toString(ProcessHandle.current().pid()).equals(p.getProperty("pid"))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Nothing to remove, or not ours to remove: a stale note is ignored by find.
        }
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return url + "/sparql";
    }

    /**
     * The whole dataset, every graph, as the server has it at one moment: the server answers from
     * one read transaction, so the copy holds whole ingest batches only.
     */
    public DatasetGraph snapshot() {
        return DSP.service(url + "/data").GET();
    }
}
