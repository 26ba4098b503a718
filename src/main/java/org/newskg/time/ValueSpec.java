package org.newskg.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a template means, as written in the value column of {@code time-patterns.tsv}:
 * {@code DATE} (the slots' year, month, day; without a year, relative to the anchor),
 * {@code YEAR(n)}, {@code MONTH(n)}, {@code DAY(n)} (the anchor's year, month or day plus n),
 * {@code AGO(YEAR|MONTH|WEEK|DAY)} (the anchor minus {NUM} units), {@code LAST_MONTH} and
 * {@code NEXT_MONTH} (the named month nearest before / after the anchor's month),
 * {@code IN_YEAR(n)} (the named month, and day if given, of the anchor's year plus n),
 * {@code WEEKDAY} (the named weekday on or before the anchor), {@code LAST_WEEKDAY} (strictly
 * before), {@code WEEKDAY_IN_WEEK(n)} (that weekday of the anchor's Monday-to-Sunday week plus n),
 * {@code QUARTER(n)} and {@code HALF(n)} (the numbered quarter or half of the stated year, else
 * of the anchor's year plus n, as a month range). {@code END(spec)} turns a year into its last day.
 * {@code THEN} ("at the time", "彼時") and {@code SOON} ("days later", "不到一週") point back to the
 * time the text last named, which only the extractor knows: they resolve to a placeholder whose
 * precision is the finest the back-reference keeps (a day for THEN, a month for SOON), and their
 * mentions carry {@link Derivation#ANAPHORIC}.
 */
record ValueSpec(Kind kind, int offset, String unit, boolean end) {

    /** A date without a year may lie this far after the anchor and still be taken as this year's. */

    enum Kind { DATE, YEAR, MONTH, DAY, AGO, LAST_MONTH, NEXT_MONTH, IN_YEAR, WEEKDAY, LAST_WEEKDAY, WEEKDAY_IN_WEEK, QUARTER, HALF, THEN, SOON }

    /** The placeholder day of an anaphoric value; never a date of its own. */
    static final LocalDate PLACEHOLDER = LocalDate.EPOCH;

    private static final Pattern SYNTAX = Pattern.compile("([A-Z_]+)(?:\\(([-+]?\\d+|[A-Z]+)\\))?");

    static ValueSpec parse(String spec) {
        String s = spec.strip();
        boolean end = s.startsWith("END(") && s.endsWith(")");
        if (end) {
            s = s.substring(4, s.length() - 1);
        }
        Matcher m = SYNTAX.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad value spec: " + spec);
        }
        Kind kind = Kind.valueOf(m.group(1));
        String arg = m.group(2);
        if (kind == Kind.AGO) {
            if (arg == null || !arg.matches("YEAR|MONTH|WEEK|DAY")) {
                throw new IllegalArgumentException("AGO needs a unit: " + spec);
            }
            return new ValueSpec(kind, 0, arg, end);
        }
        int offset = arg == null ? 0 : Integer.parseInt(arg.startsWith("+") ? arg.substring(1) : arg);
        return new ValueSpec(kind, offset, null, end);
    }

    /** True if the value depends on the anchor for these slots. */
    boolean isRelative(SlotValues s) {
        return switch (kind) {
            case DATE, QUARTER, HALF -> s.year() == null;
            case THEN, SOON -> false;
            default -> true;
        };
    }

    /** Whether the value points back to the time the text last named rather than to the anchor. */
    boolean isAnaphoric() {
        return kind == Kind.THEN || kind == Kind.SOON;
    }

    /** A point (value, rangeEnd null) or a period (value, rangeEnd); empty when the slots do not make a date. */
    Optional<TimeValue[]> resolve(SlotValues s, LocalDate anchor) {
        try {
            TimeValue[] v = compute(s, anchor);
            if (v == null) {
                return Optional.empty();
            }
            if (end && v[1] == null && v[0].precision() == Precision.YEAR) {
                v[0] = new TimeValue(v[0].latest(), Precision.DAY);
            }
            return Optional.of(v);
        } catch (DateTimeException e) {
            return Optional.empty(); // "31 February" and the like
        }
    }

    private TimeValue[] compute(SlotValues s, LocalDate anchor) {
        return switch (kind) {
            case DATE -> point(date(s, anchor));
            case YEAR -> point(TimeValue.year(anchor.getYear() + offset));
            case MONTH -> point(month(YearMonth.from(anchor).plusMonths(offset)));
            case DAY -> point(new TimeValue(anchor.plusDays(offset), Precision.DAY));
            case AGO -> s.number() == null ? null : point(ago(s.number(), anchor));
            case LAST_MONTH -> s.month() == null ? null : point(TimeValue.month(
                    s.month() < anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1, s.month()));
            case NEXT_MONTH -> s.month() == null ? null : point(TimeValue.month(
                    s.month() > anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1, s.month()));
            case IN_YEAR -> s.month() == null ? null : point(s.day() == null
                    ? TimeValue.month(anchor.getYear() + offset, s.month())
                    : TimeValue.day(anchor.getYear() + offset, s.month(), s.day()));
            case WEEKDAY, LAST_WEEKDAY -> s.weekday() == null ? null : point(weekday(s.weekday(), anchor));
            case WEEKDAY_IN_WEEK -> s.weekday() == null ? null : point(new TimeValue(anchor.plusWeeks(offset)
                    .plusDays(s.weekday() - anchor.getDayOfWeek().getValue()), Precision.DAY));
            case QUARTER -> part(s, anchor, 4);
            case HALF -> part(s, anchor, 2);
            case THEN -> point(new TimeValue(PLACEHOLDER, Precision.DAY));
            case SOON -> point(new TimeValue(PLACEHOLDER, Precision.MONTH));
        };
    }

    private static TimeValue[] point(TimeValue v) {
        return v == null ? null : new TimeValue[] {v, null};
    }

    /** "3日" alone: that day of the publication month or a month next to it, nearest, the future counting double. */
    private static TimeValue dayOfNearMonth(int day, LocalDate anchor) {
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        for (int m = -1; m <= 1; m++) {
            YearMonth ym = YearMonth.from(anchor).plusMonths(m);
            if (day > ym.lengthOfMonth()) {
                continue;
            }
            LocalDate d = ym.atDay(day);
            long diff = java.time.temporal.ChronoUnit.DAYS.between(anchor, d);
            long cost = diff <= 0 ? -diff : 2 * diff;
            if (cost < bestCost) {
                best = d;
                bestCost = cost;
            }
        }
        return best == null ? null : new TimeValue(best, Precision.DAY);
    }

    private static TimeValue month(YearMonth ym) {
        return TimeValue.month(ym.getYear(), ym.getMonthValue());
    }

    private static TimeValue date(SlotValues s, LocalDate anchor) {
        if (s.year() != null) {
            if (s.month() == null) {
                return s.day() == null ? TimeValue.year(s.year()) : null;
            }
            return s.day() == null ? TimeValue.month(s.year(), s.month()) : TimeValue.day(s.year(), s.month(), s.day());
        }
        if (s.month() == null) {
            return s.day() == null ? null : dayOfNearMonth(s.day(), anchor);
        }
        // A date without a year is the occurrence nearest the publication date, the future counting
        // double: news reports the recent past more than it announces ("1 January" in a December
        // article is next year's; "in November" in a May article last year's).
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = s.day() != null ? dayOrNull(y, s.month(), s.day()) : LocalDate.of(y, s.month(), 1);
            if (d == null) {
                continue;
            }
            LocalDate end = s.day() != null ? d : d.withDayOfMonth(d.lengthOfMonth());
            long cost;
            if (end.isBefore(anchor)) {
                cost = anchor.toEpochDay() - end.toEpochDay();
            } else if (d.isAfter(anchor)) {
                cost = 2 * (d.toEpochDay() - anchor.toEpochDay());
            } else {
                cost = 0; // the anchor's own month
            }
            if (cost < bestCost) {
                best = d;
                bestCost = cost;
            }
        }
        if (best == null) {
            return null;
        }
        return s.day() != null ? new TimeValue(best, Precision.DAY) : TimeValue.month(best.getYear(), best.getMonthValue());
    }

    private static LocalDate dayOrNull(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null; // 29 February in a common year: try the previous year
        }
    }

    private TimeValue ago(int n, LocalDate anchor) {
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "YEAR" -> TimeValue.year(anchor.getYear() - n);
            case "MONTH" -> month(YearMonth.from(anchor).minusMonths(n));
            case "WEEK" -> new TimeValue(anchor.minusWeeks(n), Precision.DAY);
            default -> new TimeValue(anchor.minusDays(n), Precision.DAY);
        };
    }

    private TimeValue weekday(int weekday, LocalDate anchor) {
        int back = Math.floorMod(anchor.getDayOfWeek().getValue() - weekday, 7);
        if (back == 0 && kind == Kind.LAST_WEEKDAY) {
            back = 7;
        }
        return new TimeValue(anchor.minusDays(back), Precision.DAY);
    }

    private TimeValue[] part(SlotValues s, LocalDate anchor, int parts) {
        Integer n = s.number();
        if (n == null || n < 1 || n > parts) {
            return null;
        }
        int year = s.year() != null ? s.year() : anchor.getYear() + offset;
        int months = 12 / parts;
        return new TimeValue[] {
            TimeValue.month(year, (n - 1) * months + 1), TimeValue.month(year, n * months)};
    }
}
