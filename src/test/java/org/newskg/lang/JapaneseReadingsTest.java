package org.newskg.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JapaneseReadingsTest {

    private final JapaneseReadings readings = new JapaneseReadings();

    @Test
    void aKanjiNameIsRomanizedGivenNameFirstWithoutLongVowels() {
        assertEquals(Optional.of("Taro Yamada"), readings.romanizedName("山田太郎"));
        assertEquals(Optional.of("Hanako Sato"), readings.romanizedName("佐藤花子"));
    }

    @Test
    void aNameTheDictionaryCannotSplitCleanlyGetsNoReading() {
        assertTrue(readings.romanizedName("電").isEmpty());
    }
}
