package org.newskg.extract;

import org.newskg.lang.HanScript;

/**
 * Folds text for dictionary matching without changing its length, so that offsets found in the
 * folded text are offsets in the original: lower case, typographic apostrophes and full-width
 * forms to ASCII, Traditional to Simplified Chinese.
 */
public final class MatchText {

    private final HanScript han;

    public MatchText(HanScript han) {
        this.han = han;
    }

    public String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldChar(text.charAt(i)));
        }
        return han.simplify(out.toString());
    }

    static char foldChar(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0); // full-width ASCII
        }
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> c = '\'';
            case '\u00A0', '\u202F', '\u3000', '\u2009' -> c = ' ';
            case '\u2010', '\u2011' -> c = '-';
            case '\u30FB', '\u2022', '\u2027', '\u00B7', '\u2219' -> c = '\u00B7'; // middle dots
            default -> { }
        }
        char lower = Character.toLowerCase(c);
        return Character.isSurrogate(c) ? c : lower;
    }

    /** True where a word may begin or end in Latin-script text (CJK text has no such boundaries). */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isCjk(c);
    }

    public static boolean isCjk(char c) {
        return CJK.get(c);
    }

    /** Han, Hiragana or Katakana, per UTF-16 unit, computed once: the script lookup is a binary search, and this runs for every character. */
    private static final java.util.BitSet CJK = cjkTable();

    private static java.util.BitSet cjkTable() {
        java.util.BitSet b = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA) {
                b.set(c);
            }
        }
        return b;
    }
}
