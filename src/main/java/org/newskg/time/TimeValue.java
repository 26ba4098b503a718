package org.newskg.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar date known to some precision. {@code earliest} is the first day of the period
 * (2024-05 is stored as 2024-05-01 with MONTH precision).
 */
public record TimeValue(LocalDate earliest, Precision precision) implements Comparable<TimeValue>, java.io.Serializable {

    public TimeValue {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(precision, "precision");
        earliest = switch (precision) {
            case DAY -> earliest;
            case MONTH -> earliest.withDayOfMonth(1);
            case YEAR -> earliest.withDayOfYear(1);
        };
    }

    public static TimeValue day(int year, int month, int day) {
        return new TimeValue(LocalDate.of(year, month, day), Precision.DAY);
    }

    public static TimeValue month(int year, int month) {
        return new TimeValue(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    public static TimeValue year(int year) {
        return new TimeValue(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** Parses "2024", "2024-05" or "2024-05-14". */
    public static TimeValue parse(String iso) {
        String s = iso.strip();
        return switch (s.length()) {
            case 4 -> year(Integer.parseInt(s));
            case 7 -> month(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)));
            case 10 -> new TimeValue(LocalDate.parse(s), Precision.DAY);
            default -> throw new IllegalArgumentException("not an ISO date of year, month or day precision: " + iso);
        };
    }

    /** The last day of the period. */
    public LocalDate latest() {
        return switch (precision) {
            case DAY -> earliest;
            case MONTH -> YearMonth.from(earliest).atEndOfMonth();
            case YEAR -> earliest.withDayOfYear(earliest.lengthOfYear());
        };
    }

    /** ISO 8601 at this precision: "2024", "2024-05", "2024-05-14". */
    public String iso() {
        return switch (precision) {
            case DAY -> earliest.toString();
            case MONTH -> YearMonth.from(earliest).toString();
            case YEAR -> String.valueOf(earliest.getYear());
        };
    }

    /** True if this value, read at the other's precision, names the same period. */
    public boolean agreesAt(TimeValue other) {
        if (precision.ordinal() > other.precision.ordinal()) {
            return false; // coarser than asked: it cannot confirm the finer date
        }
        return new TimeValue(earliest, other.precision).equals(other);
    }

    /** True if the two periods overlap (2024-05 and 2024-05-14 do; 2023 and 2024-05 do not). */
    public boolean overlaps(TimeValue other) {
        return !latest().isBefore(other.earliest) && !other.latest().isBefore(earliest);
    }

    @Override
    public int compareTo(TimeValue o) {
        int c = earliest.compareTo(o.earliest);
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public String toString() {
        return iso();
    }
}
