package io.newsstream.sink.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.Stance;
import io.newsstream.core.json.Json;
import io.newsstream.sink.store.TimestampRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The story endpoints: {@code GET /v1/stories} (stories with an article in the time range, newest first) and
 * {@code GET /v1/stories/{id}} (one story: who ran it, each article with the stances it takes).
 */
public final class StoryQueries {

    public static final Set<String> PARAMETERS = Set.of("since", "until", "entity", "q", "limit", Counting.PARAMETER);
    /** The parameters of {@code GET /v1/stories/{id}}. */
    public static final Set<String> STORY_PARAMETERS = Set.of(Counting.PARAMETER);

    // A story is listed when any of its counted articles matches; its figures are over all of its counted articles.
    // The counting conditions are constants, so the statement's text stays one of a few.
    private static final String LIST = """
            SELECT a.story_id, min(a.listed_at), count(*),
                   array_remove(array_agg(DISTINCT a.publisher), NULL),
                   (SELECT f.title FROM articles f WHERE f.story_id = a.story_id ORDER BY f.listed_at, f.id LIMIT 1)
            FROM articles a
            WHERE a.story_id IN (SELECT m.story_id FROM articles m WHERE m.listed_at >= ? AND m.listed_at < ?%s)%s
            GROUP BY a.story_id
            ORDER BY min(a.listed_at) DESC, a.story_id DESC
            LIMIT ?
            """;
    private static final String ENTITY = " AND EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = m.id"
            + " AND (e.entity_id = ? OR lower(e.name) = lower(?)))";
    private static final String TEXT = " AND EXISTS (SELECT 1 FROM article_search x WHERE x.article_id = m.id"
            + " AND x.search @@ websearch_to_tsquery('english', ?))";
    // The stances of the listed stories' counted articles, through the story index, in the order they ran.
    private static final String STANCES = """
            SELECT a.story_id, a.publisher, s.target, s.label
            FROM articles a JOIN article_stances s ON s.article_id = a.id
            WHERE a.story_id = ANY (?)%s
            ORDER BY a.listed_at, a.id, s.target
            """;
    private static final String ARTICLES = "SELECT document FROM articles WHERE story_id = ? ORDER BY listed_at, id";
    // Stories count every copy unless asked otherwise: their figures say who ran a story (decision 0014).
    private static final Counting DEFAULT_COUNTING = Counting.ARTICLES;

    /**
     * A story in a list: its first article's title, when it was first seen, how many articles, which outlets and the
     * stance each outlet's articles take; the articles, outlets and stances are those of the articles {@code count}
     * counts.
     */
    public record StorySummary(String id, String title, Instant firstSeen, long articles, List<String> outlets,
                               List<OutletStance> stances) {
    }

    /** The label an outlet's article of the story gives a target; the outlet is absent when the article has none. */
    public record OutletStance(String outlet, String target, String label) {
    }

    /** One article of a story: who published it, whether it is a copy, and the stances it takes. */
    public record StoryArticle(String id, String url, String title, String publisher, Instant publishedAt,
                               Instant receivedAt, String duplicateOf, Double duplicateSimilarity,
                               List<StoryStance> stances) {
    }

    public record StoryStance(String target, String label, double confidence) {
    }

    /** A story with all its articles, first first, whatever {@code count} says; it decides articles and outlets. */
    public record Story(String id, String title, Instant firstSeen, long articles, List<String> outlets,
                        List<StoryArticle> items) {
    }

    private final DataSource dataSource;

    public StoryQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<StorySummary> list(QueryParameters parameters) throws BadParameterException, SQLException {
        Instant since = parameters.since("since").orElse(TimestampRange.EARLIEST);
        Instant until = parameters.until("until").orElse(TimestampRange.END);
        if (!since.isBefore(until)) {
            throw new BadParameterException("until", "until (" + until + ") must be after since (" + since + ")");
        }
        List<Object> values = new ArrayList<>(List.of(since, until));
        Counting counting = Counting.from(parameters, DEFAULT_COUNTING);
        StringBuilder filters = new StringBuilder(counting.onArticles("m"));
        Optional<String> entity = parameters.string("entity");
        if (entity.isPresent()) {
            filters.append(ENTITY);
            values.add(entity.get());
            values.add(entity.get());
        }
        Optional<String> text = parameters.string("q");
        if (text.isPresent()) {
            filters.append(TEXT);
            values.add(text.get());
        }
        values.add(parameters.integer("limit", 1, ArticleQuery.MAX_LIMIT, ArticleQuery.DEFAULT_LIMIT));
        SqlStatement statement = new SqlStatement(LIST.formatted(filters, counting.onArticles()), values);
        List<StorySummary> stories = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = statement.prepare(connection);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stories.add(new StorySummary(rows.getString(1), rows.getString(5),
                            rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getLong(3),
                            List.of((String[]) rows.getArray(4).getArray()), List.of()));
                }
            }
            Map<String, Set<OutletStance>> stances = stances(connection, stories, counting);
            return stories.stream().map(story -> new StorySummary(story.id(), story.title(), story.firstSeen(),
                    story.articles(), story.outlets(), List.copyOf(stances.getOrDefault(story.id(), Set.of()))))
                    .toList();
        }
    }

    // Each outlet's label for a target once per story, however many of its articles give it.
    private static Map<String, Set<OutletStance>> stances(Connection connection, List<StorySummary> stories,
                                                          Counting counting) throws SQLException {
        Map<String, Set<OutletStance>> stances = new HashMap<>();
        if (stories.isEmpty()) {
            return stances;
        }
        try (PreparedStatement select = connection.prepareStatement(STANCES.formatted(counting.onArticles()))) {
            select.setArray(1, connection.createArrayOf("text",
                    stories.stream().map(StorySummary::id).toArray(String[]::new)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stances.computeIfAbsent(rows.getString(1), story -> new LinkedHashSet<>())
                            .add(new OutletStance(rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
        }
        return stances;
    }

    /** The story with this id, if any article of it is stored. */
    public Optional<Story> find(String id, QueryParameters parameters) throws BadParameterException, SQLException {
        Counting counting = Counting.from(parameters, DEFAULT_COUNTING);
        List<EnrichedArticle> articles = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(ARTICLES)) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    articles.add(document(rows.getString(1)));
                }
            }
        }
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        Set<String> outlets = new LinkedHashSet<>();
        List<StoryArticle> items = new ArrayList<>();
        long counted = 0;
        for (EnrichedArticle article : articles) {
            Outlet publisher = article.outlet().publisher();
            if (counting.counts(article.duplicateOf())) {
                counted++;
                if (publisher != null) {
                    outlets.add(publisher.name());
                }
            }
            items.add(new StoryArticle(article.id(), article.url(), article.title(),
                    publisher == null ? null : publisher.name(), article.publishedAt(), article.receivedAt(),
                    article.duplicateOf(), article.duplicateSimilarity(),
                    article.stances().stream().map(StoryQueries::stance).toList()));
        }
        EnrichedArticle first = articles.get(0);
        Instant firstSeen = first.publishedAt() != null ? first.publishedAt() : first.receivedAt();
        return Optional.of(new Story(id, first.title(), firstSeen, counted, List.copyOf(outlets), items));
    }

    private static StoryStance stance(Stance stance) {
        return new StoryStance(stance.target(), stance.label().name(), stance.confidence());
    }

    private static EnrichedArticle document(String json) throws SQLException {
        try {
            return Json.mapper().readValue(json, EnrichedArticle.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored document is not a valid EnrichedArticle: " + e.getMessage(), e);
        }
    }
}
