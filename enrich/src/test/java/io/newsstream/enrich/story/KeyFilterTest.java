package io.newsstream.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyFilterTest {

    private final KeyValueStore<String, String> store = openStore();

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void everyAddedKeyIsFoundThroughTheRefillsAsItGrows() {
        KeyFilter filter = new KeyFilter(store);
        List<String> keys = new ArrayList<>();
        // Four times the first size: the filter refills itself from the store twice on the way.
        for (int i = 0; i < 65_536; i++) {
            String key = i % 20 + ":" + Long.toHexString(i * 0x9e3779b97f4a7c15L);
            store.put(key, "ids");
            filter.add(key);
            keys.add(key);
        }
        assertThat(keys).allMatch(filter::mightContain);
        assertThat(falsePositiveShare(filter)).isLessThan(0.03);
    }

    @Test
    void aFilterOpenedOnAFilledStoreFindsItsKeys() {
        List<KeyValue<String, String>> stored = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            stored.add(KeyValue.pair("restored-" + i, "ids"));
        }
        store.putAll(stored);
        KeyFilter reopened = new KeyFilter(store);
        assertThat(stored).allMatch(entry -> reopened.mightContain(entry.key));
        assertThat(falsePositiveShare(reopened)).isLessThan(0.03);
    }

    @Test
    void anEmptyStoreHoldsNoKey() {
        KeyFilter filter = new KeyFilter(store);
        assertThat(falsePositiveShare(filter)).isZero();
    }

    private static double falsePositiveShare(KeyFilter filter) {
        int positives = 0;
        int probes = 20_000;
        for (int i = 0; i < probes; i++) {
            if (filter.mightContain("absent-" + i)) {
                positives++;
            }
        }
        return (double) positives / probes;
    }

    private static KeyValueStore<String, String> openStore() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "key-filter-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>(props);
        KeyValueStore<String, String> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("keys"),
                Serdes.String(), Serdes.String()).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
