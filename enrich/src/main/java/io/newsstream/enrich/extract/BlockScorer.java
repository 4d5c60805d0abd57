package io.newsstream.enrich.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Values a block of text as evidence of article text: sentences of prose count for their length, link text and
 * short fragments (menus, labels, dates) against, so the container of the article is the one whose blocks sum
 * highest.
 */
final class BlockScorer {

    /** Below this share of link text a block reads as prose; above half it is a link or a list of links. */
    static final double MAX_LINK_DENSITY = 0.5;
    /** A block at least this long (in weighted characters) is prose even without a final full stop. */
    private static final int PROSE_LENGTH = 80;
    private static final int SENTENCE_LENGTH = 30;
    /** How much a character of a short fragment and of link text count against the container around them. */
    private static final double SHORT_WEIGHT = 0.5;
    private static final double LINK_WEIGHT = 0.75;

    /** A teaser card (a linked headline and its blurb) is at most this long. */
    private static final int CARD_LENGTH = 500;
    /** A link this long at the start of a list item is a headline, not a word of the text. */
    private static final int HEADLINE_LENGTH = 25;

    private BlockScorer() {
    }

    /**
     * The value of every block of the page; the blocks of a teaser card (an element holding one headline that is a
     * link, and little else) count against, however much they read like prose.
     */
    static double[] values(BodyBlocks page) {
        List<BodyBlocks.Block> blocks = page.all();
        int[] lengthBefore = new int[blocks.size() + 1];
        int[] headingsBefore = new int[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            BodyBlocks.Block block = blocks.get(i);
            lengthBefore[i + 1] = lengthBefore[i] + block.text().length();
            headingsBefore[i + 1] = headingsBefore[i] + (block.heading() ? 1 : 0);
        }
        boolean[] teaser = new boolean[blocks.size()];
        for (BodyBlocks.Block block : blocks) {
            if (!block.heading() || block.linkDensity() <= MAX_LINK_DENSITY) {
                continue;
            }
            BodyBlocks.Span card = null;
            for (Element at = block.owner().parent(); at != null; at = at.parent()) {
                BodyBlocks.Span span = page.spans().get(at);
                if (span == null || lengthBefore[span.last] - lengthBefore[span.first] > CARD_LENGTH
                        || headingsBefore[span.last] - headingsBefore[span.first] > 1) {
                    break;
                }
                card = span;
            }
            if (card != null) {
                for (int i = card.first; i < card.last; i++) {
                    teaser[i] = true;
                }
            }
        }
        markTeaserLists(blocks, teaser);
        double[] values = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            values[i] = teaser[i] ? -weightedLength(blocks.get(i).text()) : value(blocks.get(i));
        }
        return values;
    }

    /**
     * Marks the items of a list of teasers: two or more items of one list that open with a linked headline and go on
     * with a blurb.
     */
    private static void markTeaserLists(List<BodyBlocks.Block> blocks, boolean[] teaser) {
        Map<Element, Integer> teasersPerList = new IdentityHashMap<>();
        for (BodyBlocks.Block block : blocks) {
            if (isTeaserItem(block)) {
                teasersPerList.merge(block.owner().parent(), 1, Integer::sum);
            }
        }
        for (BodyBlocks.Block block : blocks) {
            if (isTeaserItem(block) && teasersPerList.get(block.owner().parent()) >= 2) {
                teaser[block.index()] = true;
            }
        }
    }

    private static boolean isTeaserItem(BodyBlocks.Block block) {
        return block.owner().normalName().equals("li") && block.owner().parent() != null
                && block.leadingLinkChars() >= HEADLINE_LENGTH && block.linkChars() < block.text().length();
    }

    static double value(BodyBlocks.Block block) {
        String text = block.text();
        int length = weightedLength(text);
        double links = block.linkDensity();
        if (links > MAX_LINK_DENSITY) {
            return -LINK_WEIGHT * length;
        }
        if (block.heading()) {
            return 0;
        }
        if (length >= PROSE_LENGTH || (length >= SENTENCE_LENGTH && endsLikeSentence(text))) {
            return length * (1 - 2 * links);
        }
        return -SHORT_WEIGHT * length;
    }

    /**
     * Characters, with letters of scripts that write a word in one or two signs (Han, kana, Hangul) counted three
     * times, so a Japanese sentence weighs what its English translation would.
     */
    static int weightedLength(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c >= 0x1100 && isIdeographicScript(c) ? 3 : 1;
        }
        return length;
    }

    private static boolean isIdeographicScript(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    static boolean endsLikeSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ("\"'”’»)]*".indexOf(c) >= 0) {
                continue;
            }
            return ".!?…:;。！？".indexOf(c) >= 0;
        }
        return false;
    }
}
