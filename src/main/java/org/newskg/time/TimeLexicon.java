package org.newskg.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newskg.read.Language;
import org.newskg.lang.LanguageData;

/**
 * The time vocabulary of one language, read from its data files under {@code lang/<code>/}:
 * {@code months.tsv}, {@code weekdays.tsv}, {@code numbers.tsv}, {@code dayparts.tsv},
 * {@code counted-nouns.tsv}, {@code time-patterns.tsv}, {@code time-relations.tsv} and
 * {@code time-settings.tsv}; shared numeric templates come from {@code lang/common/}.
 *
 * @param months          month form (lower case) to month number, abbreviations included
 * @param monthForms      month forms as written in the data, abbreviations included; a form written
 *                        with a capital letter matches only so written ("May", not "may")
 * @param fullMonths      month forms safe to match on their own ("March", not "Mar")
 * @param weekdays        weekday form (lower case) to 1 (Monday) … 7 (Sunday), abbreviations included
 * @param weekdayForms    weekday forms as written in the data
 * @param fullWeekdays    weekday forms safe to match on their own
 * @param cardinals       number words ("nine", "九") to values
 * @param ordinals        ordinal words ("third", "troisième") to values
 * @param dayparts        parts of the day that may follow or be glued to a weekday
 * @param countedNouns    words after which a four-digit number is a quantity, not a year
 * @param patterns        rows of template, value spec and optional relation
 * @param relations       rows of relation and wrapper template
 * @param transliterator  ICU transliterator id applied before matching, if any
 */
record TimeLexicon(Map<String, Integer> months, List<String> monthForms, List<String> fullMonths,
                   Map<String, Integer> weekdays, List<String> weekdayForms, List<String> fullWeekdays,
                   Map<String, Integer> cardinals, Map<String, Integer> ordinals,
                   List<String> dayparts, List<String> countedNouns,
                   List<List<String>> patterns, List<List<String>> relations,
                   Optional<String> transliterator) {

    static final String COMMON = "lang/common/";

    /** Reads the files of a language; a language whose settings say {@code inherit X} uses X's files where it has none. */
    static TimeLexicon load(Language language) {
        Map<String, String> settings = settings(language);
        Optional<Language> parent = Optional.ofNullable(settings.get("inherit")).flatMap(Language::fromTag);
        Files files = new Files(language, parent.orElse(null));

        Map<String, Integer> months = new LinkedHashMap<>();
        List<String> monthForms = new ArrayList<>();
        List<String> fullMonths = new ArrayList<>();
        readForms(files.rows("months.tsv"), 12, months, monthForms, fullMonths);
        Map<String, Integer> weekdays = new LinkedHashMap<>();
        List<String> weekdayForms = new ArrayList<>();
        List<String> fullWeekdays = new ArrayList<>();
        readForms(files.rows("weekdays.tsv"), 7, weekdays, weekdayForms, fullWeekdays);

        Map<String, Integer> cardinals = new LinkedHashMap<>();
        Map<String, Integer> ordinals = new LinkedHashMap<>();
        for (List<String> row : files.rows("numbers.tsv")) {
            String kind = row.size() > 2 ? row.get(2) : "cardinal";
            (kind.equals("ordinal") ? ordinals : cardinals).put(key(row.get(0)), Integer.parseInt(row.get(1)));
        }
        List<List<String>> patterns = new ArrayList<>(files.rows("time-patterns.tsv"));
        patterns.addAll(LanguageData.rows(COMMON + "time-patterns.tsv"));
        List<List<String>> relations = new ArrayList<>(files.rows("time-relations.tsv"));
        relations.addAll(LanguageData.rows(COMMON + "time-relations.tsv"));
        return new TimeLexicon(Map.copyOf(months), List.copyOf(monthForms), List.copyOf(fullMonths),
                Map.copyOf(weekdays), List.copyOf(weekdayForms), List.copyOf(fullWeekdays), Map.copyOf(cardinals), Map.copyOf(ordinals),
                files.words("dayparts.tsv"), files.words("counted-nouns.tsv"),
                List.copyOf(patterns), List.copyOf(relations),
                Optional.ofNullable(settings.get("transliterate")));
    }

    /** The lookup key of a matched word: lower case, single spaces. */
    static String key(String form) {
        return form.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    Integer month(String form) {
        return lookup(months, form);
    }

    Integer weekday(String form) {
        return lookup(weekdays, form);
    }

    Integer number(String form) {
        Integer n = lookup(cardinals, form);
        return n != null ? n : lookup(ordinals, form);
    }

    private static Integer lookup(Map<String, Integer> map, String form) {
        String k = key(form);
        if (!k.isEmpty() && k.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(k);
        }
        return map.get(k);
    }

    private static void readForms(List<List<String>> rows, int max, Map<String, Integer> all, List<String> forms,
                                  List<String> full) {
        for (List<String> row : rows) {
            int n = Integer.parseInt(row.get(1));
            if (n < 1 || n > max) {
                throw new IllegalStateException("value out of range 1.." + max + ": " + row);
            }
            String form = row.get(0).strip().replaceAll("\\s+", " ");
            all.put(key(form), n);
            forms.add(form);
            if (row.size() < 3 || !row.get(2).equals("abbr")) {
                full.add(form);
            }
        }
    }

    private static Map<String, String> settings(Language language) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (List<String> row : LanguageData.rows(language, "time-settings.tsv")) {
            settings.put(row.get(0), row.size() > 1 ? row.get(1) : "");
        }
        return settings;
    }

    /** A language's files, falling back to an inherited language's file when one is absent. */
    private record Files(Language language, Language parent) {

        List<List<String>> rows(String file) {
            List<List<String>> rows = LanguageData.rows(language, file);
            return rows.isEmpty() && parent != null ? LanguageData.rows(parent, file) : rows;
        }

        List<String> words(String file) {
            return rows(file).stream().map(r -> key(r.get(0))).toList();
        }
    }
}
