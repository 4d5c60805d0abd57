package io.newsstream.deploy.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsstream.core.article.Channel;
import io.newsstream.core.json.Json;
import io.newsstream.ingest.ArticleSubmission;
import io.newsstream.ingest.ArticleValidator;
import io.newsstream.ingest.ValidationResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Checks articles with ingest's own validator, without sending them: what {@code --dry-run} runs. */
public final class DryRunValidator implements FeedRun.BatchSender {

    private final ArticleValidator validator;

    public DryRunValidator(int maxArticleBytes) {
        this.validator = new ArticleValidator(Clock.systemUTC(), maxArticleBytes);
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
        ArticleSubmission submission;
        try {
            submission = Json.mapper().treeToValue(item.article(), ArticleSubmission.class);
        } catch (JsonProcessingException e) {
            return FeedResult.rejected(item, "fields of the wrong type: " + e.getOriginalMessage());
        }
        ValidationResult result = validator.validate(submission, Channel.FILE);
        if (result instanceof ValidationResult.Valid valid) {
            return FeedResult.accepted(item, valid.article().id());
        }
        return FeedResult.rejected(item, ((ValidationResult.Invalid) result).rejection().message());
    }
}
