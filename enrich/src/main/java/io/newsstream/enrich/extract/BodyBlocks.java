package io.newsstream.enrich.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * A page cut into blocks of text in reading order (a block is the text between two block-level boundaries), with the
 * sum of the blocks' values under every element, so the best container is found in one pass over the page.
 */
final class BodyBlocks {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "header", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
            "address", "form", "fieldset", "center", "details", "summary", "body", "html", "frameset", "frame",
            "legend", "hgroup", "search");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** One run of text; {@code owner} is the nearest block-level element around it. */
    record Block(Element owner, String text, int linkChars, int leadingLinkChars, int emphasisChars, int index) {

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        boolean heading() {
            return HEADINGS.contains(owner.normalName());
        }

        /** Set (almost) all in italics. */
        boolean italic() {
            return emphasisChars * 10 >= text.length() * 9;
        }

        /** A list item or table cell: short by nature, and text when the list or table stands in the article. */
        boolean listOrTableItem() {
            String tag = owner.normalName();
            return tag.equals("li") || tag.equals("td") || tag.equals("th") || tag.equals("dd") || tag.equals("dt");
        }
    }

    /** What lies under one element: the blocks from {@code first} (inclusive) to {@code last}. */
    static final class Span {
        int first;
        int last;
    }

    private final List<Block> blocks;
    private final Map<Element, Span> spans;
    /** The keys of {@code spans} in document order: an identity map's own order changes from run to run. */
    private final List<Element> elements;

    private BodyBlocks(List<Block> blocks, Map<Element, Span> spans, List<Element> elements) {
        this.blocks = blocks;
        this.spans = spans;
        this.elements = elements;
    }

    static boolean isBlock(String tag) {
        return BLOCK_TAGS.contains(tag);
    }

    /** Cuts the page under {@code root}, without {@code furniture}, into blocks and notes the blocks under each element. */
    static BodyBlocks of(Element root, Set<Element> furniture) {
        List<Block> blocks = new ArrayList<>();
        Map<Element, Span> spans = new IdentityHashMap<>();
        List<Element> elements = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            private final StringBuilder text = new StringBuilder();
            private final Deque<Element> owners = new ArrayDeque<>();
            private int linkChars;
            private int leadingLinkChars;
            private boolean textOutsideLink;
            private int linkDepth;
            private int emphasisDepth;
            private int emphasisChars;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && furniture.contains(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode textNode) {
                    int before = text.length();
                    appendNormalised(textNode.getWholeText());
                    int added = text.length() - before;
                    if (emphasisDepth > 0) {
                        emphasisChars += added;
                    }
                    if (linkDepth > 0) {
                        linkChars += added;
                        if (!textOutsideLink) {
                            leadingLinkChars += added;
                        }
                    } else if (added > 1 || (added == 1 && text.charAt(text.length() - 1) != ' ')) {
                        textOutsideLink = true;
                    }
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("em") || tag.equals("i")) {
                        emphasisDepth++;
                    }
                    if (tag.equals("a")) {
                        linkDepth++;
                    } else if (tag.equals("br")) {
                        flush();
                    } else if (isBlock(tag) || element == root) {
                        flush();
                        owners.push(element);
                    }
                    Span span = new Span();
                    // Text already begun belongs to a block that starts before this element.
                    span.first = blocks.size() + (text.length() > 0 && !isBlock(tag) ? 1 : 0);
                    spans.put(element, span);
                    elements.add(element);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                String tag = element.normalName();
                if (tag.equals("em") || tag.equals("i")) {
                    emphasisDepth--;
                }
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (!owners.isEmpty() && owners.peek() == element) {
                    flush();
                    owners.pop();
                }
                spans.get(element).last = blocks.size();
                return FilterResult.CONTINUE;
            }

            private void appendNormalised(String raw) {
                for (int i = 0; i < raw.length(); i++) {
                    char c = raw.charAt(i);
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                            text.append(' ');
                        }
                    } else {
                        text.append(c);
                    }
                }
            }

            private void flush() {
                int end = text.length();
                if (end > 0 && text.charAt(end - 1) == ' ') {
                    end--;
                    linkChars = Math.min(linkChars, end);
                }
                if (end > 0 && !owners.isEmpty()) {
                    blocks.add(new Block(owners.peek(), text.substring(0, end), linkChars,
                            Math.min(leadingLinkChars, end), Math.min(emphasisChars, end), blocks.size()));
                }
                text.setLength(0);
                linkChars = 0;
                emphasisChars = 0;
                leadingLinkChars = 0;
                textOutsideLink = false;
            }
        }, root);
        return new BodyBlocks(blocks, spans, elements);
    }

    List<Block> all() {
        return blocks;
    }

    /** The blocks under {@code element}, in reading order. */
    List<Block> under(Element element) {
        Span span = spans.get(element);
        return span == null ? List.of() : blocks.subList(span.first, span.last);
    }

    /** Every element with the blocks under it. */
    Map<Element, Span> spans() {
        return spans;
    }

    /** Every element that {@link #spans()} holds, in document order (outer before inner). */
    List<Element> elements() {
        return elements;
    }
}
