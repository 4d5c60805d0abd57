package io.newsstream.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds an article's body in a parsed page: removes the page furniture, cuts the rest into blocks of text, takes the
 * element whose blocks read most like an article, and keeps its paragraphs and section headings in order. The
 * document is changed (furniture removed). Safe to share between threads.
 */
public final class BodyFinder {

    /** Less prose than this (weighted characters) in the best container is not an article. */
    static final int MIN_ARTICLE_VALUE = 200;
    /** A block of at most this many characters that the page repeats is a label ("Advertisement"), not text. */
    private static final int REPEATED_LABEL_LENGTH = 100;

    /** The body found: its paragraphs, or why there is none. */
    public record Body(List<String> paragraphs, ExtractionOutcome outcome, String reason) {

        public Body {
            paragraphs = List.copyOf(paragraphs);
        }

        static Body none(String reason) {
            return new Body(List.of(), ExtractionOutcome.NO_ARTICLE, reason);
        }

        /** The paragraphs joined with a blank line between them. */
        public String text() {
            return String.join("\n\n", paragraphs);
        }
    }

    /** The body of {@code page}. */
    public Body find(Document page) {
        Element root = page.body();
        if (root == null) {
            return Body.none("the page has no body");
        }
        if (root.normalName().equals("frameset") || (!root.hasText() && !page.select("frame, iframe").isEmpty())) {
            return Body.none("the page is a set of frames; its text is in other documents");
        }
        PageFurniture.remove(root);
        BodyBlocks blocks = BodyBlocks.of(root, BlockScorer::value);
        Element best = root;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, BodyBlocks.Span> entry : blocks.spans().entrySet()) {
            double value = entry.getValue().value;
            if (value > bestValue) {
                best = entry.getKey();
                bestValue = value;
            }
        }
        if (bestValue < MIN_ARTICLE_VALUE) {
            return Body.none("no run of article text on the page (the best holds " + Math.max(0, (int) bestValue)
                    + " characters of prose)");
        }
        List<String> paragraphs = paragraphs(blocks.under(best), repeatedLabels(blocks.all()));
        if (paragraphs.isEmpty()) {
            return Body.none("no paragraph of article text on the page");
        }
        return new Body(paragraphs, ExtractionOutcome.ARTICLE, null);
    }

    private static List<String> paragraphs(List<BodyBlocks.Block> blocks, Map<String, Integer> repeated) {
        List<String> paragraphs = new ArrayList<>();
        for (BodyBlocks.Block block : blocks) {
            if (block.linkDensity() > BlockScorer.MAX_LINK_DENSITY || block.owner().normalName().equals("h1")
                    || repeated.getOrDefault(block.text(), 0) > 1) {
                continue;
            }
            paragraphs.add(block.text());
        }
        return paragraphs;
    }

    /** How often each short block occurs on the page. */
    private static Map<String, Integer> repeatedLabels(List<BodyBlocks.Block> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (BodyBlocks.Block block : blocks) {
            if (block.text().length() <= REPEATED_LABEL_LENGTH) {
                counts.merge(block.text(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
