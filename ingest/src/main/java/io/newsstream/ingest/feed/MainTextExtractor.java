package io.newsstream.ingest.feed;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds an article page's main text, readability-style: page furniture (navigation, asides, footers, forms) is
 * dropped, and the element whose own paragraphs hold the most text wins.
 */
public final class MainTextExtractor {

    private static final String FURNITURE = "nav, aside, footer, header, form, menu, dialog, button, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true]";
    // A paragraph shorter than this is usually a caption, byline or share prompt rather than article text.
    private static final int MIN_PARAGRAPH_CHARS = 25;

    private MainTextExtractor() {
    }

    /** The main text of an HTML page; empty when it has none. */
    public static String extract(String html) {
        return extract(Jsoup.parse(html));
    }

    /** The main text of a parsed page; the document is changed (furniture removed). */
    public static String extract(Document page) {
        page.select(HtmlText.INVISIBLE).remove();
        page.select(FURNITURE).remove();
        Map<Element, Integer> scores = new HashMap<>();
        for (Element paragraph : page.select("p")) {
            int length = paragraph.text().length();
            Element parent = paragraph.parent();
            if (length < MIN_PARAGRAPH_CHARS || parent == null) {
                continue;
            }
            scores.merge(parent, length, Integer::sum);
            // Half to the grandparent, so an article whose paragraphs sit in several wrappers still wins as a whole.
            Element grandparent = parent.parent();
            if (grandparent != null) {
                scores.merge(grandparent, length / 2, Integer::sum);
            }
        }
        Element best = scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(page.body());
        return HtmlText.of(best);
    }
}
