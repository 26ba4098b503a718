package org.newskg.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article text of a web page, as paragraphs separated by blank lines (so that sentence
 * splitting and paragraph context work as on text files).
 *
 * <p>Boilerplate goes first: scripts, styles, forms, {@code nav}, {@code aside}, page-level
 * {@code header} and {@code footer}, hidden elements, ARIA landmarks other than the main one, and
 * elements whose class or id names a page part ("share", "related", "newsletter", "comments", …).
 * Then the article is the element marked {@code itemprop="articleBody"}, else the {@code <article>}
 * with the most paragraph text, else the element whose paragraphs (its own, and half of its
 * children's) hold the most text, else the whole body.
 */
final class MainText {

    private static final String REMOVED = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, textarea, nav, aside, menu, dialog, figure, figcaption, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=search], [role=dialog], [role=alert]";

    /** Class and id words that name page parts, not article text (matched as whole words of the attribute). */
    private static final Set<String> BOILERPLATE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "share", "sharing", "social", "related", "recommended", "newsletter", "subscribe",
            "subscription", "comments", "comment", "advert", "advertisement", "ad", "ads", "promo", "sponsored",
            "cookie", "cookies", "consent", "sidebar", "paywall", "outbrain", "taboola", "popup", "modal");

    private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");

    /** Marks a {@code <br>} while a paragraph is collected; source line breaks are only whitespace. */
    private static final char BREAK = '\u2028';

    /** Elements whose start and end break a paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
            "thead", "tbody", "tr", "td", "th", "caption", "address", "hr", "center", "details", "summary");

    private MainText() {
    }

    /** The article text of the body (which this method changes: pass a copy), or "" when there is none. */
    static String of(Element body) {
        clean(body);
        return render(root(body));
    }

    private static void clean(Element body) {
        body.select(REMOVED).remove();
        // A page's header and footer are boilerplate; an article's own header holds its title and lead.
        for (Element e : body.select("header, footer")) {
            if (e.tagName().equals("footer") || e.closest("article") == null) {
                e.remove();
            }
        }
        for (Element e : body.getAllElements()) {
            if (e != body && e.parent() != null && isBoilerplate(e)) {
                e.remove();
            }
        }
    }

    private static boolean isBoilerplate(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank() || e.tagName().equals("article") || e.tagName().equals("main")) {
            return false;
        }
        for (String w : WORD_SPLIT.split(names)) {
            if (BOILERPLATE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Element root(Element body) {
        Element best = mostParagraphText(body.select("[itemprop=articleBody]"));
        if (best == null) {
            best = mostParagraphText(body.select("article"));
        }
        if (best != null) {
            return best;
        }
        // Readability's old idea: each paragraph scores for its parent, and half for the grandparent.
        Map<Element, Double> score = new HashMap<>();
        for (Element p : body.select("p")) {
            int len = p.text().length();
            Element parent = p.parent();
            if (len == 0 || parent == null) {
                continue;
            }
            score.merge(parent, (double) len, Double::sum);
            if (parent.parent() != null && parent != body) {
                score.merge(parent.parent(), len / 2.0, Double::sum);
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    }

    private static Element mostParagraphText(Elements candidates) {
        Element best = null;
        int bestLen = 0;
        for (Element c : candidates) {
            int len = 0;
            for (Element p : c.select("p")) {
                len += p.text().length();
            }
            if (len > bestLen) {
                best = c;
                bestLen = len;
            }
        }
        return best;
    }

    /** The text with one blank line between blocks and whitespace collapsed within them. */
    static String render(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder para = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    para.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.tagName().equals("br")) {
                        para.append(BREAK);
                    } else if (BLOCKS.contains(e.tagName())) {
                        flush(para, out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    flush(para, out);
                }
            }
        }, root);
        flush(para, out);
        return out.toString();
    }

    private static void flush(StringBuilder para, StringBuilder out) {
        if (para.isEmpty()) {
            return;
        }
        // A <br> splits lines; each line is a paragraph of its own for the sentence splitter.
        for (String line : para.toString().split(String.valueOf(BREAK))) {
            String text = collapse(line);
            if (!text.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n\n").append(text);
            }
        }
        para.setLength(0);
    }

    /** Collapses whitespace; a line break between two CJK characters is dropped, as browsers render it. */
    static String collapse(String s) {
        String t = INVISIBLE.matcher(s).replaceAll("");
        StringBuilder b = new StringBuilder();
        var m = SPACES.matcher(t);
        int last = 0;
        while (m.find()) {
            b.append(t, last, m.start());
            boolean cjkJoin = m.start() > 0 && m.end() < t.length() && isCjk(t.charAt(m.start() - 1))
                    && isCjk(t.charAt(m.end())) && m.group().indexOf('\n') >= 0;
            b.append(cjkJoin ? "" : " ");
            last = m.end();
        }
        b.append(t.substring(last));
        return b.toString().strip();
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
