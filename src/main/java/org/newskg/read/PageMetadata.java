package org.newskg.read;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a saved web page says about its article, each field from the first place that has it:
 * <ol>
 *   <li>JSON-LD ({@code <script type="application/ld+json">}) of a NewsArticle, Article,
 *       BlogPosting or another {@code …Article} type, anywhere in the block ({@code @graph},
 *       {@code mainEntity}): {@code headline}, {@code datePublished}, {@code author},
 *       {@code inLanguage}, {@code url}, {@code publisher};</li>
 *   <li>OpenGraph and article meta tags: {@code og:title}, {@code article:published_time},
 *       {@code og:locale}, {@code og:url}, {@code og:site_name}; {@code <meta name="author">};</li>
 *   <li>the markup itself: {@code <html lang>}, a {@code <time datetime>} in the article,
 *       {@code itemprop="author"}, the first {@code <h1>}, {@code <title>}.</li>
 * </ol>
 * JSON-LD comes first because publishers write it about the article itself, while the
 * {@code lang} of the page and its meta tags often come from a site-wide template.
 *
 * @param langFrom where {@code lang} was found, for messages ("<html lang>")
 */
record PageMetadata(String title, LocalDate published, String lang, String langFrom, String author, String url,
                    String source, String articleBody) {

    private static final Logger LOG = LoggerFactory.getLogger(PageMetadata.class);

    static PageMetadata of(Document doc, String where) {
        JsonObject ld = jsonLdArticle(doc, where);
        String title = first(ld == null ? null : JsonText.string(ld, "headline", "name"),
                meta(doc, "og:title"), meta(doc, "twitter:title"), text(doc.selectFirst("h1")), doc.title());
        LocalDate published = firstDate(where,
                ld == null ? null : JsonText.string(ld, "datePublished", "dateCreated"),
                meta(doc, "article:published_time"),
                attr(doc.selectFirst("[itemprop=datePublished][content]"), "content"),
                attr(doc.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime]"), "datetime"),
                attr(articleTime(doc), "datetime"),
                meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "dcterms.date"), meta(doc, "pubdate"));
        String[] lang = firstLang(
                ld == null ? null : langOf(ld.get("inLanguage")), "JSON-LD inLanguage",
                attr(doc.selectFirst("html[lang]"), "lang"), "<html lang>",
                attr(doc.selectFirst("html"), "xml:lang"), "<html xml:lang>",
                meta(doc, "og:locale"), "og:locale",
                attr(doc.selectFirst("meta[http-equiv~=(?i)content-language][content]"), "content"), "Content-Language");
        String author = first(ld == null ? null : JsonText.names(ld, "author", "creator"),
                meta(doc, "author"), notUrl(meta(doc, "article:author")), itempropAuthor(doc),
                text(doc.selectFirst("a[rel=author], [rel=author]")));
        String url = first(ld == null ? null : JsonText.string(ld, "url"),
                ld == null ? null : idOf(ld.get("mainEntityOfPage")),
                meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical][href]"), "href"));
        String source = first(ld == null ? null : JsonText.names(ld, "publisher"), meta(doc, "og:site_name"));
        String body = ld == null ? null : JsonText.string(ld, "articleBody");
        return new PageMetadata(title, published, lang[0], lang[1], author, url, source, body);
    }

    /** The content of {@code <meta property=name>} or {@code <meta name=name>}, ignoring case. */
    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            if (key.equalsIgnoreCase(name)) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.attr(name).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.text().strip();
        return t.isEmpty() ? null : t;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** The first value that is a date; a malformed one is skipped (pages often carry odd ones) and logged. */
    private static LocalDate firstDate(String where, String... values) {
        for (String v : values) {
            if (v == null) {
                continue;
            }
            LocalDate d = DateText.parse(v);
            if (d != null) {
                return d;
            }
            LOG.debug("{}: '{}' is not a date, trying the next source", where, v);
        }
        return null;
    }

    /** Pairs of (value, where it came from): the first non-blank value and its origin. */
    private static String[] firstLang(String... valueAndOrigin) {
        for (int i = 0; i + 1 < valueAndOrigin.length; i += 2) {
            String v = valueAndOrigin[i];
            if (v != null && !v.isBlank()) {
                return new String[] {v.strip(), valueAndOrigin[i + 1]};
            }
        }
        return new String[] {null, null};
    }

    private static String langOf(JsonElement e) {
        if (e != null && e.isJsonObject()) {
            return JsonText.string(e.getAsJsonObject(), "alternateName", "name");
        }
        return JsonText.string(e);
    }

    private static String idOf(JsonElement e) {
        if (e != null && e.isJsonObject()) {
            return JsonText.string(e.getAsJsonObject(), "@id", "url");
        }
        return JsonText.string(e);
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    private static String itempropAuthor(Document doc) {
        Element a = doc.selectFirst("[itemprop=author]");
        if (a == null) {
            return null;
        }
        Element name = a.selectFirst("[itemprop=name]");
        String content = attr(name != null ? name : a, "content");
        return content != null ? content : text(name != null ? name : a);
    }

    /** The first {@code <time datetime>} of the article, not of a sidebar or a list of other stories. */
    private static Element articleTime(Document doc) {
        for (String scope : List.of("article", "main", "body")) {
            for (Element t : doc.select(scope + " time[datetime]")) {
                if (t.closest("nav, aside, footer") == null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The article object of the page's JSON-LD: a news article type first, any article type else. */
    private static JsonObject jsonLdArticle(Document doc, String where) {
        List<JsonObject> articles = new ArrayList<>();
        for (Element script : doc.select("script[type]")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
                continue;
            }
            try {
                collectArticles(JsonText.parse(script.data().strip(), false), articles, 0);
            } catch (IllegalArgumentException e) {
                LOG.debug("{}: skipping a JSON-LD block: {}", where, e.getMessage());
            }
        }
        return articles.stream().filter(o -> types(o).stream().anyMatch(t -> t.endsWith("NewsArticle")))
                .findFirst().orElse(articles.isEmpty() ? null : articles.get(0));
    }

    private static void collectArticles(JsonElement e, List<JsonObject> out, int depth) {
        if (e == null || depth > 6) {
            return;
        }
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collectArticles(x, out, depth + 1));
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (types(o).stream().anyMatch(t -> t.endsWith("Article") || t.equals("BlogPosting")
                    || t.equals("LiveBlogPosting") || t.equals("Report"))) {
                out.add(o);
            }
            for (String k : o.keySet()) {
                if (!k.equals("author") && !k.equals("publisher")) {
                    collectArticles(o.get(k), out, depth + 1);
                }
            }
        }
    }

    /** Local names of {@code @type}: "schema:NewsArticle" and "https://schema.org/NewsArticle" are "NewsArticle". */
    private static List<String> types(JsonObject o) {
        List<String> out = new ArrayList<>();
        JsonElement t = o.get("@type");
        List<JsonElement> all = new ArrayList<>();
        if (t != null && t.isJsonArray()) {
            t.getAsJsonArray().forEach(all::add);
        } else if (t != null) {
            all.add(t);
        }
        for (JsonElement x : all) {
            String s = JsonText.string(x);
            if (s != null) {
                out.add(s.substring(Math.max(s.lastIndexOf('/'), Math.max(s.lastIndexOf(':'), s.lastIndexOf('#'))) + 1));
            }
        }
        return out;
    }
}
