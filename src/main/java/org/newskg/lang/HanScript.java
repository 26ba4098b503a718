package org.newskg.lang;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional/Simplified Chinese normalization for matching. The conversion is done character by
 * character so that offsets in the converted text are offsets in the original.
 */
public final class HanScript {

    private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");

    /** The text with every Traditional character replaced by its Simplified form, same length. */
    public String simplify(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x2E80 || Character.isSurrogate(c)) {
                out.append(c);
                continue;
            }
            String s = transliterate(String.valueOf(c));
            out.append(s.length() == 1 ? s.charAt(0) : c);
        }
        return out.toString();
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
