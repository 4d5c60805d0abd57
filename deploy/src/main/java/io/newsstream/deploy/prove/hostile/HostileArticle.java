package io.newsstream.deploy.prove.hostile;

import io.newsstream.deploy.prove.hostile.HostileRequest.Expectation;

/**
 * One hostile article body for {@code POST /v1/articles} ({@code application/json}).
 *
 * @param name unique for a seed, e.g. {@code article.huge-field.title-3mib} or {@code article.nul-char#417}
 * @param kind the finding it exercises
 * @param json the body, exactly as sent (UTF-8 encoded when sent)
 * @param expectation {@code MAY_BE_ACCEPTED} for contract-valid extremes (accepted means stored), else
 *                    {@code MUST_BE_4XX}
 */
public record HostileArticle(String name, String kind, String json, Expectation expectation) {
}
