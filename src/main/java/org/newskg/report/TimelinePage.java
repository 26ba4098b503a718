package org.newskg.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.query.Timeline;
import org.newskg.query.TimelineFact;

/**
 * The timeline of a person or an organization as one self-contained HTML page: inline CSS, an
 * inline SVG chart and legend, and the evidence list, with no script and nothing loaded from
 * elsewhere (a Content-Security-Policy says so to the browser). The page is well-formed XML too,
 * and the same timeline always gives the same bytes.
 *
 * <pre>
 *   Timeline t = new TimelineFacts(new QueryLibrary(), iris).load(dataset, Timeline.Subject.ORGANIZATION, "Nordbank");
 *   Files.writeString(Path.of("nordbank.html"), TimelinePage.render(t));
 * </pre>
 */
public final class TimelinePage {

    private static final String CSS = """
            body { font-family: %FONTS%;
                   color: #1f2328; margin: 24px; line-height: 1.4; }
            h1 { font-size: 1.5em; margin: 0 0 4px 0; }
            .summary { color: #555; margin: 0 0 16px 0; }
            figure { margin: 0; overflow-x: auto; }
            svg.legend { display: block; margin-bottom: 6px; }
            svg.chart a:hover rect, svg.chart a:hover polygon, svg.chart a:hover circle { opacity: 0.75; }
            .row-label { fill: #1f2328; }
            section.evidence { max-width: 1100px; }
            section.evidence h2 { font-size: 1.2em; margin-top: 28px; }
            section.evidence h3 { font-size: 1em; margin: 18px 0 4px 0; }
            section.evidence ol { margin: 0; padding-left: 0; list-style: none; }
            section.evidence li.fact { margin: 6px 0 10px 0; }
            section.evidence ul { margin: 4px 0 0 0; padding-left: 20px; }
            .kind { font-weight: 600; }
            .when { color: #555; }
            q { font-style: italic; }
            .src { color: #555; font-size: 0.92em; }
            .muted { color: #777; }
            """;

    private TimelinePage() {
    }

