package io.newsstream.core.http;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.QuotedCSV;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses with 400 the requests the handlers' interface cannot read. Jetty's HTTP SPI hands the target over as a
 * {@link java.net.URI}, which refuses what HTTP's parser lets through (a bad percent escape such as {@code %zz}), and
 * splits every header value as a quoted, comma-separated list, so an unbalanced quote would fail inside a handler,
 * and a {@code Content-Type} of several media types would silently be read as its first.
 */
final class UnreadableRequests extends Handler.Wrapper {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        try {
            request.getHttpURI().toURI();
        } catch (IllegalArgumentException e) {
            Response.writeError(request, response, callback, 400, "the request target is not a valid URI"
                    + " (a bad percent escape?)");
            return true;
        }
        for (HttpField field : request.getHeaders()) {
            String problem = problem(field);
            if (problem != null) {
                Response.writeError(request, response, callback, 400, problem);
                return true;
            }
        }
        return super.handle(request, response, callback);
    }

    private static String problem(HttpField field) {
        QuotedCSV values;
        try {
            values = new QuotedCSV(false, field.getValue());
        } catch (IllegalArgumentException e) {
            return "header " + field.getName() + " is malformed (unbalanced quotes)";
        }
        if (field.getHeader() == HttpHeader.CONTENT_TYPE && values.size() > 1) {
            return "Content-Type must name one media type, got " + values.size();
        }
        return null;
    }
}
