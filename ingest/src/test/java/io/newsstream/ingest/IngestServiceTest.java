package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestServiceTest {

    private final IngestService service = new IngestService(IngestConfig.from(IngestConfigTest.settings(Map.of())));

    @Test
    void isNotReadyBeforeStart() {
        assertThat(service.readiness().ready()).isFalse();
        assertThat(service.readiness().detail()).isEqualTo("starting");
        service.close();
    }

    @Test
    void closingTwiceIsSafeAndLeavesItNotReady() {
        service.close();
        service.close();

        assertThat(service.readiness().detail()).isEqualTo("closed");
    }

    @Test
    void cannotStartOnceClosed() {
        service.close();

        assertThatThrownBy(service::start).isInstanceOf(IllegalStateException.class);
    }
}
