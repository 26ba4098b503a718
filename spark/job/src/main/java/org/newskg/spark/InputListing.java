package org.newskg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newskg.read.ArticleIds;
import org.newskg.read.ArticleReader;
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
        ArticleIds ids = ids(found.values(), maxBytes);
        List<InputFile> files = new ArrayList<>();
        for (FileStatus st : found.values()) {
            Path p = st.getPath();
            java.nio.file.Path local = ids == null ? null : java.nio.file.Path.of(p.toUri());
            String id = local == null ? ArticleReader.idOf(p.getName()) : ids.forFile(local);
            HashMap<String, String> lineIds = local == null ? new HashMap<>() : new HashMap<>(ids.renamedLines(local));
            files.add(new InputFile(files.size(), p.toString(), where(p), p.getName(), st.getLen(), id, lineIds));
        }
        return new InputListing(files, problems, ids == null ? List.of() : ids.clashes());
    }

    /**
     * Ids unique among the inputs, as {@code ingest} gives them, when every input is a local file
     * (null otherwise: on HDFS or S3 an article's id is its file's name, as before).
     */
    private static ArticleIds ids(Collection<FileStatus> found, long maxBytes) {
        List<java.nio.file.Path> local = new ArrayList<>();
        for (FileStatus st : found) {
            if (!"file".equals(st.getPath().toUri().getScheme())) {
                return null;
            }
            local.add(java.nio.file.Path.of(st.getPath().toUri()));
        }
        return ArticleIds.of(local, new JsonLinesReader(maxBytes));
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
