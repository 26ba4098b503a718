package org.newskg.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as front matter, pages and corpora write them: a date, or a timestamp whose
 * date part counts. One reading for every input format: the calendar date as written is kept (an
 * offset or a time zone never moves it), and an impossible date or time is refused, never rolled
 * over into another day.
 */
final class DateText {

    /**
     * "2024-05-16"; a timestamp "2024-05-16T08:00:00Z", "2024-05-16T08:00:00.5+0200",
     * "2024-05-16 08:00", YAML's "2024-05-16 08:00:00 -5", a zone in brackets after the offset.
     */
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
            + "(?:[ \\t]*(?:[Zz]|[-+](\\d{1,2})(?::?(\\d{2}))?))?(?:\\[[^\\]\\s]{1,64}\\])?)?");

    private DateText() {
    }

    /** The date, or null when the text is no date of that shape or names no real day and time. */
    static LocalDate parse(String text) {
        try {
            return parseStrict(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The date as written.
     *
     * @throws IllegalArgumentException saying why the text is not a date: not of the shape, or
     *                                  no such day ("February 2024 has 29 days"), or no such time
     */
    static LocalDate parseStrict(String text) {
        Matcher m = DATE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected 2024-05-16 or a timestamp such as 2024-05-16T08:00:00+02:00");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("no such day: there is no month " + month);
        }
        int length = Month.of(month).length(Year.isLeap(year));
        if (day < 1 || day > length) {
            throw new IllegalArgumentException("no such day: " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " " + year + " has " + length + " days");
        }
        if (m.group(4) != null) {
            check(Integer.parseInt(m.group(4)), 23, "hour");
            check(Integer.parseInt(m.group(5)), 59, "minute");
            if (m.group(6) != null) {
                check(Integer.parseInt(m.group(6)), 60, "second"); // 60: a leap second
            }
            if (m.group(7) != null) {
                check(Integer.parseInt(m.group(7)), 18, "offset of hours");
            }
            if (m.group(8) != null) {
                check(Integer.parseInt(m.group(8)), 59, "offset of minutes");
            }
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such day", e);
        }
    }

    private static void check(int value, int max, String what) {
        if (value > max) {
            throw new IllegalArgumentException("no such time: " + what + " " + value);
        }
    }
}
