package org.newskg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** Prints rows as an aligned table for people, or as TSV, CSV or JSON for programs. */
final class Tables {

    enum Format {
        TABLE, TSV, CSV, JSON
    }

    private Tables() {
    }

    /**
     * Prints the rows; as JSON, prints {@code typed} instead (see {@link JsonFacts}), the rows as a
     * program wants them rather than as text cells.
     */
    static void print(PrintWriter out, Format format, List<String> header, List<List<String>> rows, JsonArray typed) {
        if (format == Format.JSON) {
            out.println(typed);
            out.flush();
        } else {
            print(out, format, header, rows);
        }
    }

    static void print(PrintWriter out, Format format, List<String> header, List<List<String>> rows) {
        switch (format) {
            case TSV -> {
                out.println(String.join("\t", header));
                rows.forEach(r -> out.println(String.join("\t", r.stream().map(Tables::tsv).toList())));
            }
            case CSV -> {
                out.println(String.join(",", header.stream().map(Tables::csv).toList()));
                rows.forEach(r -> out.println(String.join(",", r.stream().map(Tables::csv).toList())));
            }
            case JSON -> {
                JsonArray arr = new JsonArray();
                for (List<String> r : rows) {
                    JsonObject o = new JsonObject();
                    for (int i = 0; i < header.size(); i++) {
                        o.put(header.get(i), r.get(i));
                    }
                    arr.add(o);
                }
                out.println(arr);
            }
            case TABLE -> table(out, header, rows);
        }
        out.flush();
    }

    private static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] w = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.min(60, Math.max(w[i], width(r.get(i))));
            }
        }
        line(out, header, w);
        StringBuilder sep = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            sep.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        out.println(sep);
        rows.forEach(r -> line(out, r, w));
        if (rows.isEmpty()) {
            out.println("(no results)");
        }
    }

    private static void line(PrintWriter out, List<String> r, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String cell = r.get(i);
            if (width(cell) > w[i]) {
                cell = cell.substring(0, Math.max(0, w[i] - 1)) + "…";
            }
            b.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(Math.max(0, w[i] - width(cell))));
        }
        out.println(b.toString().stripTrailing());
    }

    /** Display width: CJK characters take two columns in a terminal. */
    static int width(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60))) ? 2 : 1;
        }
        return n;
    }

    private static String tsv(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
