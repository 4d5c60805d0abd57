package io.newsstream.ingest;

import io.newsstream.core.article.RawArticle;
import java.util.Objects;

/** The validator's verdict on one submission: the article to publish, or why it was refused. */
public sealed interface ValidationResult {

    /** A submission that became an article. */
    record Valid(RawArticle article) implements ValidationResult {
        public Valid {
            Objects.requireNonNull(article, "article");
        }
    }

    /** A submission refused with a reason. */
    record Invalid(Rejection rejection) implements ValidationResult {
        public Invalid {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
