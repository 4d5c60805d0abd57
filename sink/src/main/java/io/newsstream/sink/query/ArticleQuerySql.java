package io.newsstream.sink.query;

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
    private static final String TEXT = "a.search @@ websearch_to_tsquery('english', ?)";
    private static final String SINCE = "a.listed_at >= ?";
    private static final String UNTIL = "a.listed_at < ?";
    // A row comparison: strictly after the cursor in (listed_at DESC, id DESC) order, ties on time included.
    private static final String AFTER_CURSOR = "(a.listed_at, a.id) < (?, ?)";
    private static final String STORED_AFTER = "s.store_seq > ?";
    private static final String NEWEST_FIRST = " ORDER BY a.listed_at DESC, a.id DESC LIMIT ?";
    private static final String IN_STORE_ORDER = " ORDER BY s.store_seq LIMIT ?";

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    private ArticleQuerySql() {
    }

    /** One page newest first, plus one row more to tell whether another page follows. */
    public static SqlStatement page(ArticleQuery query) {
        ArticleQuerySql sql = new ArticleQuerySql().filtered(query.filter());
        if (query.since() != null) {
            sql.where(SINCE, query.since());
        }
        if (query.until() != null) {
            sql.where(UNTIL, query.until());
        }
        if (query.after() != null) {
            sql.where(AFTER_CURSOR, query.after().listedAt(), query.after().id());
        }
        return sql.build(SELECT_PAGE, NEWEST_FIRST, query.limit() + 1);
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
        if (filter.q() != null) {
            where(TEXT, filter.q());
        }
        return this;
    }

    private ArticleQuerySql where(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    private SqlStatement build(String select, String order, int limit) {
        StringBuilder sql = new StringBuilder(select);
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        sql.append(order);
        List<Object> values = new ArrayList<>(parameters);
        values.add(limit);
        return new SqlStatement(sql.toString(), values);
    }
}
