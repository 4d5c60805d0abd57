package io.newsstream.sink.export;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.Stance;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Articles as CSV rows (RFC 4180): a header, then one row per article in the fixed column order of {@link #COLUMNS},
 * CRLF line ends. Lists are joined with {@value #LIST_SEPARATOR}; a field is quoted when it holds a comma, a quote, a
 * line break or leading or trailing white space, and its quotes are doubled, so no article text can end a field or a
 * row early.
 */
public final class ArticleCsv {

    static final String LIST_SEPARATOR = "; ";

    private record Column(String name, Function<EnrichedArticle, String> value) {
    }

    // New columns go at the end: researchers' scripts may read columns by position.
    private static final List<Column> ORDER = List.of(
            new Column("id", EnrichedArticle::id),
            new Column("url", EnrichedArticle::url),
            new Column("canonical_url", EnrichedArticle::canonicalUrl),
            new Column("title", EnrichedArticle::title),
            new Column("published_at", article -> time(article.publishedAt())),
            new Column("received_at", article -> time(article.receivedAt())),
            new Column("language", EnrichedArticle::language),
            new Column("channel", article -> article.channel() == null ? null : article.channel().wireName()),
            new Column("feed", EnrichedArticle::feed),
            new Column("publisher", article -> name(article.outlet().publisher())),
            new Column("source", article -> name(article.outlet().source())),
            new Column("cited", article -> joined(article.outlet().cited(), ArticleCsv::name)),
            new Column("authors", article -> joined(article.authors(), Function.identity())),
            new Column("entities", article -> joined(article.entities(), Entity::name)),
            new Column("stances", article -> joined(article.stances(),
                    stance -> stance.target() + "=" + stance.label())),
            new Column("word_count", article -> Integer.toString(article.wordCount())),
            new Column("duplicate_of", EnrichedArticle::duplicateOf),
            new Column("body", EnrichedArticle::body));

    /** The column names, in the order every row has them. */
    public static final List<String> COLUMNS = ORDER.stream().map(Column::name).toList();

    private ArticleCsv() {
    }

    public static void writeHeader(Writer out) throws IOException {
        writeRow(out, COLUMNS);
    }

    public static void writeRow(Writer out, EnrichedArticle article) throws IOException {
        for (int i = 0; i < ORDER.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(ORDER.get(i).value().apply(article)));
        }
        out.write("\r\n");
    }

    private static void writeRow(Writer out, List<String> values) throws IOException {
        out.write(values.stream().map(ArticleCsv::field).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    /** One field as it appears in the file: empty for null, quoted when it must be. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (!needsQuotes(value)) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        // Readers that trim unquoted fields would lose the spaces.
        return Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1));
    }

    private static String name(Outlet outlet) {
        return outlet == null ? null : outlet.name();
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static <T> String joined(List<T> items, Function<T, String> text) {
        return items.stream().map(text).filter(item -> item != null && !item.isEmpty())
                .collect(Collectors.joining(LIST_SEPARATOR));
    }
}
