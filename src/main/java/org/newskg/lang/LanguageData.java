package org.newskg.lang;

import org.newskg.read.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the per-language data files under {@code lang/<code>/} on the classpath. Every file is
 * UTF-8 text: lines starting with {@code #} are comments (each file opens with one naming its
 * source), blank lines are skipped, and columns are separated by tabs.
 *
 * <pre>
 *   List&lt;List&lt;String&gt;&gt; rows = LanguageData.rows(Language.SV, "triggers.tsv");
 * </pre>
 */
public final class LanguageData {

    private LanguageData() {
    }

    /** The rows of {@code lang/<code>/<file>}, or an empty list when the language has no such file. */
    public static List<List<String>> rows(Language lang, String file) {
        return rows("lang/" + lang.code() + "/" + file);
    }

    /** The first column of every row of {@code lang/<code>/<file>}. */
    public static List<String> words(Language lang, String file) {
        return rows(lang, file).stream().map(r -> r.get(0)).toList();
    }

    /** The rows of any classpath resource in this format, or an empty list when it is absent. */
    public static List<List<String>> rows(String resource) {
        try (InputStream in = LanguageData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            List<List<String>> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cols = new ArrayList<>();
                for (String c : line.split("\t", -1)) {
                    cols.add(c.strip());
                }
                rows.add(List.copyOf(cols));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
