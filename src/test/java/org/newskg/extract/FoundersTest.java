package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who founded an organization with someone else is its co-founder, even when the other founder is named only in
 * passing ("with his wife, Dorothy"); founding with money or a place is founding alone. Each case asserts the whole
 * set of posts, also where the verb stands before its subject ("1974 gründete X die Y") or last ("hat … gegründet"); every text is written for this test about fictional people and organizations.
 */
class FoundersTest {


    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Walter Crane founded the Marsh Gazette with his wife, Edith, in 1968.            | walter-crane,marsh-gazette,Co-founder
            de | 1974 gründete Otto Brenner mit seiner Frau Ilse Brenner die Salzach Analytik GmbH. | ilse-brenner,salzach-analytik-gmbh,Co-founder;otto-brenner,salzach-analytik-gmbh,Co-founder
            en | Walter Crane founded Crane Foods with $5m of his own money in 1968.                | walter-crane,crane-foods,Founder
            de | 1974 gründete Otto Brenner die Salzach Analytik GmbH.                              | otto-brenner,salzach-analytik-gmbh,Founder
            en | Anna Berg, Tom Hale and Ian Kerr founded Corby Labs in 2015.                      | anna-berg,corby-labs,Co-founder;ian-kerr,corby-labs,Co-founder;tom-hale,corby-labs,Co-founder
            fr | Deux chercheurs, Claire Aubin et Rachid Benali, ont fondé en janvier Quantiva.      | claire-aubin,quantiva,Co-founder;rachid-benali,quantiva,Co-founder
            de | Jana Roth hat 2019 die Lechfeld Labs GmbH gegründet.                               | jana-roth,lechfeld-labs-gmbh,Founder
            de | Jana Roth hat im Januar gemeinsam mit dem Chemiker Tom Hale das Start-up Lechfeld Labs gegründet. | jana-roth,lechfeld-labs,Co-founder;tom-hale,lechfeld-labs,Co-founder
            """)
    void aCoFounderIsNamedBesideTheFounder(String lang, String text, String expected) {
        List<String> want = expected == null ? List.of()
                : java.util.Arrays.stream(expected.split(";")).map(e -> e.replace(',', '|')).sorted().toList();
        assertEquals(want, Extractions.posts(lang, text));
    }
}
