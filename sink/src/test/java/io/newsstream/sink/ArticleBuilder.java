package io.newsstream.sink;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.SpeakerStance;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds enriched articles for query tests, one field at a time, about invented news. */
public final class ArticleBuilder {

    private final String id;
    private String title = "Untitled";
    private String body = "Nothing happened in Lindmoor today.";
    private Instant publishedAt = Instant.parse("2031-03-01T12:00:00Z");
    private Instant receivedAt = Instant.parse("2031-03-01T12:00:05Z");
    private Outlet publisher;
    private Outlet source;
    private final List<Outlet> cited = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Stance> stances = new ArrayList<>();
    private final List<EntityStance> entityStances = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private String language = "en";
    private Channel channel = Channel.HTTP;
    private String feed;
    private String storyId;
    private String duplicateOf;
    private Double duplicateSimilarity;

    private ArticleBuilder(String id) {
        this.id = id;
    }

    /** @param number makes the 32-hex-character id, e.g. 7 gives {@code 000...07} */
    public static ArticleBuilder article(int number) {
        return new ArticleBuilder(id(number));
    }

    public static String id(int number) {
        return String.format("%032x", number);
    }

    public static Outlet outlet(String id, String name) {
        return new Outlet(id, name, null, null, 0.9, List.of("test"));
    }

    public ArticleBuilder title(String title) {
        this.title = title;
        return this;
    }

    public ArticleBuilder body(String body) {
        this.body = body;
        return this;
    }

    public ArticleBuilder published(String instant) {
        this.publishedAt = Instant.parse(instant);
        return this;
    }

    public ArticleBuilder received(Instant instant) {
        this.receivedAt = instant;
        return this;
    }

    public ArticleBuilder publisher(String outletId, String name) {
        this.publisher = outlet(outletId, name);
        return this;
    }

    public ArticleBuilder source(String outletId, String name) {
        this.source = outlet(outletId, name);
        return this;
    }

    public ArticleBuilder cited(String outletId, String name) {
        cited.add(outlet(outletId, name));
        return this;
    }

    public ArticleBuilder entity(String entityId, String name, EntityType type, int mentions) {
        entities.add(new Entity(entityId, name, type, mentions, List.of(name), List.of()));
        return this;
    }

    public ArticleBuilder stance(String target, StanceLabel label, SpeakerStance... speakers) {
        stances.add(new Stance(target, label, 0.8, List.of("A sentence."), List.of(speakers)));
        return this;
    }

    /** How the article portrays a person or organisation, by canonical name. */
    public ArticleBuilder portrays(String entity, EntityType type, Polarity label) {
        entityStances.add(new EntityStance(entity, type, label, 0.7, List.of("A sentence about " + entity + ".")));
        return this;
    }

    public ArticleBuilder language(String language) {
        this.language = language;
        return this;
    }

    public ArticleBuilder author(String name) {
        authors.add(name);
        return this;
    }

    /** Arrived from the feed at {@code feedUrl}. */
    public ArticleBuilder fromFeed(String feedUrl) {
        this.channel = Channel.FEED;
        this.feed = feedUrl;
        return this;
    }

    public static SpeakerStance speaker(String entity, StanceLabel label) {
        return new SpeakerStance(entity, label, entity + " said so.");
    }

    /** In the story of article {@code first}. */
    public ArticleBuilder inStory(int first) {
        this.storyId = id(first);
        return this;
    }

    /** A near-duplicate of article {@code first}, in its story. */
    public ArticleBuilder copyOf(int first, double similarity) {
        this.duplicateOf = id(first);
        this.duplicateSimilarity = similarity;
        return inStory(first);
    }

    public EnrichedArticle build() {
        return new EnrichedArticle(id, null, title, title + "\n" + body, null, language, publishedAt, receivedAt,
                channel, feed, body, body.split(" ").length, authors,
                new OutletAttribution(publisher, source, cited), entities, stances, entityStances, duplicateOf,
                receivedAt.plusSeconds(1), "test-1", null, null, null, null, duplicateSimilarity, storyId);
    }
}
