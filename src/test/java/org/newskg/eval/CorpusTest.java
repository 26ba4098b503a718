package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EventType;
import org.newskg.pipeline.Components;
import org.newskg.rdf.Iris;
import org.newskg.store.KnowledgeStore;

/**
 * The annotated corpus (src/test/resources/corpus): its files are well formed, and the test part,
 * which nobody who writes rules reads, stays at or above its floors. Failures print figures only,
 * never a fact of the test part.
 */
class CorpusTest {

    static final Path ROOT = Path.of("src/test/resources/corpus");
    private static final String GOLD_HEADER = "article\tkind\tperson\torganization\trole\tevent_type\tstart\tend\tnote";
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /**
     * The test part's figures when it was last scored, less a tolerance of about 0.03: a change that
     * loses ground on unseen text fails here. Raise them only from a run's printed figures.
     */
    static final double HOLDINGS_FLOOR = 0.38;
    static final double EVENTS_FLOOR = 0.37;

    static EvalReport testPart;

    @BeforeAll
    static void score() throws Exception {
        Corpus c = new Corpus(ROOT);
        try (KnowledgeStore ks = KnowledgeStore.inMemory(Iris.standard())) {
            testPart = new Evaluation(Components.standard()).run(ks, c.articles(Corpus.Part.TEST),
                    GoldSet.read(c, Corpus.Part.TEST), p -> { });
        }
    }

    @Test
    void theTestPartStaysAtOrAboveItsFloors() {
        assertTrue(testPart.holdings().f1() >= HOLDINGS_FLOOR, testPart.renderFigures());
        assertTrue(testPart.events().f1() >= EVENTS_FLOOR, testPart.renderFigures());
    }

    @Test
    void everyLanguageHasBothPartsAndGoldForEachArticle() throws Exception {
        Corpus c = new Corpus(ROOT);
        assertEquals(10, c.languages().size());
        for (Path lang : c.languages()) {
            List<String> lines = Files.readAllLines(lang.resolve("gold.tsv"), StandardCharsets.UTF_8);
            assertEquals(GOLD_HEADER, lines.get(0), lang + "/gold.tsv header");
            Set<String> articles = Files.list(lang).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt")).map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toSet());
            assertTrue(articles.stream().anyMatch(Corpus::isTest) && articles.stream().anyMatch(a -> !Corpus.isTest(a)), lang.toString());
            Set<String> withGold = lines.stream().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split("\t", -1)[0].replaceFirst("\\.txt$", "")).collect(Collectors.toSet());
            assertTrue(articles.containsAll(withGold), lang + ": gold rows name articles that do not exist: "
                    + withGold.stream().filter(a -> !articles.contains(a)).toList());
        }
    }

    @Test
    void goldRowsFollowTheEvalFormat() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path lang : new Corpus(ROOT).languages()) {
            List<String> lines = Files.readAllLines(lang.resolve("gold.tsv"), StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] c = lines.get(i).split("\t", -1);
                String where = lang.getFileName() + "/gold.tsv:" + (i + 1);
                if (c.length < 8) {
                    problems.add(where + ": " + c.length + " columns");
                    continue;
                }
                boolean holding = c[1].equals("holding");
                if (!holding && !c[1].equals("event")) {
                    problems.add(where + ": kind " + c[1]);
                }
                if (c[2].isBlank() || c[3].isBlank()) {
                    problems.add(where + ": no person or organization");
                }
                // Titles may be composed ("Head of Grid Operations"): one English title in title case.
                if (holding && (c[4].isBlank() || !Character.isUpperCase(c[4].charAt(0)))) {
                    problems.add(where + ": role " + c[4]);
                }
                if (!holding && EventType.parse(c[5]).isEmpty()) {
                    problems.add(where + ": event type " + c[5]);
                }
                for (String d : new String[] {c[6], c[7]}) {
                    if (!d.isBlank() && !DATE.matcher(d).matches()) {
                        problems.add(where + ": date " + d);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
