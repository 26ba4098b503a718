package org.newskg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newskg.query.QueryLibrary;
import org.newskg.query.Timeline;
import org.newskg.query.TimelineFact;
import org.newskg.query.TimelineFacts;
import org.newskg.rdf.Iris;
import org.newskg.time.TimeValue;
import org.w3c.dom.Element;

/** The timeline page's SVG, read back as XML: what is drawn, how dates show, links, escaping. */
class TimelinePageTest {

    /** The fictional merged view of {@code src/test/resources/timeline/nordbank.ttl}. */
    static Timeline nordbank(Timeline.Subject subject, String name) {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> RDFParser.source("src/test/resources/timeline/nordbank.ttl")
                .parse(ds.getDefaultModel()));
        return new TimelineFacts(new QueryLibrary(), Iris.standard()).load(ds, subject, name);
    }

    private static PageDom orgPage() {
        return PageDom.parse(TimelinePage.render(nordbank(Timeline.Subject.ORGANIZATION, "Nordbank")));
    }

    /** The bar whose fact tooltip names this holding. */
    private static Element bar(PageDom page, String who) {
        List<Element> found = PageDom.withClass(page.chart(), "bar").stream()
                .filter(b -> PageDom.tooltip(PageDom.ancestorWithClass(b, "fact")).contains(who)).toList();
        assertEquals(1, found.size(), "bars for " + who);
        return found.get(0);
    }

    private static List<Double> yearTicks(PageDom page) {
        return PageDom.withClass(page.chart(), "year").stream().map(e -> PageDom.num(e, "x1")).sorted().toList();
    }

    @Test
    void theChartHasABarPerHoldingAndAMarkerPerEventOnARowPerPersonAndRole() {
        PageDom page = orgPage();
        Element chart = page.chart();
        assertEquals(4, PageDom.withClass(chart, "bar").size());
        assertEquals(6, PageDom.withClass(chart, "marker").size());
        List<String> labels = PageDom.withClass(chart, "row-label").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("Kim Lund", "Kim Lund \u00b7 Chief Executive Officer", "Ada Berg \u00b7 Chief Executive Officer",
                "Olle Strand", "Olle Strand \u00b7 Chair", "Olle Strand \u00b7 Chief Financial Officer"), labels);
    }

    @Test
    void aPersonsChartHasARowPerOrganizationAndRole() {
        PageDom page = PageDom.parse(TimelinePage.render(nordbank(Timeline.Subject.PERSON, "Kim Lund")));
        List<String> labels = PageDom.withClass(page.chart(), "row-label").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("Nordbank", "Nordbank \u00b7 Chief Executive Officer", "Sydbank \u00b7 Chief Financial Officer"),
                labels);
        assertEquals(2, PageDom.withClass(page.chart(), "bar").size());
    }

    @Test
    void aDateKnownOnlyToTheYearOrMonthFadesAcrossThatPeriod() {
        PageDom page = orgPage();
        Element berg = bar(page, "Ada Berg at Nordbank");
        assertTrue(PageDom.hasClass(berg, "start-year") && PageDom.hasClass(berg, "end-month"), berg.getAttribute("class"));
        String maskRef = berg.getAttribute("mask");
        assertTrue(maskRef.startsWith("url(#"), "a fuzzy bar is masked: " + maskRef);
        Element mask = page.byId(maskRef.substring(5, maskRef.length() - 1)).orElseThrow();
        String gradientRef = PageDom.all(mask, "rect").get(0).getAttribute("fill");
        Element gradient = page.byId(gradientRef.substring(5, gradientRef.length() - 1)).orElseThrow();
        assertEquals("linearGradient", gradient.getLocalName());
        List<Element> stops = PageDom.all(gradient, "stop");
        assertEquals(4, stops.size());
        // Faint at both ends, solid from the end of 2019 to the start of March 2025.
        assertTrue(PageDom.num(stops.get(0), "stop-opacity") < 0.5);
        assertTrue(PageDom.num(stops.get(3), "stop-opacity") < 0.5);
        double days = ChronoUnit.DAYS.between(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 4, 1));
        assertEquals(ChronoUnit.DAYS.between(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1)) / days,
                PageDom.num(stops.get(1), "offset"), 0.003);
        assertEquals(ChronoUnit.DAYS.between(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 3, 1)) / days,
                PageDom.num(stops.get(2), "offset"), 0.003);

        Element lund = bar(page, "Chief Executive Officer, Kim Lund at Nordbank");
        assertEquals("", lund.getAttribute("mask"), "a day-precise start does not fade");
        assertEquals(List.of("fade-1", "lead-in-fade"), PageDom.all(page.chart(), "mask").stream()
                .map(m -> m.getAttribute("id")).sorted().toList(), "only the fuzzy bar and the lead-ins have a mask");
    }

    @Test
    void anOngoingHoldingRunsToTheRightEdgeAndEndsInAnArrow() {
        PageDom page = orgPage();
        List<Double> ticks = yearTicks(page);
        double rightEdge = ticks.get(ticks.size() - 1);
        Element lund = bar(page, "Chief Executive Officer, Kim Lund at Nordbank");
        assertTrue(PageDom.hasClass(lund, "ongoing"));
        assertEquals(rightEdge, PageDom.num(lund, "x") + PageDom.num(lund, "width"), 0.2);
        assertEquals(1, PageDom.withClass(PageDom.ancestorWithClass(lund, "fact"), "open-end").size());
        assertEquals(2, PageDom.withClass(page.chart(), "open-end").size(), "Lund's CEO post and Strand's undated CFO post");
        Element berg = bar(page, "Ada Berg at Nordbank");
        assertTrue(PageDom.withClass(PageDom.ancestorWithClass(berg, "fact"), "open-end").isEmpty(), "an ended holding has no arrow");
    }

    @Test
    void anUnknownStartBeginsAtTheFirstReportAfterAHatchedLeadInNotAtTheAxisStart() {
        PageDom page = orgPage();
        List<Double> ticks = yearTicks(page);
        double leftEdge = ticks.get(0);
        Element chair = bar(page, "Chair, Olle Strand at Nordbank");
        assertTrue(PageDom.hasClass(chair, "start-unknown"));
        assertTrue(PageDom.num(chair, "x") > leftEdge + 50, "not drawn from the axis's first year: " + chair.getAttribute("x"));
        Element fact = PageDom.ancestorWithClass(chair, "fact");
        Element lead = PageDom.withClass(fact, "lead-in").get(0);
        assertEquals("url(#hatch)", lead.getAttribute("fill"));
        assertEquals(PageDom.num(chair, "x"), PageDom.num(lead, "x") + PageDom.num(lead, "width"), 0.2,
                "the lead-in ends where the bar begins");
        assertEquals("url(#lead-in-fade)", lead.getAttribute("mask"), "and fades out to the left");
        assertEquals("pattern", page.byId("hatch").orElseThrow().getLocalName());
        Element lund = bar(page, "Chief Executive Officer, Kim Lund at Nordbank");
        assertTrue(PageDom.withClass(PageDom.ancestorWithClass(lund, "fact"), "lead-in").isEmpty(), "a known start has none");
    }

    @Test
    void everyBarHasItsDatesBesideIt() {
        PageDom page = orgPage();
        List<String> dates = PageDom.withClass(page.chart(), "bar-dates").stream().map(Element::getTextContent).toList();
        assertEquals(PageDom.withClass(page.chart(), "bar").size(), dates.size(), dates.toString());
        assertTrue(dates.contains("2019 \u2013 2025-03"), "Berg's post, known to the year and the month: " + dates);
        assertTrue(dates.stream().anyMatch(d -> d.startsWith("since ")), "an ongoing post: " + dates);
    }

    @Test
    void markersOnTheSameDaySitSideBySide() {
        PageDom page = orgPage();
        List<Element> markers = PageDom.withClass(page.chart(), "marker");
        for (int i = 0; i < markers.size(); i++) {
            for (int j = i + 1; j < markers.size(); j++) {
                double[] a = PageDom.centre(markers.get(i));
                double[] b = PageDom.centre(markers.get(j));
                assertTrue(Math.hypot(a[0] - b[0], a[1] - b[1]) >= 12, "markers " + i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void theChartAndPageNameFontsWithChineseAndJapaneseGlyphs() {
        PageDom page = orgPage();
        String fonts = page.chart().getAttribute("font-family");
        assertTrue(fonts.contains("Noto Sans CJK SC") && fonts.contains("WenQuanYi Micro Hei") && fonts.endsWith("sans-serif"),
                fonts);
    }

    @Test
    void anUndatedEventSitsInTheNoDateColumnLeftOfTheAxis() {
        PageDom page = orgPage();
        Element founding = PageDom.withClass(page.chart(), "ev-founding").get(0);
        double leftEdge = yearTicks(page).get(0);
        String[] firstPoint = founding.getAttribute("points").split(" ")[0].split(",");
        assertTrue(Double.parseDouble(firstPoint[0]) < leftEdge, "founding marker left of the axis");
        assertEquals(1, PageDom.withClass(page.chart(), "gutter-label").size());
    }

    @Test
    void eachBarAndMarkerLinksToItsSourceWithItsSentenceAsTooltipAndIsInTheEvidenceList() {
        PageDom page = orgPage();
        List<Element> facts = PageDom.withClass(page.chart(), "fact");
        assertEquals(10, facts.size());
        for (Element f : facts) {
            assertEquals("a", f.getLocalName(), "every fact here has a source to link to");
            assertTrue(f.getAttribute("href").startsWith("https://example.org/")
                    || f.getAttribute("href").equals("#" + f.getAttribute("data-fact")), f.getAttribute("href"));
            String listed = f.getAttribute("data-fact");
            assertTrue(page.byId(listed).isPresent(), "evidence entry " + listed);
        }
        Element berg = PageDom.ancestorWithClass(bar(page, "Ada Berg at Nordbank"), "fact");
        assertEquals("https://example.org/nordbank-ceo", berg.getAttribute("href"), "the article's own URL");
        assertTrue(PageDom.tooltip(berg).contains("Ada Berg, chief executive since 2019, left in March."));
        assertTrue(PageDom.tooltip(berg).contains("Berg took leave"), "every sentence, from both sources");
        Element chair = PageDom.ancestorWithClass(bar(page, "Chair, Olle Strand at Nordbank"), "fact");
        assertEquals("#" + chair.getAttribute("data-fact"), chair.getAttribute("href"),
                "no web address: the evidence below, not a source IRI that need not resolve");
        String evidence = page.byId("evidence").orElseThrow().getTextContent();
        assertTrue(evidence.contains("Turbulent year at Nordbank"), "headlines of the sources");
        assertTrue(evidence.contains("characters 81\u2013150"), "the span of each sentence");
    }

    @Test
    void eachEventTypeHasItsOwnShapeAndColourInTheLegend() {
        PageDom page = orgPage();
        List<Element> items = PageDom.withClass(page.doc.getDocumentElement(), "legend-marker");
        assertEquals(7, items.size());
        Set<String> looks = new HashSet<>();
        for (Element e : items) {
            looks.add(e.getLocalName() + " " + e.getAttribute("fill"));
        }
        assertEquals(7, looks.size(), "shape and colour differ: " + looks);
        Element dismissal = PageDom.withClass(page.chart(), "ev-dismissal").get(0);
        assertEquals("Dismissal", dismissal.getAttribute("data-type"));
    }

    @Test
    void hostileNamesSentencesAndUrlsAreEscapedAndDefused() {
        String person = "<script>alert('x')</script> & \"Co\" \u0001]]>";
        String sentence = "He said \"<b>bold</b>\" & left \u0000 at once.";
        TimelineFact.Evidence ev = new TimelineFact.Evidence("https://example.org/id/source/x#char=0,10", sentence, "en",
                "https://example.org/id/source/x", "x", "javascript:alert(1)", "<i>Headline</i>", null, null);
        TimelineFact.Evidence ev2 = new TimelineFact.Evidence("urn:x#char=0,1", "s", "", "urn:x", "y",
                "https://example.org/a\"onmouseover=\"alert(1)", "", null, null);
        Timeline t = new Timeline(Timeline.Subject.ORGANIZATION, List.of("Acme <Corp>"), List.of(
                new TimelineFact("https://example.org/id/m1", TimelineFact.HOLDING, person, "Acme <Corp>", "Boss & <Chief>",
                        TimeValue.month(2020, 2), null, List.of(ev)),
                new TimelineFact("https://example.org/id/e1", "Departure", person, "Acme <Corp>", "",
                        TimeValue.day(2021, 5, 1), null, List.of(ev2))));
        String html = TimelinePage.render(t);
        PageDom page = PageDom.parse(html);
        assertTrue(PageDom.all(page.doc.getDocumentElement(), "script").isEmpty(), "no script element");
        assertTrue(PageDom.all(page.doc.getDocumentElement(), "b").isEmpty(), "no markup from a sentence");
        Element label = PageDom.withClass(page.chart(), "row-label").get(0);
        assertEquals("<script>alert('x')</script> & \"Co\" ]]> \u00b7 Boss & <Chief>", PageDom.tooltip(label),
                "the whole label in the tooltip, the control character dropped");
        assertTrue(label.getLastChild().getTextContent().endsWith("\u2026"), "too long for the column: cut");
        for (Element a : PageDom.all(page.doc.getDocumentElement(), "a")) {
            String href = a.getAttribute("href");
            assertFalse(href.toLowerCase().startsWith("javascript:"), href);
            assertFalse(href.contains("\""), href);
        }
        Element bar = PageDom.ancestorWithClass(PageDom.withClass(page.chart(), "bar").get(0), "fact");
        assertEquals("#" + bar.getAttribute("data-fact"), bar.getAttribute("href"),
                "a javascript: URL is not linked: the link goes to the evidence on the page");
        Element marker = PageDom.ancestorWithClass(PageDom.withClass(page.chart(), "marker").get(0), "fact");
        assertEquals("#" + marker.getAttribute("data-fact"), marker.getAttribute("href"),
                "neither a malformed URL nor a non-web IRI becomes a link out of the page");
        assertTrue(page.byId("evidence").orElseThrow().getTextContent().contains(sentence.replace("\u0000", "")));
    }

    @Test
    void theSameTimelineGivesTheSameBytesWhateverTheOrderOfItsFacts() {
        Timeline t = nordbank(Timeline.Subject.ORGANIZATION, "Nordbank");
        List<TimelineFact> reversed = new ArrayList<>(t.facts());
        Collections.reverse(reversed);
        String a = TimelinePage.render(t);
        String b = TimelinePage.render(new Timeline(t.subject(), t.names(), reversed));
        assertEquals(a, b);
        assertFalse(a.contains("<script"), "no script at all");
        assertFalse(a.matches("(?s).*(src|href)=\"(//|http)[^\"]*\\.(css|js|png|woff2?)\".*"), "nothing loaded from elsewhere");
    }

    @Test
    void anEmptyTimelineGivesAPageThatSaysSo() {
        String html = TimelinePage.render(new Timeline(Timeline.Subject.PERSON, List.of(), List.of()));
        PageDom page = PageDom.parse(html);
        assertTrue(page.byId("timeline-chart").isEmpty());
        assertTrue(html.contains("No holdings or events of this person"), html);
    }
}
