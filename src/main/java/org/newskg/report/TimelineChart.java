package org.newskg.report;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newskg.query.TimelineFact;
import org.newskg.time.Precision;
import org.newskg.time.TimeValue;

/**
 * The SVG chart of a timeline: a time axis with year (and, when there is room, month) ticks, one
 * row per {@link TimelineRows.Row}, a bar per holding and a marker per event.
 *
 * <p>How a bar says what is known: a date known only to the month or year fades across that
 * month or year (a mask with a linear gradient), an ongoing holding runs to the right edge and ends
 * in an arrow, and a holding whose start is unknown begins at the first source that reports it,
 * after a short hatched lead-in that fades out to the left: "began earlier, when is unknown", never
 * "since the axis's first year". Each bar has its dates beside it. Events whose date is a month or
 * a year get a thin line across that period; markers on the same spot are spread side by side;
 * undated events sit in a "no date" column. Each bar and marker links to its article's own web
 * address (or, without one, to its entry in the page's evidence list) and carries a tooltip with
 * the sentences.
 */
final class TimelineChart {

    static final String HOLDING_COLOUR = "#4f79a8";
    private static final double PAD = 12;
    private static final double LABEL_MIN = 120;
    private static final double LABEL_MAX = 340;
    private static final double GUTTER = 64;
    private static final double PLOT_WIDTH = 860;
    private static final double ARROW = 14;
    private static final double AXIS_HEIGHT = 46;
    private static final double ROW_HEIGHT = 30;
    private static final double BAR_HEIGHT = 14;
    private static final double MARKER_R = 6;
    /** The hatched lead-in before a bar whose start is unknown. */
    private static final double LEAD_IN = 36;
    /** The least solid part of a bar after its lead-in, so that it reads as a bar, not a tick. */
    private static final double MIN_KNOWN = 8;
    private static final double DATE_FONT = 10;
    /**
     * Fonts for the chart and page: the usual system faces, then faces with Chinese and Japanese
     * glyphs (Noto/Source Han, the macOS and Windows ones, WenQuanYi on Linux), so names in those
     * scripts never render as empty boxes where a CJK font is installed.
     */
    static final String FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', "
            + "'Noto Sans CJK JP', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', "
            + "'Microsoft YaHei', 'Yu Gothic', 'WenQuanYi Micro Hei', 'WenQuanYi Zen Hei', sans-serif";
    private static final int TOOLTIP_SENTENCES = 4;

    private final List<TimelineRows.Row> rows;
    private final Map<String, Integer> factNumbers;
    private final Optional<LocalDate> asOf;
    private final String title;

    // Layout, fixed in the constructor.
    private final double labelWidth;
    private final double gutterLeft;
    private final double plotLeft;
    private final double plotRight;
    private final double width;
    private final double height;
    private final LocalDate from;
    private final LocalDate to;
    private final boolean dated;

