package io.newsstream.sink.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the SQL of article lists from fixed fragments, one per filter, each value bound to a placeholder: the
 * text depends only on which filters are present, never on their values.
 */
public final class ArticleQuerySql {

    // Pages need no stream sequence: they read the articles alone, and their rows carry 0.
    private static final String SELECT_PAGE = "SELECT 0::bigint, a.listed_at, a.document FROM articles a";
    private static final String SELECT_STREAM = "SELECT s.store_seq, a.listed_at, a.document"
            + " FROM article_stream s JOIN articles a ON a.id = s.article_id";
    private static final String ENTITY = "EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.id"
            + " AND (e.entity_id = ? OR lower(e.name) = lower(?)))";
    private static final String OUTLET = "EXISTS (SELECT 1 FROM article_outlets o WHERE o.article_id = a.id"
            + " AND (o.outlet_id = ? OR lower(o.name) = lower(?)))";
    private static final String OUTLET_IN_ROLE = "EXISTS (SELECT 1 FROM article_outlets o WHERE o.article_id = a.id"
            + " AND (o.outlet_id = ? OR lower(o.name) = lower(?)) AND o.role = ?)";
    private static final String TARGET = "EXISTS (SELECT 1 FROM article_stances s WHERE s.article_id = a.id"
            + " AND s.target = ?)";
    private static final String TARGET_WITH_LABEL = "EXISTS (SELECT 1 FROM article_stances s"
            + " WHERE s.article_id = a.id AND s.target = ? AND s.label = ?)";
    // The index finds the candidates with the query parsed in every language (a constant, so the GIN index on search
    // serves it); each candidate is then checked with the query parsed in its own language, which a negation needs
    // ("harbour -wall" must not match through a stemmer that turns wall into something else). See the V5 migration.
    // Vectors live in article_search, filled by the sink's indexer shortly after each write (V7).
    private static final String TEXT = "EXISTS (SELECT 1 FROM article_search x WHERE x.article_id = a.id"
            + " AND x.search @@ article_search_query(?)"
            + " AND x.search @@ websearch_to_tsquery(article_text_config(a.language), ?))";
    private static final String TEXT_IN_LANGUAGE = "EXISTS (SELECT 1 FROM article_search x WHERE x.article_id = a.id"
            + " AND x.search @@ websearch_to_tsquery(article_text_config(?), ?))";
    private static final String LANGUAGE = "(lower(a.language) = lower(?) OR lower(a.language) LIKE lower(?) || '-%')";
    private static final String AUTHOR = "a.document -> 'authors' @> jsonb_build_array(?::text)";
    private static final String CHANNEL = "a.channel = ?";
    private static final String FEED = "a.feed = ?";
    private static final String DUPLICATE_OF = "a.duplicate_of = ?";
    private static final String STORY = "a.story_id = ?";
    /** An article that copies no earlier one: what {@code unique=true} lists and statistics count by default. */
    static final String ORIGINAL = "a.duplicate_of IS NULL";
    private static final String SINCE = "a.listed_at >= ?";
    private static final String UNTIL = "a.listed_at < ?";
    // A row comparison: strictly after the cursor in (listed_at DESC, id DESC) order, ties on time included.
    private static final String AFTER_CURSOR = "(a.listed_at, a.id) < (?, ?)";
    private static final String STORED_AFTER = "s.store_seq > ?";
    private static final String NEWEST_FIRST_UNLIMITED = " ORDER BY a.listed_at DESC, a.id DESC";
    private static final String NEWEST_FIRST = NEWEST_FIRST_UNLIMITED + " LIMIT ?";
    private static final String IN_STORE_ORDER = " ORDER BY s.store_seq LIMIT ?";

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    private ArticleQuerySql() {
    }

    /** One page newest first, plus one row more to tell whether another page follows. */
    public static SqlStatement page(ArticleQuery query) {
        ArticleQuerySql sql = new ArticleQuerySql().filtered(query.filter()).within(query.since(), query.until());
        if (query.after() != null) {
            sql.where(AFTER_CURSOR, query.after().listedAt(), query.after().id());
        }
        return sql.build(SELECT_PAGE, NEWEST_FIRST, query.limit() + 1);
    }

    /** Every article in the time range (either end may be null) matching the filter, newest first, unlimited. */
    public static SqlStatement export(ArticleFilter filter, Instant since, Instant until) {
        return new ArticleQuerySql().filtered(filter).within(since, until)
                .build(SELECT_PAGE, NEWEST_FIRST_UNLIMITED, null);
    }

    /**
     * The WHERE clause (without the keyword; {@code TRUE} without filters) selecting the articles {@code a} that
     * match the filter in the time range (either end may be null), for statistics built on the same filters.
     */
    public static SqlStatement condition(ArticleFilter filter, Instant since, Instant until) {
        ArticleQuerySql sql = new ArticleQuerySql().filtered(filter).within(since, until);
        return new SqlStatement(sql.conditions.isEmpty() ? "TRUE" : String.join(" AND ", sql.conditions),
                sql.parameters);
    }

    /** Articles whose latest write came after {@code sequence}, in the order they were written. */
    public static SqlStatement storedAfter(ArticleFilter filter, long sequence, int limit) {
        return new ArticleQuerySql().filtered(filter).where(STORED_AFTER, sequence)
                .build(SELECT_STREAM, IN_STORE_ORDER, limit);
    }

    private ArticleQuerySql filtered(ArticleFilter filter) {
        if (filter.entity() != null) {
            where(ENTITY, filter.entity(), filter.entity());
        }
        if (filter.outlet() != null && filter.outletRole() == null) {
            where(OUTLET, filter.outlet(), filter.outlet());
        }
        if (filter.outlet() != null && filter.outletRole() != null) {
            where(OUTLET_IN_ROLE, filter.outlet(), filter.outlet(), filter.outletRole());
        }
        if (filter.target() != null && filter.stance() == null) {
            where(TARGET, filter.target());
        }
        if (filter.target() != null && filter.stance() != null) {
            where(TARGET_WITH_LABEL, filter.target(), filter.stance().name());
        }
        if (filter.q() != null && filter.language() == null) {
            where(TEXT, filter.q(), filter.q());
        }
        if (filter.q() != null && filter.language() != null) {
            where(TEXT_IN_LANGUAGE, filter.language(), filter.q());
        }
        if (filter.language() != null) {
            where(LANGUAGE, filter.language(), filter.language());
        }
        if (filter.author() != null) {
            where(AUTHOR, filter.author());
        }
        if (filter.channel() != null) {
            where(CHANNEL, filter.channel().wireName());
        }
        if (filter.feed() != null) {
            where(FEED, filter.feed());
        }
        if (filter.duplicateOf() != null) {
            where(DUPLICATE_OF, filter.duplicateOf());
        }
        if (filter.storyId() != null) {
            where(STORY, filter.storyId());
        }
        if (filter.originalsOnly()) {
            where(ORIGINAL);
        }
        return this;
    }

    private ArticleQuerySql within(Instant since, Instant until) {
        if (since != null) {
            where(SINCE, since);
        }
        if (until != null) {
            where(UNTIL, until);
        }
        return this;
    }

    private ArticleQuerySql where(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** @param limit bound to the order's placeholder, null when it has none */
    private SqlStatement build(String select, String order, Integer limit) {
        StringBuilder sql = new StringBuilder(select);
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        sql.append(order);
        List<Object> values = new ArrayList<>(parameters);
        if (limit != null) {
            values.add(limit);
        }
        return new SqlStatement(sql.toString(), values);
    }
}
