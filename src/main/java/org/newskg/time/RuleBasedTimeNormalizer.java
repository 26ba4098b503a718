package org.newskg.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newskg.read.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and normalizes time expressions with a data-driven grammar: each language's month and
 * weekday names, number words and templates live in {@code lang/<code>/} (see {@link TimeLexicon}).
 *
 * <pre>
 *   TimeNormalizer times = new RuleBasedTimeNormalizer();
 *   List&lt;TimeMention&gt; ms = times.find("sedan 2017", "sv", LocalDate.of(2024, 5, 15));
 *   // one SINCE mention, value 2017 (YEAR), span [0, 10)
 * </pre>
 */
public final class RuleBasedTimeNormalizer implements TimeNormalizer {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBasedTimeNormalizer.class);
    /** Weekday-pinned dates are looked for no further back than this. */
    private static final int EARLIEST_INFERRED_YEAR = 1990;

    private final Clock clock;
    private final Map<Language, TimeGrammar> grammars = new ConcurrentHashMap<>();

    public RuleBasedTimeNormalizer() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock gives "today" for {@link #inferAnchor}: a weekday-pinned date is never in the future */
    public RuleBasedTimeNormalizer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<TimeMention> find(String text, String lang, LocalDate anchor) {
        TimeGrammar grammar = grammar(lang);
        String norm = grammar.normalize(text);
        return grammar.mentions(text, norm, grammar.points(norm, anchor));
    }

    /**
     * Guesses the publication date of a text that states none: a day and month written with a
     * weekday but no year ("mercredi 15 mai", "5月15日(週三)") give the latest year up to today in
     * which that day fell on that weekday; failing that, the latest fully written date (a dateline
     * or signature) is taken.
     */
    public Optional<LocalDate> inferAnchor(String text, String lang) {
        TimeGrammar grammar = grammar(lang);
        List<TimeGrammar.Point> points = grammar.points(grammar.normalize(text), null);
        LocalDate today = LocalDate.now(clock);
        for (TimeGrammar.Point p : points) {
            SlotValues s = p.slots();
            if (s.weekday() != null && s.isDateWithoutYear()) {
                Optional<LocalDate> pinned = pinYear(s, today);
                if (pinned.isPresent()) {
                    LOG.debug("anchor {} inferred from weekday at {}", pinned.get(), p.begin());
                    return pinned;
                }
            }
        }
        return points.stream()
                .filter(p -> p.resolved() && !p.relative() && p.rangeEnd() == null
                        && p.value().precision() == Precision.DAY && !p.value().earliest().isAfter(today))
                .map(p -> p.value().earliest())
                .max(LocalDate::compareTo);
    }

    private static Optional<LocalDate> pinYear(SlotValues s, LocalDate today) {
        for (int y = today.getYear(); y >= EARLIEST_INFERRED_YEAR; y--) {
            try {
                LocalDate d = LocalDate.of(y, s.month(), s.day());
                if (!d.isAfter(today) && d.getDayOfWeek().getValue() == s.weekday()) {
                    return Optional.of(d);
                }
            } catch (DateTimeException e) {
                // 29 February of a common year: try earlier years
            }
        }
        return Optional.empty();
    }

    private TimeGrammar grammar(String lang) {
        Language language = Language.fromTag(lang).orElseThrow(() -> new IllegalArgumentException(
                "unsupported language '" + lang + "'; supported: " + Language.supportedTags()));
        return grammars.computeIfAbsent(language, l -> new TimeGrammar(TimeLexicon.load(l)));
    }
}
