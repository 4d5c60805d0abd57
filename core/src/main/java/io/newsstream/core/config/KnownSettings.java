package io.newsstream.core.config;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings a part of newsstream knows: every key (with its default, when it has one) and the prefixes it owns.
 * A key under an owned prefix that is not known is a mistake (a misspelt {@code sink.jdbc.ur} would otherwise run
 * with the default), so {@link #check} stops start-up on it; keys under prefixes nobody owns, such as {@code kafka.*}
 * for the Kafka clients, pass through.
 *
 * @param prefixes the owned prefixes, each ending with a dot ({@code sink.})
 * @param keys every known key, those with a default included
 * @param defaults the default of each key that has one
 */
public record KnownSettings(Set<String> prefixes, Set<String> keys, Map<String, String> defaults) {

    public KnownSettings {
        prefixes = Set.copyOf(prefixes);
        keys = Set.copyOf(keys);
        defaults = Map.copyOf(defaults);
        if (!keys.containsAll(defaults.keySet())) {
            throw new IllegalArgumentException("a default without its key: " + defaults.keySet());
        }
    }

    /** The keys of {@code defaults} and the keys without a default, under the given owned prefixes. */
    public static KnownSettings of(Set<String> prefixes, Map<String, String> defaults, String... keysWithoutDefault) {
        Set<String> keys = new TreeSet<>(defaults.keySet());
        keys.addAll(Set.of(keysWithoutDefault));
        return new KnownSettings(prefixes, keys, defaults);
    }

    /** These settings and {@code other}'s; a key both give a default must have the same one. */
    public KnownSettings and(KnownSettings other) {
        Set<String> allPrefixes = new TreeSet<>(prefixes);
        allPrefixes.addAll(other.prefixes);
        Set<String> allKeys = new TreeSet<>(keys);
        allKeys.addAll(other.keys);
        Map<String, String> allDefaults = new HashMap<>(defaults);
        other.defaults.forEach((key, value) -> {
            String previous = allDefaults.put(key, value);
            if (previous != null && !previous.equals(value)) {
                throw new IllegalArgumentException(key + " has two defaults: '" + previous + "' and '" + value + "'");
            }
        });
        return new KnownSettings(allPrefixes, allKeys, allDefaults);
    }

    /** These defaults with {@code values} on top, checked: settings as a service would see them, for tests and tools. */
    public Settings settingsOf(Map<String, String> values) {
        Settings settings = Settings.of(defaults).with(values);
        check(settings);
        return settings;
    }

    /** Fails on the first unknown key under an owned prefix, naming it and the closest known key. */
    public void check(Settings settings) {
        for (String key : settings.asMap().keySet()) {
            if (!keys.contains(key) && prefixes.stream().anyMatch(key::startsWith)) {
                throw new ConfigException("unknown setting " + key + "; did you mean " + closest(key) + "?");
            }
        }
    }

    /** The known key fewest single-character edits away from {@code key}; on a tie, the first in order. */
    String closest(String key) {
        return new TreeSet<>(keys).stream()
                .min(Comparator.comparingInt((String known) -> editDistance(key, known)))
                .orElseThrow();
    }

    /** Levenshtein distance, two rows at a time. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
