package org.newskg.time;

import com.ibm.icu.text.Transliterator;

/**
 * Rewrites a text character for character (so offsets stay valid) into the form the templates are
 * written for: ASCII digits and punctuation for full-width ones, one kind of dash, apostrophe and
 * space, and optionally Simplified for Traditional Han characters.
 */
final class TextNormalizer {

    private final Transliterator transliterator;

    /** @param transliteratorId an ICU transliterator id such as "Traditional-Simplified", or null */
    TextNormalizer(String transliteratorId) {
        this.transliterator = transliteratorId == null ? null : Transliterator.getInstance(transliteratorId);
    }

    String normalize(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = normalize(text.charAt(i));
        }
        String s = new String(out);
        return transliterator == null ? s : transliterate(s);
    }

    private String transliterate(String s) {
        String t = transliterator.transliterate(s);
        if (t.length() == s.length()) {
            return t;
        }
        // Rare characters map to more than one char: fall back to converting only 1:1 characters.
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String c = String.valueOf(s.charAt(i));
            String tc = Character.isSurrogate(s.charAt(i)) ? c : transliterator.transliterate(c);
            sb.append(tc.length() == 1 ? tc : c);
        }
        return sb.toString();
    }

    private static char normalize(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0); // full-width ASCII block
        }
        return switch (c) {
            case '\u00A0', '\u2007', '\u2009', '\u202F', '\u3000', '\u2002', '\u2003' -> ' ';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u2018', '\u2019', '\u02BC', '\u00B4' -> '\'';
            case '\u3001' -> ',';
            case '\u301C' -> '~';
            default -> c;
        };
    }
}
