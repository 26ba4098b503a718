package org.newskg.report;

import java.util.Locale;

/**
 * Escaping for text that goes into HTML and SVG. The page is well-formed XML as well as HTML, so
 * values are escaped for both, and characters XML forbids (most control characters, lone
 * surrogates) are dropped: names and sentences come from arbitrary articles.
 */
final class Markup {

    private Markup() {
    }

    /** Text content: {@code & < >} escaped. */
    static String text(String s) {
        return escape(s, false);
    }

    /** An attribute value in double or single quotes: {@code & < > " '} escaped. */
    static String attr(String s) {
        return escape(s, true);
    }

    /** A coordinate with one decimal, the same on every machine whatever its locale. */
    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * The link target for a source: only {@code http} and {@code https} URLs, so that a hostile
     * {@code url:} in an article's front matter cannot become a {@code javascript:} link. "" when
     * the value is not such a URL.
     */
    static String safeHref(String url) {
        if (url == null) {
            return "";
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
            return "";
        }
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') {
                return ""; // not a URL an IRI parser would accept; do not guess
            }
        }
        return u;
    }

    /** At most {@code max} code points, with an ellipsis when cut. */
    static String truncate(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        int end = s.offsetByCodePoints(0, Math.max(0, max - 1));
        return s.substring(0, end) + "\u2026";
    }

    /** A rough width in pixels of text at the chart's 12 px font: wide for CJK and full-width forms. */
    static double textWidth(String s) {
        return s.codePoints().mapToDouble(Markup::charWidth).sum();
    }

    /** The rough width of one character; see {@link #textWidth}. */
    static double charWidth(int cp) {
        return isWide(cp) ? 12.5 : 7.0;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> {
                    if (allowedInXml(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0's Char production; a lone surrogate comes out of codePointAt as itself and is dropped. */
    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
