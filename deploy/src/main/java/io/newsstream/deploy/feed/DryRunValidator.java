package io.newsstream.deploy.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.json.Json;
import io.newsstream.ingest.ArticleLimits;
import io.newsstream.ingest.ArticleSubmission;
import io.newsstream.ingest.ArticleValidator;
import io.newsstream.ingest.ValidationResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Checks articles with ingest's own validator, without sending them: what {@code --dry-run} runs. */
public final class DryRunValidator implements FeedRun.BatchSender {

    private final ArticleValidator validator;

    /** @param limits ingest's limits as configured, the page limit included */
    public DryRunValidator(ArticleLimits limits) {
        this.validator = new ArticleValidator(Clock.systemUTC(), limits);
    }

    @Override
    public List<FeedResult> send(List<FeedItem> batch) {
        List<FeedResult> results = new ArrayList<>(batch.size());
        for (FeedItem item : batch) {
            results.add(validate(item));
        }
        return results;
    }

    private FeedResult validate(FeedItem item) {
        try {
            return FeedResult.accepted(item, article(item).id());
        } catch (IllegalArgumentException e) {
            return FeedResult.rejected(item, e.getMessage());
        }
    }

    /**
     * The {@link RawArticle} ingest would make of a readable item (channel {@code file}).
     *
     * @throws IllegalArgumentException with ingest's reason when ingest would reject it
     */
    public RawArticle article(FeedItem item) {
        ArticleSubmission submission;
        try {
            submission = Json.mapper().treeToValue(item.article(), ArticleSubmission.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("fields of the wrong type: " + e.getOriginalMessage(), e);
        }
        ValidationResult result = validator.validate(submission, Channel.FILE);
        if (result instanceof ValidationResult.Valid valid) {
            return valid.article();
        }
        throw new IllegalArgumentException(((ValidationResult.Invalid) result).rejection().message());
    }
}
