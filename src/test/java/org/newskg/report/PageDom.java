package org.newskg.report;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The timeline page parsed as XML (it is well-formed by design), with small finders for the tests. */
final class PageDom {

    final Document doc;

    private PageDom(Document doc) {
        this.doc = doc;
    }

    /** Parses the page; fails the test with the parser's message when it is not well-formed. */
    static PageDom parse(String page) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setExpandEntityReferences(false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return new PageDom(f.newDocumentBuilder().parse(new InputSource(new StringReader(page))));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("the page is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The chart's SVG element. */
    Element chart() {
        return byId("timeline-chart").orElseThrow(() -> new AssertionError("no #timeline-chart"));
    }

    Optional<Element> byId(String id) {
        return all(doc.getDocumentElement(), "*").stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst();
    }

    /** Elements under {@code root} with the local name ({@code *} for any). */
    static List<Element> all(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** Elements under {@code root} whose class attribute has the token. */
    static List<Element> withClass(Element root, String token) {
        return all(root, "*").stream().filter(e -> hasClass(e, token)).toList();
    }

    static boolean hasClass(Element e, String token) {
        return Arrays.asList(e.getAttribute("class").split("\\s+")).contains(token);
    }

    static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    /** The nearest ancestor with the class token (a bar's or marker's fact link). */
    /** The centre of a circle, or of the bounding box of a polygon's points. */
    static double[] centre(Element e) {
        if (e.getLocalName().equals("circle")) {
            return new double[] {num(e, "cx"), num(e, "cy")};
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (String p : e.getAttribute("points").strip().split("\\s+")) {
            String[] xy = p.split(",");
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return new double[] {(minX + maxX) / 2, (minY + maxY) / 2};
    }

    static Element ancestorWithClass(Element e, String token) {
        for (Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
            if (hasClass(p, token)) {
                return p;
            }
        }
        throw new AssertionError("no ancestor with class " + token);
    }

    /** The text of the first {@code title} child, the tooltip. */
    static String tooltip(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getLocalName().equals("title")) {
                return c.getTextContent();
            }
        }
        return "";
    }
}
