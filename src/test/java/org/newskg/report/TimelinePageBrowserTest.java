package org.newskg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.browser.HeadlessChromium;
import org.newskg.query.Timeline;
import org.newskg.query.TimelineFact;
import org.newskg.time.TimeValue;

/** The timeline page as a browser shows it: laid out, painted, without errors. */
class TimelinePageBrowserTest {

    @TempDir
    Path dir;

    private static double number(JsonObject o, String key) {
        return o.get(key).getAsNumber().value().doubleValue();
    }

    /** Where each element matching the selector landed on the page, as {x, y, width, height, cls}. */
    private static List<JsonObject> boxes(HeadlessChromium.Page page, String selector) {
        JsonArray a = page.evaluate("Array.from(document.querySelectorAll(" + quote(selector) + ")).map(e => {"
                + " const r = e.getBoundingClientRect();"
                + " return {x: r.x, y: r.y, width: r.width, height: r.height, cls: e.getAttribute('class') || ''}; })")
                .getAsArray();
        return a.stream().map(JsonValue::getAsObject).toList();
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static int brightness(BufferedImage img, double x, double y) {
        int rgb = img.getRGB((int) Math.round(x), (int) Math.round(y));
        return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
    }

    private static long pixelsNear(BufferedImage img, int colour) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - ((colour >> 16) & 0xff)) <= 6
                        && Math.abs(((rgb >> 8) & 0xff) - ((colour >> 8) & 0xff)) <= 6
                        && Math.abs((rgb & 0xff) - (colour & 0xff)) <= 6) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void chromiumDrawsEveryBarAndMarkerWithFadingEndsAndReportsNoErrors() throws IOException {
        Path file = dir.resolve("nordbank.html");
        Files.writeString(file, TimelinePage.render(TimelinePageTest.nordbank(Timeline.Subject.ORGANIZATION, "Nordbank")),
                StandardCharsets.UTF_8);
        try (HeadlessChromium chrome = HeadlessChromium.startOrSkip()) {
            HeadlessChromium.Page page = chrome.open(file.toUri().toString());
            byte[] png = page.screenshot(1300); // first: it sets the viewport the boxes below are measured in
            List<JsonObject> bars = boxes(page, "#timeline-chart rect.bar");
            assertEquals(4, bars.size());
            for (JsonObject b : bars) {
                assertTrue(number(b, "width") > 3 && number(b, "height") > 8, "a bar laid out with a size: " + b);
            }
            List<JsonObject> markers = boxes(page, "#timeline-chart .marker");
            assertEquals(6, markers.size());
            for (JsonObject m : markers) {
                assertTrue(number(m, "width") >= 8 && number(m, "height") >= 8, "a visible marker: " + m);
            }
            assertEquals(10L, page.evaluate("document.querySelectorAll('#evidence li.fact').length")
                    .getAsNumber().value().longValue());

            assertTrue(page.errors().isEmpty(), "no errors in the browser: " + page.errors());
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertTrue(img.getWidth() >= 1300 && img.getHeight() > 400, img.getWidth() + "x" + img.getHeight());
            assertTrue(pixelsNear(img, 0x4f79a8) > 3000, "holding bars painted in their colour");
            assertTrue(pixelsNear(img, 0xc62828) > 20, "the dismissal marker painted red");

            // The holding from 2019 (known to the year): faint where it starts, solid inside. (Its
            // end, March 2025, is a few pixels under the departure marker.)
            JsonObject fuzzy = bars.stream().filter(b -> b.get("cls").getAsString().value().contains("start-year"))
                    .findFirst().orElseThrow();
            double x = number(fuzzy, "x");
            double y = number(fuzzy, "y") + number(fuzzy, "height") / 2;
            int left = brightness(img, x + 2, y);
            int middle = brightness(img, x + number(fuzzy, "width") / 2, y);
            assertTrue(left > middle + 150, "the fading start is lighter than the middle: " + left + " vs " + middle);
        }
    }

    /** True when fontconfig knows a font with Chinese glyphs (.ci/run installs fonts-wqy-microhei). */
    private static boolean chineseFontInstalled() {
        try {
            Process p = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 && !out.isBlank();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void chineseAndJapaneseNamesAreDrawnWithAFontThatHasTheirGlyphs() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(chineseFontInstalled(),
                "no font with Chinese glyphs installed (Debian: fonts-wqy-microhei); the font stack has nothing to pick");
        TimelineFact.Evidence ev = new TimelineFact.Evidence("https://w3id.org/newskg/id/source/z#char=0,9", "伊尔亚·苏茨克维宣布离开。",
                "zh-Hans", "https://w3id.org/newskg/id/source/z", "z", null, "标题", java.time.LocalDate.of(2024, 5, 15), null);
        Timeline t = new Timeline(Timeline.Subject.PERSON, List.of("伊尔亚·苏茨克维"), List.of(
                new TimelineFact("https://w3id.org/newskg/id/membership/m", TimelineFact.HOLDING, "伊尔亚·苏茨克维",
                        "ミナト工業", "首席科学家", TimeValue.year(2015), TimeValue.day(2024, 5, 14), List.of(ev))));
        Path file = dir.resolve("cjk.html");
        Files.writeString(file, TimelinePage.render(t), StandardCharsets.UTF_8);
        try (HeadlessChromium chrome = HeadlessChromium.startOrSkip()) {
            HeadlessChromium.Page page = chrome.open(file.toUri().toString());
            page.screenshot(1000);
            page.call("DOM.enable", b -> { });
            page.call("CSS.enable", b -> { });
            long root = page.call("DOM.getDocument", b -> { }).get("root").getAsObject().get("nodeId").getAsNumber().value().longValue();
            long label = page.call("DOM.querySelector", b -> b.pair("nodeId", root).pair("selector", "#timeline-chart .row-label"))
                    .get("nodeId").getAsNumber().value().longValue();
            JsonArray fonts = page.call("CSS.getPlatformFontsForNode", b -> b.pair("nodeId", label)).get("fonts").getAsArray();
            List<String> families = fonts.stream().map(f -> f.getAsObject().get("familyName").getAsString().value()).toList();
            assertTrue(families.stream().anyMatch(f -> TimelineChart.FONT_STACK.contains("'" + f + "'")),
                    "the CJK label is drawn with a font of the stack that has its glyphs, not empty boxes: " + families);
            assertTrue(page.errors().isEmpty(), page.errors().toString());
        }
    }
}
