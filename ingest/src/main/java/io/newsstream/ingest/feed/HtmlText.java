package io.newsstream.ingest.feed;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces HTML to readable text: entities decoded, tags dropped, one blank line between paragraphs and headings,
 * so enrichment still sees where paragraphs end. Plain text passes through with its whitespace tidied.
 */
public final class HtmlText {

    // Elements whose start and end break the text into paragraphs.
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
            "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "address");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    // Never text a reader sees.
    static final String INVISIBLE = "script, style, noscript, template, iframe, object, embed, svg, canvas";

    private HtmlText() {
    }

    /** The text of an HTML fragment or document; empty for null. Text without tags keeps its own line breaks. */
    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (!TAG.matcher(html).find()) {
            return tidy(Parser.unescapeEntities(html, false));
        }
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** The text under one element. */
    public static String of(Element root) {
        Element copy = root.clone();
        copy.select(INVISIBLE).remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    // In HTML a line break in the source is just a space; only <pre> keeps its lines.
                    String whole = textNode.getWholeText();
                    text.append(insidePre(textNode) ? whole : WHITESPACE.matcher(whole).replaceAll(" "));
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        text.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        text.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append("\n\n");
                }
            }
        }, copy);
        return tidy(text.toString());
    }

    private static boolean insidePre(Node node) {
        for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && element.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /** Collapses runs of spaces within lines, trims lines and keeps at most one blank line between paragraphs. */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        int blankLines = 0;
        for (String line : text.replace('\u00A0', ' ').split("\r?\n", -1)) {
            String collapsed = line.replaceAll("[ \\t\\x0B\\f]+", " ").strip();
            if (collapsed.isEmpty()) {
                blankLines++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankLines > 0 ? "\n\n" : "\n");
            }
            out.append(collapsed);
            blankLines = 0;
        }
        return out.toString();
    }
}
