package io.newsstream.core.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises itself (unparseable requests, headers too large, unknown paths) as problem details,
 * like every other newsstream error, instead of Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private static final HttpField PROBLEM_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(PROBLEM_TYPE);
        String detail = message == null || message.isBlank() ? "the request cannot be served" : message;
        response.write(true, ByteBuffer.wrap(Problem.bytes(Problem.of(status, detail))), callback);
    }

    /** For requests Jetty cannot parse, before any handler runs. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(PROBLEM_TYPE);
        String detail = reason == null || reason.isBlank() ? "malformed request" : "malformed request: " + reason;
        return ByteBuffer.wrap(Problem.bytes(Problem.of(status, detail)));
    }

}
