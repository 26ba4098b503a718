package org.newskg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An annotated corpus laid out as {@code src/test/resources/corpus/README.md} says: one folder per
 * language with articles {@code <lang>_NNN.txt}, {@code gold.tsv}, {@code questions.tsv} and
 * {@code aliases.tsv}; split once by a fixed rule, an article whose number is divisible by three
 * being in the test part.
 *
 * <pre>
 *   Corpus c = new Corpus(Path.of("src/test/resources/corpus"));
 *   List&lt;Path&gt; train = c.articles(Corpus.Part.TRAIN);
 * </pre>
 */
public record Corpus(Path root) {

    /** Which articles. */
    public enum Part {
        /** Read freely, learned from. */
        TRAIN,
        /** Only ever scored. */
        TEST,
        /** Both. */
        ALL;

        public static Part parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("part must be train, test or all, not '" + s + "'");
            }
        }

        boolean holds(String articleId) {
            return this == ALL || isTest(articleId) == (this == TEST);
        }
    }

    /**
     * Whether an article is in the test part: its number (the digits after the last underscore of
     * its id) is divisible by three. An id without a number is training data.
     */
    public static boolean isTest(String articleId) {
        String id = GoldFiles.stem(articleId);
        int u = id.lastIndexOf('_');
        String n = id.substring(u + 1);
        if (n.isEmpty() || !n.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(n) % 3 == 0;
    }

    /** The language folders, sorted. */
    public List<Path> languages() {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).filter(d -> Files.exists(d.resolve("gold.tsv"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article files of a part. */
    public List<Path> articles(Part part) {
        List<Path> out = new ArrayList<>();
        for (Path lang : languages()) {
            try (Stream<Path> s = Files.list(lang)) {
                s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                        .filter(p -> part.holds(p.getFileName().toString())).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The gold facts of a part's articles. */
    public List<GoldFact> gold(Part part) throws IOException {
        List<GoldFact> out = new ArrayList<>();
        for (Path lang : languages()) {
            GoldFiles.facts(lang.resolve("gold.tsv")).stream().filter(g -> part.holds(g.article())).forEach(out::add);
        }
        return out;
    }

    /** The questions all of whose articles are in the part (a question naming none is in the training part). */
    public List<Question> questions(Part part) throws IOException {
        List<Question> out = new ArrayList<>();
        for (Path lang : languages()) {
            Path q = lang.resolve("questions.tsv");
            if (Files.exists(q)) {
                GoldFiles.questions(q).stream()
                        .filter(x -> part == Part.ALL || (x.articles().isEmpty() ? part == Part.TRAIN
                                : x.articles().stream().allMatch(part::holds)))
                        .forEach(out::add);
            }
        }
        return out;
    }

    /** Native-script forms of gold names, from every language's {@code aliases.tsv}. */
    public Map<String, String> aliases() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path lang : languages()) {
            Path a = lang.resolve("aliases.tsv");
            if (Files.exists(a)) {
                out.putAll(GoldFiles.aliases(a));
            }
        }
        return out;
    }
}
