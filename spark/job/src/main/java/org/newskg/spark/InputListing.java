package org.newskg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newskg.read.InputCollector;
import org.newskg.read.InputFormat;

/**
 * The input files of a run, listed on the driver from paths on any Hadoop file system (local
 * {@code file:}, {@code hdfs://}, {@code s3a://}; globs allowed) by the rules of {@code newskg
 * ingest}: folders recursively, every file with an article extension but the folders' READMEs, a
 * file named on its own when its extension is one newskg reads; sorted, so that input order is the
 * same however the file system lists them.
 */
record InputListing(List<InputFile> files, List<String> problems) {

    /** One input file: its place in input order, where it is, and what it is called. */
    record InputFile(int index, String path, String where, String name, long size) implements Serializable {
    }

    static InputListing of(List<String> inputs, Configuration conf) {
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
        List<InputFile> files = new ArrayList<>();
        for (FileStatus st : found.values()) {
            Path p = st.getPath();
            files.add(new InputFile(files.size(), p.toString(), where(p), p.getName(), st.getLen()));
        }
        return new InputListing(files, problems);
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
