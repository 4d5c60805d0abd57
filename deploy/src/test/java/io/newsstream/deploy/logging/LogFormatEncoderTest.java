package io.newsstream.deploy.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped logback.xml, configured in a context of its own, with stderr captured. */
class LogFormatEncoderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonFormatWritesOneObjectPerLineWithTheFieldsAShipperNeeds() throws Exception {
        List<String> lines = logTwoEvents("json");

        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.path("level").asText()).isEqualTo("INFO");
        assertThat(first.path("loggerName").asText()).isEqualTo("io.newsstream.sink.SinkService");
        assertThat(first.path("formattedMessage").asText()).isEqualTo("sink ready on port 8082\nsecond line");
        assertThat(first.path("threadName").asText()).isEqualTo(Thread.currentThread().getName());
        assertThat(first.path("timestamp").asLong()).isPositive();
        assertThat(first.has("context")).as("no context block on every line").isFalse();
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.path("level").asText()).isEqualTo("WARN");
        assertThat(second.path("throwable").path("message").asText()).isEqualTo("broker gone");
    }

    @Test
    void textIsTheDefaultFormat() throws Exception {
        List<String> lines = logTwoEvents(null);

        assertThat(lines.get(0)).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  .*SinkService - sink ready on port 8082");
        assertThat(lines.get(0)).doesNotStartWith("{");
    }

    @Test
    void anUnknownFormatIsReportedAndLogsAsText() throws Exception {
        LoggerContext context = newContext();
        List<String> lines = logTwoEvents(context, "xml");

        assertThat(lines.get(0)).contains("INFO").doesNotStartWith("{");
        assertThat(context.getStatusManager().getCopyOfStatusList()).anySatisfy(status -> {
            assertThat(status.getLevel()).isEqualTo(Status.ERROR);
            assertThat(status.getMessage()).contains("'xml'");
        });
    }

    private static List<String> logTwoEvents(String format) throws JoranException {
        return logTwoEvents(newContext(), format);
    }

    /** A context apart from the test's own logging, so the shipped file is configured as the jar configures it. */
    private static LoggerContext newContext() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    private static List<String> logTwoEvents(LoggerContext context, String format) throws JoranException {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            if (format != null) {
                context.putProperty("NEWSSTREAM_LOG_FORMAT", format);
            }
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatEncoderTest.class.getResource("/logback.xml"));
            Logger logger = context.getLogger("io.newsstream.sink.SinkService");
            logger.info("sink ready on port {}\nsecond line", 8082);
            logger.warn("lost the broker", new IllegalStateException("broker gone"));
        } finally {
            context.stop();
            System.setErr(stderr);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        return format != null && format.equals("json") ? out.lines().toList() : out.lines().filter(l -> l.matches("^\\d\\d:.*")).toList();
    }
}
