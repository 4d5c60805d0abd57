package io.newsstream.enrich.extract;

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

    private BlockScorer() {
    }

    static double value(BodyBlocks.Block block) {
        String text = block.text();
        int length = weightedLength(text);
        double links = block.linkDensity();
        if (links > MAX_LINK_DENSITY) {
            return -length;
        }
        if (block.heading()) {
            return 0;
        }
        if (length >= PROSE_LENGTH || (length >= SENTENCE_LENGTH && endsLikeSentence(text))) {
            return length * (1 - 2 * links);
        }
        return -0.5 * length;
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
