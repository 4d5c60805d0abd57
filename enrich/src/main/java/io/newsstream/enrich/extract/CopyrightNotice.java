package io.newsstream.enrich.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Finds the owner a page names in its copyright line ("© 2024 Example Media. All rights reserved."). */
final class CopyrightNotice {

    private static final Pattern NOTICE = Pattern.compile(
            "(?:©|\\(c\\)|copyright)\\s*(?:(?:©|\\(c\\))\\s*)?"
                    + "(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:(?:19|20)\\d{2}|heute|today))?"
                    + "\\s*[,:]?\\s*)?(?:by\\s+)?([^\\n.|©]{2,80})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where the owner's name ends: a rights clause, a year, a separator. */
    private static final Pattern TAIL = Pattern.compile(
            "\\s*(?:,|-|–|—|\\ball\\b|\\balle\\b|\\btodos\\b|\\btous\\b|\\btutti\\b|\\bsome rights\\b|"
                    + "\\b(?:19|20)\\d{2}\\b|\\bthe copyright\\b).*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_WORDS = 6;

    /** The owner's name, or null when the page has no copyright line that names one. */
    String owner(Document page) {
        if (page.body() == null) {
            return null;
        }
        for (Element footer : page.body().select("footer, [class*=footer], [id*=footer], [class*=copyright]")) {
            String owner = owner(lines(footer));
            if (owner != null) {
                return owner;
            }
        }
        return owner(lines(page.body()));
    }

    /** The owner named by the first copyright line in {@code text} that names one. */
    static String owner(String text) {
        Matcher notice = NOTICE.matcher(text);
        while (notice.find()) {
            String name = TAIL.matcher(notice.group(1)).replaceFirst("").strip();
            name = name.replaceAll("^(?:the\\s+)?copyright\\s+", "").strip();
            if (name.length() >= 2 && name.split("\\s+").length <= MAX_WORDS
                    && name.codePoints().anyMatch(Character::isLetter) && !name.matches("(?i)(all|alle)\\b.*")) {
                return name;
            }
        }
        return null;
    }

    /** The element's text with line breaks around blocks and links, so a footer's links do not run together. */
    private static String lines(Element element) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element link && link.nameIs("a")) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element done && (done.isBlock() || done.nameIs("a") || done.nameIs("br"))) {
                    text.append('\n');
                }
            }
        }, element);
        return text.toString();
    }
}
