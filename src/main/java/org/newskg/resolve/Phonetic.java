package org.newskg.resolve;

/**
 * A coarse consonant skeleton for comparing a name across scripts, after transliteration to Latin:
 * vowels and h dropped, similar consonants merged (l/r, b/p, d/t, g/k/c/q, f/v/w, s/z/x), so that
 * the pinyin of 布兰特 ("bu lan te") and "Brandt" share the key "prnt", and 贝克 ("bei ke")
 * and "Beck" share "pk".
 */
final class Phonetic {

    private Phonetic() {
    }

    static String key(String latin) {
        StringBuilder out = new StringBuilder();
        String s = latin.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char k = switch (c) {
                case 'l', 'r' -> 'r';
                case 'b', 'p' -> 'p';
                case 'd', 't' -> 't';
                case 'g', 'k', 'c', 'q' -> 'k';
                case 'f', 'v', 'w' -> 'f';
                case 's', 'z', 'x' -> 's';
                case 'm' -> 'm';
                case 'n' -> 'n';
                case 'j' -> 'j';
                default -> 0;
            };
            // A trailing r of a Latin name is often not written in Chinese (Becker → 贝克).
            if (k != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != k)) {
                out.append(k);
            }
        }
        return out.toString();
    }
}
