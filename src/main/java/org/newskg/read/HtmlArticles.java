package org.newskg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page as an article: the main text by {@link MainText}, the title, date,
 * language, author, address and outlet from the page's own metadata by {@link PageMetadata}.
 *
 * <pre>
 *   Article a = HtmlArticles.parse("nordbank-ceo", "pages/nordbank-ceo.html", bytes);
 * </pre>
 */
public final class HtmlArticles {

    private HtmlArticles() {
    }

    /**
     * @param id    the article id (the file name without its extension)
     * @param where the file, for messages
     * @param bytes the page; its encoding comes from a byte order mark or {@code <meta charset>}, else UTF-8
     */
    public static Article parse(String id, String where, byte[] bytes) throws ReadException {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException | RuntimeException e) {
            throw new ReadException(where, "cannot parse the page: " + e.getMessage(), e);
        }
        return parse(id, where, doc);
    }

    /** Parses page text that is already decoded. */
    public static Article parse(String id, String where, String html) throws ReadException {
        return parse(id, where, Jsoup.parse(html));
    }

    private static Article parse(String id, String where, Document doc) throws ReadException {
        PageMetadata meta = PageMetadata.of(doc, where);
        Element body = doc.body().clone();
        String text = MainText.of(body);
        if (text.isBlank() && meta.articleBody() != null) {
            // A page whose text a script fills in: its JSON-LD may still carry the article body.
            text = Arrays.stream(meta.articleBody().split("\\n\\s*\\n")).map(MainText::collapse)
                    .filter(p -> !p.isEmpty()).collect(Collectors.joining("\n\n"));
        }
        if (text.isBlank()) {
            throw new ReadException(where, "no article text found in the page");
        }
        String lang = null;
        if (meta.lang() != null) {
            lang = Language.fromTag(meta.lang()).map(Language::code).orElseThrow(() -> new ReadException(where,
                    "page language '" + meta.lang() + "' (from " + meta.langFrom() + ") is not supported (supported: "
                            + Language.supportedTags() + ")"));
        }
        return new Article(id, where, text + "\n", lang, meta.published(), meta.title(), meta.author(), meta.source(),
                meta.url());
    }
}
