package io.newsstream.deploy.prove.hostile;

/**
 * What came back for one raw request.
 *
 * @param status the status code, or -1 without an answer
 * @param body the answer's body (at most {@link RawHttpClient#MAX_BODY} bytes, decoded as UTF-8), empty without one
 * @param outcome whether a status line came back, and if not, why
 * @param problem what went wrong on the connection (also for an answer whose body was cut short), or empty
 */
public record RawHttpResponse(int status, String body, Outcome outcome, String problem) {

    /** How the exchange ended. */
    public enum Outcome {
        ANSWERED,
        /** The server closed or reset the connection before a status line. */
        CLOSED,
        /** No status line within the read timeout. */
        TIMEOUT,
        /** No connection at all: the service is down or the address wrong. */
        CONNECT_FAILED
    }

    static RawHttpResponse unanswered(Outcome outcome, String problem) {
        return new RawHttpResponse(-1, "", outcome, problem);
    }

    public boolean answered() {
        return outcome == Outcome.ANSWERED;
    }

    /** 2 for 2xx, 4 for 4xx ..., 0 without an answer. */
    public int statusClass() {
        return answered() ? status / 100 : 0;
    }
}
