package org.newskg.eval;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds names as the scoring rules (and {@code score.py}) do: compatibility decomposition,
 * accents dropped, lower case, middle dots, hyphens, underscores, periods, commas, apostrophes,
 * quotes and parentheses read as spaces.
 */
public final class Names {

    private Names() {
    }

    public static String fold(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replace('\u00B7', ' ').replace('\u2022', ' ');
        return n.replaceAll("[\\s\\-_.,'\u2019\"()\uFF08\uFF09]+", " ").strip();
    }
}
