package io.newsstream.enrich.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns names into ids in the knowledge-base style: {@code "Sergei Lavrov" -> "sergei-lavrov"}. */
public final class Slugs {

    // Compiled once: discovered names are slugged on every article.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    public static String of(String name) {
        return isAscii(name) ? asciiSlug(name) : anySlug(name);
    }

    /** Accents stripped after decomposition, lower-cased, every run of other characters one dash. */
    static String anySlug(String name) {
        String withoutAccents = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_ID.matcher(withoutAccents.toLowerCase(Locale.ROOT)).replaceAll("-");
        return EDGE_DASHES.matcher(slug).replaceAll("");
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same slug without the three regular expressions, for the common case (ASCII has no accents to strip): a run
     * of anything but a letter or digit becomes one dash, none at either end.
     */
    static String asciiSlug(String name) {
        StringBuilder slug = new StringBuilder(name.length());
        boolean dash = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && !slug.isEmpty()) {
                    slug.append('-');
                }
                dash = false;
                slug.append(c);
            } else {
                dash = true;
            }
        }
        return slug.toString();
    }
}
