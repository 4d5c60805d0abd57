package io.newsstream.deploy.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.util.Locale;

/**
 * The runnable jar's log lines in the format one setting chooses ({@code NEWSSTREAM_LOG_FORMAT}, see logback.xml):
 * {@code text}, the default, for people; {@code json}, one JSON object per line, for log shippers that would
 * otherwise have to parse a pattern. An unknown format is reported in Logback's status and logs as text, so a typo
 * never silences a service.
 */
public final class LogFormatEncoder extends EncoderBase<ILoggingEvent> {

    public static final String TEXT = "text";
    public static final String JSON = "json";
    static final String TEXT_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";

    private String format = TEXT;
    private Encoder<ILoggingEvent> delegate;

    public void setFormat(String format) {
        this.format = format == null ? TEXT : format.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public void start() {
        if (!format.equals(JSON) && !format.equals(TEXT)) {
            addError("log format must be " + TEXT + " or " + JSON + ", got '" + format + "'; logging as " + TEXT);
            format = TEXT;
        }
        delegate = format.equals(JSON) ? json() : text();
        delegate.setContext(getContext());
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    private static Encoder<ILoggingEvent> text() {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setPattern(TEXT_PATTERN);
        return encoder;
    }

    /**
     * Logback's own encoder, trimmed to what a log line needs: the message formatted once (not its template and
     * arguments apart), no context block repeated on every line, no sequence number or nanoseconds.
     */
    private static Encoder<ILoggingEvent> json() {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setWithFormattedMessage(true);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithContext(false);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        return encoder;
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
