package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What articles are scored against: gold facts, questions, and native-script forms of gold names.
 *
 * @param aliases native-script form → gold name
 */
public record GoldSet(List<GoldFact> facts, List<Question> questions, Map<String, String> aliases) {

    public GoldSet {
        facts = List.copyOf(facts);
        questions = List.copyOf(questions);
        aliases = Map.copyOf(aliases);
    }

    /**
     * A gold file, an optional questions file, and the {@code aliases.tsv} beside the gold file if
     * there is one (as the independent {@code score.py} reads it).
     */
    public static GoldSet read(Path gold, Path questions) throws IOException {
        Path beside = gold.toAbsolutePath().resolveSibling("aliases.tsv");
        return new GoldSet(GoldFiles.facts(gold), questions == null ? List.of() : GoldFiles.questions(questions),
                Files.exists(beside) ? GoldFiles.aliases(beside) : Map.of());
    }

    /** One part of an annotated corpus. */
    public static GoldSet read(Corpus corpus, Corpus.Part part) throws IOException {
        return new GoldSet(corpus.gold(part), corpus.questions(part), corpus.aliases());
    }
}
