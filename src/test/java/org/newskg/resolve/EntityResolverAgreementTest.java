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
            "Beck", "Becker", "Lund", "Lunde", "Okafor", "Okafar", "Liqun", "Chen", "Vasquez", "Vazquez"};
    private static final String[] CJK = {"布兰特", "贝克", "陈立群", "林佩琪", "奥卡福", "瓦斯克斯", "リンドクヴィスト", "ベック"};

    static IntStream seeds() {
        return IntStream.range(0, 25);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theIndexedResolverAgreesWithThePairwiseOne(int seed) {
        List<EntityResolver.Candidate> unique = crowd(seed);
        Map<String, String> expected = new PairwiseResolver().resolve(unique);
        Map<String, String> actual = new EntityResolver().resolve(unique);
        assertEquals(expected, actual);
        assertTrue(expected.entrySet().stream().anyMatch(e -> !e.getKey().equals(e.getValue())),
                "the crowd is built so that some entities merge");
    }

    /**
     * The groups that blocking keys link resolve alone as among all candidates: what lets a
     * distributed job resolve each group apart.
     */
    static IntStream moreSeeds() {
        return IntStream.range(100, 180);
    }

    @ParameterizedTest
    @MethodSource("moreSeeds")
    void eachGroupLinkedByBlockingKeysResolvesAloneAsAmongAll(int seed) {
        List<EntityResolver.Candidate> all = crowd(seed);
        EntityResolver resolver = new EntityResolver();
        Map<String, String> expected = resolver.resolve(all);

        // Link the candidates as blocks do: all of a key's carriers, when the sides they carry it on link.
        Map<String, String> root = new java.util.HashMap<>();
        all.forEach(c -> root.put(c.iri(), c.iri()));
        Map<String, List<String>> carriers = new java.util.HashMap<>();
        Map<String, Set<EntityResolver.BlockingKey.Side>> sides = new java.util.HashMap<>();
        for (EntityResolver.Candidate c : all) {
            for (EntityResolver.BlockingKey k : resolver.blockingKeys(c)) {
                carriers.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(c.iri());
                sides.computeIfAbsent(k.key(), x -> java.util.EnumSet.noneOf(EntityResolver.BlockingKey.Side.class)).add(k.side());
            }
        }
        carriers.forEach((key, iris) -> {
            if (EntityResolver.linksCarriers(sides.get(key))) {
                iris.forEach(i -> union(root, iris.get(0), i));
            }
        });
        Map<String, List<EntityResolver.Candidate>> groups = new java.util.TreeMap<>();
        all.forEach(c -> groups.computeIfAbsent(find(root, c.iri()), x -> new ArrayList<>()).add(c));

        Map<String, String> apart = new java.util.HashMap<>();
        groups.values().forEach(g -> apart.putAll(resolver.resolve(g)));
        assertEquals(expected, apart);
        assertTrue(groups.size() > 1 && groups.size() < all.size(), "the keys split the crowd: " + groups.size());
        // Nothing is merged across groups that no key links.
        long merged = expected.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
        assertTrue(merged > 0, "the crowd is built so that some entities merge");
    }

    private static String find(Map<String, String> root, String x) {
        while (!root.get(x).equals(x)) {
            x = root.get(x);
        }
        return x;
    }

    private static void union(Map<String, String> root, String a, String b) {
        root.put(find(root, a), find(root, b));
    }

    /** Random candidates, one per IRI, with names built to collide. */
    private static List<EntityResolver.Candidate> crowd(int seed) {
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
        return new ArrayList<>(byIri.values());
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
