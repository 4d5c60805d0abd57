package io.newsstream.enrich.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds an article's body in a parsed page: sets the page furniture aside, cuts the rest into blocks of text, takes the
 * element whose blocks read most like an article, and keeps its paragraphs and section headings in order. The
 * document is left as it is. Safe to share between threads.
 */
public final class BodyFinder {

    /** Less prose than this (weighted characters) in the best container is not an article. */
    static final int MIN_ARTICLE_VALUE = 200;
    /** A block of at most this many characters that the page repeats is a label ("Advertisement"), not text. */
    private static final int REPEATED_LABEL_LENGTH = 100;
    /** JSON-LD text this many times longer than the HTML's article is the full article behind a teaser. */
    private static final double FULLER = 2;
    /** The share of the HTML's words the JSON-LD text must hold to be the same article. */
    private static final double AGREEMENT = 0.6;
    /** Below these lengths a line that is no sentence, or that holds a date, is not the article's text. */
    private static final int FRAGMENT = 30;
    private static final int DATELINE = 80;
    private static final int CAPTION_LENGTH = 250;
    /** The share of the container's value one of its articles must hold to be the main one. */
    private static final double MAIN_SHARE = 0.8;
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\b\\d{1,4}[./-]\\s?\\d{1,2}[./-]\\s?\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b");
    private static final Set<String> LIST_TAGS = Set.of("table", "thead", "tbody", "tfoot", "td", "th", "ul", "ol", "dl");
    private static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote", "tr", "ul", "ol", "dl",
            "caption", "address", "summary", "legend", "hr");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{Punct}]+");

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
        if (root.normalName().equals("frameset") || page.selectFirst("frame") != null) {
            return Body.none("the page is a set of frames; its text is in other documents");
        }
        List<String> declared = JsonLdArticleBody.paragraphs(page);
        if (!root.hasText() && declared.isEmpty()) {
            return Body.none("the page shows no text (a page that scripts fill in, or an empty one)");
        }
        Body found = findInHtml(root);
        return declaredWhenFuller(found, declared);
    }

    /**
     * The JSON-LD text instead of what the HTML shows when the HTML has no article or only its opening (a paywall
     * or a page that writes its text with scripts), and the two agree where they overlap.
     */
    private static Body declaredWhenFuller(Body found, List<String> declared) {
        int declaredLength = BlockScorer.weightedLength(String.join(" ", declared));
        if (declaredLength < MIN_ARTICLE_VALUE) {
            return found;
        }
        if (found.outcome() != ExtractionOutcome.ARTICLE) {
            return new Body(declared, ExtractionOutcome.ARTICLE, null);
        }
        int foundLength = BlockScorer.weightedLength(found.text());
        if (declaredLength > FULLER * foundLength && sharedShare(found.paragraphs(), declared) >= AGREEMENT) {
            return new Body(declared, ExtractionOutcome.ARTICLE, null);
        }
        return found;
    }

    /** The share of the words of {@code paragraphs} that {@code other} also has. */
    private static double sharedShare(List<String> paragraphs, List<String> other) {
        Set<String> words = new HashSet<>(Arrays.asList(WORD_BREAK.split(String.join(" ", other))));
        long shared = 0;
        long total = 0;
        for (String word : WORD_BREAK.split(String.join(" ", paragraphs))) {
            if (!word.isEmpty()) {
                total++;
                shared += words.contains(word) ? 1 : 0;
            }
        }
        return total == 0 ? 0 : (double) shared / total;
    }

    private static Body findInHtml(Element root) {
        BodyBlocks blocks = BodyBlocks.of(root, PageFurniture.find(root));
        double[] values = BlockScorer.values(blocks);
        double[] valueBefore = new double[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            valueBefore[i + 1] = valueBefore[i] + values[i];
        }
        Element best = root;
        double bestValue = Double.NEGATIVE_INFINITY;
        // In document order, so that of containers with equal value the outermost wins, on every run and instance.
        for (Element element : blocks.elements()) {
            if (!isContainer(element)) {
                continue;
            }
            BodyBlocks.Span span = blocks.spans().get(element);
            double value = span.last > span.first ? valueBefore[span.last] - valueBefore[span.first] : 0;
            if (value > bestValue) {
                best = element;
                bestValue = value;
            }
        }
        best = mainArticle(best, blocks, valueBefore);
        if (bestValue < MIN_ARTICLE_VALUE) {
            return Body.none("no run of article text on the page (the best holds " + Math.max(0, (int) bestValue)
                    + " characters of prose)");
        }
        List<BodyBlocks.Block> inside = withoutWeakBoxes(blocks, best, valueBefore);
        List<String> paragraphs = paragraphs(blocks, inside, values, repeatedLabels(blocks.all()));
        if (paragraphs.isEmpty()) {
            return Body.none("no paragraph of article text on the page");
        }
        return new Body(paragraphs, ExtractionOutcome.ARTICLE, null);
    }

    /**
     * The one {@code <article>} inside {@code best} that holds nearly all its value, when {@code best} holds several
     * (the article and teasers of others, or the next article of an endless page); else {@code best}.
     */
    private static Element mainArticle(Element best, BodyBlocks blocks, double[] valueBefore) {
        // Articles set aside as furniture (teasers inside the article) have no blocks and do not count.
        List<Element> articles = best.select("article").stream().filter(blocks.spans()::containsKey).toList();
        if (articles.size() < 2) {
            return best;
        }
        double whole = value(best, blocks, valueBefore);
        for (Element article : articles) {
            if (article != best && value(article, blocks, valueBefore) >= MAIN_SHARE * whole) {
                return article;
            }
        }
        return best;
    }

    private static double value(Element element, BodyBlocks blocks, double[] valueBefore) {
        BodyBlocks.Span span = blocks.spans().get(element);
        return span == null ? 0 : valueBefore[span.last] - valueBefore[span.first];
    }

    /** Whether the element can hold an article: not a paragraph, heading, list item or inline element. */
    private static boolean isContainer(Element element) {
        if (PARAGRAPH_TAGS.contains(element.normalName())) {
            return false;
        }
        return !element.tag().isInline() || !element.tag().isKnownTag();
    }

    /**
     * The blocks under {@code best} without those inside a box whose blocks sum below zero (a box of links, dates
     * and labels, or of teasers, that the article's container also holds); lists and tables are judged by item.
     */
    private static List<BodyBlocks.Block> withoutWeakBoxes(BodyBlocks blocks, Element best, double[] valueBefore) {
        List<BodyBlocks.Block> kept = new ArrayList<>();
        Map<Element, Boolean> weak = new IdentityHashMap<>();
        for (BodyBlocks.Block block : blocks.under(best)) {
            boolean inWeakBox = false;
            for (Element at = block.owner(); at != null && at != best; at = at.parent()) {
                if (weak.computeIfAbsent(at, box -> isWeakBox(box, blocks, valueBefore))) {
                    inWeakBox = true;
                    break;
                }
            }
            if (!inWeakBox) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static boolean isWeakBox(Element element, BodyBlocks blocks, double[] valueBefore) {
        if (!isContainer(element) || LIST_TAGS.contains(element.normalName())) {
            return false;
        }
        BodyBlocks.Span span = blocks.spans().get(element);
        return span != null && span.last > span.first && valueBefore[span.last] - valueBefore[span.first] < 0;
    }

    /**
     * The text of the kept blocks; a heading or a line ending in a colon that no text follows introduced what was
     * dropped ("Related stories", "Read more:") and goes with it.
     */
    private static List<String> paragraphs(BodyBlocks page, List<BodyBlocks.Block> blocks, double[] values,
            Map<String, Integer> repeated) {
        List<String> paragraphs = new ArrayList<>();
        List<String> introductions = new ArrayList<>();
        int lastPlain = lastPlainParagraph(page, blocks, values, repeated);
        for (BodyBlocks.Block block : blocks) {
            // Italic lines after the last plain paragraph are a note: the author's bio, a disclaimer, a source.
            boolean endNote = block.index() > lastPlain && !block.heading();
            if (endNote || isFurniture(block, values[block.index()], repeated, page)) {
                continue;
            }
            if (block.heading() || block.text().endsWith(":")) {
                introductions.add(block.text());
            } else {
                paragraphs.addAll(introductions);
                introductions.clear();
                paragraphs.add(block.text());
            }
        }
        return paragraphs;
    }

    /** The index of the last kept paragraph that is not set in italics; -1 when there is none. */
    private static int lastPlainParagraph(BodyBlocks page, List<BodyBlocks.Block> blocks, double[] values,
            Map<String, Integer> repeated) {
        int last = -1;
        for (BodyBlocks.Block block : blocks) {
            if (!block.heading() && !block.italic() && !isFurniture(block, values[block.index()], repeated, page)) {
                last = block.index();
            }
        }
        return last;
    }

    private static boolean isFurniture(BodyBlocks.Block block, double value, Map<String, Integer> repeated,
            BodyBlocks blocks) {
        String text = block.text();
        if (block.linkDensity() > BlockScorer.MAX_LINK_DENSITY || block.owner().normalName().equals("h1")
                || repeated.getOrDefault(text, 0) > 1) {
            return true;
        }
        if (block.heading()) {
            return false;
        }
        // Prose that counts against its container is the blurb of a teaser.
        boolean teaser = value < 0 && BlockScorer.value(block) > 0;
        // A short line that is no sentence (a byline, "Comments") inside the article is not its text.
        boolean fragment = !block.listOrTableItem() && BlockScorer.value(block) < 0 && text.length() < FRAGMENT;
        // A short line with a date, a time or a © is a dateline, a "published at" or a credit.
        boolean dateline = text.length() < DATELINE && (DATE_OR_TIME.matcher(text).find() || text.indexOf('©') >= 0);
        return teaser || fragment || dateline || isCaption(block, blocks);
    }

    /** A short text that shares a small wrapper with a picture is its caption, whatever the markup calls it. */
    private static boolean isCaption(BodyBlocks.Block block, BodyBlocks blocks) {
        if (block.text().length() > CAPTION_LENGTH) {
            return false;
        }
        Element at = block.owner();
        for (int level = 0; at != null && level < 3; level++, at = at.parent()) {
            BodyBlocks.Span span = blocks.spans().get(at);
            if (span == null || span.last - span.first > 2) {
                return false;
            }
            if (at.selectFirst("img, picture, video, amp-img") != null) {
                return true;
            }
        }
        return false;
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
