package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.newskg.extract.EventType;
import org.newskg.time.TimeValue;

/** Reads the gold facts and the questions files (tab-separated, UTF-8, one header line). */
public final class GoldFiles {

    private static final List<String> GOLD_HEADER = List.of("article", "kind", "person", "organization", "role",
            "event_type", "start", "end", "note");
    private static final List<String> ALIAS_HEADER = List.of("name", "native");
    private static final List<String> QUESTION_HEADER = List.of("organization", "role", "date", "expected", "articles");

    private GoldFiles() {
    }

    /** One data line of a TSV file: where it is (for messages) and its columns. */
    private record Row(String where, String[] cols) {
    }

    /**
     * The data lines of a TSV file after its header, blank lines skipped.
     *
     * @throws IllegalArgumentException naming the file and line of a line with too few columns
     */
    private static List<Row> rows(Path file, List<String> header, int minColumns) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        checkHeader(file, lines, header);
        List<Row> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            String where = file + ":" + (i + 1) + ": ";
            if (c.length < minColumns) {
                throw new IllegalArgumentException(where + "expected " + header.size()
                        + " tab-separated columns, found " + c.length);
            }
            out.add(new Row(where, c));
        }
        return out;
    }

    /** @throws IllegalArgumentException naming the file and line of the first malformed line */
    public static List<GoldFact> facts(Path file) throws IOException {
        List<GoldFact> out = new ArrayList<>();
        for (Row r : rows(file, GOLD_HEADER, 8)) {
            String[] c = r.cols();
            String where = r.where();
            GoldFact.Kind kind = switch (c[1].strip().toLowerCase(Locale.ROOT)) {
                case "holding" -> GoldFact.Kind.HOLDING;
                case "event" -> GoldFact.Kind.EVENT;
                default -> throw new IllegalArgumentException(where + "kind must be holding or event, not '" + c[1] + "'");
            };
            EventType type = null;
            if (kind == GoldFact.Kind.EVENT) {
                type = EventType.parse(c[5].strip()).orElseThrow(() ->
                        new IllegalArgumentException(where + "unknown event_type '" + c[5] + "'"));
            }
            out.add(new GoldFact(c[0].strip(), kind, c[2].strip(), c[3].strip(), c[4].strip(), type,
                    date(where, c[6]), date(where, c[7]), c.length > 8 ? c[8] : ""));
        }
        return out;
    }

    public static List<Question> questions(Path file) throws IOException {
        List<Question> out = new ArrayList<>();
        for (Row r : rows(file, QUESTION_HEADER, 4)) {
            String[] c = r.cols();
            LocalDate d;
            try {
                d = LocalDate.parse(c[2].strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(r.where() + "not an ISO date: '" + c[2] + "'");
            }
            out.add(new Question(c[0].strip(), c[1].strip(), d, split(c[3]),
                    c.length > 4 ? split(c[4]).stream().map(GoldFiles::stem).toList() : List.of()));
        }
        return out;
    }

    /**
     * Native-script forms of gold names ({@code aliases.tsv}: columns {@code name} and {@code native},
     * the latter {@code |}-separated), as native form → gold name.
     */
    public static Map<String, String> aliases(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Row r : rows(file, ALIAS_HEADER, 2)) {
            for (String n : split(r.cols()[1])) {
                out.put(n, r.cols()[0].strip());
            }
        }
        return out;
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of()
                : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** An article named with or without its extension: "de_014.txt" and "de_014" are "de_014". */
    static String stem(String article) {
        int dot = article.lastIndexOf('.');
        return dot > 0 ? article.substring(0, dot) : article;
    }

    private static void checkHeader(Path file, List<String> lines, List<String> expected) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty file, expected a header line");
        }
        List<String> header = Arrays.stream(lines.get(0).split("\t")).map(String::strip).toList();
        if (!header.subList(0, Math.min(header.size(), expected.size() - 1)).equals(expected.subList(0, Math.min(header.size(), expected.size() - 1)))
                || header.size() < expected.size() - 1) {
            throw new IllegalArgumentException(file + ":1: expected the header " + String.join(" ", expected));
        }
    }

    private static TimeValue date(String where, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return TimeValue.parse(s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + "not an ISO date of year, month or day: '" + s + "'");
        }
    }
}
