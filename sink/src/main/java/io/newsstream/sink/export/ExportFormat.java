package io.newsstream.sink.export;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The file formats of an export: what each is called, its media type, and how it writes its start and a row. */
public enum ExportFormat {

    CSV("text/csv; charset=utf-8; header=present", "csv") {
        @Override
        void begin(Writer out) throws IOException {
            ArticleCsv.writeHeader(out);
        }

        @Override
        void row(Writer out, EnrichedArticle article) throws IOException {
            ArticleCsv.writeRow(out, article);
        }
    },
    /** One {@code EnrichedArticle} JSON document per line, as {@code GET /v1/articles/{id}} serves it. */
    NDJSON("application/x-ndjson", "ndjson") {
        @Override
        void begin(Writer out) {
            // No header: every line stands alone.
        }

        @Override
        void row(Writer out, EnrichedArticle article) throws IOException {
            // Jackson escapes line breaks inside strings, so each article stays on its line.
            out.write(Json.mapper().writeValueAsString(article));
            out.write('\n');
        }
    };

    static final Set<String> NAMES =
            Arrays.stream(values()).map(ExportFormat::wireName).collect(Collectors.toUnmodifiableSet());

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    String fileName() {
        return "articles." + extension;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ExportFormat named(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }

    abstract void begin(Writer out) throws IOException;

    abstract void row(Writer out, EnrichedArticle article) throws IOException;
}
