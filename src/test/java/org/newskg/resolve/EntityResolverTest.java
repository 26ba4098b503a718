package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityKind;
import org.newskg.extract.Label;

class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver();

    private static EntityResolver.Candidate person(String iri, String... labels) {
        return new EntityResolver.Candidate("https://w3id.org/newskg/id/person/" + iri, EntityKind.PERSON,
                java.util.Arrays.stream(labels).map(l -> new Label(l, l.chars().anyMatch(c -> c > 0x2E80) ? "zh-Hans" : ""))
                        .collect(java.util.stream.Collectors.toSet()), 1);
    }

    private static String p(String iri) {
        return "https://w3id.org/newskg/id/person/" + iri;
    }

    @Test
    void aSurnameAloneJoinsTheOneFullNameEndingWithIt() {
        Map<String, String> m = resolver.resolve(List.of(person("maria-lindqvist", "Maria Lindqvist"),
                person("lindqvist", "Lindqvist")));
        assertEquals(p("maria-lindqvist"), m.get(p("lindqvist")));
    }

    @Test
    void aOneLetterMisspellingOfTheSurnameJoins() {
        Map<String, String> m = resolver.resolve(List.of(person("maria-lindqvist", "Maria Lindqvist"),
                person("maria-lindkvist", "Maria Lindkvist"), person("lindkvist", "Lindkvist")));
        assertEquals(m.get(p("maria-lindqvist")), m.get(p("maria-lindkvist")));
        assertEquals(m.get(p("maria-lindqvist")), m.get(p("lindkvist")));
    }

    @Test
    void anAmbiguousSurnameJoinsNobody() {
        Map<String, String> m = resolver.resolve(List.of(person("anna-berg", "Anna Berg"),
                person("lars-berg", "Lars Berg"), person("berg", "Berg")));
        assertEquals(p("berg"), m.get(p("berg")));
        assertNotEquals(m.get(p("anna-berg")), m.get(p("lars-berg")));
    }

    @Test
    void aChineseTransliterationJoinsTheLatinSurnameItSoundsLike() {
        Map<String, String> m = resolver.resolve(List.of(person("peter-brandt", "Peter Brandt"),
                person("bu-lan-te", "布兰特")));
        assertEquals(p("peter-brandt"), m.get(p("bu-lan-te")));
    }

    @Test
    void aJapaneseNameInKanjiJoinsNoLatinSurnameItsChineseReadingSoundsLike() {
        EntityResolver.Candidate japanese = new EntityResolver.Candidate("https://w3id.org/newskg/id/person/nishida",
                EntityKind.PERSON, Set.of(new Label("西田", "ja"), new Label("西田健", "ja")), 1);
        Map<String, String> m = resolver.resolve(List.of(person("ida-stein", "Ida Stein"), japanese));
        assertEquals(p("nishida"), m.get(p("nishida")));
    }

    @Test
    void aChineseNameJoinsItsPinyin() {
        Map<String, String> m = resolver.resolve(List.of(person("chen-liqun", "Chen Liqun"),
                person("chen-li-qun", "陈立群")));
        assertEquals(p("chen-liqun"), m.get(p("chen-li-qun")));
    }

    @Test
    void theSameLabelInTwoArticlesIsOneEntity() {
        Map<String, String> m = resolver.resolve(List.of(person("a", "Tomás Ruiz", "Ruiz"),
                person("b", "Ruiz", "@truiz")));
        assertEquals(m.get(p("a")), m.get(p("b")));
    }

    @Test
    void aSurnameOneLetterShorterSharesABlockingKeyWithTheFullNameItJoins() {
        EntityResolver.Candidate longer = person("a-anna-lunde", "Anna Lunde");
        EntityResolver.Candidate shorter = person("b-anna-lund", "Anna Lund");
        assertEquals(longer.iri(), resolver.resolve(List.of(longer, shorter)).get(shorter.iri()));
        // Two full names meet under one key only: their surname variant with the same given name.
        Set<EntityResolver.BlockingKey> shared = new java.util.HashSet<>(resolver.blockingKeys(longer));
        shared.retainAll(resolver.blockingKeys(shorter));
        assertEquals(Set.of("variant|anna 2 lund"), shared.stream().filter(k -> EntityResolver.linksCarriers(
                java.util.EnumSet.of(k.side()))).map(EntityResolver.BlockingKey::key).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void ofTwoEquallyLongFullNamesTheFirstInAlphabeticalOrderIsMatched() {
        // "anna berg" < "anna borg": a surname alone matches Berg, whatever order the labels come in
        // (a candidate's labels are a set with no fixed order from one run to the next).
        for (int i = 0; i < 20; i++) {
            Map<String, String> r = resolver.resolve(List.of(person("anna-berg-" + i, "Anna Borg", "Anna Berg"),
                    person("berg", "Berg")));
            assertEquals(p("anna-berg-" + i), r.get(p("berg")));
        }
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        List<EntityResolver.Candidate> cs = new ArrayList<>(List.of(person("maria-lindqvist", "Maria Lindqvist"),
                person("lindqvist", "Lindqvist"), person("anna-berg", "Anna Berg"), person("berg", "Berg"),
                person("bu-lan-te", "布兰特"), person("peter-brandt", "Peter Brandt")));
        Map<String, String> first = resolver.resolve(cs);
        for (int seed = 0; seed < 5; seed++) {
            Collections.shuffle(cs, new Random(seed));
            assertEquals(first, resolver.resolve(cs));
        }
        assertEquals(Set.of(p("maria-lindqvist"), p("anna-berg"), p("peter-brandt")),
                Set.copyOf(first.values()));
    }
}
