package io.newsstream.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.util.List;

/** Reads an {@code application/json} body holding one article object. */
public final class JsonArticleReader implements SubmissionReader {

    public static final String MEDIA_TYPE = "application/json";

    // A second value after the object means the client sent something other than one article.
    private static final ObjectReader READER = strictStrings()
            .readerFor(ArticleSubmission.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * The shared mapper, copied so other modules keep its behaviour, with Jackson's coercion of numbers and booleans
     * to strings turned off: {@code "text": 12345} is a client's mistake to report, not an article to accept.
     */
    private static ObjectMapper strictStrings() {
        ObjectMapper mapper = Json.mapper().copy();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    @Override
    public List<String> mediaTypes() {
        return List.of(MEDIA_TYPE);
    }

    @Override
    public boolean singleArticle() {
        return true;
    }

    @Override
    public List<ReadSubmission> read(SubmissionBody body) {
        return List.of(readOne(body.bytes(), 1));
    }

    /** Reads one JSON article object, a whole body; errors name the line and column inside it. */
    static ReadSubmission readOne(byte[] json, int line) {
        if (isBlank(json)) {
            return ReadSubmission.unreadable(line, badJson("no article: the body is empty"));
        }
        return parse(json, line, "", true);
    }

    /**
     * Reads one line of a batch holding one JSON article; errors start with {@code line N: } and name only the
     * column, since the line is all there is.
     */
    static ReadSubmission readLine(byte[] json, int line) {
        return parse(json, line, "line " + line + ": ", false);
    }

    private static ReadSubmission parse(byte[] json, int line, String prefix, boolean withLine) {
        int malformed = Utf8.malformedAt(json);
        if (malformed >= 0) {
            return ReadSubmission.unreadable(line, new Rejection(RejectionReason.BAD_CHARSET,
                    prefix + "not valid UTF-8 at byte " + malformed + " (JSON is read as UTF-8)"));
        }
        try {
            ArticleSubmission submission = READER.readValue(json);
            if (submission == null) {
                return ReadSubmission.unreadable(line, badJson(prefix + "expected a JSON object with a text field, got null"));
            }
            return ReadSubmission.read(line, submission);
        } catch (MismatchedInputException e) {
            return ReadSubmission.unreadable(line, badJson(prefix + describeMismatch(e, withLine)));
        } catch (JsonProcessingException e) {
            return ReadSubmission.unreadable(line, badJson(prefix + "not valid JSON" + at(e.getLocation(), withLine)
                    + ": " + firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            // Reading from a byte array cannot fail with plain I/O; treat it like any other unreadable body.
            return ReadSubmission.unreadable(line, badJson(prefix + "cannot read the body: " + e.getMessage()));
        }
    }

    private static String describeMismatch(MismatchedInputException e, boolean withLine) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.isEmpty() || path.get(0).getFieldName() == null) {
            return "expected a JSON object with a text field" + at(e.getLocation(), withLine);
        }
        return path.get(0).getFieldName() + " must be a string" + at(e.getLocation(), withLine);
    }

    private static String at(JsonLocation location, boolean withLine) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return withLine
                ? " at line " + location.getLineNr() + " column " + location.getColumnNr()
                : " at column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static Rejection badJson(String message) {
        return new Rejection(RejectionReason.BAD_JSON, message);
    }
}
