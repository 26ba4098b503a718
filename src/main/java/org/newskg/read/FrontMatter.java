package org.newskg.read;

import java.time.LocalDate;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Splits an optional YAML front matter block ({@code ---} lines at the very top) from the body
 * and reads the fields newskg knows: title, date, author, lang, source, url. A key given twice is
 * malformed front matter (which of the two was meant cannot be told), and dates are read as
 * written, by {@link DateText}, as in every other input format.
 */
final class FrontMatter {

    /** Far more than any title, date and author need; a larger block is not front matter but an attack or an accident. */
    static final int MAX_CHARS = 64 * 1024;

    /** The body and the front matter fields (an empty map when there is none). */
    record Split(Map<String, Object> fields, String body) {
    }

    private FrontMatter() {
    }

    static Split split(String text) throws IllegalArgumentException {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!t.startsWith("---")) {
            return new Split(Map.of(), t);
        }
        int firstEol = t.indexOf('\n');
        if (firstEol < 0 || !t.substring(0, firstEol).strip().equals("---")) {
            return new Split(Map.of(), t);
        }
        int close = findClosing(t, firstEol + 1);
        if (close < 0) {
            throw new IllegalArgumentException("front matter starts with --- but is never closed");
        }
        String yaml = t.substring(firstEol + 1, close);
        if (yaml.length() > MAX_CHARS) {
            // SnakeYAML takes seconds over a megabyte of it, for fields of a few words.
            throw new IllegalArgumentException("malformed front matter: " + yaml.length() + " characters, more than the "
                    + MAX_CHARS + " a front matter block may hold");
        }
        int bodyStart = t.indexOf('\n', close);
        String body = bodyStart < 0 ? "" : t.substring(bodyStart + 1);
        Object parsed;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setAllowDuplicateKeys(false);
            parsed = new Yaml(new DatesAsWritten(options)).load(yaml);
        } catch (MarkedYAMLException e) {
            // The mark counts lines of the YAML block from 0; the file's line 1 is the opening ---.
            String where = e.getProblemMark() == null ? "" : " on line " + (e.getProblemMark().getLine() + 2);
            throw new IllegalArgumentException("malformed front matter" + where + ": " + e.getProblem(), e);
        } catch (YAMLException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("malformed front matter: " + msg, e);
        }
        if (parsed == null) {
            return new Split(Map.of(), body);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("malformed front matter: expected key: value lines");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        return new Split(fields, body);
    }

    private static int findClosing(String t, int from) {
        int pos = from;
        while (pos < t.length()) {
            int eol = t.indexOf('\n', pos);
            String line = (eol < 0 ? t.substring(pos) : t.substring(pos, eol)).strip();
            if (line.equals("---") || line.equals("...")) {
                return pos;
            }
            if (eol < 0) {
                return -1;
            }
            pos = eol + 1;
        }
        return -1;
    }

    static String string(Map<String, Object> fields, String... keys) {
        for (String k : keys) {
            Object v = fields.get(k);
            if (v != null && !v.toString().isBlank()) {
                return v.toString().strip();
            }
        }
        return null;
    }

    /** Reads a date field: "2024-05-16", or a timestamp "2024-05-16T08:00:00+09:00" (its date as written). */
    static LocalDate date(Map<String, Object> fields, String... keys) {
        for (String k : keys) {
            Object v = fields.get(k);
            if (v == null || v.toString().isBlank()) {
                continue;
            }
            String s = v.toString().strip();
            try {
                return DateText.parseStrict(s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("front matter field '" + k + "' is not a date: " + s
                        + " (" + e.getMessage() + ")", e);
            }
        }
        return null;
    }

    /**
     * SnakeYAML's safe constructor, except that timestamps stay the text they were: its own
     * reading rolls impossible dates over (2024-02-30 becomes 1 March) and moves a timestamp
     * with an offset to UTC, which can change its day.
     */
    private static final class DatesAsWritten extends SafeConstructor {
        DatesAsWritten(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }
}
