package org.newskg.lang;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional/Simplified Chinese normalization for matching. The conversion is done character by
 * character so that offsets in the converted text are offsets in the original.
 */
public final class HanScript {

    private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    /** Each character's Simplified form once computed (0: not yet): ICU per character is slow and locks. */
    private final char[] simplified = new char[Character.MAX_VALUE + 1];

    /** The text with every Traditional character replaced by its Simplified form, same length. */
    public String simplify(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x2E80 || Character.isSurrogate(c)) {
                out.append(c);
                continue;
            }
            out.append(simplified(c));
        }
        return out.toString();
    }

    private char simplified(char c) {
        char s = simplified[c];
        if (s == 0) {
            // A benign race: every thread computes the same value, and char writes are atomic.
            String t = transliterate(String.valueOf(c));
            s = t.length() == 1 ? t.charAt(0) : c;
            simplified[c] = s;
        }
        return s;
    }

    /** The number of characters that change under Traditional-to-Simplified conversion. */
    public int traditionalCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF && transliterate(String.valueOf(c)).charAt(0) != c) {
                n++;
            }
        }
        return n;
    }

    private String transliterate(String s) {
        // ICU transliterators are not thread-safe; each HanScript is used by one thread.
        synchronized (toSimplified) {
            return toSimplified.transliterate(s);
        }
    }
}
