package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.EntityKind;
import org.newskg.extract.Label;

/**
 * The indexed resolver decides exactly as the pairwise one did, on random crowds of fictional
 * names built to collide: shared given names, surnames one letter apart, surnames alone, handles,
 * Chinese names with and without their pinyin, transliterations that sound like a surname.
 */
class EntityResolverAgreementTest {

    private static final String[] GIVEN = {"Anna", "Maria", "Erik", "Jonas", "Lena", "Piet", "Chen", "Liqun"};
    private static final String[] FAMILY = {"Lindqvist", "Lindkvist", "Lindqvest", "Berg", "Borg", "Brandt", "Brant",
            "Beck", "Becker", "Okafor", "Okafar", "Liqun", "Chen", "Vasquez", "Vazquez"};
    private static final String[] CJK = {"布兰特", "贝克", "陈立群", "林佩琪", "奥卡福", "瓦斯克斯", "リンドクヴィスト", "ベック"};

    static IntStream seeds() {
        return IntStream.range(0, 25);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theIndexedResolverAgreesWithThePairwiseOne(int seed) {
        Random r = new Random(seed);
        List<EntityResolver.Candidate> cs = new ArrayList<>();
        int n = 40 + r.nextInt(120);
        for (int i = 0; i < n; i++) {
            Set<Label> labels = new LinkedHashSet<>();
            int k = 1 + r.nextInt(3);
            for (int j = 0; j < k; j++) {
                labels.add(label(r));
            }
            boolean person = r.nextInt(6) != 0;
            String iri = "https://w3id.org/newskg/id/" + (person ? "person/" : "org/") + "e" + r.nextInt(n * 2);
            cs.add(new EntityResolver.Candidate(iri, person ? EntityKind.PERSON : EntityKind.ORGANIZATION, labels,
                    1 + r.nextInt(4)));
        }
        // One candidate per IRI, as the merged view builds them.
        Map<String, EntityResolver.Candidate> byIri = new java.util.TreeMap<>();
        cs.forEach(c -> byIri.putIfAbsent(c.iri(), c));
        List<EntityResolver.Candidate> unique = new ArrayList<>(byIri.values());
        Map<String, String> expected = new PairwiseResolver().resolve(unique);
        Map<String, String> actual = new EntityResolver().resolve(unique);
        assertEquals(expected, actual);
        assertTrue(expected.entrySet().stream().anyMatch(e -> !e.getKey().equals(e.getValue())),
                "the crowd is built so that some entities merge");
    }

    private static Label label(Random r) {
        return switch (r.nextInt(7)) {
            case 0, 1, 2 -> new Label(pick(r, GIVEN) + " " + pick(r, FAMILY), "");
            case 3 -> new Label(pick(r, FAMILY), "");
            case 4 -> new Label(pick(r, CJK), "zh-Hans");
            case 5 -> new Label(pick(r, GIVEN) + " " + pick(r, GIVEN) + " " + pick(r, FAMILY), "");
            default -> new Label(r.nextBoolean() ? "@" + pick(r, FAMILY).toLowerCase() : pick(r, FAMILY).toUpperCase(), "");
        };
    }

    private static String pick(Random r, String[] xs) {
        return xs[r.nextInt(xs.length)];
    }
}
