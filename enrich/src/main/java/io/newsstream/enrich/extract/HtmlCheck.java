package io.newsstream.enrich.extract;

import java.util.regex.Pattern;

/** Tells HTML from what only arrives labelled as HTML (binary, plain text), and bounds what the parser reads. */
final class HtmlCheck {

    /** Enough of a page to hold any article; what lies beyond is scripts, comments and footers. */
    static final int MAX_CHARS = 2_000_000;
    private static final int SNIFF_CHARS = 65_536;
    private static final Pattern TAG = Pattern.compile(
            "<(!doctype|html|head|body|meta|title|p|div|span|article|main|section|a|br|h[1-6]|table|script|link"
                    + "|frameset|iframe|ul|ol|li|!--)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    private HtmlCheck() {
    }

    /** Why {@code html} is not an HTML page, or null when it is one. */
    static String whyNotHtml(String html) {
        if (html == null || html.isBlank()) {
            return "the page is empty";
        }
        String start = html.length() > SNIFF_CHARS ? html.substring(0, SNIFF_CHARS) : html;
        int control = 0;
        int sample = Math.min(start.length(), 4096);
        for (int i = 0; i < sample; i++) {
            char c = start.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                control++;
            }
        }
        // Text in any language has almost no control characters; compressed or image bytes are full of them.
        if (control * 20 > sample) {
            return "binary content, not text (" + control + " control or undecodable characters in the first "
                    + sample + ")";
        }
        if (!TAG.matcher(start).find()) {
            return "no HTML markup in the first " + start.length() + " characters (plain text or another format)";
        }
        return null;
    }

    /** The page cut to {@link #MAX_CHARS}, so an enormous page costs no more than a large one. */
    static String bounded(String html) {
        return html.length() <= MAX_CHARS ? html : html.substring(0, MAX_CHARS);
    }
}
