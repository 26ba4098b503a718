package org.newskg.lang;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Romanizes a Japanese personal name written in kanji with the readings of Lucene's Kuromoji
 * dictionary: 渡辺健二 → "Kenji Watanabe", given name first as English-language news writes it.
 * Empty when the dictionary has no reading for a part of the name. The same dictionary tells where
 * a name begins ({@link #nameTail}) and whether a stretch of text inflects, as verbs and particles do.
 */
public final class JapaneseReadings {

    private final Transliterator toLatin = Transliterator.getInstance("Katakana-Latin; Latin-ASCII");

    public Optional<String> romanizedName(String kanji) {
        List<String> parts = readings(kanji);
        // Only a clean family + given split is trusted; a name cut in three may be cut wrong.
        if (parts.size() != 2 || parts.stream().anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        // Family name first in Japanese; the last part is the given name.
        String given = parts.get(parts.size() - 1);
        String family = String.join("", parts.subList(0, parts.size() - 1));
        return Optional.of(cap(given) + " " + cap(family));
    }

    /** A word's reading as one romanized word ("朝凪" → "Asanagi"), or empty if a part has no reading. */
    public Optional<String> romanizedWord(String text) {
        List<String> parts = readings(text);
        if (parts.isEmpty() || parts.stream().anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(cap(String.join("", parts)));
    }

    /**
     * How many characters at the end of {@code text} the dictionary reads as a personal name (family
     * and given names, 人名): 4 for "…出身の桜田誠一郎"; 0 where the text does not end in a name.
     */
    public int nameTail(String text) {
        List<int[]> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        tokenize(text, tokens, tags);
        int start = text.length();
        for (int k = tokens.size() - 1; k >= 0 && tokens.get(k)[1] == start && tags.get(k).startsWith("名詞-固有名詞-人名"); k--) {
            start = tokens.get(k)[0];
        }
        return text.length() - start;
    }

    /** Whether the dictionary reads a verb, an adjective, a particle or an auxiliary in {@code text} ("している"). */
    public boolean inflects(String text) {
        List<int[]> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        tokenize(text, tokens, tags);
        return tags.stream().anyMatch(t -> t.startsWith("動詞") || t.startsWith("助詞") || t.startsWith("助動詞")
                || t.startsWith("形容詞"));
    }

    /** Whether the dictionary reads {@code text} as nouns alone ("みちのく", "みやぎ"; not "さらに", "ことに"). */
    public boolean nounsOnly(String text) {
        List<int[]> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        tokenize(text, tokens, tags);
        return !tags.isEmpty() && tags.stream().allMatch(t -> t.startsWith("名詞") && !t.startsWith("名詞-副詞可能")
                && !t.startsWith("名詞-非自立") && !t.startsWith("名詞-代名詞"));
    }

    private static void tokenize(String text, List<int[]> spans, List<String> tags) {
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                spans.add(new int[] {offset.startOffset(), offset.endOffset()});
                String tag = pos.getPartOfSpeech();
                tags.add(tag == null ? "" : tag);
            }
            tokenizer.end();
        } catch (IOException e) {
            spans.clear();
            tags.clear();
        }
    }

    /** The lower-case romanized readings of a text's tokens; empty when a token has none. */
    private List<String> readings(String kanji) {
        List<String> parts = new ArrayList<>();
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH)) {
            ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    tokenizer.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            tokenizer.setReader(new StringReader(kanji));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String r = reading.getReading();
                if (r == null || r.isBlank()) {
                    // A given name the dictionary does not list, written in kana (さやか): it is its own reading.
                    r = katakana(term.toString());
                }
                if (r == null) {
                    return List.of();
                }
                String latin;
                synchronized (toLatin) {
                    latin = toLatin.transliterate(r);
                }
                parts.add(latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
            }
            tokenizer.end();
        } catch (IOException e) {
            return List.of();
        }
        return parts;
    }

    /** Kana text in katakana (ひらがな → ヒラガナ), or null if it holds anything but kana. */
    private static String katakana(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3041' && c <= '\u3096') {
                b.append((char) (c + 0x60));
            } else if (c >= '\u30A1' && c <= '\u30FC') {
                b.append(c);
            } else {
                return null;
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** Modified Hepburn as news writes names: long vowels unmarked (Satou → Sato, Yuuki → Yuki). */
    private static String cap(String s) {
        String h = s.replace("ou", "o").replace("uu", "u").replace("oo", "o");
        return Character.toUpperCase(h.charAt(0)) + h.substring(1);
    }
}
