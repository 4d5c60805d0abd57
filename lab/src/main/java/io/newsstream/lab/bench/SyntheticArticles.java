package io.newsstream.lab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates realistic-sized news articles (3-5 KB of text with a headline, names, places and quotes) for load
 * tests. Deterministic for a seed, so runs compare; every article has its own URL and so its own id.
 */
public final class SyntheticArticles {

    private static final String[] SUBJECTS = {
        "The foreign minister", "A spokesperson for the ministry", "Negotiators from both delegations",
        "The central bank governor", "Local officials in the region", "Analysts at a European think tank",
        "The opposition leader", "Aid workers near the front line", "Diplomats at the United Nations",
        "Union representatives", "The prime minister's office", "Residents of the coastal town"};
    private static final String[] VERBS = {
        "said on Tuesday that", "warned late on Monday that", "told reporters in Geneva that",
        "argued in a statement that", "confirmed on Friday that", "insisted during a briefing that"};
    private static final String[] CLAIMS = {
        "talks would resume only after a ceasefire held for a full week",
        "the new sanctions package would target shipping and insurance firms",
        "grain exports through the Black Sea had recovered to pre-war levels",
        "the budget left too little room for investment in hospitals and schools",
        "inflation had cooled for a third straight month despite higher energy prices",
        "the harbour would reopen once divers cleared the damaged pier",
        "more air defence systems were needed before the winter",
        "the agreement still had to be ratified by several national parliaments"};
    private static final String[] QUOTES = {
        "\"We are not going to negotiate under pressure,\" he said.",
        "\"Nobody wants this to drag on for another year,\" she added.",
        "\"The numbers tell a clear story, and it is not a comfortable one,\" one economist said.",
        "\"We asked for patience, and people have been patient,\" the mayor told local radio."};
    private static final String[] PLACES = {"Kyiv", "Brussels", "Ankara", "Warsaw", "Nairobi", "Jakarta", "Lima", "Oslo"};

    private SyntheticArticles() {
    }

    /** {@code count} articles as ingest's JSON input: url, title and text. */
    public static List<Map<String, String>> generate(int count, long seed, String runId) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Map<String, String>> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String place = pick(random, PLACES);
            String title = "Officials in " + place + " weigh next steps, report " + i;
            StringBuilder text = new StringBuilder(5_200);
            int targetBytes = 3_000 + random.nextInt(2_000);
            text.append(place.toUpperCase()).append(" (Newsstream Wire) - ");
            while (text.length() < targetBytes) {
                text.append(pick(random, SUBJECTS)).append(' ').append(pick(random, VERBS)).append(' ')
                        .append(pick(random, CLAIMS)).append(". ");
                if (random.nextInt(4) == 0) {
                    text.append(pick(random, QUOTES)).append('\n');
                }
            }
            articles.add(Map.of(
                    "url", "https://bench.newsstream.example/" + runId + "/" + i,
                    "title", title,
                    "text", text.toString()));
        }
        return articles;
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