    /**
     * @param rows        the rows, top to bottom
     * @param factNumbers the number of each fact (by IRI) in the evidence list, for links back to it
     * @param asOf        the newest source date, drawn as a dashed line
     * @param title       the chart's accessible name
     */
    TimelineChart(List<TimelineRows.Row> rows, Map<String, Integer> factNumbers, Optional<LocalDate> asOf,
                  String title) {
        this.rows = List.copyOf(rows);
        this.factNumbers = Map.copyOf(factNumbers);
        this.asOf = asOf;
        this.title = title;
        double longest = rows.stream().mapToDouble(r -> Markup.textWidth(r.label())).max().orElse(0);
        this.labelWidth = Math.max(LABEL_MIN, Math.min(LABEL_MAX, longest + 8));
        // Room left of the axis for a lead-in before a bar that starts at the axis's first year.
        double leadRoom = rows.stream().flatMap(r -> r.facts().stream())
                .anyMatch(f -> f.isHolding() && f.start() == null) ? LEAD_IN : 0;
        boolean undatedEvents = rows.stream().flatMap(r -> r.facts().stream())
                .anyMatch(f -> !f.isHolding() && f.start() == null);
        this.gutterLeft = PAD + labelWidth + 8;
        this.plotLeft = gutterLeft + (undatedEvents ? GUTTER : 0) + leadRoom;
        this.plotRight = plotLeft + PLOT_WIDTH;
        // Room right of the axis for the dates of a bar that ends there.
        this.width = plotRight + ARROW + PAD + 6 + Markup.textWidth("since 2024-05-14") * DATE_FONT / 12 + 8;
        this.height = AXIS_HEIGHT + rows.size() * ROW_HEIGHT + (asOf.isPresent() ? 22 : 8);

        List<LocalDate> dates = new ArrayList<>();
        for (TimelineRows.Row r : rows) {
            for (TimelineFact f : r.facts()) {
                for (TimeValue v : new TimeValue[] {f.start(), f.end()}) {
                    if (v != null) {
                        dates.add(v.earliest());
                        dates.add(v.latest());
                    }
                }
                if (f.isHolding() && f.start() == null) {
                    firstReported(f).ifPresent(dates::add);
                }
            }
        }
        asOf.ifPresent(dates::add);
        this.dated = !dates.isEmpty();
        int first = dates.stream().min(Comparator.naturalOrder()).map(LocalDate::getYear).orElse(2000);
        int last = dates.stream().max(Comparator.naturalOrder()).map(LocalDate::getYear).orElse(first);
        this.from = LocalDate.of(first, 1, 1);
        this.to = LocalDate.of(last + 1, 1, 1);
    }

    /** The x coordinate of the start of a day. */
    double x(LocalDate d) {
        double span = to.toEpochDay() - from.toEpochDay();
        return plotLeft + (d.toEpochDay() - from.toEpochDay()) * PLOT_WIDTH / span;
    }

    /** The x coordinate just after the last day of a period. */
    private double xAfter(LocalDate d) {
        return x(d.plusDays(1));
    }

    String svg() {
        StringBuilder defs = new StringBuilder();
        StringBuilder body = new StringBuilder();
        defs.append("<pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#dfe7f1\"/>"
                + "<rect width=\"3\" height=\"6\" fill=\"").append(HOLDING_COLOUR).append("\"/></pattern>\n");
        backgrounds(body);
        axis(body);
        int fadeCount = 0;
        for (int i = 0; i < rows.size(); i++) {
            TimelineRows.Row row = rows.get(i);
            double cy = AXIS_HEIGHT + i * ROW_HEIGHT + ROW_HEIGHT / 2;
            body.append("<g class=\"row\" data-row=\"").append(i + 1).append("\">\n");
            String label = row.label();
            String shown = fitLabel(label);
            body.append("<text class=\"row-label\" x=\"").append(Markup.num(PAD)).append("\" y=\"")
                    .append(Markup.num(cy + 4)).append("\">");
            if (!shown.equals(label)) {
                body.append("<title>").append(Markup.text(label)).append("</title>");
            }
            body.append(Markup.text(shown)).append("</text>\n");
            for (TimelineFact f : row.facts()) {
                if (f.isHolding()) {
                    fadeCount = bar(body, defs, f, cy, fadeCount);
                }
            }
            markers(body, row, cy);
            body.append("</g>\n");
        }
        asOfLine(body);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"timeline-chart\" class=\"chart\" role=\"img\""
                + " aria-labelledby=\"chart-title\" width=\"" + Markup.num(width) + "\" height=\"" + Markup.num(height)
                + "\" viewBox=\"0 0 " + Markup.num(width) + " " + Markup.num(height) + "\" font-family=\"" + FONT_STACK + "\""
                + " font-size=\"12\">\n<title id=\"chart-title\">" + Markup.text(title) + "</title>\n<defs>\n" + defs
                + "</defs>\n" + body + "</svg>\n";
    }

    /** Light bands behind alternate groups, so that one person's (or organization's) rows read as one. */
    private void backgrounds(StringBuilder body) {
        String previous = null;
        boolean shaded = true;
        for (int i = 0; i < rows.size(); i++) {
            String group = rows.get(i).group();
            if (!group.equals(previous)) {
                shaded = !shaded;
                previous = group;
            }
            if (shaded) {
                body.append("<rect class=\"band\" x=\"0\" y=\"").append(Markup.num(AXIS_HEIGHT + i * ROW_HEIGHT))
                        .append("\" width=\"").append(Markup.num(width)).append("\" height=\"")
                        .append(Markup.num(ROW_HEIGHT)).append("\" fill=\"#f3f5f8\"/>\n");
            }
        }
    }

