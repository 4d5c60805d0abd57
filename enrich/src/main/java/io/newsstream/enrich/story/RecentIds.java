package io.newsstream.enrich.story;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids filed under one key (an LSH band, a story feature), each once, most recently filed first, with the time of
 * its filing: one record per key, so a lookup is one point read however often the key was filed.
 */
public record RecentIds(List<Filed> ids) {

    public record Filed(String id, long at) {
    }

    public static final RecentIds EMPTY = new RecentIds(List.of());

    public RecentIds {
        ids = List.copyOf(ids);
    }

    /**
     * These ids with {@code id} filed at {@code at} (replacing its earlier filing), without those filed before
     * {@code oldest}, and at most {@code max} of them: the most recent.
     */
    public RecentIds with(String id, long at, long oldest, int max) {
        List<Filed> kept = new ArrayList<>(Math.min(ids.size() + 1, max));
        boolean added = false;
        for (Filed filed : ids) {
            if (!added && at >= filed.at()) {
                kept.add(new Filed(id, at));
                added = true;
            }
            if (!filed.id().equals(id) && filed.at() >= oldest) {
                kept.add(filed);
            }
        }
        if (!added) {
            kept.add(new Filed(id, at));
        }
        return new RecentIds(kept.size() > max ? kept.subList(0, max) : kept);
    }

    /** The ids filed between {@code from} and {@code to}, most recent first, at most {@code limit}. */
    public List<String> between(long from, long to, int limit) {
        List<String> found = new ArrayList<>(Math.min(ids.size(), limit));
        for (Filed filed : ids) {
            if (found.size() == limit) {
                break;
            }
            if (filed.at() >= from && filed.at() <= to) {
                found.add(filed.id());
            }
        }
        return found;
    }

    /** When the last id was filed, or {@link Long#MIN_VALUE} when none is. */
    public long newest() {
        return ids.isEmpty() ? Long.MIN_VALUE : ids.get(0).at();
    }
}
