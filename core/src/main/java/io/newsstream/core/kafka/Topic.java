package io.newsstream.core.kafka;

import org.apache.kafka.common.serialization.Serde;

/** A topic together with the serdes of its keys and values, so a name or a serde is never repeated. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
}
