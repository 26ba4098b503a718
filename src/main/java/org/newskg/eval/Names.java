package org.newskg.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Compares names as the scoring rules say: ignoring case, accents, hyphens and spacing. */
final class Names {

    private Names() {
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-\u2010\u2011]+", " ").strip();
    }

    /** True if {@code name} is one of the labels. */
    static boolean matches(String name, String label, Set<String> aliases) {
        String f = fold(name);
        if (fold(label).equals(f)) {
            return true;
        }
        for (String a : aliases) {
            if (fold(a).equals(f)) {
                return true;
            }
        }
        return false;
    }
}
