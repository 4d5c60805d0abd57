package io.newsstream.sink;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.Span;
import io.newsstream.core.article.SpeakerStance;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import io.newsstream.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** Enriched articles for tests, about invented events in an invented town. */
public final class Articles {

    public static final String HARBOUR_ID = "3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6";
    public static final String MARKET_ID = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

    private static final String HARBOUR_BODY = "The council of Lindmoor voted on Tuesday to rebuild the old harbour wall. "
            + "Mayor Elsa Varga said the work would start in spring. The Lindmoor Fishers Union welcomed the plan.";

    private Articles() {
    }

    /** A fully enriched article: outlets, entities with spans, a stance with a quoted speaker, a portrayal. */
    public static EnrichedArticle harbour() {
        Outlet publisher = new Outlet("lindmoor-gazette", "Lindmoor Gazette", "gazette.example", "XX", 0.92,
                List.of("footer names the Lindmoor Gazette"));
        Outlet wire = new Outlet("coastal-wire", "Coastal Wire", "wire.example", null, 0.6, List.of("(Coastal Wire)"));
        return new EnrichedArticle(
                HARBOUR_ID,
                "https://gazette.example/news/harbour-wall",
                "Lindmoor council backs harbour wall rebuild",
                HARBOUR_BODY + " Read more on our site.",
                "gazette.example",
                "en",
                Instant.parse("2031-03-04T08:15:00Z"),
                Instant.parse("2031-03-04T08:20:01.123456789Z"),
                Channel.HTTP,
                null,
                HARBOUR_BODY,
                31,
                List.of("Mira Holt"),
                new OutletAttribution(publisher, wire, List.of(wire)),
                List.of(
                        new Entity("person:elsa-varga", "Elsa Varga", EntityType.PERSON, 1, List.of("Mayor Elsa Varga"),
                                List.of(new Span(79, 95))),
                        new Entity("loc:lindmoor", "Lindmoor", EntityType.LOCATION, 2, List.of("Lindmoor"),
                                List.of(new Span(15, 23), new Span(142, 150)))),
                List.of(new Stance("harbour-rebuild", StanceLabel.FAVOR, 0.81,
                        List.of("The Lindmoor Fishers Union welcomed the plan."),
                        List.of(new SpeakerStance("Elsa Varga", StanceLabel.FAVOR,
                                "Mayor Elsa Varga said the work would start in spring.")))),
                List.of(new EntityStance("Elsa Varga", EntityType.PERSON, Polarity.POSITIVE, 0.66,
                        List.of("Mayor Elsa Varga said the work would start in spring."))),
                null,
                Instant.parse("2031-03-04T08:20:02Z"),
                "test-1");
    }

    /** A small article with nothing found in it. */
    public static EnrichedArticle market(String id, String title) {
        String body = "The spring market opens on the square this weekend with forty stalls.";
        return new EnrichedArticle(id, null, title, body, null, "en", null, Instant.parse("2031-04-01T10:00:00Z"),
                Channel.FILE, null, body, 12, null, null, null, null, null, null, Instant.parse("2031-04-01T10:00:01Z"), "test-1");
    }

    /** The same article as enrich would write it again later, with a new title and fewer entities. */
    public static EnrichedArticle harbourReEnriched() {
        EnrichedArticle first = harbour();
        return new EnrichedArticle(first.id(), first.url(), "Harbour wall rebuild approved", first.text(),
                first.outletHint(), first.language(), first.publishedAt(), first.receivedAt(), first.channel(),
                first.feed(), first.body(), first.wordCount(), first.authors(), first.outlet(),
                first.entities().subList(0, 1), first.stances(), first.entityStances(), null, Instant.parse("2031-03-05T09:00:00Z"), "test-2");
    }

    /**
     * The harbour article as JSON with {@code publishedAt} replaced by {@code publishedAt} as written, e.g. an instant
     * that Java reads but that no database column can hold.
     */
    public static byte[] harbourPublishedAt(String publishedAt) {
        String json = new String(json(harbour()), StandardCharsets.UTF_8);
        return json.replace("\"2031-03-04T08:15:00Z\"", "\"" + publishedAt + "\"").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An article whose feeder sent this outlet hint and that enrich, not knowing the outlet, made its publisher: name
     * the hint, id the hint slugged, as {@code PublisherFinder} does.
     */
    public static EnrichedArticle fromUnknownOutlet(String id, String outletHint) {
        EnrichedArticle market = market(id, "Spring market");
        Outlet publisher = new Outlet(outletHint.toLowerCase().replaceAll("[^a-z0-9]+", "-"), outletHint, null, null,
                0.5, List.of("outlet hint: " + outletHint));
        return new EnrichedArticle(id, null, market.title(), market.text(), outletHint, "en", null,
                market.receivedAt(), Channel.FILE, null, market.body(), market.wordCount(), null,
                new OutletAttribution(publisher, null, List.of()), null, null, null, null, market.enrichedAt(), "test-1");
    }

    /** Words of random letters, fixed by the seed: text that, unlike a repeated letter, does not compress. */
    public static String randomWords(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(random.nextInt(7) == 0 && text.length() > 0 ? ' ' : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    public static byte[] json(EnrichedArticle article) {
        try {
            return Json.mapper().writeValueAsBytes(article);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
