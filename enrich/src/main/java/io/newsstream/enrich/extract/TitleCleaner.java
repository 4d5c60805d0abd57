package io.newsstream.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a headline out of what a page offers as its title: drops the site's name and its separator (" | Site",
 * "Site - "), a breadcrumb trail ("Home » Section » ..."), and refuses values that cannot be a headline (a tracking
 * token, the site's name alone).
 */
final class TitleCleaner {

    /**
     * The separators sites put between headline and site name: a hyphen, dash, colon, slash or star only with spaces
     * on both sides; bars and the full-width marks of Japanese and Korean titles ("｜", "：", "ㅣ") with or without.
     */
    private static final Pattern AFFIX_SEPARATOR = Pattern.compile(
            "\\s+[|\\-–—:·•~/*]{1,2}\\s+|\\s*[|·•｜ㅣ]\\s*|\\s*：\\s*");
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*[»›]\\s*|\\s+>\\s+");
    private static final int MAX_CRUMB_WORDS = 4;
    private static final int MAX_DATE_CHARS = 20;

    private final DateParser dates = new DateParser();

    /**
     * The headline in {@code title}, or null when nothing headline-like is left.
     *
     * @param site the names the page gives itself; a part of the title that is one of them is dropped
     */
    static final int MAX_TITLE_CHARS = 2_000;

    String clean(String title, SiteNames site) {
        // No headline is this long, and the cleaning rules are not linear: a hostile page's unclosed <title> holds
        // megabytes, which took 45 s here.
        if (title == null || title.length() > MAX_TITLE_CHARS) {
            return null;
        }
        String text = title.replaceAll("[\\s\\u00A0\\u200B]+", " ").strip();
        text = withoutCrumbs(text);
        text = withoutSiteName(text, site);
        return isHeadline(text, site) ? text : null;
    }

    private static String withoutCrumbs(String text) {
        String[] crumbs = CRUMB_SEPARATOR.split(text);
        if (crumbs.length < 2) {
            return text;
        }
        // A trail keeps the headline last; every crumb before it is a short section name.
        for (int i = 0; i < crumbs.length - 1; i++) {
            if (crumbs[i].split(" ").length > MAX_CRUMB_WORDS) {
                return text;
            }
        }
        return crumbs[crumbs.length - 1].strip();
    }

    private String withoutSiteName(String text, SiteNames site) {
        if (site.isEmpty()) {
            return text;
        }
        String result = text;
        for (boolean changed = true; changed; ) {
            changed = false;
            Matcher separators = AFFIX_SEPARATOR.matcher(result);
            List<int[]> cuts = new ArrayList<>();
            while (separators.find()) {
                cuts.add(new int[] {separators.start(), separators.end()});
            }
            if (cuts.isEmpty()) {
                break;
            }
            int[] last = cuts.get(cuts.size() - 1);
            int[] first = cuts.get(0);
            String tail = result.substring(last[1]);
            if (site.matches(tail) || isDate(tail)) {
                result = result.substring(0, last[0]).strip();
                changed = true;
            } else if (site.matches(result.substring(0, first[0]))) {
                result = result.substring(first[1]).strip();
                changed = true;
            }
        }
        return result;
    }

    private boolean isDate(String part) {
        return part.length() <= MAX_DATE_CHARS && part.matches("[\\d\\s./:-]+") && dates.parse(part) != null;
    }

    private static boolean isHeadline(String text, SiteNames site) {
        if (text.isEmpty() || !text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return false;
        }
        // Tracking and template tokens ("fbpx", "undefined") are one lower-case Latin word.
        if (text.matches("[a-z0-9_\\-]{1,20}")) {
            return false;
        }
        return !site.equalsName(text);
    }
}
