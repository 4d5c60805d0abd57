package io.newsstream.core.config;

/** A setting is missing or malformed; the message names the key and the reason. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
