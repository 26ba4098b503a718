package org.newskg.read;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The article ids of one run's inputs, unique among them by construction. An article keeps the id
 * it gives by itself (a file's name without its extension; a corpus line's {@code id}, or the one
 * made from its url or text) whenever no other input of the run claims it, so stores, links and
 * gold files that name articles by file name stay valid. When several inputs claim one id (files
 * of one name in two folders, {@code a.txt} beside {@code a.md}, two names that are not valid
 * UTF-8 and both read as U+FFFD, a file and a corpus line), each of them gets the id plus eight
 * hex digits of a hash of its file's path, and {@link #clashes()} says so, one line per id.
 * Standard input ({@code -}) cannot be read twice, so it is not read ahead: a line of it that
 * claims an id another input has is the one that gets an id of its own, when it is read.
 *
 * <pre>
 *   ArticleIds ids = ArticleIds.of(files, new JsonLinesReader(maxBytes));
 *   Article a = reader.read(file, ids.forFile(file));
 *   ids.clashes().forEach(System.err::println);
 * </pre>
 */
public final class ArticleIds {

    private static final int SHORT_HASH = 8;

    /** One claimed input: a one-article file, or a corpus for each id its lines give. */
    private record Claim(Path file, String id) {
    }

    /** The assigned id of each claim that had to change. */
    private final Map<Claim, String> renamed;
    /** Every id given out or claimed; grows as standard input's lines are read. */
    private final Set<String> taken;
    private final List<String> clashes;

    private ArticleIds(Map<Claim, String> renamed, Set<String> taken, List<String> clashes) {
        this.renamed = Map.copyOf(renamed);
        this.taken = java.util.Collections.synchronizedSet(new HashSet<>(taken));
        this.clashes = java.util.Collections.synchronizedList(new ArrayList<>(clashes));
    }

    /** Ids for inputs that can never clash: each keeps its own. */
    public static ArticleIds none() {
        return new ArticleIds(Map.of(), Set.of(), List.of());
    }

    /**
     * Reads the ids every input claims (a corpus's lines are read for their ids only when there is
     * another input they could clash with) and makes the clashing ones unique.
     *
     * @param corpora reads the lines of JSON Lines files; lines it refuses claim nothing
     */
    public static ArticleIds of(List<Path> files, JsonLinesReader corpora) {
        return of(files, f -> corpusIds(f, corpora));
    }

    /**
     * Like {@link #of(List, JsonLinesReader)} for inputs that need not be local files: each is named
     * by a path that stands for it in the hash that tells clashing ids apart (for a file on HDFS or
     * S3, its path below the file system's root: the path {@code ingest} would be given in a copy of
     * the bucket), and {@code corpusIds} gives the ids the lines of a corpus give by themselves.
     */
    public static ArticleIds of(List<Path> files, Function<Path, List<String>> corpusIds) {
        Map<String, List<Claim>> byId = new LinkedHashMap<>();
        boolean alone = files.size() < 2;
        for (Path f : files) {
            if (InputFormat.isStdin(f)) {
                continue; // read once, as it comes: see forLine
            }
            if (JsonLinesReader.accepts(f)) {
                if (alone) {
                    continue; // a corpus refuses an id used twice within it; with nothing beside it, no clash
                }
                for (String id : corpusIds.apply(f)) {
                    byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new Claim(f, id));
                }
            } else {
                String id = ArticleReader.idOf(f);
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new Claim(f, id));
            }
        }
        Set<String> taken = new HashSet<>(byId.keySet());
        Map<Claim, String> renamed = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> e : byId.entrySet()) {
            List<Claim> claims = e.getValue();
            if (claims.size() < 2) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            line.append(claims.size()).append(" inputs claim the article id '").append(e.getKey())
                    .append("', so each gets its own:");
            for (Claim c : claims) {
                String id = unique(e.getKey(), pathKey(c.file()), taken);
                taken.add(id);
                renamed.put(c, id);
                line.append(' ').append(c.file()).append(JsonLinesReader.accepts(c.file()) ? " (its line with that id)" : "")
                        .append(" as '").append(id).append("',");
            }
            line.setLength(line.length() - 1);
            clashes.add(line.toString());
        }
        taken.addAll(renamed.values());
        return new ArticleIds(renamed, taken, clashes);
    }

    /** The id of the article in a one-article file. */
    public String forFile(Path file) {
        String own = ArticleReader.idOf(file);
        return renamed.getOrDefault(new Claim(file, own), own);
    }

    /** The id of the article on a corpus line, given the id the line gives by itself. */
    public String forLine(Path corpus, String ownId) {
        if (InputFormat.isStdin(corpus)) {
            synchronized (taken) {
                if (!taken.add(ownId)) {
                    String id = unique(ownId, "-", taken);
                    taken.add(id);
                    clashes.add("a line of standard input claims the article id '" + ownId
                            + "', which another input has: it is stored as '" + id + "'");
                    return id;
                }
            }
            return ownId;
        }
        return renamed.getOrDefault(new Claim(corpus, ownId), ownId);
    }

    /**
     * The ids the lines of one corpus get in place of the ids they give by itself, for those that
     * changed: what {@link #forLine} gives, for a reader of the corpus elsewhere (a Spark executor).
     */
    public Map<String, String> renamedLines(Path corpus) {
        Map<String, String> lines = new HashMap<>();
        renamed.forEach((claim, id) -> {
            if (claim.file().equals(corpus)) {
                lines.put(claim.id(), id);
            }
        });
        return lines;
    }

    /** One message per id that several inputs claimed, saying what each was stored as (so far, for standard input). */
    public List<String> clashes() {
        synchronized (clashes) {
            return List.copyOf(clashes);
        }
    }

    private static List<String> corpusIds(Path corpus, JsonLinesReader corpora) {
        try {
            return corpusIds(corpora.open(corpus));
        } catch (ReadException e) {
            return List.of(); // reported when the corpus itself is read
        }
    }

    /** The ids the lines of an open corpus give by themselves, lines it refuses left out; closes it. */
    public static List<String> corpusIds(JsonLinesReader.Lines corpus) {
        List<String> ids = new ArrayList<>();
        try (JsonLinesReader.Lines lines = corpus) {
            lines.forEachRemaining(entry -> {
                if (entry.article() != null) {
                    ids.add(entry.article().id());
                }
            });
        }
        return ids;
    }

    /** The id plus as many hex digits of the path's hash as it takes to be unused (eight but for freak cases). */
    private static String unique(String id, String pathKey, Set<String> taken) {
        String hash = sha256(pathKey + "\u0000" + id);
        for (int n = SHORT_HASH; n <= hash.length(); n += SHORT_HASH) {
            String candidate = id + "-" + hash.substring(0, n);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        int k = 2;
        while (taken.contains(id + "-" + hash + "-" + k)) {
            k++;
        }
        return id + "-" + hash + "-" + k;
    }

    /**
     * The path as given, relative to the working folder when it lies below it, so that the same
     * command gives the same ids however the folder was named. A name that is not valid UTF-8
     * decodes to U+FFFD, losing what told it apart; its raw bytes (percent-escaped) are used.
     */
    static String pathKey(Path file) {
        Path p = file.normalize();
        if (p.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (p.startsWith(cwd)) {
                p = cwd.relativize(p);
            }
        }
        String key = p.toString().replace(File.separatorChar, '/');
        if (key.indexOf('\uFFFD') >= 0) {
            key = file.toAbsolutePath().normalize().toUri().getRawPath();
        }
        return key;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
