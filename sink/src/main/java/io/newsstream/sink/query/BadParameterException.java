package io.newsstream.sink.query;

/** A query parameter the API cannot use; the message names the parameter and says why, for a 400 answer. */
public final class BadParameterException extends Exception {

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The offending parameter's name, or null when the query string as a whole is malformed. */
    public String parameter() {
        return parameter;
    }
}