    /** The page for a timeline; a timeline with no facts gives a page that says so. */
    public static String render(Timeline timeline) {
        List<TimelineRows.Row> rows = TimelineRows.of(timeline);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (TimelineRows.Row r : rows) {
            for (TimelineFact f : r.facts()) {
                numbers.putIfAbsent(f.iri(), numbers.size() + 1);
            }
        }
        String name = timeline.title().isEmpty() ? "(nothing found)" : timeline.title();
        String heading = "Timeline of " + name;
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"newskg timeline\"/>\n")
                .append("<title>").append(Markup.text(heading)).append(" \u00b7 newskg</title>\n")
                .append("<style>\n").append(CSS.replace("%FONTS%", TimelineChart.FONT_STACK)).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>").append(Markup.text(heading)).append("</h1>\n<p class=\"summary\">")
                .append(Markup.text(summary(timeline))).append("</p>\n</header>\n");
        if (rows.isEmpty()) {
            h.append("<p>No holdings or events of this ").append(timeline.subject().word())
                    .append(" are in the store.</p>\n</body>\n</html>\n");
            return h.toString();
        }
        h.append("<figure>\n").append(legend());
        h.append(new TimelineChart(rows, numbers, timeline.asOf(), heading).svg());
        h.append("<figcaption class=\"muted\">Each bar and marker links to its first source; hover for the sentences. ")
                .append("The evidence below lists every source.</figcaption>\n</figure>\n");
        evidence(h, rows, numbers);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static String summary(Timeline t) {
        StringBuilder s = new StringBuilder();
        s.append(count(t.holdingCount(), "holding")).append(" and ").append(count(t.eventCount(), "event"))
                .append(" from ").append(count(t.sourceCount(), "source"));
        t.asOf().ifPresent(d -> s.append("; ongoing means as of the newest source, ").append(d));
        return s.append('.').toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A strip that shows every kind of bar end and every event marker with its name. */
    private static String legend() {
        StringBuilder l = new StringBuilder();
        double x = 4;
        double y = 14;
        String c = TimelineChart.HOLDING_COLOUR;
        l.append("<defs><linearGradient id=\"legend-fade\"><stop offset=\"0\" stop-color=\"").append(c)
                .append("\"/><stop offset=\"0.55\" stop-color=\"").append(c).append("\"/><stop offset=\"1\" stop-color=\"")
                .append(c).append("\" stop-opacity=\"0.12\"/></linearGradient>")
                .append("<pattern id=\"legend-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#dfe7f1\"/>")
                .append("<rect width=\"3\" height=\"6\" fill=\"").append(c).append("\"/></pattern></defs>");
        l.append(legendBar(x, y, "fill=\"" + c + "\"", false)).append(legendText(x + 34, y, "holding"));
        x += 34 + Markup.textWidth("holding") + 16;
        l.append(legendBar(x, y, "fill=\"url(#legend-fade)\"", false))
                .append(legendText(x + 34, y, "date known to the month or year"));
        x += 34 + Markup.textWidth("date known to the month or year") + 16;
        l.append(legendBar(x, y, "fill=\"" + c + "\"", true)).append(legendText(x + 42, y, "ongoing"));
        x += 42 + Markup.textWidth("ongoing") + 16;
        l.append(legendBar(x, y, "fill=\"url(#legend-hatch)\"", false)).append(legendText(x + 34, y, "start unknown"));
        double width1 = x + 34 + Markup.textWidth("start unknown") + 8;
        x = 4;
        y = 38;
        for (EventStyle s : EventStyle.values()) {
            if (s == EventStyle.OTHER) {
                continue;
            }
            l.append("<g class=\"legend-item\" data-type=\"").append(s.className()).append("\">")
                    .append(s.svg(x + 7, y, 6, "class=\"legend-marker " + s.cssClass() + "\""))
                    .append(legendText(x + 18, y, s.label())).append("</g>");
            x += 18 + Markup.textWidth(s.label()) + 16;
        }
        double width = Math.max(width1, x);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"legend\" width=\"" + Markup.num(width)
                + "\" height=\"50\" viewBox=\"0 0 " + Markup.num(width) + " 50\" font-family=\"" + TimelineChart.FONT_STACK + "\" font-size=\"12\""
                + " role=\"img\" aria-label=\"Legend\">" + l + "</svg>\n";
    }

    private static String legendBar(double x, double y, String fill, boolean arrow) {
        String bar = "<rect x=\"" + Markup.num(x) + "\" y=\"" + Markup.num(y - 6) + "\" width=\"28\" height=\"12\" rx=\"2\" "
                + fill + "/>";
        if (arrow) {
            bar += "<polygon points=\"" + Markup.num(x + 28) + "," + Markup.num(y - 8) + " " + Markup.num(x + 38) + ","
                    + Markup.num(y) + " " + Markup.num(x + 28) + "," + Markup.num(y + 8) + "\" fill=\""
                    + TimelineChart.HOLDING_COLOUR + "\"/>";
        }
        return bar;
    }

    private static String legendText(double x, double y, String text) {
        return "<text x=\"" + Markup.num(x) + "\" y=\"" + Markup.num(y + 4) + "\">" + Markup.text(text) + "</text>";
    }

    /** Every fact with every sentence behind it, in the chart's order, each with its sources. */
    private static void evidence(StringBuilder h, List<TimelineRows.Row> rows, Map<String, Integer> numbers) {
        h.append("<section class=\"evidence\" id=\"evidence\">\n<h2>Evidence</h2>\n");
        for (TimelineRows.Row r : rows) {
            h.append("<h3>").append(Markup.text(r.label())).append("</h3>\n<ol>\n");
            for (TimelineFact f : r.facts()) {
                int n = numbers.get(f.iri());
                h.append("<li class=\"fact\" id=\"fact-").append(n).append("\"><span class=\"kind\">")
                        .append(Markup.text(FactText.kind(f))).append("</span> <span class=\"when\">")
                        .append(Markup.text(FactText.when(f))).append("</span>");
                if (f.evidence().isEmpty()) {
                    h.append(" <span class=\"muted\">(no sentence recorded)</span>");
                } else {
                    h.append("\n<ul>\n");
                    for (TimelineFact.Evidence ev : f.evidence()) {
                        h.append("<li class=\"sentence\">");
                        h.append("<q").append(ev.language().isEmpty() ? "" : " lang=\"" + Markup.attr(ev.language()) + "\"")
                                .append(">").append(Markup.text(ev.sentence())).append("</q> ");
                        h.append("<span class=\"src\">\u2014 ").append(link(TimelineChart.sourceHref(ev),
                                ev.headline().isEmpty() ? ev.sourceId() : ev.headline()));
                        LocalDate d = ev.published() != null ? ev.published() : ev.anchor();
                        if (d != null) {
                            h.append(", ").append(d);
                        }
                        // The evidence IRI names the span; it is no web page, so it is shown, not linked.
                        h.append(" \u00b7 <span class=\"span\" title=\"").append(Markup.attr(ev.iri())).append("\">")
                                .append(Markup.text(span(ev.iri()))).append("</span>");
                        h.append("</span></li>\n");
                    }
                    h.append("</ul>\n");
                }
                h.append("</li>\n");
            }
            h.append("</ol>\n");
        }
        h.append("</section>\n");
    }

    private static String link(String href, String text) {
        if (href.isEmpty()) {
            return Markup.text(text);
        }
        return "<a href=\"" + Markup.attr(href) + "\">" + Markup.text(text) + "</a>";
    }

    /** "characters 150–258" for an evidence IRI ending in {@code #char=150,258}; else the IRI. */
    private static String span(String evidenceIri) {
        int i = evidenceIri.lastIndexOf("#char=");
        if (i < 0) {
            return evidenceIri;
        }
        return "characters " + evidenceIri.substring(i + 6).replace(",", "\u2013");
    }
}
