package io.newsstream.enrich.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by key ({@code property}, {@code name}, {@code itemprop} or {@code http-equiv},
 * lower-cased), in page order; Open Graph, {@code article:*}, Dublin Core and the analytics conventions all live here.
 */
final class MetaTags {

    private static final int MAX_LABELS = 4;

    private final Map<String, List<String>> values;

    private MetaTags(Map<String, List<String>> values) {
        this.values = values;
    }

    static MetaTags of(Document page) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
                String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                }
            }
        }
        labelledData(values);
        return new MetaTags(values);
    }

    /**
     * Link previews pair a label with a value ({@code twitter:label1} "Written by", {@code twitter:data1} the name);
     * the value is filed under {@code twitter:misc:} and the label, as some sites write it directly.
     */
    private static void labelledData(Map<String, List<String>> values) {
        for (int i = 1; i <= MAX_LABELS; i++) {
            List<String> label = values.get("twitter:label" + i);
            List<String> data = values.get("twitter:data" + i);
            if (label != null && data != null) {
                values.computeIfAbsent("twitter:misc:" + label.get(0).strip().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(data.get(0));
            }
        }
    }

    /** The first value under any of {@code keys}, tried in order; null when none is present. */
    String first(String... keys) {
        for (String key : keys) {
            List<String> found = values.get(key);
            if (found != null) {
                return found.get(0);
            }
        }
        return null;
    }

    /** Every value under any of {@code keys}, in the order of the keys and then of the page. */
    List<String> all(String... keys) {
        List<String> found = new ArrayList<>();
        for (String key : keys) {
            found.addAll(values.getOrDefault(key, List.of()));
        }
        return found;
    }
}
