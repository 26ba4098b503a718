package org.newskg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newskg.read.ArticleIds;
import org.newskg.read.InputCollector;
import org.newskg.read.InputFormat;
import org.newskg.read.JsonLinesReader;

/**
 * The input files of a run, listed on the driver from paths on any Hadoop file system (local
 * {@code file:}, {@code hdfs://}, {@code s3a://}; globs allowed) by the rules of {@code newskg
 * ingest}: folders recursively, every file with an article extension but the folders' READMEs, a
 * file named on its own when its extension is one newskg reads; sorted, so that input order is the
 * same however the file system lists them.
 */
record InputListing(List<InputFile> files, List<String> problems, List<String> clashes) {

    /**
     * One input file: its place in input order, where it is, what it is called, the id of its
     * article (a one-article file) and the ids its lines get in place of their own (a corpus).
     */
    record InputFile(int index, String path, String where, String name, long size, String id,
                     HashMap<String, String> lineIds) implements Serializable {

        /** The id a line of this corpus that gives {@code own} is stored under. */
        String lineId(String own) {
            return lineIds.getOrDefault(own, own);
        }
    }

    static InputListing of(List<String> inputs, Configuration conf, long maxBytes) {
        TreeMap<String, FileStatus> found = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path p = new Path(input);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    problems.add(input + ": no such file or folder");
                    continue;
                }
                for (FileStatus st : matches) {
                    if (st.isDirectory()) {
                        walk(fs, st.getPath(), found);
                    } else if (InputFormat.of(st.getPath().getName()).isPresent()) {
                        found.put(st.getPath().toString(), st);
                    } else {
                        problems.add(input + ": not an article file (" + InputFormat.allExtensions() + ")");
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(input + ": cannot read: " + e.getMessage());
            }
        }
        Map<String, java.nio.file.Path> keys = keys(found.values());
        ArticleIds ids = ArticleIds.of(List.copyOf(keys.values()), corpusIds(found, keys, conf, maxBytes));
        List<InputFile> files = new ArrayList<>();
        for (FileStatus st : found.values()) {
            Path p = st.getPath();
            java.nio.file.Path key = keys.get(p.toString());
            files.add(new InputFile(files.size(), p.toString(), where(p), p.getName(), st.getLen(), ids.forFile(key),
                    new HashMap<>(ids.renamedLines(key))));
        }
        return new InputListing(files, problems, ids.clashes());
    }

    /**
     * The path that stands for each file when ids clash, as {@code ingest} would be given it: a local
     * file's own path; for a file elsewhere, its path below its file system's root ({@code
     * s3a://bucket/news/a.md} stands as {@code news/a.md}, as {@code ingest news} would name it in a
     * copy of the bucket), with the bucket or name node in front when the inputs come from more than
     * one file system.
     */
    static Map<String, java.nio.file.Path> keys(Collection<FileStatus> found) {
        long systems = found.stream().map(st -> fileSystem(st.getPath())).distinct().count();
        Map<String, java.nio.file.Path> keys = new HashMap<>();
        for (FileStatus st : found) {
            URI uri = st.getPath().toUri();
            java.nio.file.Path key;
            if ("file".equals(uri.getScheme())) {
                key = java.nio.file.Path.of(uri);
            } else {
                String below = uri.getPath().replaceFirst("^/+", "");
                String authority = uri.getAuthority() == null ? "" : uri.getAuthority();
                key = java.nio.file.Path.of(systems > 1 && !authority.isEmpty() ? authority + "/" + below : below);
            }
            keys.put(st.getPath().toString(), key);
        }
        return keys;
    }

    private static String fileSystem(Path p) {
        URI uri = p.toUri();
        return uri.getScheme() + "://" + (uri.getAuthority() == null ? "" : uri.getAuthority());
    }

    /** The ids a corpus's lines give, read through its own file system (the one file stands for by its key). */
    private static Function<java.nio.file.Path, List<String>> corpusIds(TreeMap<String, FileStatus> found,
            Map<String, java.nio.file.Path> keys, Configuration conf, long maxBytes) {
        Map<java.nio.file.Path, Path> byKey = new HashMap<>();
        keys.forEach((path, key) -> byKey.put(key, found.get(path).getPath()));
        JsonLinesReader reader = new JsonLinesReader(maxBytes);
        return key -> {
            Path p = byKey.get(key);
            try {
                return ArticleIds.corpusIds(reader.open(p.getName(), where(p), p.getFileSystem(conf).open(p)));
            } catch (IOException e) {
                return List.of(); // reported when the corpus itself is read
            }
        };
    }

    /**
     * Every article file below a folder. Plain statuses, not {@code listFiles}' located ones: those
     * ask for each file's owner and permissions, which the local file system without Hadoop's native
     * library learns by starting {@code ls} once per file (252 s for 10,000 files on a loaded machine).
     */
    private static void walk(FileSystem fs, Path dir, TreeMap<String, FileStatus> found) throws IOException {
        RemoteIterator<FileStatus> it = fs.listStatusIterator(dir);
        while (it.hasNext()) {
            FileStatus f = it.next();
            if (f.isDirectory()) {
                walk(fs, f.getPath(), found);
            } else if (f.isFile() && InputCollector.readInFolder(f.getPath().getName())) {
                found.put(f.getPath().toString(), f);
            }
        }
    }

    /** A local file as a plain path in messages; any other with its scheme. */
    private static String where(Path p) {
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
    }
}
