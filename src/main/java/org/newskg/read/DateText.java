package org.newskg.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as pages and corpora write them: a date, or a timestamp whose date part counts. */
final class DateText {

    /**
     * "2024-05-16", "2024-05-16T08:00:00Z", "2024-05-16T08:00:00+0200", "2024-05-16 08:00": the date
     * as written, which is the publication's local date whatever the offset.
     */
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}\\S*)?");

    private DateText() {
    }

    /** The date, or null when the text is no date of that shape or no calendar day. */
    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
