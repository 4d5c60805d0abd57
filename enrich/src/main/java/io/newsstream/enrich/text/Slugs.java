package io.newsstream.enrich.text;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into ids in the knowledge-base style: {@code "Sergei Lavrov" -> "sergei-lavrov"}. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
