package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.EventType;
import org.newskg.read.Language;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks that the hand-made generalization set under {@code src/test/resources/generalization} is
 * well formed: gold rows point at existing articles, columns and dates follow the eval format, and
 * every question's expected answer follows from the gold holdings.
 */
class GeneralizationSetFilesTest {

    private static final String GOLD_HEADER =
            "article\tkind\tperson\torganization\trole\tevent_type\tstart\tend\tnote";
    private static final String QUESTIONS_HEADER = "organization\trole\tdate\texpected\tarticles";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern ARTICLE_NAME = Pattern.compile("(.+)_\\d{2}\\.txt");

    /** One data line of gold.tsv, split into its nine columns. */
    private record GoldRow(int line, String article, String kind, String person, String organization,
                           String role, String eventType, String start, String end) {

        String lang() {
            var m = ARTICLE_NAME.matcher(article);
            return m.matches() ? m.group(1) : "";
        }
    }

    /** One data line of questions.tsv. */
    private record Question(int line, String organization, String role, String date,
                            Set<String> expected, List<String> articles) {
    }

    static Stream<String> languages() {
        return Arrays.stream(Language.values()).map(Language::code);
    }

    private static Path root() {
        URL url = GeneralizationSetFilesTest.class.getResource("/generalization");
        assertNotNull(url, "generalization set is on the test classpath");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(root().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GoldRow> goldRows() {
        List<String> lines = lines("gold.tsv");
        List<GoldRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            if (c.length == 9) {
                rows.add(new GoldRow(i + 1, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
            }
        }
        return rows;
    }

    private static List<Question> questions() {
        List<String> lines = lines("questions.tsv");
        List<Question> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            if (c.length == 5) {
                Set<String> expected = c[3].isEmpty() ? Set.of() : new TreeSet<>(List.of(c[3].split("\\|")));
                rows.add(new Question(i + 1, c[0], c[1], c[2], expected, List.of(c[4].split("\\|"))));
            }
        }
        return rows;
    }

    private static List<Path> articlesOf(String lang) {
        Path dir = root().resolve(lang);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isIsoDate(String s) {
        if (!ISO_DATE.matcher(s).matches()) {
            return false;
        }
        try {
            switch (s.length()) {
                case 7 -> YearMonth.parse(s);
                case 10 -> LocalDate.parse(s);
                default -> { }
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** First day a date of the given precision can denote ("2024" → 2024-01-01). */
    private static LocalDate earliest(String s) {
        return switch (s.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(s), 1, 1);
            case 7 -> YearMonth.parse(s).atDay(1);
            default -> LocalDate.parse(s);
        };
    }

    /** Last day a date of the given precision can denote ("2024-02" → 2024-02-29). */
    private static LocalDate latest(String s) {
        return switch (s.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(s), 12, 31);
            case 7 -> YearMonth.parse(s).atEndOfMonth();
            default -> LocalDate.parse(s);
        };
    }

    @Test
    void goldHeaderIsExactlyTheNineDocumentedColumns() {
        assertEquals(GOLD_HEADER, lines("gold.tsv").get(0));
    }

    @Test
    void everyGoldLineHasNineTabSeparatedColumns() {
        List<String> lines = lines("gold.tsv");
        List<Integer> bad = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).split("\t", -1).length != 9) {
                bad.add(i + 1);
            }
        }
        assertTrue(lines.size() > 1, "gold.tsv has data rows");
        assertEquals(List.of(), bad, "lines of gold.tsv without exactly 9 columns");
    }

    @Test
    void everyGoldRowNamesAnArticleThatExists() {
        List<String> missing = goldRows().stream()
                .filter(r -> r.lang().isEmpty() || !Files.isRegularFile(root().resolve(r.lang()).resolve(r.article())))
                .map(r -> "line " + r.line() + ": " + r.article())
                .toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void everyGoldRowHasAValidKindEventTypeAndRequiredNames() {
        List<String> problems = new ArrayList<>();
        for (GoldRow r : goldRows()) {
            if (r.person().isBlank() || r.organization().isBlank()) {
                problems.add("line " + r.line() + ": person and organization are required");
            }
            switch (r.kind()) {
                case "holding" -> {
                    if (!r.eventType().isEmpty()) {
                        problems.add("line " + r.line() + ": a holding has no event_type");
                    }
                    if (r.role().isBlank()) {
                        problems.add("line " + r.line() + ": a holding needs a role");
                    }
                }
                case "event" -> {
                    var type = EventType.parse(r.eventType());
                    if (type.isEmpty() || !type.get().className().equals(r.eventType())) {
                        problems.add("line " + r.line() + ": unknown event_type '" + r.eventType() + "'");
                    } else if (type.get() != EventType.LEAVE_OF_ABSENCE && !r.end().isEmpty()) {
                        problems.add("line " + r.line() + ": only a LeaveOfAbsence event has an end");
                    }
                }
                default -> problems.add("line " + r.line() + ": kind must be holding or event, was '" + r.kind() + "'");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyGoldDateIsIsoAtYearMonthOrDayPrecisionAndStartsNoLaterThanItEnds() {
        List<String> problems = new ArrayList<>();
        for (GoldRow r : goldRows()) {
            for (String d : List.of(r.start(), r.end())) {
                if (!d.isEmpty() && !isIsoDate(d)) {
                    problems.add("line " + r.line() + ": not an ISO date: '" + d + "'");
                }
            }
            if (isIsoDate(r.start()) && isIsoDate(r.end()) && earliest(r.start()).isAfter(latest(r.end()))) {
                problems.add("line " + r.line() + ": start " + r.start() + " is after end " + r.end());
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyArticleOfALanguageHasFrontMatterWhoseLangMatchesItsFolder(String lang) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path p : articlesOf(lang)) {
            String name = p.getFileName().toString();
            var m = ARTICLE_NAME.matcher(name);
            if (!m.matches() || !m.group(1).equals(lang)) {
                problems.add(name + ": file name is not " + lang + "_NN.txt");
            }
            String text = Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
            int close = text.indexOf("\n---\n", 4);
            if (!text.startsWith("---\n") || close < 0) {
                problems.add(name + ": no front matter between --- lines");
                continue;
            }
            Object parsed = new Yaml().load(text.substring(4, close));
            if (!(parsed instanceof Map<?, ?> front)) {
                problems.add(name + ": front matter is not a YAML mapping");
                continue;
            }
            if (!lang.equals(String.valueOf(front.get("lang")))) {
                problems.add(name + ": lang is " + front.get("lang"));
            }
            if (!(front.get("title") instanceof String title) || title.isBlank()) {
                problems.add(name + ": no title");
            }
            Object date = front.get("date");
            if (date != null && !(date instanceof Date) && !isIsoDate(String.valueOf(date))) {
                problems.add(name + ": date is not ISO: " + date);
            }
            if (text.substring(close + 5).isBlank()) {
                problems.add(name + ": empty body");
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageHasAtLeastThreeArticlesAndTenGoldHoldings(String lang) {
        long holdings = goldRows().stream()
                .filter(r -> r.lang().equals(lang) && r.kind().equals("holding"))
                .count();
        assertTrue(articlesOf(lang).size() >= 3, lang + " has " + articlesOf(lang).size() + " articles");
        assertTrue(holdings >= 10, lang + " has " + holdings + " gold holdings");
    }

    @Test
    void questionsHeaderIsExactlyTheFiveDocumentedColumns() {
        assertEquals(QUESTIONS_HEADER, lines("questions.tsv").get(0));
    }

    @Test
    void everyQuestionRowHasFiveColumnsADayDateAndExistingArticles() {
        List<String> lines = lines("questions.tsv");
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            if (c.length != 5) {
                problems.add("line " + (i + 1) + ": " + c.length + " columns");
                continue;
            }
            if (c[0].isBlank() || c[1].isBlank()) {
                problems.add("line " + (i + 1) + ": organization and role are required");
            }
            if (c[2].length() != 10 || !isIsoDate(c[2])) {
                problems.add("line " + (i + 1) + ": date is not YYYY-MM-DD: " + c[2]);
            }
            for (String a : c[4].split("\\|")) {
                var m = ARTICLE_NAME.matcher(a + ".txt");
                if (!m.matches() || !Files.isRegularFile(root().resolve(m.group(1)).resolve(a + ".txt"))) {
                    problems.add("line " + (i + 1) + ": no article " + a);
                }
            }
        }
        assertFalse(questions().isEmpty(), "questions.tsv has data rows");
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageHasTwoQuestions(String lang) {
        long count = questions().stream()
                .filter(q -> q.articles().stream().anyMatch(a -> a.startsWith(lang + "_")))
                .count();
        assertTrue(count >= 2, lang + " has " + count + " questions");
    }

    @Test
    void everyQuestionsExpectedAnswerFollowsFromTheGoldHoldings() {
        // Rows with malformed dates are reported by the date test; leave them out here.
        List<GoldRow> holdings = goldRows().stream()
                .filter(r -> r.kind().equals("holding"))
                .filter(r -> (r.start().isEmpty() || isIsoDate(r.start())) && (r.end().isEmpty() || isIsoDate(r.end())))
                .toList();
        List<String> problems = new ArrayList<>();
        for (Question q : questions()) {
            LocalDate at = LocalDate.parse(q.date());
            // README semantics: unknown start = held up to the end; unknown end = ongoing.
            Set<String> answer = holdings.stream()
                    .filter(h -> h.organization().equals(q.organization()) && h.role().equals(q.role()))
                    .filter(h -> h.start().isEmpty() || !at.isBefore(earliest(h.start())))
                    .filter(h -> h.end().isEmpty() || !at.isAfter(latest(h.end())))
                    .map(GoldRow::person)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!answer.equals(q.expected())) {
                problems.add("line " + q.line() + ": expected " + q.expected() + " but gold gives " + answer);
            }
        }
        assertEquals(List.of(), problems);
    }
}
