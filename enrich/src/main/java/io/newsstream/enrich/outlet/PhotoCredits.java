package io.newsstream.enrich.outlet;

import java.util.regex.Pattern;

/**
 * Removes photo credits from text before outlets are looked for: "Photo: ... / Reuters" or "(Jane Doe / Outlet)"
 * credits a picture, so it says nothing about who published, republished or is cited by the article.
 */
final class PhotoCredits {

    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?im)^[ \\t]*(?:photo|photograph|picture|image|image caption|image credit|credit|caption|pictured)\\b\\s*(?:by\\b|[:,]).*$");
    /** A bracketed "Name / Outlet" or "Name/Outlet" inside a line. */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile(
            "[(\\[][^()\\[\\]\\n]{1,80}/[^()\\[\\]\\n]{1,60}[)\\]]");

    private PhotoCredits() {
    }

    static String strip(String text) {
        String withoutLines = CREDIT_LINE.matcher(text).replaceAll("");
        return BRACKETED_CREDIT.matcher(withoutLines).replaceAll("");
    }
}
