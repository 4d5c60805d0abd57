package io.newsstream.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code text/plain} body as one article: the first non-empty line is the title, the rest the text. The
 * fields plain text cannot carry come from the query parameters {@code url}, {@code outletHint}, {@code language}
 * and {@code publishedAt}.
 */
public final class PlainTextArticleReader implements SubmissionReader {

    public static final String MEDIA_TYPE = "text/plain";

    static final String URL = "url";
    static final String OUTLET_HINT = "outletHint";
    static final String LANGUAGE = "language";
    static final String PUBLISHED_AT = "publishedAt";
    private static final Set<String> PARAMETERS = Set.of(URL, OUTLET_HINT, LANGUAGE, PUBLISHED_AT);

    @Override
    public List<String> mediaTypes() {
        return List.of(MEDIA_TYPE);
    }

    @Override
    public boolean singleArticle() {
        return true;
    }

    @Override
    public List<ReadSubmission> read(SubmissionBody body) throws RequestRefusedException {
        Map<String, String> parameters = body.parameters();
        QueryParameters.requireKnown(parameters, PARAMETERS, "text/plain", "url, outletHint, language and publishedAt");
        String content;
        try {
            // Strict decoding: bytes that are not text in the declared charset are refused, not silently replaced.
            content = body.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body.bytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            return List.of(ReadSubmission.unreadable(1, new Rejection(RejectionReason.BAD_CHARSET,
                    "body is not valid " + body.charset().name() + " text")));
        }
        return List.of(titleAndText(stripByteOrderMark(content), parameters));
    }

    private static ReadSubmission titleAndText(String content, Map<String, String> parameters) {
        String[] lines = content.split("\r?\n", -1);
        int titleLine = 0;
        while (titleLine < lines.length && lines[titleLine].isBlank()) {
            titleLine++;
        }
        if (titleLine == lines.length) {
            return ReadSubmission.read(1, submission(null, "", parameters));
        }
        String title = lines[titleLine].strip();
        String text = String.join("\n", List.of(lines).subList(titleLine + 1, lines.length)).strip();
        if (text.isEmpty()) {
            return ReadSubmission.unreadable(1, new Rejection(RejectionReason.EMPTY_TEXT,
                    "text is empty: a text/plain body is the title on its first line, then the text"));
        }
        return ReadSubmission.read(1, submission(title, text, parameters));
    }

    private static ArticleSubmission submission(String title, String text, Map<String, String> parameters) {
        return new ArticleSubmission(parameters.get(URL), title, text, parameters.get(OUTLET_HINT),
                parameters.get(PUBLISHED_AT), parameters.get(LANGUAGE));
    }

    private static String stripByteOrderMark(String content) {
        return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }
}
