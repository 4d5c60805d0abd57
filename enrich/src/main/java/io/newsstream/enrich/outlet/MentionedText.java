package io.newsstream.enrich.outlet;

import java.util.ArrayList;
import java.util.List;

/**
 * A text and the catalog outlets it names, scanned once per article and shared by the finders: one that reads only
 * part of the text, or the title joined to it, takes these mentions instead of scanning that text again. A written
 * form never holds a line break ({@link OutletCatalog}), so no mention crosses one and the whole-word test at a line
 * break is the same as at the end of a text: a part cut at a line break names exactly the mentions inside it.
 */
record MentionedText(String text, List<OutletMention> mentions) {

    static MentionedText scan(OutletCatalog catalog, String text) {
        return new MentionedText(text, catalog.mentions(text));
    }

    /** The text up to {@code end}, just after a line break or the text's end. */
    MentionedText head(int end) {
        String head = text.substring(0, end);
        return new MentionedText(head, mentions.stream()
                .filter(mention -> mention.end() <= end).map(mention -> mention.movedTo(head, 0)).toList());
    }

    /** The text from {@code start}, 0 or just after a line break. */
    MentionedText tail(int start) {
        String tail = text.substring(start);
        return new MentionedText(tail, mentions.stream()
                .filter(mention -> mention.start() >= start).map(mention -> mention.movedTo(tail, -start)).toList());
    }

    /** {@code first}, a line break, then {@code second}. */
    static MentionedText joined(MentionedText first, MentionedText second) {
        String joined = first.text + "\n" + second.text;
        int shift = first.text.length() + 1;
        List<OutletMention> mentions = new ArrayList<>(first.mentions.size() + second.mentions.size());
        first.mentions.forEach(mention -> mentions.add(mention.movedTo(joined, 0)));
        second.mentions.forEach(mention -> mentions.add(mention.movedTo(joined, shift)));
        return new MentionedText(joined, mentions);
    }
}