    private void axis(StringBuilder body) {
        double bottom = AXIS_HEIGHT + rows.size() * ROW_HEIGHT;
        body.append("<g class=\"axis\">\n");
        body.append("<line x1=\"").append(Markup.num(plotLeft)).append("\" y1=\"").append(Markup.num(AXIS_HEIGHT - 4))
                .append("\" x2=\"").append(Markup.num(plotRight)).append("\" y2=\"").append(Markup.num(AXIS_HEIGHT - 4))
                .append("\" stroke=\"#555\"/>\n");
        if (plotLeft > gutterLeft) {
            body.append("<text class=\"gutter-label\" x=\"").append(Markup.num((gutterLeft + plotLeft) / 2))
                    .append("\" y=\"16\" text-anchor=\"middle\" fill=\"#555\">no date</text>\n");
        }
        if (!dated) {
            body.append("</g>\n");
            return;
        }
        int years = to.getYear() - from.getYear();
        double perYear = PLOT_WIDTH / years;
        int step = 1;
        for (int s : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
            step = s;
            if (s * perYear >= 40) {
                break;
            }
        }
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            double x = x(LocalDate.of(y, 1, 1));
            boolean labelled = y < to.getYear() && (y - from.getYear()) % step == 0;
            body.append("<line class=\"tick year\" x1=\"").append(Markup.num(x)).append("\" y1=\"22\" x2=\"")
                    .append(Markup.num(x)).append("\" y2=\"").append(Markup.num(bottom))
                    .append("\" stroke=\"#c9ced6\"/>\n");
            if (labelled) {
                double lx = step == 1 ? x + perYear / 2 : x + 3;
                body.append("<text class=\"year-label\" x=\"").append(Markup.num(lx)).append("\" y=\"16\"")
                        .append(step == 1 ? " text-anchor=\"middle\"" : "").append(" font-weight=\"bold\">")
                        .append(y).append("</text>\n");
            }
        }
        double perMonth = perYear / 12;
        if (perMonth >= 5) {
            for (LocalDate m = from; m.isBefore(to); m = m.plusMonths(1)) {
                double x = x(m);
                if (m.getMonthValue() != 1) {
                    body.append("<line class=\"tick month\" x1=\"").append(Markup.num(x)).append("\" y1=\"")
                            .append(Markup.num(AXIS_HEIGHT - 9)).append("\" x2=\"").append(Markup.num(x))
                            .append("\" y2=\"").append(Markup.num(AXIS_HEIGHT - 4)).append("\" stroke=\"#777\"/>\n");
                }
                String name = monthName(m.getMonth(), perMonth);
                if (!name.isEmpty()) {
                    body.append("<text class=\"month-label\" x=\"").append(Markup.num(x + perMonth / 2))
                            .append("\" y=\"").append(Markup.num(AXIS_HEIGHT - 12))
                            .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555\">").append(name)
                            .append("</text>\n");
                }
            }
        }
        body.append("</g>\n");
    }

    private static String monthName(Month m, double perMonth) {
        if (perMonth >= 26) {
            return m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
        return perMonth >= 11 ? m.getDisplayName(TextStyle.NARROW, Locale.ENGLISH) : "";
    }

    /** Draws one holding's bar; returns the number of fade masks made so far. */
    private int bar(StringBuilder body, StringBuilder defs, TimelineFact f, double cy, int fades) {
        TimeValue s = f.start();
        TimeValue e = f.end();
        double x2 = e != null ? xAfter(e.latest()) : plotRight;
        // An unknown start: the bar begins where a source first reports the holding (or at its end).
        double x1 = s != null ? x(s.earliest())
                : Math.min(firstReported(f).map(this::x).orElse(e != null ? x(e.earliest()) : plotRight), x2 - MIN_KNOWN);
        if (x2 - x1 < 3) {
            x2 = x1 + 3; // a contradiction between sources (end before start) still shows up
        }
        boolean fuzzyStart = s != null && s.precision() != Precision.DAY;
        boolean fuzzyEnd = e != null && e.precision() != Precision.DAY;
        String mask = "";
        int n = fades;
        if (fuzzyStart || fuzzyEnd) {
            n++;
            String id = "fade-" + n;
            double w = x2 - x1;
            double a = fuzzyStart ? clamp((xAfter(s.latest()) - x1) / w) : 0;
            double b = fuzzyEnd ? clamp((x(e.earliest()) - x1) / w) : 1;
            if (a > b) {
                a = b = (a + b) / 2; // start and end both inside one fuzzy period
            }
            defs.append("<linearGradient id=\"").append(id).append("-g\">");
            defs.append(stop(0, fuzzyStart ? 0.12 : 1)).append(stop(a, 1)).append(stop(b, 1))
                    .append(stop(1, fuzzyEnd ? 0.12 : 1));
            defs.append("</linearGradient>\n");
            defs.append("<mask id=\"").append(id).append("\" maskContentUnits=\"objectBoundingBox\">")
                    .append("<rect width=\"1\" height=\"1\" fill=\"url(#").append(id).append("-g)\"/></mask>\n");
            mask = " mask=\"url(#" + id + ")\"";
        }
        String classes = "bar holding " + (s == null ? "start-unknown" : "start-" + unit(s))
                + (e == null ? " ongoing" : " end-" + unit(e));
        String fill = HOLDING_COLOUR;
        double y = cy - BAR_HEIGHT / 2;
        StringBuilder shape = new StringBuilder();
        if (s == null) {
            if (!defs.toString().contains("id=\"lead-in-fade\"")) {
                defs.append("<linearGradient id=\"lead-in-fade-g\">").append(stop(0, 0)).append(stop(1, 1))
                        .append("</linearGradient>\n<mask id=\"lead-in-fade\" maskContentUnits=\"objectBoundingBox\">")
                        .append("<rect width=\"1\" height=\"1\" fill=\"url(#lead-in-fade-g)\"/></mask>\n");
            }
            shape.append("<rect class=\"lead-in\" x=\"").append(Markup.num(x1 - LEAD_IN)).append("\" y=\"")
                    .append(Markup.num(y)).append("\" width=\"").append(Markup.num(LEAD_IN)).append("\" height=\"")
                    .append(Markup.num(BAR_HEIGHT)).append("\" fill=\"url(#hatch)\" mask=\"url(#lead-in-fade)\"/>");
        }
        shape.append("<rect class=\"").append(classes).append("\" x=\"").append(Markup.num(x1)).append("\" y=\"")
                .append(Markup.num(y)).append("\" width=\"").append(Markup.num(x2 - x1)).append("\" height=\"")
                .append(Markup.num(BAR_HEIGHT)).append("\" rx=\"2\" fill=\"").append(fill).append("\"").append(mask)
                .append("/>");
        if (e == null) {
            shape.append("<polygon class=\"open-end\" points=\"").append(Markup.num(plotRight)).append(',')
                    .append(Markup.num(y - 3)).append(' ').append(Markup.num(plotRight + ARROW)).append(',')
                    .append(Markup.num(cy)).append(' ').append(Markup.num(plotRight)).append(',')
                    .append(Markup.num(y + BAR_HEIGHT + 3)).append("\" fill=\"").append(HOLDING_COLOUR).append("\"/>");
        }
        link(body, f, shape.toString());
        barDates(body, s, e, x1 - (s == null ? LEAD_IN : 0), x2 + (e == null ? ARROW : 0), cy);
        return n;
    }

    /** Where a source first reports a holding: the earliest publication (or anchor) date of its evidence. */
    private static Optional<LocalDate> firstReported(TimelineFact f) {
        return f.evidence().stream().map(ev -> ev.published() != null ? ev.published() : ev.anchor())
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder());
    }

    /** The bar's dates as text beside it: right of its end, or left of its start where the right has no room. */
    private void barDates(StringBuilder body, TimeValue s, TimeValue e, double left, double right, double cy) {
        String text = s != null && e != null ? s.iso() + " \u2013 " + e.iso()
                : s != null ? "since " + s.iso() : e != null ? "until " + e.iso() : "start unknown";
        double w = Markup.textWidth(text) * DATE_FONT / 12;
        double gap = MARKER_R + 3; // clear of a marker on the bar's end
        boolean rightSide = right + gap + w <= width - PAD;
        double x = rightSide ? right + gap : Math.max(PAD, left - gap);
        body.append("<text class=\"bar-dates\" x=\"").append(Markup.num(x)).append("\" y=\"").append(Markup.num(cy + 3.5))
                .append("\"").append(rightSide ? "" : " text-anchor=\"end\"").append(" font-size=\"")
                .append(Markup.num(DATE_FONT)).append("\" fill=\"#333\">").append(Markup.text(text)).append("</text>\n");
    }

    private static String stop(double offset, double opacity) {
        return "<stop offset=\"" + String.format(Locale.ROOT, "%.4f", offset) + "\" stop-color=\"#fff\" stop-opacity=\""
                + Markup.num(opacity) + "\"/>";
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static String unit(TimeValue v) {
        return v.precision().name().toLowerCase(Locale.ROOT);
    }

    /**
     * The row's event markers. Markers closer than a marker's width (a dismissal, a departure and a
     * reinstatement on the same days) are spread side by side around their dates, in a stable order,
     * so that each stays visible and clickable; a thin tick marks the true date under each.
     */
    private void markers(StringBuilder body, TimelineRows.Row row, double cy) {
        record Placed(TimelineFact fact, double x) {
        }
        List<Placed> placed = new ArrayList<>();
        for (TimelineFact f : row.facts()) {
            if (!f.isHolding()) {
                TimeValue s = f.start();
                double x = s == null ? (gutterLeft + plotLeft) / 2 : (x(s.earliest()) + xAfter(s.latest())) / 2;
                placed.add(new Placed(f, x));
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::x).thenComparing(p -> p.fact().kind())
                .thenComparing(p -> p.fact().iri()));
        double step = 2 * MARKER_R + 3;
        int i = 0;
        while (i < placed.size()) {
            int j = i + 1;
            while (j < placed.size() && placed.get(j).x() - placed.get(j - 1).x() < step) {
                j++;
            }
            List<Placed> cluster = placed.subList(i, j);
            double centre = cluster.stream().mapToDouble(Placed::x).average().orElse(0);
            for (int k = 0; k < cluster.size(); k++) {
                Placed p = cluster.get(k);
                double at = cluster.size() == 1 ? p.x() : centre + (k - (cluster.size() - 1) / 2.0) * step;
                marker(body, p.fact(), at, p.x(), cy);
            }
            i = j;
        }
    }

    private void marker(StringBuilder body, TimelineFact f, double x, double trueX, double y) {
        EventStyle style = EventStyle.of(f.kind());
        StringBuilder shape = new StringBuilder();
        if (Math.abs(x - trueX) > 0.5) {
            shape.append("<line class=\"date-tick\" x1=\"").append(Markup.num(trueX)).append("\" y1=\"")
                    .append(Markup.num(y + MARKER_R + 1)).append("\" x2=\"").append(Markup.num(x)).append("\" y2=\"")
                    .append(Markup.num(y + MARKER_R + 5)).append("\" stroke=\"").append(style.colour())
                    .append("\" stroke-width=\"1\"/>");
        }
        TimeValue s = f.start();
        if (s != null && s.precision() != Precision.DAY) {
            shape.append("<line class=\"date-range\" x1=\"").append(Markup.num(x(s.earliest()))).append("\" y1=\"")
                    .append(Markup.num(y)).append("\" x2=\"").append(Markup.num(xAfter(s.latest()))).append("\" y2=\"")
                    .append(Markup.num(y)).append("\" stroke=\"").append(style.colour())
                    .append("\" stroke-width=\"2\" stroke-opacity=\"0.45\"/>");
        }
        TimeValue e = f.end();
        if (s != null && e != null) {
            double xe = (x(e.earliest()) + xAfter(e.latest())) / 2;
            shape.append("<line class=\"event-span\" x1=\"").append(Markup.num(x)).append("\" y1=\"")
                    .append(Markup.num(y)).append("\" x2=\"").append(Markup.num(xe)).append("\" y2=\"")
                    .append(Markup.num(y)).append("\" stroke=\"").append(style.colour())
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>");
        }
        shape.append(style.svg(x, y, MARKER_R, "class=\"marker " + style.cssClass() + "\" data-type=\"" + Markup.attr(f.kind()) + "\""));
        link(body, f, shape.toString());
    }

    /** Wraps a fact's shapes in a link to its first source, with the sentences as a tooltip. */
    private void link(StringBuilder body, TimelineFact f, String shapes) {
        int n = factNumbers.getOrDefault(f.iri(), 0);
        // A source IRI need not resolve; without a web address the link goes to the evidence below.
        String href = f.evidence().isEmpty() ? "" : sourceHref(f.evidence().get(0));
        if (href.isEmpty() && n > 0) {
            href = "#fact-" + n;
        }
        String open = href.isEmpty() ? "<g" : "<a href=\"" + Markup.attr(href) + "\"";
        body.append(open).append(" class=\"fact\" id=\"chart-fact-").append(n).append("\" data-fact=\"fact-").append(n)
                .append("\"><title>").append(Markup.text(tooltip(f))).append("</title>").append(shapes)
                .append(href.isEmpty() ? "</g>" : "</a>").append('\n');
    }

    private static String tooltip(TimelineFact f) {
        StringBuilder t = new StringBuilder();
        t.append(FactText.kind(f)).append(": ").append(FactText.who(f)).append('\n').append(FactText.when(f));
        int shown = 0;
        for (TimelineFact.Evidence ev : f.evidence()) {
            if (shown == TOOLTIP_SENTENCES) {
                t.append("\n\u2026 and ").append(f.evidence().size() - shown).append(" more in the evidence list");
                break;
            }
            t.append("\n\n\u201c").append(Markup.truncate(ev.sentence(), 300)).append("\u201d\n\u2014 ")
                    .append(ev.headline().isEmpty() ? ev.sourceId() : Markup.truncate(ev.headline(), 120));
            LocalDate d = ev.published() != null ? ev.published() : ev.anchor();
            if (d != null) {
                t.append(", ").append(d);
            }
            shown++;
        }
        return t.toString();
    }

    /** The article's own web address, or "" when it has none (its source IRI need not resolve). */
    static String sourceHref(TimelineFact.Evidence ev) {
        return Markup.safeHref(ev.url());
    }

    private void asOfLine(StringBuilder body) {
        if (asOf.isEmpty() || !dated) {
            return;
        }
        double x = x(asOf.get());
        double bottom = AXIS_HEIGHT + rows.size() * ROW_HEIGHT;
        body.append("<g class=\"as-of\"><line x1=\"").append(Markup.num(x)).append("\" y1=\"")
                .append(Markup.num(AXIS_HEIGHT - 4)).append("\" x2=\"").append(Markup.num(x)).append("\" y2=\"")
                .append(Markup.num(bottom + 4)).append("\" stroke=\"#888\" stroke-dasharray=\"3 3\"/>")
                .append("<text x=\"").append(Markup.num(x)).append("\" y=\"").append(Markup.num(bottom + 16))
                .append("\" text-anchor=\"").append(x > plotRight - 120 ? "end" : "middle")
                .append("\" font-size=\"10\" fill=\"#555\">newest source ").append(asOf.get()).append("</text></g>\n");
    }

    /** The label as it fits the label column: cut with an ellipsis (the full label goes in a tooltip). */
    private String fitLabel(String label) {
        double max = labelWidth - 4;
        if (Markup.textWidth(label) <= max) {
            return label;
        }
        double w = Markup.textWidth("\u2026");
        int end = 0;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            w += Markup.charWidth(cp);
            if (w > max) {
                break;
            }
            i += Character.charCount(cp);
            end = i;
        }
        return label.substring(0, end) + "\u2026";
    }
}
