package io.newsstream.enrich.data;

/** A bundled data file (knowledge base, outlet catalog, boilerplate table) is missing or has a malformed line. */
public class DataFileException extends RuntimeException {

    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
