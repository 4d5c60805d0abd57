package io.newsstream.lab.bench;

import io.newsstream.core.article.EnrichedArticle;
import java.sql.SQLException;
import java.util.List;

/** Writes one batch of articles in one transaction; what the sink benchmark times. */
@FunctionalInterface
public interface BatchWriter {

    void write(List<EnrichedArticle> batch) throws SQLException;
}
